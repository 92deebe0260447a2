import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { MAX_ATTACHMENT_BYTES, sizeLabel } from "@/lib/uploads/limits";

const require = createRequire(import.meta.url);

/** "11mb" as Next reads it (the `bytes` package: 1 mb = 1024 × 1024 bytes). */
function bytesOf(limit: string): number {
  const match = /^(\d+)mb$/.exec(limit);
  if (!match) throw new Error(`unexpected limit ${limit}`);
  return Number(match[1]) * 1024 * 1024;
}

describe("upload limits", () => {
  it("let server actions and the proxy take the largest attachment and its form", () => {
    const config = require("../../next.config.js") as {
      experimental: { serverActions: { bodySizeLimit: string }; proxyClientMaxBodySize: string };
    };
    // The multipart framing and the form's other fields take a few hundred bytes; leave a good margin.
    const needed = MAX_ATTACHMENT_BYTES + 100_000;
    expect(bytesOf(config.experimental.serverActions.bodySizeLimit)).toBeGreaterThanOrEqual(needed);
    expect(bytesOf(config.experimental.proxyClientMaxBodySize)).toBeGreaterThanOrEqual(needed);
  });

  it("names limits as the messages show them", () => {
    expect(sizeLabel(MAX_ATTACHMENT_BYTES)).toBe("10 MB");
    expect(sizeLabel(1_000_000)).toBe("1 MB");
    expect(sizeLabel(500_000)).toBe("500 KB");
  });
});

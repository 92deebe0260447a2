import { describe, expect, it } from "vitest";
import { withHeapLimit } from "@/lib/cli/heap-limit";

describe("the production server's heap limit", () => {
  it("is added to NODE_OPTIONS, and an operator's own limit wins", () => {
    expect(withHeapLimit(undefined, 512)).toBe("--max-old-space-size=512");
    expect(withHeapLimit(" --enable-source-maps ", 512)).toBe(
      "--enable-source-maps --max-old-space-size=512",
    );
    expect(withHeapLimit("--max-old-space-size=2048", 512)).toBe("--max-old-space-size=2048");
  });
});

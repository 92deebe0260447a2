import { beforeAll, describe, expect, it, vi } from "vitest";
import { readEnv } from "@/lib/env";

let inExportSlot: typeof import("@/lib/officials/export-slots").inExportSlot;

beforeAll(async () => {
  // One slot here whatever the environment running the tests says.
  vi.stubEnv("EXPORT_SLOTS", "1");
  vi.resetModules();
  ({ inExportSlot } = await import("@/lib/officials/export-slots"));
  vi.unstubAllEnvs();
});

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A download's body that records each read: it is read only when its export holds a slot. */
function body(name: string, chunks: number, reads: string[], fail = false): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        reads.push(`${name}${sent}`);
        if (fail && sent === 1) return controller.error(new Error("database gone"));
        if (sent === chunks) return controller.close();
        controller.enqueue(encoder.encode(`${name}${sent++}`));
      },
    },
    { highWaterMark: 0 },
  );
}

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  let all = "";
  const reader = stream.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
    all += decoder.decode(chunk.value);
  return all;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("export slots (one export streams at a time by default)", () => {
  it("has one slot unless EXPORT_SLOTS says otherwise", () => {
    expect(readEnv({ NODE_ENV: "production" }).EXPORT_SLOTS).toBe(1);
    expect(readEnv({ NODE_ENV: "production", EXPORT_SLOTS: "3" }).EXPORT_SLOTS).toBe(3);
  });

  it("reads a waiting download only once the running one has ended, in the order they came", async () => {
    const reads: string[] = [];
    const first = inExportSlot(body("a", 2, reads));
    const second = inExportSlot(body("b", 2, reads));
    const third = inExportSlot(body("c", 1, reads));
    const firstReader = first.getReader();
    expect(decoder.decode((await firstReader.read()).value)).toBe("a0");
    await settle();
    expect(reads.filter((read) => !read.startsWith("a"))).toEqual([]);
    expect(decoder.decode((await firstReader.read()).value)).toBe("a1");
    expect((await firstReader.read()).done).toBe(true);
    const [secondText, thirdText] = await Promise.all([text(second), text(third)]);
    expect([secondText, thirdText]).toEqual(["b0b1", "c0"]);
    // Each body is read to its end (the last read finds nothing more) before the next one's first read.
    expect(reads).toEqual(["a0", "a1", "a2", "b0", "b1", "b2", "c0", "c1"]);
  });

  it("gives the slot back when a download is cancelled or fails", async () => {
    const reads: string[] = [];
    const cancelled = inExportSlot(body("a", 5, reads));
    const failing = inExportSlot(body("b", 5, reads, true));
    const next = inExportSlot(body("c", 1, reads));
    const reader = cancelled.getReader();
    await reader.read();
    await reader.cancel("the browser went away");
    await expect(text(failing)).rejects.toThrow("database gone");
    expect(await text(next)).toBe("c0");
  });
});

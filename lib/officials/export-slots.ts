/**
 * At most EXPORT_SLOTS officials exports stream at once in a process; the others wait their turn in order. A
 * running export holds the rows the database has sent and the file has not yet taken (a batch or two while the
 * download keeps up, at most the whole export's), a waiting one nothing, so twenty at once stay at a bounded RSS
 * instead of growing with the number of downloads (issue 13). A waiting download has its headers already: the
 * browser shows it as started.
 */
import "server-only";
import { readEnv } from "@/lib/env";

export const EXPORT_SLOTS = readEnv().EXPORT_SLOTS;

let running = 0;
const waiting: (() => void)[] = [];

function acquire(): Promise<void> {
  if (running < EXPORT_SLOTS) {
    running++;
    return Promise.resolve();
  }
  return new Promise((resolve) => waiting.push(resolve));
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

/** The body, read only once a slot is free; the slot is given back when it ends, fails or is cancelled. */
export function inExportSlot(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let held = false;
  const done = () => {
    if (held) {
      held = false;
      release();
    }
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!held) {
        await acquire();
        held = true;
      }
      try {
        const chunk = await reader.read();
        if (chunk.done) {
          done();
          controller.close();
        } else controller.enqueue(chunk.value);
      } catch (error) {
        done();
        controller.error(error);
      }
    },
    async cancel(reason) {
      done();
      await reader.cancel(reason);
    },
  });
}

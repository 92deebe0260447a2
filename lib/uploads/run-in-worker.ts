/**
 * One job in a worker thread, bounded in time and memory: when the deadline passes the worker is terminated, so
 * the work really stops, and a worker that runs out of its heap dies alone. Parsing workers take turns: at most
 * one fewer than the machine's cores run at once (at least one), so a burst of uploads never takes every core
 * from the people browsing; a job waits for its turn within its own deadline.
 */
import "server-only";
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { Deadline } from "./deadline";
import { sizeLabel, SPREADSHEET_ARCHIVE_LIMITS } from "./limits";
import { UploadRefusedError } from "./upload-refused";

/** How many parsing workers run at once. */
export const WORKER_SLOTS = Math.max(1, availableParallelism() - 1);
let running = 0;
const waiting: Array<() => void> = [];

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running -= 1;
}

function takeTurn(deadline: Deadline): Promise<void> {
  if (running < WORKER_SLOTS) {
    running += 1;
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const start = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      waiting.splice(waiting.indexOf(start), 1);
      reject(new UploadRefusedError("busy"));
    }, deadline.remaining());
    waiting.push(start);
  });
}

const isOutOfMemory = (error: unknown) =>
  (error as { code?: unknown } | null)?.code === "ERR_WORKER_OUT_OF_MEMORY";

export async function runInWorker<Reply>(
  start: () => Worker,
  request: unknown,
  deadline: Deadline,
): Promise<Reply> {
  await takeTurn(deadline);
  try {
    deadline.check();
    const worker = start();
    return await new Promise<Reply>((resolve, reject) => {
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        worker.removeAllListeners();
        void worker.terminate();
        settle();
      };
      const timer = setTimeout(() => finish(() => reject(deadline.refusal())), deadline.remaining());
      worker.once("message", (reply: Reply) => finish(() => resolve(reply)));
      worker.once("error", (error) =>
        finish(() =>
          reject(
            isOutOfMemory(error)
              ? new UploadRefusedError("unpackedTooLarge", {
                  size: sizeLabel(SPREADSHEET_ARCHIVE_LIMITS.maxUnpackedBytes),
                })
              : new UploadRefusedError("unreadable"),
          ),
        ),
      );
      worker.once("exit", () => finish(() => reject(new UploadRefusedError("unreadable"))));
      worker.postMessage(request);
    });
  } finally {
    release();
  }
}

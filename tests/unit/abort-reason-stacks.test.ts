import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { releaseAbortReasonStacks } from "@/lib/runtime/abort-reason-stacks";

// V8 asks Error.prepareStackTrace for an error's stack the first time `.stack` is read, and only then: a call here
// means the stack was formatted (and its frames let go).
let formatted: unknown[] = [];
const original = Error.prepareStackTrace;

beforeEach(() => {
  formatted = [];
  Error.prepareStackTrace = (error) => {
    formatted.push(error);
    return "formatted";
  };
});
afterEach(() => {
  Error.prepareStackTrace = original;
});

describe("abort reasons' stacks", () => {
  it("are left unformatted by Node itself, which is what keeps their frames alive", () => {
    const controller = new AbortController();
    const reason = new Error("render finished");
    controller.abort(reason);
    expect(formatted).not.toContain(reason);
  });

  it("are formatted as soon as a controller aborts, the signal keeping the same reason and firing once", () => {
    releaseAbortReasonStacks();
    const controller = new AbortController();
    let events = 0;
    controller.signal.addEventListener("abort", () => events++);
    const reason = new Error("render finished");
    controller.abort(reason);
    controller.abort(new Error("again"));
    expect(formatted).toContain(reason);
    expect(controller.signal.aborted).toBe(true);
    expect(controller.signal.reason).toBe(reason);
    expect(events).toBe(1);
  });

  it("include the AbortError Node makes when no reason is given, and leave other reasons alone", () => {
    releaseAbortReasonStacks();
    const bare = new AbortController();
    bare.abort();
    expect(bare.signal.reason).toBeInstanceOf(DOMException);
    expect((bare.signal.reason as DOMException).name).toBe("AbortError");
    expect(formatted).toContain(bare.signal.reason);
    const plain = new AbortController();
    plain.abort("timeout");
    expect(plain.signal.reason).toBe("timeout");
  });

  it("are released by one wrapper however often it is installed", () => {
    releaseAbortReasonStacks();
    const abort = AbortController.prototype.abort;
    releaseAbortReasonStacks();
    expect(AbortController.prototype.abort).toBe(abort);
  });
});

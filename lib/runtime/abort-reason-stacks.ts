/**
 * Each finished render aborts React's cache signal with an Error nobody reads. Until its `.stack` is read, V8 keeps
 * that Error's frames, and a frame keeps its receiver: the `Immediate` the render flushed in, which still links to
 * the Immediates queued after it (Node leaves `_idleNext` set), each holding its own request's context and, through
 * that request's abort reason, the next Immediate. Under steady load the chain kept about a thousand finished
 * requests alive (decision 021). Reading the stack once turns the frames into a string and cuts the chain.
 * Upstream: nodejs/node#66129, react/react#37288, vercel/next.js#84648.
 */
const INSTALLED = Symbol.for("sekretariat.abortReasonStacks");

type Patchable = typeof AbortController.prototype & { [INSTALLED]?: true };

/** Makes every `AbortController#abort` format its reason's stack at once; installing twice changes nothing. */
export function releaseAbortReasonStacks(): void {
  const prototype = AbortController.prototype as Patchable;
  if (prototype[INSTALLED]) return;
  const abort = prototype.abort;
  prototype.abort = function abortAndReleaseStack(this: AbortController, reason?: unknown) {
    abort.call(this, reason);
    // The reason the signal kept: the one passed, or the DOMException Node makes when none was.
    const kept: unknown = this.signal.reason;
    if (kept instanceof Error) void kept.stack;
  };
  prototype[INSTALLED] = true;
}

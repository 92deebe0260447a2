/** Run once by Next when a server starts, before it takes requests. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { releaseAbortReasonStacks } = await import("@/lib/runtime/abort-reason-stacks");
  releaseAbortReasonStacks();
}

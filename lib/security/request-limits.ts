/**
 * The largest request body the app takes: 11 MiB, room for the largest attachment (10 MB, lib/uploads/limits.ts)
 * and its form. next.config.js names the same size twice (server actions' `bodySizeLimit`, the proxy's
 * `proxyClientMaxBodySize`); a unit test keeps the three equal. The proxy refuses a larger body by its declared
 * length with a 413 before anything reads it: past the proxy's limit Next would cut the body short and the action
 * would fail with a 500.
 */
export const MAX_REQUEST_BODY_BYTES = 11 * 1024 * 1024;

/** "11 MB" as the refusal names it (binary megabytes, as Next counts them). */
export const MAX_REQUEST_BODY_LABEL = `${MAX_REQUEST_BODY_BYTES / (1024 * 1024)} MB`;

import { MAX_REQUEST_BODY_BYTES } from "./request-limits";

/**
 * Methods that change something: the only ones checked. A GET changes no record in this app; its one write is the
 * news readers counter (lib/news/reads.ts), a fact about the reading itself (decision 014).
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type Refusal =
  { status: 403; reason: "foreignOrigin" } | { status: 411 | 413; reason: "bodyTooLarge" };

export interface GuardedRequest {
  method: string;
  headers: Headers;
  /** The origins this app is reached at (see `ownOrigins`). */
  origins: readonly string[];
}

/**
 * Refuses, before any page, action or route reads it, a request that changes something and
 * - comes from a page of another site (its `Origin` is not one of ours, compared as parsed URLs; a browser sends
 *   `Origin` with every such request, and `Sec-Fetch-Site` where it omits it): 403;
 * - carries a body larger than the app takes: 413; or one of unknown length, which could be larger: 411.
 */
export function refusalOf({ method, headers, origins }: GuardedRequest): Refusal | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const origin = headers.get("origin");
  if (
    origin !== null
      ? !origins.includes(originOf(origin) ?? "")
      : headers.get("sec-fetch-site") === "cross-site"
  ) {
    return { status: 403, reason: "foreignOrigin" };
  }
  const length = headers.get("content-length");
  if (length === null)
    return headers.has("transfer-encoding") ? { status: 411, reason: "bodyTooLarge" } : null;
  if (!/^\d+$/.test(length.trim()) || Number(length) > MAX_REQUEST_BODY_BYTES) {
    return { status: 413, reason: "bodyTooLarge" };
  }
  return null;
}

/**
 * The origins the app answers at: the one the request names (its Host, over the protocol it arrived by), the
 * forwarded one when a trusted reverse proxy says so, and the configured public URL (NEXTAUTH_URL).
 */
export function ownOrigins(options: {
  headers: Headers;
  protocol: string;
  trustProxy: boolean;
  publicUrl?: string;
}): string[] {
  const { headers, protocol, trustProxy, publicUrl } = options;
  const scheme = protocol.replace(/:$/, "");
  const candidates = [`${scheme}://${headers.get("host") ?? ""}`, publicUrl ?? ""];
  if (trustProxy) {
    const forwardedHost = lastEntry(headers.get("x-forwarded-host")) ?? headers.get("host");
    const forwardedProto = lastEntry(headers.get("x-forwarded-proto")) ?? scheme;
    candidates.push(`${forwardedProto}://${forwardedHost ?? ""}`);
  }
  return [...new Set(candidates.map(originOf).filter((origin): origin is string => origin !== null))];
}

/** The origin of a URL, normalised (case, default port); null for anything that is not an http(s) URL. */
function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

function lastEntry(value: string | null): string | null {
  const entry = value?.split(",").at(-1)?.trim();
  return entry ? entry : null;
}

/**
 * The address a request came from, for the sign-in limits: the last entry of X-Forwarded-For.
 *
 * Without TRUST_PROXY=1 the proxy (proxy.ts) drops any X-Forwarded-For the client sent, and Next fills the header
 * with the socket's address, so the one entry left is the socket's. With TRUST_PROXY=1 the app sits behind one
 * reverse proxy that appends the address it saw: the last entry is that one, and the earlier ones (which the client
 * can write itself) are ignored.
 */
export function clientAddressFrom(forwardedFor: string | null | undefined): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const last = entries.at(-1) ?? "";
  // An IPv4 address reached over an IPv6 socket ("::ffff:10.0.0.7") is the same client as "10.0.0.7".
  const address = last.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return /^[0-9a-f.:[\]]{2,64}$/i.test(address) ? address : "unknown";
}

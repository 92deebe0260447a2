/**
 * Where to go after signing in (callbackUrl): only a path of this app. Used by the sign-in form and by next-auth's
 * `redirect` callback, so the two can never disagree.
 *
 * The target is resolved as a URL against the app's origin and compared by origin, never by prefix: browsers read
 * "/\evil.example" like "//evil.example", drop tabs and newlines, and "/.//evil.example" resolves to the path
 * "//evil.example", which a router would follow as a link to another site. A path that still begins with two
 * slashes (or a slash and a backslash) after decoding is refused too, as is anything that cannot be parsed: all of
 * these send the user to Beranda ("/").
 */
export function safeCallbackPath(target: string | null | undefined, origin: string): string {
  // Only a path ("/…") or an absolute URL; a bare word would resolve relative to wherever the form happens to be.
  if (!target || !(target.startsWith("/") || /^[a-z][a-z0-9+.-]*:/i.test(target))) return "/";
  let resolved: URL;
  let base: URL;
  try {
    base = new URL(origin);
    resolved = new URL(target, base.origin);
  } catch {
    return "/";
  }
  if (resolved.origin !== base.origin) return "/";
  const pathname = fullyDecoded(resolved.pathname);
  if (pathname === null || /^[/\\]{2}/.test(pathname) || /[\u0000-\u001f\\]/.test(pathname)) return "/";
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

/** The same, as the absolute URL next-auth's `callbacks.redirect` returns. */
export function safeCallbackUrl(target: string | null | undefined, baseUrl: string): string {
  return new URL(safeCallbackPath(target, baseUrl), baseUrl).toString();
}

// "%252F%252F" decodes to "%2F%2F" and then to "//": decode until nothing changes (a few rounds suffice).
function fullyDecoded(value: string): string | null {
  let current = value;
  for (let round = 0; round < 4; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

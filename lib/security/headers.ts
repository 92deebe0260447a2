/**
 * The security headers of every response (proxy.ts). Pure: the proxy passes in what it knows of the request.
 *
 * The Content Security Policy is the strict one Next.js documents for the App Router: scripts only with this
 * request's nonce (Next puts it on its own scripts when it finds the policy on the request) and what they load
 * ('strict-dynamic'); no plugins, no <base>, no framing, forms posting only here. Styles come from the app's own
 * stylesheet or carry the nonce; inline style ATTRIBUTES are allowed (`style-src-attr`), because React renders
 * component styles that way (the posture chart sizes its bars with them) and an attribute cannot run script.
 */
export interface PolicyOptions {
  nonce: string;
  /** `next dev` evaluates code for fast refresh and injects its overlay's styles without a nonce. */
  development: boolean;
  /** Served over HTTPS: also upgrade any stray http:// reference. */
  https: boolean;
}

export function contentSecurityPolicy({ nonce, development, https }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * Browser features no page of the intranet uses: denied to the app and to anything it might embed. Only names
 * Chromium knows (an unknown one is reported on every page).
 */
const DENIED_FEATURES = [
  "accelerometer",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
];

/** Every header but the policy itself: the same on every response. */
export function staticSecurityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": DENIED_FEATURES.map((feature) => `${feature}=()`).join(", "),
    "Cross-Origin-Opener-Policy": "same-origin",
    // A year, once the app is reached over HTTPS; never over plain HTTP, where the browser would ignore it anyway.
    ...(https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}

/** A fresh, unguessable nonce per request (128 random bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

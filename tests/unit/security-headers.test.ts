import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, staticSecurityHeaders } from "@/lib/security/headers";
import { ownOrigins, refusalOf } from "@/lib/security/request-guard";
import { MAX_REQUEST_BODY_BYTES } from "@/lib/security/request-limits";

const require = createRequire(import.meta.url);

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values.join(" ")];
    }),
  );
}

describe("content security policy", () => {
  const nonce = createNonce();
  const production = directives(contentSecurityPolicy({ nonce, development: false, https: false }));

  it("allows scripts only with the request's nonce, and nothing inline or evaluated in production", () => {
    expect(production.get("script-src")).toBe(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(production.get("style-src")).toBe(`'self' 'nonce-${nonce}'`);
    expect([...production.values()].join(" ")).not.toMatch(/unsafe-eval|'unsafe-inline' 'nonce/);
  });

  it("denies plugins, foreign base URLs, framing and foreign form targets", () => {
    expect(production.get("object-src")).toBe("'none'");
    expect(production.get("base-uri")).toBe("'self'");
    expect(production.get("frame-ancestors")).toBe("'none'");
    expect(production.get("form-action")).toBe("'self'");
    expect(production.get("default-src")).toBe("'self'");
  });

  it("lets next dev evaluate and inject styles, and upgrades requests over HTTPS", () => {
    const development = directives(contentSecurityPolicy({ nonce, development: true, https: false }));
    expect(development.get("script-src")).toContain("'unsafe-eval'");
    expect(development.get("style-src")).toBe("'self' 'unsafe-inline'");
    expect(production.has("upgrade-insecure-requests")).toBe(false);
    expect(
      directives(contentSecurityPolicy({ nonce, development: false, https: true })).has(
        "upgrade-insecure-requests",
      ),
    ).toBe(true);
  });

  it("makes a new unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    expect(createNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("other security headers", () => {
  it("deny framing, sniffing and device features; HSTS only over HTTPS", () => {
    const plain = staticSecurityHeaders({ https: false });
    expect(plain).toMatchObject({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(plain["Permissions-Policy"]).toContain(`${feature}=()`);
    }
    expect(plain).not.toHaveProperty("Strict-Transport-Security");
    expect(staticSecurityHeaders({ https: true })["Strict-Transport-Security"]).toBe("max-age=31536000");
  });
});

describe("request guard", () => {
  const origins = ["http://127.0.0.1:3204", "https://sekretariat.example"];
  const post = (headers: Record<string, string>) =>
    refusalOf({ method: "POST", headers: new Headers(headers), origins });

  it.each([
    "https://evil.example",
    "http://127.0.0.1:3205",
    "https://127.0.0.1:3204",
    "http://127.0.0.1:3204.evil.example",
    "null",
    "not a url",
    "javascript:alert(1)",
  ])("refuses a change sent from %j with a 403", (origin) => {
    expect(post({ origin, "content-length": "10" })).toEqual({ status: 403, reason: "foreignOrigin" });
  });

  it("takes a change from our own origins, compared as URLs", () => {
    expect(post({ origin: "http://127.0.0.1:3204", "content-length": "10" })).toBeNull();
    expect(post({ origin: "HTTPS://Sekretariat.Example:443", "content-length": "10" })).toBeNull();
    expect(post({ "sec-fetch-site": "same-origin", "content-length": "10" })).toBeNull();
    expect(post({ "sec-fetch-site": "cross-site", "content-length": "10" })).toEqual({
      status: 403,
      reason: "foreignOrigin",
    });
  });

  it("never checks a read", () => {
    expect(
      refusalOf({ method: "GET", headers: new Headers({ origin: "https://evil.example" }), origins }),
    ).toBeNull();
  });

  it("refuses a body over the limit with a 413, and one of unknown length with a 411", () => {
    const own = { origin: "http://127.0.0.1:3204" };
    expect(post({ ...own, "content-length": String(MAX_REQUEST_BODY_BYTES) })).toBeNull();
    expect(post({ ...own, "content-length": String(MAX_REQUEST_BODY_BYTES + 1) })).toEqual({
      status: 413,
      reason: "bodyTooLarge",
    });
    expect(post({ ...own, "content-length": "-1" })?.status).toBe(413);
    expect(post({ ...own, "transfer-encoding": "chunked" })?.status).toBe(411);
  });

  it("knows the app by its Host, its public URL, and a trusted proxy's forwarded host", () => {
    const headers = new Headers({
      host: "10.0.0.5:3000",
      "x-forwarded-host": "intra.kpu.example",
      "x-forwarded-proto": "https",
    });
    expect(
      ownOrigins({ headers, protocol: "http:", trustProxy: false, publicUrl: "https://intra.kpu.example/" }),
    ).toEqual(["http://10.0.0.5:3000", "https://intra.kpu.example"]);
    expect(ownOrigins({ headers, protocol: "http:", trustProxy: false })).toEqual(["http://10.0.0.5:3000"]);
    expect(ownOrigins({ headers, protocol: "http:", trustProxy: true })).toContain(
      "https://intra.kpu.example",
    );
  });
});

describe("body limit", () => {
  it("is the one next.config.js gives server actions and the proxy", () => {
    const config = require("../../next.config.js") as {
      experimental: { serverActions: { bodySizeLimit: string }; proxyClientMaxBodySize: string };
    };
    const mib = (limit: string) => Number(/^(\d+)mb$/.exec(limit)?.[1]) * 1024 * 1024;
    expect(mib(config.experimental.serverActions.bodySizeLimit)).toBe(MAX_REQUEST_BODY_BYTES);
    expect(mib(config.experimental.proxyClientMaxBodySize)).toBe(MAX_REQUEST_BODY_BYTES);
  });
});

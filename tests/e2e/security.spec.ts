/**
 * Issue 11, findings 2, 5 and 6: the security headers on every route, a strict CSP that no page breaks, the
 * callbackUrl kept on this site, a change from another site refused (403), an oversized body refused (413), and
 * the sign-in limit's message on the form.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { APIResponse, Page } from "@playwright/test";
import { DEMO_PASSWORD, expect, login, loginForm, test } from "./fixtures";

const APP_DIR = path.join(process.cwd(), "app");
const MAX_BODY = 11 * 1024 * 1024;

/** Every page and route handler, found from the files (a new one is covered without touching this test). */
function routesOf(fileName: "page.tsx" | "route.ts"): string[] {
  const found: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), [...segments, entry.name]);
      else if (entry.name === fileName) found.push(urlOf(segments));
    }
  };
  walk(APP_DIR, []);
  return found.sort();
}

/** "(app)/pegawai/[id]/ubah" → "/pegawai/tidak-ada/ubah": route groups vanish, parameters get a value. */
function urlOf(segments: string[]): string {
  const parts = segments
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => {
      if (segment === "[...nextauth]") return "session";
      if (segment === "[code]") return "5271";
      if (segment === "[file]") return "tidak-ada.ics";
      return segment.startsWith("[") ? "tidak-ada" : segment;
    });
  return `/${parts.join("/")}`;
}

function expectSecurityHeaders(response: APIResponse, url: string) {
  const headers = response.headers();
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  for (const directive of [
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ]) {
    expect(policy, url).toContain(directive);
  }
  expect(headers["x-frame-options"], url).toBe("DENY");
  expect(headers["x-content-type-options"], url).toBe("nosniff");
  expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
  for (const feature of ["camera", "microphone", "geolocation"]) {
    expect(headers["permissions-policy"], url).toContain(`${feature}=()`);
  }
  return policy;
}

/** Every <script> of a page carries this response's nonce: Next picked it up from the policy. */
async function expectScriptsNonced(response: APIResponse, policy: string, url: string) {
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  const html = await response.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, url).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, url).toContain(`nonce="${nonce}"`);
}

test.describe("security headers", () => {
  test("every page and route answers with them, signed in", async ({ page }) => {
    const pages = routesOf("page.tsx");
    const handlers = routesOf("route.ts");
    expect(pages).toContain("/pegawai");
    expect(handlers).toContain("/api/satuan-kerja/posisi-sdm/pdf");
    await login(page, "admin");

    for (const url of pages) {
      const response = await page.request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBeLessThan(500);
      const policy = expectSecurityHeaders(response, url);
      if (response.status() === 200) await expectScriptsNonced(response, policy, url);
    }
    const missing = await page.request.get("/tidak-ada-halaman-ini");
    expect(missing.status()).toBe(404);
    expectSecurityHeaders(missing, "404");
    for (const url of handlers) {
      const response = await page.request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBeLessThan(500);
      expectSecurityHeaders(response, url);
    }
  });

  test("the sign-in page, a redirect and static files carry them too", async ({ request }) => {
    const login = await request.get("/login");
    await expectScriptsNonced(login, expectSecurityHeaders(login, "/login"), "/login");
    expectSecurityHeaders(await request.get("/pegawai", { maxRedirects: 0 }), "redirect");
    expectSecurityHeaders(await request.get("/icon.svg"), "/icon.svg");
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+)"/.exec(await login.text())?.[1];
    expectSecurityHeaders(await request.get(script ?? "/_next/static/missing.js"), "static chunk");
  });

  test("each request gets its own nonce", async ({ request }) => {
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i += 1) {
      nonces.add((await request.get("/login")).headers()["content-security-policy"] ?? "");
    }
    expect(nonces.size).toBe(3);
  });
});

/** Records every CSP violation the page reports, as events and as console errors. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Permissions-Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportViolation(text: string): void }).reportViolation;
      report(`${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return violations;
}

test("the main pages run under the policy with no violation", async ({ page }) => {
  const violations = await watchViolations(page);
  await login(page, "admin");

  for (const url of ["/", "/pegawai", "/kegiatan", "/satuan-kerja", "/satuan-kerja/posisi-sdm"]) {
    await page.goto(url);
    await expect(page.getByRole("main")).toBeVisible();
  }
  // The chart's bars are sized by inline style attributes, which the policy allows (style-src-attr).
  await expect(page.locator(".posture-bars [style]").first()).toBeVisible();
  // Client navigation and a server action still work: the language switch, and back.
  await page.getByRole("banner").getByLabel("Bahasa", { exact: true }).selectOption({ label: "English" });
  await expect(page.getByRole("banner").getByLabel("Language", { exact: true })).toBeVisible();
  await page
    .getByRole("banner")
    .getByLabel("Language", { exact: true })
    .selectOption({ label: "Bahasa Indonesia" });
  await expect(page.getByRole("banner").getByLabel("Bahasa", { exact: true })).toBeVisible();

  // The PDF opens in the browser (inline), under the same headers.
  const pdf = page.waitForResponse((response) => response.url().includes("/posisi-sdm/pdf"));
  await page.getByRole("link", { name: "Cetak PDF" }).click();
  const response = await pdf;
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

  expect(violations).toEqual([]);
});

test.describe("sign-in redirect", () => {
  test("callbackUrl=/.//evil.example keeps the user on this site", async ({ page, baseURL }) => {
    await page.goto("/login?callbackUrl=/.//evil.example");
    await page.getByLabel("Nama pengguna").fill("pemantau");
    await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Masuk" }).click();

    const home = new URL("/", baseURL);
    await expect(page).toHaveURL((url) => url.origin === home.origin && url.pathname === "/");
    await expect(page.getByRole("banner")).toBeVisible();
  });

  test("next-auth's sign-in route answers a hostile callbackUrl without an error", async ({ request }) => {
    for (const target of ["javascript:alert(1)", "/.//evil.example", "http://evil.example/"]) {
      const response = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(target)}`, {
        maxRedirects: 0,
      });
      expect(response.status(), target).toBeLessThan(400);
      const location = response.headers()["location"] ?? "";
      expect(location, target).not.toContain("evil.example");
      expect(location, target).not.toContain("javascript");
    }
  });
});

test.describe("requests that change something", () => {
  test("a server action posted from another site is refused with 403; from ours it runs", async ({
    page,
    baseURL,
  }) => {
    await login(page, "admin");
    const action = { "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" };

    const foreign = await page.request.post("/pegawai", {
      headers: { ...action, Origin: "https://evil.example" },
      data: "[]",
    });
    expect(foreign.status()).toBe(403);
    expect(await foreign.text()).toContain("tidak berasal dari halaman aplikasi ini");

    const sameOrigin = await page.request.post("/pegawai", {
      headers: { ...action, Origin: new URL(baseURL ?? "").origin },
      data: "[]",
    });
    expect(sameOrigin.status()).not.toBe(403);
    expect(sameOrigin.status()).toBeLessThan(500);
  });

  test("a body over the limit is refused with 413 and a short message, not a 500", async ({
    page,
    baseURL,
  }) => {
    await login(page, "admin");
    const response = await page.request.post("/pegawai", {
      headers: {
        "Next-Action": "0".repeat(42),
        "Content-Type": "text/plain;charset=UTF-8",
        Origin: new URL(baseURL ?? "").origin,
      },
      data: "x".repeat(MAX_BODY + 1024),
    });

    expect(response.status()).toBe(413);
    expect(await response.text()).toBe(
      "Data yang dikirim terlalu besar (paling banyak 11 MB). Perkecil berkas lalu kirim ulang.",
    );
  });
});

test("the sixth sign-in attempt in a row is refused with the wait in minutes", async ({ page }) => {
  // An account nobody else signs in with: the count is per account (and per address, far from its limit here).
  await page.goto("/login");
  const form = loginForm(page);
  for (let attempt = 1; attempt <= 6; attempt += 1) {
    await page.getByLabel("Nama pengguna").fill("penyusup.uji");
    await page.getByLabel("Kata sandi").fill(`tebakan-${attempt}`);
    const answered = page.waitForResponse((response) =>
      response.url().includes("/api/auth/callback/credentials"),
    );
    await page.getByRole("button", { name: "Masuk" }).click();
    await answered;
    await expect(page.getByRole("button", { name: "Masuk" })).toBeEnabled();
    await expect(form.getByRole("alert")).toHaveText(
      attempt <= 5
        ? "Nama pengguna atau kata sandi salah."
        : /^Terlalu banyak percobaan masuk yang gagal\. Demi keamanan akun, coba lagi dalam 1[45] menit\.$/,
    );
  }
});

import { expect, test, type Browser, type Page } from "@playwright/test";
import { attachCluster } from "../support/throwaway-cluster";
import { DEMO_PASSWORD, loginForm } from "../e2e/fixtures";
import { instancesDatabase } from "./database";

const A = process.env.INSTANCE_A!;
const B = process.env.INSTANCE_B!;
const OUTAGE = "Basis data sedang tidak tersedia, coba lagi sebentar lagi";
/** The first demo official of KPU Sumbawa (lib/seed), who holds a post there. */
const SUMBAWA_OFFICIAL = "demo-off-5204-01";

test.describe.configure({ mode: "serial" });

async function signedIn(browser: Browser, baseURL: string, username: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "id-ID" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/");
  return page;
}

test("a file uploaded through one instance is listed by the other and downloads from it byte for byte", async ({
  browser,
}) => {
  const name = `SK Instans ${Math.floor(Math.random() * 1_000_000)}.pdf`;
  const scan = Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${name}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
  const onA = await signedIn(browser, A, "sekkab.sumbawa");
  const onB = await signedIn(browser, B, "sekkab.sumbawa");

  await onA.goto(`/pegawai/${SUMBAWA_OFFICIAL}`);
  const historyA = onA.getByRole("region", { name: "Riwayat jabatan" });
  await historyA.getByText("Unggah pindaian SK").first().click();
  await historyA
    .getByLabel("Berkas")
    .first()
    .setInputFiles({ name, mimeType: "application/pdf", buffer: scan });
  await historyA.getByRole("button", { name: "Unggah" }).first().click();
  await expect(onA.getByRole("status").filter({ hasText: `Berkas ${name} tersimpan.` })).toBeVisible();

  await onB.goto(`/pegawai/${SUMBAWA_OFFICIAL}`);
  const link = onB
    .getByRole("region", { name: "Riwayat jabatan" })
    .getByRole("link", { name: new RegExp(`^Unduh ${name}`) });
  await expect(link).toBeVisible();
  const response = await onB.request.get((await link.getAttribute("href")) ?? "");
  expect(response.status()).toBe(200);
  expect(Buffer.from(await response.body()).equals(scan)).toBe(true);
});

test("a sign-out on one instance ends the same session on the other", async ({ browser }) => {
  const onA = await signedIn(browser, A, "stafprov");
  // The load balancer's view: the same cookie reaches either instance (B is on another host name here).
  const contextB = await browser.newContext({ baseURL: B, locale: "id-ID" });
  const host = new URL(B).hostname;
  await contextB.addCookies(
    (await onA.context().cookies()).map(({ name, value, path, httpOnly, sameSite, expires }) => ({
      name,
      value,
      path,
      httpOnly,
      sameSite,
      expires,
      domain: host,
    })),
  );
  const onB = await contextB.newPage();
  await onB.goto("/");
  await expect(onB).toHaveURL((url) => url.pathname === "/");

  await onA.getByRole("button", { name: "Keluar" }).click();
  await expect(onA).toHaveURL(/\/login/);

  await onB.goto("/");
  await expect(onB).toHaveURL(/\/login/);
});

test("the sign-in limit counts the attempts made on both instances", async ({ browser }) => {
  const pages = [
    await (await browser.newContext({ baseURL: A })).newPage(),
    await (await browser.newContext({ baseURL: B })).newPage(),
  ];
  for (const page of pages) await page.goto("/login");
  // Three wrong passwords on A, two on B, then the sixth try (on A) is refused: the count lives in PostgreSQL.
  for (const [attempt, page] of [pages[0], pages[0], pages[0], pages[1], pages[1], pages[0]].entries()) {
    await page!.getByLabel("Nama pengguna").fill("penyusup.instans");
    await page!.getByLabel("Kata sandi").fill(`tebakan-${attempt}`);
    const answered = page!.waitForResponse((response) =>
      response.url().includes("/api/auth/callback/credentials"),
    );
    await page!.getByRole("button", { name: "Masuk" }).click();
    await answered;
    await expect(page!.getByRole("button", { name: "Masuk" })).toBeEnabled();
    await expect(loginForm(page!).getByRole("alert")).toHaveText(
      attempt < 5 ? "Nama pengguna atau kata sandi salah." : /^Terlalu banyak percobaan masuk yang gagal\./,
    );
  }
});

test("PostgreSQL restarted: both instances say 'try again in a moment', then recover by themselves", async ({
  browser,
}) => {
  const database = instancesDatabase();
  const cluster = attachCluster(database.dir, database.port);
  const onA = await signedIn(browser, A, "admin");
  const onB = await signedIn(browser, B, "admin");

  cluster.stop("fast");
  try {
    for (const page of [onA, onB]) {
      const response = await page.goto("/pegawai");
      await expect(page.getByRole("heading", { name: OUTAGE })).toBeVisible();
      // Next gives a page that failed on the server its error status; the App Router offers no 503 (decision 018).
      expect(response?.status()).toBe(500);
    }
  } finally {
    cluster.start();
  }

  await onA.getByRole("button", { name: "Coba lagi" }).click();
  await expect(onA.getByRole("heading", { level: 1, name: "Pegawai", exact: true })).toBeVisible();
  await onB.goto("/pegawai");
  await expect(onB.getByRole("heading", { level: 1, name: "Pegawai", exact: true })).toBeVisible();
});

import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, login, test } from "./fixtures";

const APP_DIR = path.join(__dirname, "../../app/(app)");

/** Every signed-in page without a record id in its path, read from the app folder so a new page cannot be missed. */
function staticPages(dir = APP_DIR, route = ""): string[] {
  const pages: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (!entry.startsWith("[")) pages.push(...staticPages(full, `${route}/${entry}`));
    } else if (entry === "page.tsx") {
      pages.push(route || "/");
    }
  }
  return pages.sort();
}

/** The list pages whose first record is checked too: a record's page has its own markup (facts, history, forms). */
const RECORD_LISTS = [
  "/pegawai",
  "/satuan-kerja",
  "/pelantikan",
  "/supervisi",
  "/tindak-lanjut",
  "/kegiatan",
  "/berita",
];

async function violationsOn(page: Page, url: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${url}: ${violation.id} (${violation.impact}): ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(" | ")}`,
  );
}

async function firstRecordOf(page: Page, list: string): Promise<string | undefined> {
  const hrefs = await page
    .locator("main a[href]")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const record = new RegExp(`^${list}/[a-z0-9-]+$`);
  return hrefs.find(
    (href) => record.test(href) && !/\/(baru|impor|antrean|pengaturan|plh|posisi-sdm)$/.test(href),
  );
}

test("every signed-in page and a record of each module pass an axe check (WCAG 2.1 A and AA)", async ({
  page,
}) => {
  test.setTimeout(300_000);
  await login(page, "sekprov");
  const pages = staticPages();
  expect(pages).toContain("/pegawai");
  // Every page is checked before the verdict, so one run lists everything to fix.
  const violations: string[] = [];
  for (const url of pages) {
    await page.goto(url);
    violations.push(...(await violationsOn(page, url)));
    if (RECORD_LISTS.includes(url)) {
      const record = await firstRecordOf(page, url);
      if (record) {
        await page.goto(record);
        violations.push(...(await violationsOn(page, record)));
      }
    }
  }
  expect(violations).toEqual([]);
});

test("the sign-in page passes an axe check", async ({ page }) => {
  await page.goto("/login");
  expect(await violationsOn(page, "/login")).toEqual([]);
});

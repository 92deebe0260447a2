import type { Page } from "@playwright/test";
import type { Attendee } from "@/lib/attendance/roster";
import { expect, test } from "./fixtures";
import { harnessScript } from "./harness/bundle";

const PEOPLE: Attendee[] = [
  {
    id: "suhardi",
    name: "Dr. H. Suhardi Soud, S.H., M.H.",
    nip: "197805122005011003",
    unit: "KPU Provinsi Nusa Tenggara Barat",
    status: "EXPECTED",
  },
  {
    id: "rina",
    name: "Baiq Rina Hartini, S.E.",
    nip: "198503042010122001",
    unit: "KPU Kota Mataram",
    status: "PRESENT_ONSITE",
  },
  { id: "hadi", name: "Lalu Hadi Suhardiman", organisation: "Bawaslu Provinsi NTB", status: "EXPECTED" },
  {
    id: "made",
    name: "Ni Made Ayu Kusumawardani, S.Sos., M.A.P.",
    unit: "KPU Kabupaten Sumbawa Barat",
    status: "EXPECTED",
  },
];

interface PendingMark {
  personId: string;
  status: string;
  answer(result: { ok: boolean; message?: string }): void;
}

/**
 * The component alone on a phone-sized page, styled by the app's own stylesheet; every mark waits in `marks`
 * until the test answers it, as a slow server would.
 */
async function openHarness(page: Page): Promise<PendingMark[]> {
  const marks: PendingMark[] = [];
  await page.setViewportSize({ width: 390, height: 844 });
  await page.exposeFunction(
    "markAttendance",
    (personId: string, status: string) => new Promise((answer) => marks.push({ personId, status, answer })),
  );
  await page.goto("/login");
  const stylesheets = await page
    .locator('link[rel="stylesheet"]')
    .evaluateAll((links) => links.map((link) => link.outerHTML).join(""));
  await page.setContent(
    `<!doctype html><html lang="id"><head>${stylesheets}</head><body><main id="harness" class="p-4"></main></body></html>`,
  );
  await page.evaluate((people) => {
    window.attendanceHarness = { people };
  }, PEOPLE);
  await page.addScriptTag({ content: await harnessScript("attendance-harness.tsx") });
  await expect(page.getByRole("list", { name: "Daftar hadir" })).toBeVisible();
  return marks;
}

function row(page: Page, name: string) {
  return page.getByRole("listitem").filter({ has: page.getByRole("group", { name: `Kehadiran ${name}` }) });
}

function count(page: Page, label: string) {
  return page
    .getByRole("region", { name: "Rekap kehadiran" })
    .locator("div")
    .filter({ hasText: label })
    .locator("dd");
}

test.describe("attendance on a phone (daftar hadir)", () => {
  test("fits 390 px with large buttons, and a tap marks the person and the counts at once", async ({
    page,
  }) => {
    const marks = await openHarness(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const suhardi = row(page, PEOPLE[0]!.name);
    const online = suhardi.getByRole("button", { name: "Hadir daring" });
    expect((await online.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await expect(count(page, "Hadir luring")).toHaveText("1");
    await expect(count(page, "Belum ditandai")).toHaveText("3");

    await online.click();
    // The server has not answered yet: the mark and the counts already show it.
    await expect(online).toHaveAttribute("aria-pressed", "true");
    await expect(count(page, "Hadir daring")).toHaveText("1");
    await expect(count(page, "Belum ditandai")).toHaveText("2");
    await expect(suhardi.getByText("Menyimpan…")).toBeVisible();
    await expect.poll(() => marks.length).toBe(1);
    expect(marks[0]).toMatchObject({ personId: "suhardi", status: "PRESENT_ONLINE" });

    marks[0]!.answer({ ok: true });
    await expect(suhardi.getByText("Menyimpan…")).toBeHidden();
    await expect(online).toHaveAttribute("aria-pressed", "true");
    await expect(count(page, "Hadir daring")).toHaveText("1");
  });

  test("a refused mark goes back with its reason on that row, and the other rows keep theirs", async ({
    page,
  }) => {
    const marks = await openHarness(page);
    const rina = row(page, PEOPLE[1]!.name);
    const hadi = row(page, PEOPLE[2]!.name);
    await rina.getByRole("button", { name: "Tidak hadir" }).click();
    await hadi.getByRole("button", { name: "Hadir luring" }).click();
    await expect(count(page, "Tidak hadir")).toHaveText("1");
    await expect(count(page, "Hadir luring")).toHaveText("1");
    await expect.poll(() => marks.length).toBe(2);

    marks
      .find((mark) => mark.personId === "rina")!
      .answer({
        ok: false,
        message: "Data tidak ditemukan atau berada di luar cakupan Anda.",
      });
    marks.find((mark) => mark.personId === "hadi")!.answer({ ok: true });

    await expect(rina.getByRole("alert")).toHaveText(
      `Kehadiran ${PEOPLE[1]!.name} belum tersimpan: Data tidak ditemukan atau berada di luar cakupan Anda.`,
    );
    await expect(rina.getByRole("button", { name: "Hadir luring" })).toHaveAttribute("aria-pressed", "true");
    await expect(rina.getByRole("button", { name: "Tidak hadir" })).toHaveAttribute("aria-pressed", "false");
    await expect(hadi.getByRole("button", { name: "Hadir luring" })).toHaveAttribute("aria-pressed", "true");
    await expect(hadi.getByRole("alert")).toHaveCount(0);
    await expect(count(page, "Hadir luring")).toHaveText("2");
    await expect(count(page, "Tidak hadir")).toHaveText("0");

    // Tapping again retries; a success clears the row's message.
    await rina.getByRole("button", { name: "Tidak hadir" }).click();
    await expect(rina.getByRole("alert")).toHaveCount(0);
    await expect.poll(() => marks.length).toBe(3);
    marks[2]!.answer({ ok: true });
    await expect(rina.getByText("Menyimpan…")).toBeHidden();
    await expect(rina.getByRole("button", { name: "Tidak hadir" })).toHaveAttribute("aria-pressed", "true");
  });

  test("search finds people by name without titles or by NIP with spaces, and keeps the counts whole", async ({
    page,
  }) => {
    await openHarness(page);
    const search = page.getByLabel("Cari nama, NIP, instansi, atau satuan kerja");
    await search.fill("made ayu");
    await expect(page.getByRole("group", { name: /^Kehadiran / })).toHaveCount(1);
    await expect(page.getByText("Menampilkan 1 dari 4 orang")).toBeVisible();

    await search.fill("19850304 201012 2 001");
    await expect(page.getByRole("group", { name: /^Kehadiran / })).toHaveCount(1);
    await expect(row(page, PEOPLE[1]!.name)).toBeVisible();
    await expect(count(page, "Belum ditandai")).toHaveText("3");

    await search.fill("Zulkarnain");
    await expect(page.getByText("Tidak ada nama yang cocok dengan pencarian “Zulkarnain”.")).toBeVisible();
  });
});

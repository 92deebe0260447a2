import { expect, login, mainNavigation, test } from "./fixtures";

const VISIT = "Supervisi dan Evaluasi Pelaksanaan Tugas Sekretariat KPU Kabupaten Sumbawa";
const STAKEHOLDER_DAY = /Stakeholder Day: Sosialisasi Tahapan Pemilu 2024/;

/** An iCalendar body with its folded lines joined again (RFC 5545 3.1). */
const unfold = (body: string) => body.replace(/\r\n /g, "");

test("a regency secretary finds the demo visit and events by month, subscribes, and revokes the address", async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(120_000);
  await login(page, "sekkab.sumbawa");
  await mainNavigation(page).getByRole("link", { name: "Kalender" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kalender" })).toBeVisible();
  // This month, with today marked in the unit's zone (WITA): a grid of weeks on a wide screen, a list of days.
  const grid = page.getByRole("list", { name: /^\p{Lu}\p{Ll}+ \d{4}$/u });
  await expect(grid.locator('[aria-current="date"]')).toHaveCount(1);

  // To the month of the visit to Sumbawa, by the month field (the address keeps it).
  const months = page.getByRole("navigation", { name: "Pilih bulan" });
  await months.getByLabel("Bulan").fill("2023-01");
  await months.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/\/kalender\?bulan=2023-01$/);
  await expect(page.getByRole("heading", { level: 2, name: /Januari 2023/ })).toBeVisible();
  const visit = grid.getByRole("link", { name: new RegExp(VISIT) });
  await expect(visit).toBeVisible();
  await expect(grid.locator('[aria-current="date"]')).toHaveCount(0);

  // Back four months: the Stakeholder Day Sumbawa took part in, on 8 September 2022.
  for (const month of ["Desember 2022", "November 2022", "Oktober 2022", "September 2022"]) {
    await months.getByRole("link", { name: "Bulan sebelumnya" }).click();
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(month) })).toBeVisible();
  }
  await expect(page).toHaveURL(/bulan=2022-09$/);
  await expect(grid.getByRole("link", { name: STAKEHOLDER_DAY })).toBeVisible();

  // Each day is a heading with its full date; a wide screen shows the day's number in the grid.
  await page.goto("/kalender?bulan=2023-01");
  const visitDay = page.getByRole("heading", { level: 3, name: "Kamis, 19 Januari 2023" });
  const visitDayNumber = visitDay.locator('[aria-hidden="true"]');
  await expect(visitDayNumber).toHaveText("19");
  await expect(visitDayNumber).toBeVisible();
  // A day without entries: a cell of the grid, left out of the phone's list.
  const quietDay = page.getByRole("heading", {
    level: 3,
    name: "Senin, 02 Januari 2023",
    includeHidden: true,
  });
  await expect(quietDay).toBeVisible();

  // On a phone the month is a list of the days that have something, each under its full date.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(visitDay).toBeVisible();
  await expect(visitDayNumber).toBeHidden();
  await expect(quietDay).toBeAttached();
  await expect(quietDay).toBeHidden();
  const phoneVisit = page.getByRole("listitem").filter({ hasText: "19 Januari 2023" }).getByRole("link");
  await expect(phoneVisit).toContainText(VISIT);
  await phoneVisit.click();
  await expect(page).toHaveURL(/\/supervisi\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Supervisi");
  await page.setViewportSize({ width: 1280, height: 900 });

  // The personal feed address: created, copied, fetched as a calendar app would.
  await page.goto("/kalender?bulan=2023-01");
  const feed = page.getByRole("region", { name: "Langganan kalender" });
  await feed.getByRole("button", { name: "Buat alamat langganan" }).click();
  await expect(page.getByText("Alamat langganan kalender sudah dibuat.")).toBeVisible();
  const address = await feed.getByLabel("Alamat langganan (iCal)").inputValue();
  expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/kalender\/[A-Za-z0-9_-]{43}\.ics$/);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await feed.getByRole("button", { name: "Salin alamat" }).click();
  await expect(feed.getByRole("status")).toHaveText("Alamat sudah disalin.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);

  const response = await page.request.get(address);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const body = unfold(await response.text());
  expect(body).toContain("BEGIN:VCALENDAR\r\n");
  expect(body).toContain("TZID:Asia/Makassar\r\n");
  expect(body).toContain(`SUMMARY:${VISIT}\r\n`);
  expect(body).toContain("DTSTART;VALUE=DATE:20230119\r\n");
  // A calendar app has no session: the address alone opens the feed.
  expect((await request.get(address)).status()).toBe(200);

  // Revoked, the address answers 404 and the page offers a new one.
  await feed.getByRole("button", { name: "Cabut alamat" }).click();
  await expect(page.getByText("Alamat langganan sudah dicabut.")).toBeVisible();
  await expect(feed.getByRole("button", { name: "Buat alamat langganan" })).toBeVisible();
  expect((await request.get(address)).status()).toBe(404);
});

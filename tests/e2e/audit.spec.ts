import { expect, login, mainNavigation, test } from "./fixtures";

/** A PNS of KPU Kabupaten Lombok Barat (5203) no other test edits. */
const OFFICIAL = "demo-off-5203-08";

test("the provincial secretary changes a rank and reads who, when, from and to in the trail and on the record", async ({
  page,
}) => {
  await login(page, "sekprov");
  await page.goto(`/pegawai/${OFFICIAL}`);
  const name = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();

  await page.goto(`/pegawai/${OFFICIAL}/ubah`);
  const rank = page.getByLabel("Pangkat/golongan", { exact: true });
  // The next rank up, whatever the demo data gave: "Penata Muda (III/a)" → "Penata Muda Tingkat I (III/b)".
  const options = await rank
    .locator("option")
    .evaluateAll((all) =>
      all.map((option) => ({ value: (option as HTMLOptionElement).value, text: option.textContent ?? "" })),
    );
  const current = await rank.inputValue();
  const index = options.findIndex((option) => option.value === current);
  const next = options[index + 1]!;
  const label = (text: string) => /\(([^)]+)\)\s*$/.exec(text)?.[1];
  const from = label(options[index]!.text);
  const to = label(next.text);
  expect(from).toMatch(/^I{1,3}V?\/[a-e]$/);
  await rank.selectOption(next.value);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "tersimpan" })).toBeVisible();

  await mainNavigation(page).getByRole("link", { name: "Audit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jejak Audit");
  await page.getByLabel("Data", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/[?&]q=/);

  const entry = page.getByRole("row").filter({ hasText: `Pangkat/golongan: ${from} → ${to}` });
  await expect(entry).toHaveCount(1);
  // Who: the signed-in secretary by name (the demo user carries the name of the official holding the post).
  await expect(entry.getByRole("cell").nth(1)).toHaveText(/^[A-Z][\w.,' ]+$/);
  await expect(entry).toContainText("Data pegawai diubah");
  await expect(entry).toContainText(/\d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} WITA/);
  const text = (await entry.textContent()) ?? "";
  // Nothing a clerk cannot read: no ids, no storage codes, no bookkeeping.
  expect(text).not.toMatch(/demo-|III_|IV_|sortName|version|updatedAt/);

  await entry
    .getByRole("link", {
      name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} · \\d{8} \\d{6} \\d \\d{3}$`),
    })
    .click();
  await expect(page).toHaveURL(new RegExp(`/pegawai/${OFFICIAL}$`));
  const history = page.getByRole("region", { name: "Riwayat perubahan" });
  await expect(history.getByRole("row").filter({ hasText: `Pangkat/golongan: ${from} → ${to}` })).toHaveCount(
    1,
  );
});

test("sign-ins are kept apart from changes, in their own tab", async ({ page }) => {
  await login(page, "sekprov");
  await page.goto("/audit");
  await expect(page.getByRole("row").filter({ hasText: "Masuk ke aplikasi" })).toHaveCount(0);
  await page.getByRole("link", { name: "Masuk aplikasi" }).click();
  await expect(page).toHaveURL(/tab=signins/);
  await expect(page.getByRole("row").filter({ hasText: "Masuk ke aplikasi" }).first()).toBeVisible();
});

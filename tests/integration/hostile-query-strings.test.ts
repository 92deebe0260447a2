/**
 * A NUL byte in a page's query string is dropped by the page's parser (the input kit, lib/validations/input.ts),
 * so it never reaches PostgreSQL, which refuses it in a query parameter: the page answers instead of a 500. Each
 * case runs the page's own parser and then the page's own query on the database, as the page does.
 */
import { describe, expect, it } from "vitest";
import { parseNewsListParams } from "@/lib/news/list-params";
import { listNews } from "@/lib/news/queries";
import { parseNewAccountParams } from "@/lib/users/list-params";
import { findOfficialForAccount, findOfficialsWithoutAccount } from "@/lib/users/queries";
import * as factory from "./db-utils";

async function administrator() {
  const { province } = await factory.createProvinceWithRegencies();
  return factory.currentUser((await factory.createUser({ role: "ADMINISTRATOR", unitId: province.id })).id);
}

describe("a NUL byte in a query string", () => {
  it("the database refuses it: what the parsers below keep from it", async () => {
    const user = await administrator();
    await expect(listNews(user, { query: "Rakor\u0000", page: 1 })).rejects.toThrow();
  });

  it("in the news list's search and page (/berita?q=%00&page=%00) is dropped; the list answers", async () => {
    const user = await administrator();
    const params = parseNewsListParams({ q: "Rakor\u0000", page: "\u0000" });
    expect(params).toEqual({ q: undefined, page: 1 });
    await expect(listNews(user, { query: params.q, page: params.page })).resolves.toMatchObject({ total: 0 });
  });

  it("in the new account page's official and search (/pengguna/baru?pegawai=%00&q=%00) is dropped", () => {
    // The page then queries neither: no official is looked up and the picker searches nothing.
    const params = parseNewAccountParams({ pegawai: "demo-off\u0000", q: "Siti\u0000" });
    expect(params).toEqual({ officialId: undefined, q: undefined });
  });

  it("leaves ordinary values as they were: a search trimmed, an id, a page number", async () => {
    const user = await administrator();
    const name = `Siti Parameter ${factory.uniqueSuffix()}`;
    const official = await factory.createOfficial(user.unit.id, { name });
    const params = parseNewAccountParams({ pegawai: official.id, q: `  ${name} ` });
    expect(params).toEqual({ officialId: official.id, q: name });
    expect((await findOfficialForAccount(user, params.officialId!))?.id).toBe(official.id);
    expect((await findOfficialsWithoutAccount(user, params.q!)).map((row) => row.id)).toEqual([official.id]);
    // "%" is a character to find, not LIKE's wildcard, and "-" leaves nothing to search by: both find no one
    // rather than everyone.
    expect(await findOfficialsWithoutAccount(user, "%")).toEqual([]);
    expect(await findOfficialsWithoutAccount(user, " - ")).toEqual([]);
    expect(parseNewsListParams({ q: ["Rakor", "lain"], page: "3" })).toEqual({ q: "Rakor", page: 3 });
    expect(parseNewsListParams({ page: "0x10" })).toEqual({ q: undefined, page: 1 });
  });
});

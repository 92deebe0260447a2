import { describe, expect, it } from "vitest";
import { readImportTable } from "@/lib/officials/import/read-table";
import { MAX_DATA_ROWS } from "@/lib/officials/import/limits";

/** A nominatif as a CSV: a title block, a blank line, the header, then `count` rows of people. */
function nominatif(count: number, { titleRows = 3 } = {}) {
  const title = Array.from(
    { length: titleRows },
    (_, index) => `DAFTAR NOMINATIF PEGAWAI BAGIAN ${index + 1}`,
  );
  const people = Array.from({ length: count }, (_, index) => `${index + 1},Pegawai ${index + 1},PNS`);
  const text = [...title, "", "No,Nama,Status Kepegawaian", ...people].join("\r\n");
  return { fileName: "nominatif.csv", bytes: new TextEncoder().encode(text) };
}

describe("the row limit of an import counts the rows below the header only", () => {
  it("takes the full number of data rows under a title block and a header", async () => {
    const read = await readImportTable(nominatif(MAX_DATA_ROWS, { titleRows: 5 }));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.table.headerRowNumber).toBe(7);
    expect(read.table.above).toHaveLength(5);
    expect(read.table.rows).toHaveLength(MAX_DATA_ROWS);
  });

  it("refuses one data row more, naming the limit, whatever the title block", async () => {
    for (const titleRows of [0, 5]) {
      expect(await readImportTable(nominatif(MAX_DATA_ROWS + 1, { titleRows }))).toEqual({
        ok: false,
        problem: { key: "uploads.errors.tooManyRows", params: { max: MAX_DATA_ROWS } },
      });
    }
  });

  it("refuses a sheet far past the limit in the reader, before finding its header", async () => {
    expect(await readImportTable(nominatif(MAX_DATA_ROWS + 40))).toMatchObject({
      ok: false,
      problem: { key: "uploads.errors.tooManyRows", params: { max: MAX_DATA_ROWS } },
    });
  });
});

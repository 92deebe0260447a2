import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MappingStep } from "@/components/officials/import/mapping-step";
import { messagesFor } from "@/lib/i18n/messages";

const READING = {
  headerRowNumber: 1,
  headerRowCount: 1,
  layout: null,
  mappingSource: "names" as const,
  columns: [
    { index: 0, header: "Nama ASN", column: null },
    { index: 1, header: "Nomor Induk", column: "NIP" as const },
    { index: 2, header: " ", column: null },
  ],
  signature: "nama asn|nomor induk|",
  mappingUnitId: null,
  skipped: [],
};

function html() {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="id" messages={messagesFor("id")} timeZone="Asia/Makassar">
      <MappingStep reading={READING} pending={false} onSubmit={() => undefined} />
    </NextIntlClientProvider>,
  );
}

describe("the import's column mapping step", () => {
  it("is the kit's table: a named table, one row per file column headed by the column, its select beside it", () => {
    const markup = html();
    expect(markup.match(/<table /g)).toHaveLength(1);
    expect(markup).toContain('<caption class="sr-only">Pemetaan kolom</caption>');
    expect(markup).toMatch(/<th scope="col"[^>]*>Kolom berkas<\/th><th scope="col"[^>]*>Diisi ke<\/th>/);
    const rows = [...markup.matchAll(/<th scope="row"[^>]*><label for="([^"]+)">([^<]+)<\/label><\/th>/g)];
    expect(rows.map(([, , header]) => header)).toEqual([
      "Nama ASN",
      "Nomor Induk",
      "Kolom ke-3 (tanpa judul)",
    ]);
    // Each row header labels the select in its row.
    for (const [, id] of rows) expect(markup).toMatch(new RegExp(`<select id="${id}"`));
  });

  it("starts from what the server read: a known column chosen, the others ignored", () => {
    const markup = html();
    const chosen = [...markup.matchAll(/<option value="([^"]*)" selected="">/g)].map(([, value]) => value);
    expect(chosen).toEqual(["", "NIP", ""]);
    expect(markup).toContain('aria-label="Kolom “Nomor Induk” diisi ke"');
  });
});

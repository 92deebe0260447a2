import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, type Column, type DataTableProps } from "@/components/ui/data-table";
import { Panel } from "@/components/ui/panel";
import { messagesFor } from "@/lib/i18n/messages";

interface Unit {
  code: string;
  name: string;
  staff: number;
}

const UNITS: Unit[] = [
  { code: "5204", name: "KPU Sumbawa", staff: 11 },
  { code: "5271", name: "KPU Kota Mataram", staff: 14 },
];

const COLUMNS: Column<Unit>[] = [
  { key: "name", header: "Satuan kerja", sortKey: "unit", cell: (unit) => unit.name },
  { key: "code", header: "Kode", cell: (unit) => unit.code },
  { key: "staff", header: "Pegawai", sortKey: "staff", align: "right", cell: (unit) => unit.staff },
];

function html(node: ReactNode) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="id" messages={messagesFor("id")} timeZone="Asia/Makassar">
      {node}
    </NextIntlClientProvider>,
  );
}

function table(props: Partial<DataTableProps<Unit>> = {}) {
  return html(
    <DataTable
      columns={COLUMNS}
      rows={UNITS}
      rowKey={(unit) => unit.code}
      caption="Pegawai per unit"
      {...props}
    />,
  );
}

/** The opening tag of the header cell whose text starts with `label`. */
function headerTag(markup: string, label: string) {
  return new RegExp(`<th scope="col"[^>]*>(?:<a[^>]*><span>)?${label}`).exec(markup)?.[0] ?? "";
}

describe("DataTable", () => {
  it("names the table with a caption, visible or for screen readers only", () => {
    expect(table()).toMatch(/<caption class="[^"]*text-left[^"]*">Pegawai per unit<\/caption>/);
    expect(table({ captionHidden: true })).toContain('<caption class="sr-only">Pegawai per unit</caption>');
  });

  it("links sortable headers to the server's next order and marks the sorted one with aria-sort", () => {
    const markup = table({ sort: { key: "staff", dir: "desc", href: (key) => `?sort=${key}` } });
    expect(headerTag(markup, "Pegawai")).toContain('aria-sort="descending"');
    expect(headerTag(markup, "Satuan kerja")).toContain('aria-sort="none"');
    expect(headerTag(markup, "Kode")).not.toContain("aria-sort");
    expect(markup).toContain('href="?sort=unit"');
    expect(markup).toContain('href="?sort=staff"');
    expect(markup).toContain('<span class="sr-only">(diurutkan turun)</span>');
    expect(markup.match(/diurutkan/g)).toHaveLength(1);
  });

  it("without a sort, headers are plain text", () => {
    const markup = table();
    expect(markup).not.toContain("<a ");
    expect(markup).not.toContain("aria-sort");
  });

  it("aligns numeric columns right, header and cells alike", () => {
    const markup = table();
    expect(headerTag(markup, "Pegawai")).toContain("text-right");
    expect(markup).toMatch(/<td class="[^"]*text-right tabular-nums[^"]*">11<\/td>/);
  });

  it("makes the first cell a row header when asked, and keeps one row per item", () => {
    expect(table()).not.toContain('scope="row"');
    const markup = table({ rowHeader: true });
    expect(markup).toMatch(/<th scope="row"[^>]*>KPU Sumbawa<\/th>/);
    expect(markup.match(/<tr/g)).toHaveLength(1 + UNITS.length);
  });

  it("shows the empty message instead of a table, or a default one", () => {
    const custom = table({ rows: [], empty: "Tidak ada pegawai." });
    expect(custom).not.toContain("<table");
    expect(custom).toContain("Tidak ada pegawai.");
    expect(table({ rows: [] })).toContain("Belum ada data.");
  });

  it("puts a totals row in tfoot, labelled in the first column and rendered by the other columns", () => {
    const markup = table({ footer: { label: "Jumlah", row: { code: "", name: "", staff: 25 } } });
    expect(markup).toMatch(
      /<tfoot[^>]*><tr[^>]*><th scope="row"[^>]*>Jumlah<\/th><td[^>]*><\/td><td[^>]*>25<\/td>/,
    );
  });

  it("keeps the first column in view when asked, and scrolls sideways inside its frame", () => {
    expect(table()).toMatch(/^<div class="relative overflow-x-auto/);
    expect(table()).toContain('style="min-width:max(100%, 24rem)"');
    expect(table()).not.toContain("sticky");
    const markup = table({ stickyFirstColumn: true, rowHeader: true });
    expect(markup.match(/sticky left-0/g)).toHaveLength(1 + UNITS.length);
    expect(headerTag(markup, "Satuan kerja")).toContain("sticky left-0");
    expect(markup.match(/<th scope="row" class="[^"]*sticky left-0/g)).toHaveLength(UNITS.length);
  });

  it("hides a header from sight but not from screen readers", () => {
    const markup = html(
      <DataTable
        columns={[...COLUMNS, { key: "edit", header: "Ubah", headerHidden: true, cell: () => "Ubah" }]}
        rows={UNITS}
        rowKey={(unit) => unit.code}
        caption="Pegawai per unit"
      />,
    );
    expect(markup).toContain('<span class="sr-only">Ubah</span></th>');
  });
});

describe("Panel", () => {
  it("is a region named by its heading, with description and actions", () => {
    const markup = html(
      <Panel id="posts-heading" title="Jabatan" description="Semua jabatan" actions={<a href="/x">Tambah</a>}>
        <p>isi</p>
      </Panel>,
    );
    expect(markup).toMatch(/^<section aria-labelledby="posts-heading"/);
    expect(markup).toMatch(/<h2 id="posts-heading"[^>]*>Jabatan<\/h2>/);
    expect(markup).toContain("Semua jabatan");
    expect(markup).toContain('<a href="/x">Tambah</a>');
    expect(markup).toContain("<p>isi</p>");
  });

  it("takes an h3 inside a section that already has an h2", () => {
    const markup = html(
      <Panel id="rows-heading" level={3} title="Baris">
        <p>isi</p>
      </Panel>,
    );
    expect(markup).toMatch(/<h3 id="rows-heading"/);
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
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

  it("leaves padding and alignment to the table's rules: a cell carries only its column's own classes", () => {
    const markup = table({
      columns: [{ ...COLUMNS[0]!, cellClassName: "whitespace-nowrap" }, ...COLUMNS.slice(1)],
      rowClassName: (unit) => (unit.staff > 12 ? "bg-red-50" : undefined),
    });
    expect(markup).toMatch(/<table class="data-table divide-y divide-slate-200 text-sm min-w-full"/);
    expect(markup).toContain('<th scope="col">Kode</th>');
    expect(markup).toContain('<tr><td class="whitespace-nowrap">KPU Sumbawa</td><td>5204</td>');
    expect(markup).toContain('<td class="text-right tabular-nums">11</td>');
    expect(markup).toContain('<tr class="bg-red-50"><td class="whitespace-nowrap">KPU Kota Mataram</td>');
    expect(table({ variant: "compact" })).toMatch(/<table class="data-table-compact text-xs min-w-full"/);
  });

  it("finds its table classes in the stylesheet, for its own cells only (not those of a table nested in one)", () => {
    const css = readFileSync(path.resolve(__dirname, "../../app/globals.css"), "utf8");
    const emitted = [table(), table({ variant: "compact" }), table({ stickyFirstColumn: true })].flatMap(
      (markup) =>
        /<table class="([^"]*)"/
          .exec(markup)![1]!
          .split(" ")
          .filter((name) => name.startsWith("data-table")),
    );
    expect(new Set(emitted)).toEqual(new Set(["data-table", "data-table-compact", "data-table-sticky"]));
    for (const name of emitted) expect(css).toContain(`.${name} > * > tr > `);
    expect(css).toMatch(/\.data-table-sticky > \* > tr > :first-child \{\s*@apply sticky left-0/);
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
    // The rule on the table (app/globals.css) holds every row's first cell, header and totals included.
    const markup = table({ stickyFirstColumn: true, rowHeader: true });
    expect(markup).toMatch(/<table class="data-table [^"]*data-table-sticky[^"]*"/);
    expect(markup.match(/sticky/g)).toHaveLength(1);
    expect(markup.match(/<th scope="row">/g)).toHaveLength(UNITS.length);
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

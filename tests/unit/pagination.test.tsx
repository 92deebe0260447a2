import { NextIntlClientProvider } from "next-intl";
import type { ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Pagination } from "@/components/ui/pagination";
import { messagesFor } from "@/lib/i18n/messages";

function html(props: Partial<ComponentProps<typeof Pagination>> = {}) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="id" messages={messagesFor("id")} timeZone="Asia/Makassar">
      <Pagination
        label="Halaman daftar pegawai"
        page={2}
        pageCount={4}
        href={(page) => `/pegawai?status=all&page=${page}`}
        {...props}
      />
    </NextIntlClientProvider>,
  );
}

/** The links of the markup, as [text, href]. */
function links(markup: string): [string, string][] {
  return [...markup.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map(([, href, text]) => [
    text!,
    href!.replace(/&amp;/g, "&"),
  ]);
}

/** The words shown without a link (the current page, and the links that lead nowhere). */
function unlinked(markup: string): string[] {
  return [...markup.matchAll(/<span [^>]*aria-disabled="true"[^>]*>([^<]*)<\/span>/g)].map(
    ([, text]) => text!,
  );
}

describe("Pagination", () => {
  it("is a navigation named by its list, linking every other page through the list's own URLs", () => {
    const markup = html();
    expect(markup).toContain('<nav aria-label="Halaman daftar pegawai">');
    expect(links(markup)).toEqual([
      ["Pertama", "/pegawai?status=all&page=1"],
      ["Sebelumnya", "/pegawai?status=all&page=1"],
      ["Berikutnya", "/pegawai?status=all&page=3"],
      ["Terakhir", "/pegawai?status=all&page=4"],
    ]);
    expect(markup).toContain('<li aria-current="page">Halaman 2 dari 4</li>');
    expect(markup).toMatch(/rel="prev"[^>]*>Sebelumnya/);
    expect(markup).toMatch(/rel="next"[^>]*>Berikutnya/);
  });

  it("greys out the links that lead nowhere on the first and the last page", () => {
    expect(unlinked(html({ page: 1 }))).toEqual(["Pertama", "Sebelumnya"]);
    expect(unlinked(html({ page: 4 }))).toEqual(["Berikutnya", "Terakhir"]);
  });

  it("with the total, says which rows are shown, also when one page holds them all", () => {
    expect(html({ page: 3, total: { rows: 62, pageSize: 25 } })).toContain(
      "<p>Menampilkan 51–62 dari 62</p>",
    );
    const single = html({ page: 1, pageCount: 1, total: { rows: 7, pageSize: 25 } });
    expect(single).toContain("Menampilkan 1–7 dari 7");
    expect(single).not.toContain("<nav");
  });

  it("draws nothing for a single page without a total, nor for an empty list", () => {
    expect(html({ page: 1, pageCount: 1 })).toBe("");
    expect(html({ page: 1, pageCount: 0, total: { rows: 0, pageSize: 25 } })).toBe("");
  });
});

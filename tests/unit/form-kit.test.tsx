import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CeremonyForm } from "@/components/inaugurations/ceremony-form";
import { ReportForm } from "@/components/supervision/report-form";
import { FormAlert, type FormAlertProps } from "@/components/ui/form/form-alert";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { parseFlash } from "@/lib/actions/flash";
import { messagesFor } from "@/lib/i18n/messages";

function render(props: FormAlertProps) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="id" messages={messagesFor("id")} timeZone="Asia/Makassar">
      <FormAlert {...props} />
    </NextIntlClientProvider>,
  );
}

describe("FormAlert", () => {
  it("announces a refusal and links each refused field to its control, in the order given", () => {
    const html = render({
      message: "Periksa kembali isian yang ditandai.",
      problems: [
        { id: "f-nip", label: "NIP", messages: ["Digit ke-15 NIP harus 1 atau 2."] },
        { id: "f-email", label: "Email", messages: ["Alamat email tidak valid."] },
        { messages: ["Isian tidak valid."] },
      ],
    });
    expect(html).toContain('role="alert"');
    expect(html).toMatch(/<ul aria-label="Isian yang perlu diperbaiki"/);
    expect(html).toMatch(/href="#f-nip"[^>]*>NIP<\/a>: Digit ke-15 NIP harus 1 atau 2\.<\/li>/);
    expect(html.indexOf("#f-nip")).toBeLessThan(html.indexOf("#f-email"));
    expect(html).toMatch(/<li>Isian tidak valid\.<\/li>/);
  });

  it("confirms politely, and shows nothing without a message", () => {
    expect(render({ message: "Perubahan tersimpan.", tone: "success" })).toMatch(
      /role="status"[^>]*><p>Perubahan tersimpan\.<\/p><\/div>$/,
    );
    expect(render({ problems: [] })).toBe("");
  });
});

describe("parseFlash", () => {
  const flash = { id: "a1", message: "Pegawai baru tersimpan.", path: "/pegawai/abc" };

  it("reads the confirmation a save set", () => {
    expect(parseFlash(JSON.stringify(flash))).toEqual(flash);
  });

  it("ignores anything else in the cookie", () => {
    for (const raw of [
      undefined,
      "",
      "not json",
      JSON.stringify({ ...flash, message: 42 }),
      JSON.stringify({ ...flash, message: "" }),
      JSON.stringify({ ...flash, message: "x".repeat(301) }),
      JSON.stringify({ ...flash, path: "https://evil.example/" }),
      JSON.stringify({ ...flash, path: "//evil.example/" }),
    ]) {
      expect(parseFlash(raw), String(raw)).toBeNull();
    }
  });
});

describe("RecordKeys", () => {
  const keys = (props: Parameters<typeof RecordKeys>[0]) => renderToStaticMarkup(<RecordKeys {...props} />);

  it("carries a stored record's id and the version the user opened", () => {
    expect(keys({ record: { id: "off-1", version: 3 } })).toBe(
      '<input type="hidden" name="id" value="off-1"/><input type="hidden" name="version" value="3"/>',
    );
  });

  it("leaves the version out when the step checks none, and nothing at all for a new record", () => {
    expect(keys({ record: { id: "cer-1" } })).toBe('<input type="hidden" name="id" value="cer-1"/>');
    expect(keys({ record: { id: "cer-1", version: null } })).toBe(
      '<input type="hidden" name="id" value="cer-1"/>',
    );
    expect(keys({})).toBe("");
  });

  it("names the key after the parent a record is saved under", () => {
    expect(keys({ record: { id: "visit-1", version: 2 }, idName: "visitId" })).toBe(
      '<input type="hidden" name="visitId" value="visit-1"/><input type="hidden" name="version" value="2"/>',
    );
  });
});

describe("the ceremony's and the report's forms", () => {
  const intl = (children: React.ReactNode) =>
    renderToStaticMarkup(
      <NextIntlClientProvider locale="id" messages={messagesFor("id")} timeZone="Asia/Makassar">
        {children}
      </NextIntlClientProvider>,
    );
  const hidden = (html: string) => html.match(/<input type="hidden"[^>]*>/g) ?? [];

  it("send their keys through RecordKeys", () => {
    expect(hidden(intl(<CeremonyForm form="finalize" id="cer-1" version={4} label="Final" />))).toEqual([
      '<input type="hidden" name="form" value="finalize"/>',
      '<input type="hidden" name="id" value="cer-1"/>',
      '<input type="hidden" name="version" value="4"/>',
    ]);
    expect(hidden(intl(<CeremonyForm form="add" id="cer-1" label="Tambah" />))).toEqual([
      '<input type="hidden" name="form" value="add"/>',
      '<input type="hidden" name="id" value="cer-1"/>',
    ]);
    const report = (version: number | null) =>
      hidden(
        intl(
          <ReportForm
            visitId="visit-1"
            report={version === null ? null : { version, summary: null, pointsRaised: null }}
            areas={[]}
            comments={{}}
          />,
        ),
      );
    expect(report(null)).toEqual(['<input type="hidden" name="visitId" value="visit-1"/>']);
    expect(report(2)).toEqual([
      '<input type="hidden" name="visitId" value="visit-1"/>',
      '<input type="hidden" name="version" value="2"/>',
    ]);
  });
});

import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FormAlert, type FormAlertProps } from "@/components/ui/form/form-alert";
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

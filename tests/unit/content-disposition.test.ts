import { describe, expect, it } from "vitest";
import { contentDisposition } from "@/lib/attachments/content-disposition";

describe("Content-Disposition of a download (RFC 6266)", () => {
  it("carries the real name in filename* and an ASCII stand-in in filename", () => {
    expect(contentDisposition("SK Pengangkatan.pdf")).toBe(
      `attachment; filename="SK Pengangkatan.pdf"; filename*=UTF-8''SK%20Pengangkatan.pdf`,
    );
    expect(contentDisposition("Berita Acara Pelantikan – Désa.pdf", "inline")).toBe(
      `inline; filename="Berita Acara Pelantikan _ Desa.pdf"; filename*=UTF-8''Berita%20Acara%20Pelantikan%20%E2%80%93%20D%C3%A9sa.pdf`,
    );
  });

  it("lets no quote, backslash, percent sign or line break into the quoted string", () => {
    const header = contentDisposition('a"b\\c%41\r\nSet-Cookie: x=1.pdf');
    expect(header).toBe(
      `attachment; filename="a_b_c_41__Set-Cookie: x=1.pdf"; filename*=UTF-8''a%22b%5Cc%2541%0D%0ASet-Cookie%3A%20x%3D1.pdf`,
    );
    expect(header).not.toMatch(/[\r\n]/);
  });

  it("encodes the characters RFC 8187 does not allow bare, and never leaves the name empty", () => {
    expect(contentDisposition("SK (1)'*.pdf")).toContain(`filename*=UTF-8''SK%20%281%29%27%2A.pdf`);
    expect(contentDisposition("文件.pdf")).toBe(
      `attachment; filename="__.pdf"; filename*=UTF-8''%E6%96%87%E4%BB%B6.pdf`,
    );
    expect(contentDisposition("")).toBe(`attachment; filename="berkas"; filename*=UTF-8''`);
  });
});

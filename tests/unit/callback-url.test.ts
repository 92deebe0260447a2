import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeCallbackUrl } from "@/lib/auth/callback-url";

const ORIGIN = "http://127.0.0.1:3204";

/** Targets seen in the wild (and in issue 11) that must never leave the app: each one lands on Beranda. */
const HOSTILE = [
  "/.//evil.example",
  "/./\\evil.example",
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  " //evil.example",
  `${ORIGIN}//evil.example`,
  `${ORIGIN}/.//evil.example`,
  `${ORIGIN}/%2F%2Fevil.example`,
  "/%2F%2Fevil.example",
  "/%2f/evil.example",
  "/%5Cevil.example",
  "/%252F%252Fevil.example",
  "%2F%2Fevil.example",
  "/%E0%A4%A",
  "https://evil.example/",
  "http://evil.example",
  "https://127.0.0.1:3204.evil.example/",
  "http://127.0.0.1:3205/",
  "https://127.0.0.1:3204/",
  "http://127.0.0.1:3204@evil.example/",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "java\tscript:alert(1)",
  "javascript%3Aalert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "mailto:someone@evil.example",
  "http://[::1",
  "pegawai",
  "",
];

describe("safeCallbackPath", () => {
  it.each(HOSTILE)("sends %j to Beranda", (target) => {
    expect(safeCallbackPath(target, ORIGIN)).toBe("/");
  });

  it.each([
    ["/pegawai", "/pegawai"],
    ["/pegawai?q=ani&page=2", "/pegawai?q=ani&page=2"],
    ["/kegiatan/abc#hadir", "/kegiatan/abc#hadir"],
    ["/satuan-kerja/./posisi-sdm", "/satuan-kerja/posisi-sdm"],
    [`${ORIGIN}/tindak-lanjut`, "/tindak-lanjut"],
    ["/pegawai?next=//evil.example", "/pegawai?next=//evil.example"],
  ])("keeps the app's own path %j", (target, expected) => {
    expect(safeCallbackPath(target, ORIGIN)).toBe(expected);
  });

  it("treats a missing target as Beranda", () => {
    expect(safeCallbackPath(null, ORIGIN)).toBe("/");
    expect(safeCallbackPath(undefined, ORIGIN)).toBe("/");
  });
});

describe("safeCallbackUrl (next-auth's redirect callback)", () => {
  it.each(HOSTILE)("answers the app's origin for %j", (target) => {
    expect(safeCallbackUrl(target, ORIGIN)).toBe(`${ORIGIN}/`);
  });

  it("keeps a same-origin path absolute", () => {
    expect(safeCallbackUrl("/pegawai?q=1", ORIGIN)).toBe(`${ORIGIN}/pegawai?q=1`);
  });
});

import { describe, expect, it } from "vitest";
import { escapeText, foldLine, serializeCalendar, type IcsItem } from "@/lib/calendar/ics";

const octets = (line: string) => new TextEncoder().encode(line).length;
const unfold = (text: string) => text.replace(/\r\n /g, "");

function calendar(items: IcsItem[], timeZone = "Asia/Makassar") {
  return serializeCalendar({
    prodId: "-//KPU//Sekretariat//ID",
    name: "Kalender Uji",
    timeZone,
    stamp: new Date("2026-11-30T02:03:04Z"),
    items,
  });
}

const rakor: IcsItem = {
  uid: "event-abc@sekretariat",
  sequence: 3,
  summary: "Rakor",
  start: { allDay: false, at: new Date("2026-12-10T01:00:00Z"), timeZone: "Asia/Makassar" },
  end: { allDay: false, at: new Date("2026-12-10T04:30:00Z"), timeZone: "Asia/Makassar" },
  cancelled: false,
};

describe("escapeText", () => {
  it("escapes backslash, semicolon and comma, and writes line breaks as \\n", () => {
    expect(escapeText("a\\b;c,d")).toBe("a\\\\b\\;c\\,d");
    expect(escapeText("satu\r\ndua\ntiga\rempat")).toBe("satu\\ndua\\ntiga\\nempat");
  });

  it("drops control characters that have no place in a text value", () => {
    expect(escapeText("a\u0000b\u0007c\u009fd\te")).toBe("abcd\te");
  });
});

describe("foldLine", () => {
  it("leaves a line of 75 octets whole and folds the 76th onto a line starting with a space", () => {
    const exact = "X".repeat(75);
    expect(foldLine(exact)).toBe(exact);
    const folded = foldLine("Y".repeat(76));
    expect(folded).toBe(`${"Y".repeat(75)}\r\n Y`);
  });

  it("keeps every physical line within 75 octets and never splits a multi-byte character", () => {
    const line = `SUMMARY:${"Pelantikan Pejabat Pengawas — ₍é₎ 🗳️ ".repeat(12)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(2);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of physical.slice(1)) expect(part.startsWith(" ")).toBe(true);
    expect(physical.join("").includes("\uFFFD")).toBe(false);
    expect(unfold(folded)).toBe(line);
  });
});

describe("serializeCalendar", () => {
  it("writes CRLF line ends only, the header, and a VTIMEZONE for WITA with no daylight saving", () => {
    const text = calendar([rakor]);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "").includes("\n")).toBe(false);
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//KPU//Sekretariat//ID\r\n")).toBe(
      true,
    );
    expect(text).toContain(
      "BEGIN:VTIMEZONE\r\nTZID:Asia/Makassar\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n" +
        "TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nTZNAME:WITA\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n",
    );
    expect(text).not.toContain("DAYLIGHT");
  });

  it("writes a timed item on its unit's wall clock with TZID, and the stamp in UTC", () => {
    const text = calendar([rakor]);
    expect(text).toContain("DTSTART;TZID=Asia/Makassar:20261210T090000\r\n");
    expect(text).toContain("DTEND;TZID=Asia/Makassar:20261210T123000\r\n");
    expect(text).toContain("DTSTAMP:20261130T020304Z\r\n");
    expect(text).toContain("UID:event-abc@sekretariat\r\nSEQUENCE:3\r\n");
    expect(text).toContain("STATUS:CONFIRMED\r\n");
  });

  it("describes another Indonesian zone when an item is in it (WIB, WIT)", () => {
    const text = calendar([
      {
        ...rakor,
        uid: "a",
        start: { allDay: false, at: new Date("2026-12-10T01:00:00Z"), timeZone: "Asia/Jakarta" },
        end: undefined,
      },
      {
        ...rakor,
        uid: "b",
        start: { allDay: false, at: new Date("2026-12-10T01:00:00Z"), timeZone: "Asia/Jayapura" },
        end: undefined,
      },
    ]);
    expect(text).toContain("DTSTART;TZID=Asia/Jakarta:20261210T080000\r\n");
    expect(text).toContain("DTSTART;TZID=Asia/Jayapura:20261210T100000\r\n");
    expect(text).toContain("TZOFFSETTO:+0700\r\nTZNAME:WIB");
    expect(text).toContain("TZOFFSETTO:+0900\r\nTZNAME:WIT");
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(3);
  });

  it("falls back to UTC for a zone it does not describe", () => {
    const text = calendar([
      {
        ...rakor,
        start: { allDay: false, at: new Date("2026-12-10T01:00:00Z"), timeZone: "Europe/Berlin" },
        end: undefined,
      },
    ]);
    expect(text).toContain("DTSTART:20261210T010000Z\r\n");
    expect(text).not.toContain("TZID=Europe/Berlin");
  });

  it("writes an all-day item as VALUE=DATE with an exclusive end, transparent, and a cancelled one as CANCELLED", () => {
    const text = calendar([
      {
        uid: "follow-up-1@sekretariat",
        sequence: 1,
        summary: "Tenggat: SPJ, laporan; bukti\\arsip",
        description: "Baris satu\nBaris dua",
        start: { allDay: true, date: new Date("2023-03-01T00:00:00Z") },
        end: { allDay: true, date: new Date("2023-03-02T00:00:00Z") },
        transparent: true,
        cancelled: true,
      },
    ]);
    expect(text).toContain("DTSTART;VALUE=DATE:20230301\r\nDTEND;VALUE=DATE:20230302\r\n");
    expect(text).toContain("SUMMARY:Tenggat: SPJ\\, laporan\\; bukti\\\\arsip\r\n");
    expect(text).toContain("DESCRIPTION:Baris satu\\nBaris dua\r\n");
    expect(text).toContain("STATUS:CANCELLED\r\nTRANSP:TRANSPARENT\r\n");
  });

  it("folds long properties so that every physical line fits 75 octets", () => {
    const text = calendar([
      { ...rakor, description: "Agenda: ".repeat(40), location: "Aula, Lantai 2; Mataram" },
    ]);
    for (const line of text.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(text)).toContain(`DESCRIPTION:${"Agenda: ".repeat(40)}\r\n`);
    expect(text).toContain("LOCATION:Aula\\, Lantai 2\\; Mataram\r\n");
  });
});

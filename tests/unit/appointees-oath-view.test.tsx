import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AttendanceList } from "@/components/attendance/attendance-list";
import { AppointeeOath } from "@/components/inaugurations/appointee-oath";
import { AppointeesTable } from "@/components/inaugurations/appointees-table";
import { messagesFor } from "@/lib/i18n/messages";
import type { AppointeeRow } from "@/lib/inaugurations/appointee-rows";

function html(node: ReactNode, locale: "id" | "en" = "id") {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="Asia/Makassar">
      {node}
    </NextIntlClientProvider>,
  );
}

const row = (id: string, data: Partial<AppointeeRow>): AppointeeRow => ({
  id,
  proposalId: `prop-${id}`,
  officialId: `off-${id}`,
  name: `Pejabat ${id}`,
  nip: null,
  rank: "III_C",
  religion: null,
  oldPosts: [],
  newPost: "Kepala Sub Bagian Keuangan, Umum dan Logistik",
  unit: "KPU Kota Bima",
  decreeNumber: "12/KPT/2026",
  decreeDate: "2026-01-06",
  attendance: "EXPECTED",
  oath: null,
  ...data,
});

const ROWS = [
  row("muslim", { religion: "ISLAM" }),
  row("catholic", { religion: "CATHOLIC" }),
  row("unknown", { religion: null }),
];

/** The text of each body row's oath cell (the table's last column). */
function oathCells(markup: string): string[] {
  return [...markup.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)]
    .slice(1)
    .map((match) => [...match[1]!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].at(-1)![1]!);
}

describe("the appointees' oath before and after the ceremony", () => {
  it("before the day: the oath each religion gives, and a link to the record where no religion is recorded", () => {
    const cells = oathCells(html(<AppointeesTable rows={ROWS} oathRecorded={false} />));
    expect(cells[0]).toBe("Sumpah");
    expect(cells[1]).toBe("Janji");
    expect(cells[2]).toContain('href="/pegawai/off-unknown"');
    expect(cells[2]).toContain("agama belum diisi");
    expect(cells[2]).toContain("Pejabat unknown: buka data pegawai untuk mengisinya");
  });

  it("once held: the oath recorded, and none for the absent", () => {
    const held = [
      row("present", { religion: "CATHOLIC", attendance: "PRESENT_ONLINE", oath: "JANJI" }),
      row("absent", { religion: null, attendance: "ABSENT", oath: null }),
    ];
    expect(oathCells(html(<AppointeesTable rows={held} oathRecorded />))).toEqual(["Janji", "—"]);
  });

  it("the attendance list shows each appointee's oath under their name, the list itself knowing nothing of it", () => {
    const markup = html(
      <AttendanceList
        people={ROWS.map((r) => ({ id: r.id, name: r.name, unit: r.unit, status: r.attendance }))}
        markAttendance={async () => ({ ok: true })}
        details={Object.fromEntries(
          ROWS.map((r) => [
            r.id,
            <AppointeeOath key={r.id} officialId={r.officialId} name={r.name} religion={r.religion} />,
          ]),
        )}
      />,
    );
    const items = [...markup.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((match) => match[1]!);
    expect(items).toHaveLength(3);
    expect(items.find((item) => item.includes("Pejabat muslim"))).toContain(">Sumpah<");
    expect(items.find((item) => item.includes("Pejabat catholic"))).toContain(">Janji<");
    expect(items.find((item) => item.includes("Pejabat unknown"))).toContain('href="/pegawai/off-unknown"');
  });

  it("speaks English too", () => {
    const cells = oathCells(html(<AppointeesTable rows={ROWS} oathRecorded={false} />, "en"));
    expect(cells).toEqual([
      "Oath (sumpah)",
      "Promise (janji)",
      expect.stringContaining("religion not recorded"),
    ]);
  });
});

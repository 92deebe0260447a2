import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AttendanceList } from "@/components/attendance/attendance-list";
import type { Attendee } from "@/lib/attendance/roster";
import { messagesFor } from "@/lib/i18n/messages";

const PEOPLE: Attendee[] = [
  {
    id: "a",
    name: "Dr. H. Suhardi Soud, S.H., M.H.",
    nip: "197805122005011003",
    unit: "KPU Provinsi NTB",
    status: "PRESENT_ONSITE",
  },
  { id: "b", name: "Baiq Rina Hartini, S.E.", organisation: "Bawaslu Provinsi NTB", status: "EXPECTED" },
  { id: "c", name: "Ni Made Ayu", unit: "KPU Kabupaten Sumbawa", status: "PRESENT_ONSITE" },
];

function render(people: Attendee[], locale: "id" | "en" = "id") {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="Asia/Makassar">
      <AttendanceList people={people} markAttendance={async () => ({ ok: true })} />
    </NextIntlClientProvider>,
  );
}

describe("AttendanceList", () => {
  it("shows the counts by mode and the total at the top", () => {
    const html = render(PEOPLE);
    expect(html).toMatch(/Hadir luring<\/dt><dd[^>]*data-status="PRESENT_ONSITE"[^>]*>2</);
    expect(html).toMatch(/data-status="PRESENT_ONLINE"[^>]*>0</);
    expect(html).toMatch(/Belum ditandai<\/dt><dd[^>]*data-status="EXPECTED"[^>]*>1</);
    expect(html).toContain("dari 3 orang");
  });

  it("gives each person three toggle buttons, the stored mark pressed", () => {
    const html = render(PEOPLE);
    const group = html.match(
      /<div role="group" aria-label="Kehadiran Dr\. H\. Suhardi Soud, S\.H\., M\.H\."[^>]*>(.*?)<\/div>/,
    );
    expect(group?.[1]?.match(/<button/g)).toHaveLength(3);
    expect(group?.[1]).toMatch(/aria-pressed="true"[^>]*>Hadir luring</);
    expect(group?.[1]).toMatch(/aria-pressed="false"[^>]*>Hadir daring</);
    expect(group?.[1]).toMatch(/aria-pressed="false"[^>]*>Tidak hadir</);
    // Nobody marked yet: no button pressed.
    const unmarked = html.match(/aria-label="Kehadiran Baiq Rina Hartini, S\.E\."[^>]*>(.*?)<\/div>/);
    expect(unmarked?.[1]).not.toContain('aria-pressed="true"');
  });

  it("shows the NIP in its paper groups, or the organisation, with the unit", () => {
    const html = render(PEOPLE);
    expect(html).toContain("19780512 200501 1 003 · KPU Provinsi NTB");
    expect(html).toContain("Bawaslu Provinsi NTB");
  });

  it("speaks English too", () => {
    const html = render(PEOPLE, "en");
    expect(html).toContain("Present on site");
    expect(html).toContain("of 3 people");
  });

  it("says so when the list is empty", () => {
    expect(render([])).toContain("Belum ada nama dalam daftar hadir.");
  });
});

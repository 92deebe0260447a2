/**
 * Berita Acara Pelantikan dan Pengambilan Sumpah/Janji Jabatan, and the list of appointees printed before the day:
 * the ceremony's facts with the Indonesian long date and the unit's zone, the numbered table, the witnesses and the
 * signature blocks. A draft is drawn from the record as it stands and marked KONSEP; a final revision from the
 * table frozen in it.
 */
import "server-only";
import type { Content, TableCell } from "pdfmake/interfaces";
import { can } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import type { Translate } from "@/lib/i18n/translate";
import { formatNip } from "@/lib/officials/nip";
import { rankLabel } from "@/lib/officials/ranks";
import { gridTable } from "@/lib/pdf/grid-table";
import { officialDocument, type PrintingUnit } from "@/lib/pdf/official-document";
import { calendarDate, clockTime, longDate, zoneName } from "@/lib/pdf/print-time";
import { pdfResponse } from "@/lib/pdf/pdf-response";
import { renderPdf } from "@/lib/pdf/render-pdf";
import type { AppointeeApproval, AppointeeRow } from "./appointee-rows";
import { getInauguration } from "./queries";

type Ceremony = NonNullable<Awaited<ReturnType<typeof getInauguration>>>;

/** "7 Maret 2022": a decree's date as the documents write it. */
function decreeDay(iso: string | null, locale: string): string {
  if (!iso) return "";
  return calendarDate(new Date(`${iso}T00:00:00Z`), locale === "en" ? "en-GB" : "id-ID");
}

/**
 * "Disetujui oleh Plh. Sekretaris, Baiq Nurlaili, 7 Maret 2022": who decided the appointment and as what; an acting
 * official is named as the Plt./Plh. they were, as the trail names them.
 */
export function approvalLine(approval: AppointeeApproval, t: Translate, locale: string): string {
  return t("inaugurations.pdf.approvedBy", {
    title: t("inaugurations.pdf.decider", { acting: approval.acting ?? "NONE", level: approval.level }),
    name: approval.name,
    date: decreeDay(approval.on, locale),
  });
}

export function appointeesTable(
  rows: readonly AppointeeRow[],
  t: Translate,
  withOath: boolean,
  locale: string,
): Content {
  const keys = [
    "number",
    "name",
    "rank",
    "oldPost",
    "newPost",
    "unit",
    "decree",
    "attendance",
    ...(withOath ? ["oath"] : []),
  ];
  const header = keys.map((key): TableCell => ({
    text: t(`inaugurations.columns.${key}`),
    style: "tableHeader",
  }));
  const body: TableCell[][] = rows.map((row, index) => [
    { text: String(index + 1), alignment: "right" },
    {
      stack: [
        { text: row.name, bold: true },
        ...(row.nip ? [{ text: formatNip(row.nip), fontSize: 7.5 }] : []),
      ],
    },
    row.rank ? rankLabel(row.rank) : "-",
    row.oldPosts.join("; ") || "-",
    row.newPost,
    row.unit,
    {
      stack: [
        row.decreeNumber
          ? t("inaugurations.pdf.decree", {
              number: row.decreeNumber,
              date: decreeDay(row.decreeDate, locale),
            })
          : "-",
        ...(row.approval ? [{ text: approvalLine(row.approval, t, locale), fontSize: 7 }] : []),
      ],
    },
    t(`inaugurations.attendance.${row.attendance}`),
    ...(withOath ? [row.oath ? t(`inaugurations.oaths.${row.oath}`) : "-"] : []),
  ]);
  return gridTable(
    // The decree column wraps (a star): it carries who approved the appointment under the decree.
    ["auto", "*", "auto", "*", "*", "auto", "*", "auto", ...(withOath ? ["auto"] : [])],
    [header, ...body],
    { fontSize: 8 },
  );
}

function signature(role: string, name: string | null): Content {
  return {
    stack: [
      { text: role },
      { text: " ", margin: [0, 28, 0, 0] },
      { text: name ?? "(........................)", bold: true },
    ],
    alignment: "center",
  };
}

/** The minutes' whole content: opening, table, closing, signatures. */
export function minutesContent(
  ceremony: Pick<
    Ceremony,
    | "scheduledAt"
    | "mode"
    | "location"
    | "officiantName"
    | "officiantTitle"
    | "witnessOne"
    | "witnessTwo"
    | "clergy"
    | "unit"
  >,
  rows: readonly AppointeeRow[],
  minutes: { number: string; notes: string | null; status: string } | null,
  { t, locale }: { t: Translate; locale: string },
): Content[] {
  const where = { locale, timeZone: ceremony.unit.timeZone };
  const place =
    ceremony.mode === "ONLINE"
      ? t("inaugurations.pdf.onlinePlace")
      : ceremony.mode === "HYBRID"
        ? t("inaugurations.pdf.hybridPlace", { location: ceremony.location ?? "" })
        : (ceremony.location ?? "");
  const present = rows.filter(
    (row) => row.attendance === "PRESENT_ONSITE" || row.attendance === "PRESENT_ONLINE",
  );
  return [
    ...(minutes
      ? [
          {
            text: t("inaugurations.pdf.number", { number: minutes.number }),
            alignment: "center" as const,
            margin: [0, 0, 0, 10] as [number, number, number, number],
          },
        ]
      : []),
    ...(minutes?.status === "DRAFT"
      ? [
          {
            text: t("inaugurations.pdf.draftMark"),
            alignment: "center" as const,
            bold: true,
            color: "#b91c1c",
            margin: [0, 0, 0, 8] as [number, number, number, number],
          },
        ]
      : []),
    {
      text: t("inaugurations.pdf.opening", {
        date: longDate(ceremony.scheduledAt, where),
        time: clockTime(ceremony.scheduledAt, where),
        zone: zoneName(ceremony.unit.timeZone, ceremony.scheduledAt),
        place,
        officiant: ceremony.officiantName ?? "",
        officiantTitle: ceremony.officiantTitle ?? "",
        count: present.length,
      }),
      margin: [0, 0, 0, 8],
      alignment: "justify",
    },
    appointeesTable(present, t, true, locale),
    ...(ceremony.clergy
      ? [
          {
            text: t("inaugurations.pdf.clergy", { clergy: ceremony.clergy }),
            margin: [0, 8, 0, 0] as [number, number, number, number],
          },
        ]
      : []),
    ...(minutes?.notes
      ? [
          {
            text: t("inaugurations.pdf.notes", { notes: minutes.notes }),
            margin: [0, 4, 0, 0] as [number, number, number, number],
          },
        ]
      : []),
    { text: t("inaugurations.pdf.closing"), margin: [0, 8, 0, 16] },
    {
      columns: [
        signature(t("inaugurations.pdf.witnessOne"), ceremony.witnessOne),
        signature(t("inaugurations.pdf.witnessTwo"), ceremony.witnessTwo),
        signature(t("inaugurations.pdf.officiant"), ceremony.officiantName),
      ],
      unbreakable: true,
    } as Content,
  ];
}

async function printingUnit(unitId: string): Promise<PrintingUnit> {
  return prisma.workUnit.findUniqueOrThrow({
    where: { id: unitId },
    select: { name: true, address: true, timeZone: true },
  });
}

/**
 * `GET /api/pelantikan/[id]/berita-acara?revisi=n` (latest when absent) and `…/daftar` (the list before the day):
 * 401 signed out, 404 out of scope or without inauguration.view, as the page.
 */
export async function ceremonyPdfResponse(
  user: CurrentUser | null,
  id: string,
  kind: "minutes" | "list",
  revision: number | null,
  { t, locale, now = new Date() }: { t: Translate; locale: string; now?: Date },
): Promise<Response> {
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "inauguration.view")) return new Response("Not Found", { status: 404 });
  const ceremony = await getInauguration(user, id);
  if (!ceremony) return new Response("Not Found", { status: 404 });
  const unit = await printingUnit(ceremony.unitId);
  const common = { unit, printedAt: now, locale, t };
  if (kind === "list") {
    const pdf = await renderPdf(
      officialDocument({
        ...common,
        title: t("inaugurations.pdf.listTitle"),
        subtitle: ceremony.title,
        content: [
          {
            text: t("inaugurations.detail.wita", {
              date: longDate(ceremony.scheduledAt, { locale, timeZone: unit.timeZone }),
              time: clockTime(ceremony.scheduledAt, { locale, timeZone: unit.timeZone }),
              zone: zoneName(unit.timeZone, ceremony.scheduledAt),
            }),
            alignment: "center",
            margin: [0, 0, 0, 8],
          },
          appointeesTable(ceremony.rows, t, false, locale),
        ],
        pageOrientation: "landscape",
      }),
    );
    return pdfResponse(pdf, `daftar-pelantikan-${ceremony.id}.pdf`, "attachment");
  }
  const minutes =
    (revision ? ceremony.minutes.find((row) => row.revision === revision) : ceremony.minutes[0]) ?? null;
  if (revision && !minutes) return new Response("Not Found", { status: 404 });
  const rows =
    minutes?.status === "FINAL" && minutes.snapshot
      ? (minutes.snapshot as unknown as AppointeeRow[])
      : ceremony.rows;
  const pdf = await renderPdf(
    officialDocument({
      ...common,
      title: t("inaugurations.pdf.minutesTitle"),
      subtitle: ceremony.title,
      content: minutesContent(ceremony, rows, minutes, { t, locale }),
      pageOrientation: "landscape",
    }),
  );
  return pdfResponse(
    pdf,
    `berita-acara-pelantikan-${minutes?.number.replace(/[^\w.-]+/g, "-") ?? ceremony.id}.pdf`,
    "attachment",
  );
}

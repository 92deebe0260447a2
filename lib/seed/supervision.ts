/**
 * Demo supervisi (seed 001): the provincial secretary's visit to KPU Kabupaten Sumbawa on 19 January 2023, its
 * accepted report with the posture of that day, the points raised and the unit's request for more support staff,
 * and the follow-ups at different stages: one verified, one late, one escalated to the province. Also a visit
 * planned to KPU Kabupaten Dompu, and the notifications these left. Fixed ids and dates, like the rest of the seed.
 */
import { isHeldOn } from "@/lib/assignments/current";
import type { Prisma } from "@/lib/generated/prisma/client";
import { computePosture, type StaffingPosture } from "@/lib/units/posture";
import { isoDate } from "@/lib/validations/input";
import { day } from "./dates";
import { positionId, unitId, type DemoData } from "./dataset";
import { PROVINCE_CODE } from "./units";

const VISIT = "demo-visit-sumbawa-2023";
const REPORT = "demo-report-sumbawa-2023";
const PLANNED = "demo-visit-dompu-2027";
const SUMBAWA = unitId("5204");
const PROVINCE = unitId(PROVINCE_CODE);
const SEKPROV = "demo-user-sekprov";
const SEKKAB = "demo-user-sekkab.sumbawa";
const VISIT_DAY = day("2023-01-19");
const SUBMITTED = new Date("2023-01-25T03:00:00Z");
const ACCEPTED = new Date("2023-01-30T02:30:00Z");

export interface SupervisionSeed {
  visits: Prisma.SupervisionVisitCreateManyInput[];
  team: Prisma.VisitTeamMemberCreateManyInput[];
  areas: Prisma.VisitAreaCreateManyInput[];
  items: Prisma.ChecklistItemCreateManyInput[];
  reports: Prisma.SupervisionReportCreateManyInput[];
  rounds: Prisma.ReportRoundCreateManyInput[];
  findings: Prisma.FindingCreateManyInput[];
  followUps: Prisma.FollowUpCreateManyInput[];
  escalations: Prisma.EscalationCreateManyInput[];
  notifications: Prisma.NotificationCreateManyInput[];
  auditLogs: Prisma.AuditLogCreateManyInput[];
}

/** The unit's posisi SDM on a day, from the seeded register, as the report freezes it when submitted. */
function postureOn(data: DemoData, unit: string, on: Date): StaffingPosture {
  const officials = data.officials.filter((row) => row.unitId === unit && row.status === "ACTIVE");
  const asnStaffBySection = new Map<string | null, number>();
  for (const official of officials.filter((row) => row.employmentType !== "NON_ASN")) {
    const section = official.sectionId ?? null;
    asnStaffBySection.set(section, (asnStaffBySection.get(section) ?? 0) + 1);
  }
  const posts = data.positions.filter((row) => row.unitId === unit);
  return computePosture({
    sections: data.sections
      .filter((row) => row.unitId === unit)
      .map((row) => ({ id: row.id!, name: row.name, staffQuota: row.staffQuota ?? 0 })),
    structuralPosts: posts
      .filter((row) => row.kind === "STRUCTURAL")
      .map((row) => ({
        id: row.id!,
        title: row.title,
        sectionId: row.sectionId ?? null,
        quota: row.quota ?? 1,
        holders: data.assignments.filter((held) => held.positionId === row.id && isHeldOn(held, on)).length,
      })),
    asnStaffBySection,
    unsectionedPostQuota: posts
      .filter((row) => !row.sectionId && row.kind !== "SUPPORT")
      .reduce((sum, row) => sum + (row.quota ?? 1), 0),
    supportStaff: officials.length - [...asnStaffBySection.values()].reduce((sum, count) => sum + count, 0),
    supportStaffQuota: data.units.find((row) => row.id === unit)?.supportStaffQuota ?? 0,
  });
}

function holderOn(data: DemoData, code: string, postKey: string, on: Date): string {
  const post = positionId(code, postKey);
  const held = data.assignments.find((row) => row.positionId === post && isHeldOn(row, on));
  if (!held) throw new Error(`No holder of ${post} on ${on.toISOString()}`);
  return held.officialId;
}

const AREAS = [
  {
    area: "STAFFING",
    text:
      "Jabatan struktural terisi seluruhnya. Jumlah ASN masih di bawah formasi. Tenaga pendukung 11 orang; " +
      "kuota dinaikkan menjadi 12 orang sehingga satu orang dapat ditambah.",
    items: [
      ["Kelengkapan jabatan struktural", "FINE"],
      ["Jumlah ASN terhadap formasi", "FINDING"],
      ["Jumlah tenaga pendukung", "FINDING"],
      ["Daftar hadir dan disiplin pegawai", "FINE"],
    ],
  },
  {
    area: "LOGISTICS_GENERAL",
    text: "Persuratan berjalan; arsip dinamis tahun 2022 belum seluruhnya diberkaskan menurut klasifikasi arsip.",
    items: [
      ["Kearsipan dan persuratan", "FINDING"],
      ["Inventaris barang milik negara", "FINE"],
    ],
  },
  {
    area: "FINANCE",
    text: "Realisasi anggaran sesuai rencana. Sebagian SPJ honorarium badan ad hoc belum lengkap.",
    items: [
      ["Realisasi anggaran", "FINE"],
      ["Kelengkapan SPJ", "FINDING"],
    ],
  },
] as const;

const POINTS = [
  "1. Samakan visi dan perkuat kapasitas sekretariat untuk melayani pemilih dan peserta pemilu.",
  "2. Tingkatkan terus pemahaman dan kemampuan jajaran penyelenggara.",
  "3. Bangun koordinasi dengan pemangku kepentingan untuk menutup keterbatasan sumber daya.",
  "4. Siapkan strategi pencegahan dan antisipasi pelanggaran pemilu.",
].join("\n");

const FINDINGS = [
  {
    key: "asn",
    kind: "FINDING",
    area: "STAFFING",
    severity: "HIGH",
    description:
      "Jumlah ASN Sekretariat masih di bawah formasi, sementara tahapan Pemilu 2024 sudah berjalan.",
    recommendation: "Usulkan pemenuhan formasi ASN melalui KPU Provinsi NTB.",
  },
  {
    key: "arsip",
    kind: "FINDING",
    area: "LOGISTICS_GENERAL",
    severity: "MEDIUM",
    description: "Arsip dinamis tahun 2022 belum seluruhnya diberkaskan menurut klasifikasi arsip.",
    recommendation: "Berkaskan arsip tahun 2022 dan susun daftar arsip aktif.",
  },
  {
    key: "spj",
    kind: "FINDING",
    area: "FINANCE",
    severity: "MEDIUM",
    description: "SPJ honorarium badan ad hoc bulan Desember 2022 belum lengkap.",
    recommendation: "Lengkapi SPJ honorarium badan ad hoc Desember 2022.",
    // Named in the report: the Kasubbag Keuangan, Umum dan Logistik answers for the accounts.
    ownerPost: "kasubbag-kul",
  },
  {
    key: "pendukung",
    kind: "REQUEST",
    area: "STAFFING",
    severity: "HIGH",
    description:
      "Struktur lengkap, tetapi tenaga pendukung masih kurang: mohon ditindaklanjuti karena tahapan sudah berjalan.",
    recommendation: "Penambahan tenaga pendukung KPU Kabupaten Sumbawa.",
  },
] as const;

export function buildSupervisionDemo(data: DemoData): SupervisionSeed {
  const posture = postureOn(data, SUMBAWA, day("2023-01-25"));
  const seed: SupervisionSeed = {
    visits: [
      {
        id: VISIT,
        hostUnitId: SUMBAWA,
        visitorUnitId: PROVINCE,
        leadOfficialId: holderOn(data, PROVINCE_CODE, "sekretaris", VISIT_DAY),
        title: "Supervisi dan Evaluasi Pelaksanaan Tugas Sekretariat KPU Kabupaten Sumbawa",
        purpose: "Supervisi dan evaluasi pelaksanaan tugas, kewajiban dan wewenang Sekretariat.",
        location: "Aula KPU Kabupaten Sumbawa",
        startDate: VISIT_DAY,
        endDate: VISIT_DAY,
        status: "CONDUCTED",
        createdById: SEKPROV,
        createdAt: new Date("2023-01-09T02:00:00Z"),
      },
      {
        id: PLANNED,
        hostUnitId: unitId("5205"),
        visitorUnitId: PROVINCE,
        leadOfficialId: holderOn(data, PROVINCE_CODE, "sekretaris", day("2025-01-06")),
        title: "Supervisi dan Evaluasi Pelaksanaan Tugas Sekretariat KPU Kabupaten Dompu",
        purpose: "Meninjau pengisian jabatan Kepala Subbagian yang kosong dan kesiapan dukungan tahapan.",
        location: "Kantor KPU Kabupaten Dompu",
        startDate: day("2027-02-17"),
        endDate: day("2027-02-18"),
        status: "PLANNED",
        createdById: SEKPROV,
        createdAt: new Date("2025-01-06T02:00:00Z"),
      },
    ],
    team: [
      { visitId: VISIT, officialId: holderOn(data, PROVINCE_CODE, "sekretaris", VISIT_DAY), sortOrder: 0 },
      { visitId: VISIT, officialId: holderOn(data, PROVINCE_CODE, "kabag-pdi", VISIT_DAY), sortOrder: 1 },
      {
        visitId: PLANNED,
        officialId: holderOn(data, PROVINCE_CODE, "sekretaris", day("2025-01-06")),
        sortOrder: 0,
      },
    ],
    areas: [],
    items: [],
    reports: [],
    rounds: [],
    findings: [],
    followUps: [],
    escalations: [],
    notifications: [],
    auditLogs: [],
  };
  AREAS.forEach((area, sortOrder) => {
    const id = `${VISIT}-${area.area}`;
    seed.areas.push({ id, visitId: VISIT, area: area.area, reportText: area.text, sortOrder });
    area.items.forEach(([label, result], order) =>
      seed.items.push({ id: `${id}-${order}`, areaId: id, label, result, sortOrder: order }),
    );
  });
  for (const [sortOrder, area] of (["STAFFING", "PLANNING_DATA"] as const).entries()) {
    seed.areas.push({ id: `${PLANNED}-${area}`, visitId: PLANNED, area, sortOrder });
  }
  seed.items.push(
    {
      id: `${PLANNED}-STAFFING-0`,
      areaId: `${PLANNED}-STAFFING`,
      label: "Pengisian jabatan Kepala Subbagian",
      sortOrder: 0,
    },
    {
      id: `${PLANNED}-STAFFING-1`,
      areaId: `${PLANNED}-STAFFING`,
      label: "Jumlah tenaga pendukung",
      sortOrder: 1,
    },
    {
      id: `${PLANNED}-PLANNING_DATA-0`,
      areaId: `${PLANNED}-PLANNING_DATA`,
      label: "Pemutakhiran data kepegawaian",
      sortOrder: 0,
    },
  );

  const summary =
    "Kunjungan diterima Ketua, Anggota dan Sekretaris KPU Kabupaten Sumbawa beserta seluruh staf Sekretariat. " +
    "Posisi SDM, persuratan dan keuangan ditinjau; Sekretaris KPU Provinsi NTB memberikan arahan.";
  seed.reports.push({
    id: REPORT,
    visitId: VISIT,
    unitId: SUMBAWA,
    authorId: SEKKAB,
    summary,
    pointsRaised: POINTS,
    staffingSnapshot: posture as unknown as Prisma.InputJsonValue,
    status: "ACCEPTED",
    submittedAt: SUBMITTED,
    reviewedById: SEKPROV,
    reviewedAt: ACCEPTED,
    version: 3,
    createdAt: new Date("2023-01-20T03:00:00Z"),
  });
  const namedOwner = (finding: (typeof FINDINGS)[number]) =>
    "ownerPost" in finding ? holderOn(data, "5204", finding.ownerPost, VISIT_DAY) : null;
  FINDINGS.forEach((finding, sortOrder) =>
    seed.findings.push({
      id: `demo-finding-sumbawa-${finding.key}`,
      reportId: REPORT,
      kind: finding.kind,
      area: finding.area,
      severity: finding.severity,
      description: finding.description,
      recommendation: finding.recommendation,
      ownerOfficialId: namedOwner(finding),
      sortOrder,
    }),
  );
  const content = {
    summary,
    pointsRaised: POINTS,
    areas: AREAS.map((area) => ({
      area: area.area,
      text: area.text,
      items: area.items.map(([label, result]) => ({ label, result })),
    })),
    findings: FINDINGS.map(({ kind, area, severity, description, recommendation }) => ({
      kind,
      area,
      severity,
      description,
      recommendation,
    })),
    posture,
  } as unknown as Prisma.InputJsonValue;
  seed.rounds.push({
    id: `${REPORT}-1`,
    reportId: REPORT,
    number: 1,
    submittedById: SEKKAB,
    submittedAt: SUBMITTED,
    content,
    decision: "ACCEPTED",
    decidedById: SEKPROV,
    decidedAt: ACCEPTED,
  });
  // Opened on acceptance in the charge of the official a finding names, or else of the unit's head, as acceptance
  // does.
  const acceptedDay = day(isoDate(ACCEPTED));
  const heads: Record<string, string> = {
    [SUMBAWA]: holderOn(data, "5204", "sekretaris", acceptedDay),
    [PROVINCE]: holderOn(data, PROVINCE_CODE, "sekretaris", acceptedDay),
  };
  addFollowUps(seed, (key, unit) => {
    const finding = seed.findings.find((row) => row.id === `demo-finding-sumbawa-${key}`);
    return finding?.ownerOfficialId ?? heads[unit]!;
  });
  return seed;
}

type Step = { at: string; actor: string; action: string; status: string; reason?: string };

/** The follow-ups opened on acceptance, each with its person in charge and the steps its timeline shows. */
function addFollowUps(seed: SupervisionSeed, ownerOf: (key: string, unitId: string) => string): void {
  const link = (id: string) => `/tindak-lanjut/${id}`;
  const followUp = (
    key: (typeof FINDINGS)[number]["key"],
    row: Omit<
      Prisma.FollowUpCreateManyInput,
      "id" | "findingId" | "title" | "description" | "source" | "area"
    >,
    steps: Step[],
  ) => {
    const finding = FINDINGS.find((item) => item.key === key)!;
    const id = `demo-fu-sumbawa-${key}`;
    seed.followUps.push({
      id,
      findingId: `demo-finding-sumbawa-${key}`,
      source: finding.kind === "REQUEST" ? "UNIT_REQUEST" : "FINDING",
      area: finding.area,
      title: finding.recommendation,
      description: finding.description,
      createdAt: ACCEPTED,
      ownerOfficialId: ownerOf(key, row.unitId),
      ...row,
    });
    for (const step of [
      { at: ACCEPTED.toISOString(), actor: SEKPROV, action: "followUp.create", status: "OPEN" },
      ...steps,
    ]) {
      seed.auditLogs.push({
        at: new Date(step.at),
        actorId: step.actor,
        actorName:
          step.actor === SEKPROV ? "Sekretaris KPU Provinsi NTB" : "Sekretaris KPU Kabupaten Sumbawa",
        unitId: row.unitId,
        action: step.action,
        entityType: "FollowUp",
        entityId: id,
        after: { status: step.status, reason: step.reason ?? null },
      });
    }
    return { id, link: link(id), title: finding.recommendation };
  };

  const verified = followUp(
    "arsip",
    {
      unitId: SUMBAWA,
      dueDate: day("2023-03-01"),
      status: "VERIFIED",
      evidenceNote: "Arsip 2022 sudah diberkaskan; daftar arsip aktif terlampir.",
      completedAt: new Date("2023-02-20T04:00:00Z"),
      verifiedById: SEKPROV,
      verifiedAt: new Date("2023-02-24T02:00:00Z"),
    },
    [
      { at: "2023-02-01T02:00:00Z", actor: SEKKAB, action: "followUp.start", status: "IN_PROGRESS" },
      {
        at: "2023-02-20T04:00:00Z",
        actor: SEKKAB,
        action: "followUp.complete",
        status: "DONE",
        reason: "Arsip 2022 sudah diberkaskan; daftar arsip aktif terlampir.",
      },
      { at: "2023-02-24T02:00:00Z", actor: SEKPROV, action: "followUp.verify", status: "VERIFIED" },
    ],
  );
  followUp("spj", { unitId: SUMBAWA, dueDate: day("2023-03-01"), status: "IN_PROGRESS" }, [
    { at: "2023-02-02T02:00:00Z", actor: SEKKAB, action: "followUp.start", status: "IN_PROGRESS" },
  ]);
  const reason = "Pemenuhan formasi ASN ditetapkan di atas kewenangan kabupaten.";
  const escalated = followUp(
    "asn",
    { unitId: SUMBAWA, dueDate: day("2023-02-13"), status: "ESCALATED", escalatedToUnitId: PROVINCE },
    [{ at: "2023-02-06T03:00:00Z", actor: SEKKAB, action: "followUp.escalate", status: "ESCALATED", reason }],
  );
  seed.escalations.push({
    id: "demo-escalation-sumbawa-asn",
    originUnitId: SUMBAWA,
    holderUnitId: PROVINCE,
    followUpId: escalated.id,
    reason,
    raisedById: SEKKAB,
    createdAt: new Date("2023-02-06T03:00:00Z"),
  });
  const request = followUp("pendukung", { unitId: PROVINCE, dueDate: day("2023-02-13"), status: "OPEN" }, []);

  const visitLink = `/supervisi/${VISIT}`;
  const title = "Supervisi dan Evaluasi Pelaksanaan Tugas Sekretariat KPU Kabupaten Sumbawa";
  const note = (
    id: string,
    userId: string,
    kind: Prisma.NotificationCreateManyInput["kind"],
    subject: string,
    link: string,
    at: string,
    read: boolean,
    followUpId?: string,
  ) =>
    seed.notifications.push({
      id: `demo-note-${id}`,
      userId,
      kind,
      subject,
      link,
      followUpId: followUpId ?? null,
      createdAt: new Date(at),
      readAt: read ? new Date(at) : null,
    });
  note("submitted", SEKPROV, "REPORT_SUBMITTED", title, visitLink, "2023-01-25T03:00:00Z", true);
  note("accepted", SEKKAB, "REPORT_ACCEPTED", title, visitLink, "2023-01-30T02:30:00Z", true);
  note(
    "request",
    SEKPROV,
    "FOLLOW_UP_ASSIGNED",
    request.title,
    request.link,
    "2023-01-30T02:30:00Z",
    false,
    request.id,
  );
  note(
    "verified",
    SEKKAB,
    "FOLLOW_UP_VERIFIED",
    verified.title,
    verified.link,
    "2023-02-24T02:00:00Z",
    false,
    verified.id,
  );
  note(
    "escalated",
    SEKPROV,
    "FOLLOW_UP_ESCALATED",
    escalated.title,
    escalated.link,
    "2023-02-06T03:00:00Z",
    false,
    escalated.id,
  );
  note(
    "dompu",
    "demo-user-sekkab.dompu",
    "VISIT_PLANNED",
    "Supervisi dan Evaluasi Pelaksanaan Tugas Sekretariat KPU Kabupaten Dompu",
    `/supervisi/${PLANNED}`,
    "2025-01-06T02:00:00Z",
    false,
  );
}

export async function insertSupervisionDemo(db: Prisma.TransactionClient, data: DemoData): Promise<void> {
  const seed = buildSupervisionDemo(data);
  await db.supervisionVisit.createMany({ data: seed.visits });
  await db.visitTeamMember.createMany({ data: seed.team });
  await db.visitArea.createMany({ data: seed.areas });
  await db.checklistItem.createMany({ data: seed.items });
  await db.supervisionReport.createMany({ data: seed.reports });
  await db.reportRound.createMany({ data: seed.rounds });
  await db.finding.createMany({ data: seed.findings });
  await db.followUp.createMany({ data: seed.followUps });
  await db.escalation.createMany({ data: seed.escalations });
  await db.notification.createMany({ data: seed.notifications });
  await db.auditLog.createMany({ data: seed.auditLogs });
}

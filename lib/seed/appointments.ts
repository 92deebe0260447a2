/**
 * Demo data of the appointments module: the decision chain's defaults, the ceremony of seed 000 as history
 * (the Kasubbag of the province and its regencies inaugurated on 11 March 2022, on site and online, one collective
 * decree, final berita acara), and open proposals from three regencies waiting at different steps, so the
 * provincial secretary's first sign-in shows work. Pure: the rows are built from the demo data set alone.
 */
import { DEFAULT_LEVEL_RULES } from "@/lib/appointments/level-rules";
import { oathFor } from "@/lib/appointments/oath";
import type { AttendanceStatus, ProposalStatus, Religion, UnitLevel } from "@/lib/generated/prisma/enums";
import { isoDate } from "@/lib/validations/input";
import { day, PENGAWAS_INAUGURATION, SEEDED_AT, addDays } from "./dates";
import { PENGAWAS_DECREE } from "./decrees";
import { positionId, unitId, type DemoData } from "./dataset";
import type { SeedUser } from "./users";

export const PENGAWAS_CEREMONY_ID = "demo-inauguration-2022-03-11";
const PENGAWAS_DECREE_ID = "demo-decree-2022-112";
/** 09.00 WITA on the day. */
const CEREMONY_AT = new Date("2022-03-11T01:00:00.000Z");
/** Units across the strait, on Sumbawa island: they joined the ceremony online. */
const ONLINE_UNITS = new Set(["5204", "5205", "5206", "5207", "5272"].map(unitId));
const BALINESE = /^(I |Ni |I Gusti|Made |Ketut |Wayan |Nyoman |Putu |Komang |Gede )/;

/** Agama for the demo officials: Balinese names Hindu, a few Christians, the rest Muslim, as in NTB. */
export function demoReligion(official: { id: string; name: string }): Religion {
  if (BALINESE.test(official.name)) return "HINDU";
  const hash = [...official.id].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 1009, 7);
  if (hash % 37 === 0) return "PROTESTANT";
  if (hash % 41 === 0) return "CATHOLIC";
  return "ISLAM";
}

interface OpenProposal {
  unitCode: string;
  postKey: string;
  status: ProposalStatus;
  deciderLevels: UnitLevel[];
  currentStep: number;
  submitted: string;
  justification: string;
  /** The steps taken after submission: who (username), when, what, why. */
  steps: { by: string; on: string; action: string; reason?: string }[];
  minimumRank: "III_B" | "III_D";
}

const OPEN: OpenProposal[] = [
  {
    unitCode: "5205",
    postKey: "kasubbag-hsdm",
    status: "SUBMITTED",
    deciderLevels: ["PROVINCE"],
    currentStep: 0,
    submitted: "2024-12-16",
    justification:
      "Jabatan Kepala Sub Bagian Partisipasi, Hubungan Masyarakat dan SDM kosong sejak pejabat sebelumnya mutasi. Yang bersangkutan telah memenuhi syarat kepangkatan dan berpengalaman mengelola administrasi kepegawaian.",
    steps: [],
    minimumRank: "III_B",
  },
  {
    unitCode: "5208",
    postKey: "kasubbag-kul",
    status: "SUBMITTED",
    deciderLevels: ["PROVINCE"],
    currentStep: 0,
    submitted: "2024-12-23",
    justification:
      "Pengisian jabatan Kepala Sub Bagian Keuangan, Umum dan Logistik yang kosong menjelang tahapan pemilihan.",
    steps: [],
    minimumRank: "III_B",
  },
  {
    unitCode: "5208",
    postKey: "kasubbag-pdi",
    status: "SUBMITTED",
    deciderLevels: ["PROVINCE"],
    currentStep: 0,
    submitted: "2025-01-02",
    justification:
      "Pengisian jabatan Kepala Sub Bagian Perencanaan, Data dan Informasi; yang bersangkutan pengelola data pemilih berpengalaman.",
    steps: [],
    minimumRank: "III_B",
  },
  {
    unitCode: "5272",
    postKey: "kasubbag-tp",
    status: "RETURNED",
    deciderLevels: ["PROVINCE"],
    currentStep: 0,
    submitted: "2024-12-18",
    justification: "Pengisian jabatan Kepala Sub Bagian Teknis Penyelenggaraan Pemilu dan Hukum yang kosong.",
    steps: [
      {
        by: "sekprov",
        on: "2024-12-27",
        action: "return",
        reason:
          "Mohon dilengkapi SK kenaikan pangkat terakhir dan penilaian kinerja dua tahun terakhir, lalu ajukan ulang.",
      },
    ],
    minimumRank: "III_B",
  },
  {
    unitCode: "5272",
    postKey: "sekretaris",
    status: "SUBMITTED",
    deciderLevels: ["PROVINCE", "NATIONAL"],
    currentStep: 1,
    submitted: "2024-12-09",
    justification:
      "Sekretaris saat ini akan mutasi ke KPU Provinsi. Diusulkan pejabat pengawas senior yang memenuhi syarat sebagai pengganti.",
    steps: [
      { by: "sekprov", on: "2024-12-13", action: "recommend", reason: "Memenuhi syarat; direkomendasikan." },
    ],
    minimumRank: "III_D",
  },
];

const RANK_ORDER = ["III_B", "III_C", "III_D", "IV_A", "IV_B", "IV_C"];

export function buildAppointmentDemo(data: DemoData, users: readonly SeedUser[]) {
  const userId = (username: string) => {
    const user = users.find((row) => row.username === username);
    if (!user) throw new Error(`demo data: no user ${username}`);
    return user;
  };
  const officialsById = new Map(data.officials.map((official) => [official.id, official]));
  const positionsById = new Map(data.positions.map((position) => [position.id, position]));
  const unitsById = new Map(data.units.map((unit) => [unit.id, unit]));
  const sekprov = userId("sekprov");
  // Who approved the seed-000 appointments, as the berita acara's table names them (AppointeeRow.approval).
  const approval = {
    name: (sekprov.officialId && officialsById.get(sekprov.officialId)?.name) || sekprov.displayName,
    acting: null,
    level: "PROVINCE" as const,
    on: "2022-03-07",
  };

  const appointed = data.assignments
    .filter((row) => row.startDate.getTime() === PENGAWAS_INAUGURATION.getTime())
    .filter((row) => positionsById.get(row.positionId)?.level === "SUPERVISOR")
    .sort((a, b) =>
      officialsById.get(a.officialId)!.sortName.localeCompare(officialsById.get(b.officialId)!.sortName),
    );

  const proposals = [];
  const appointees = [];
  const audit = [];
  const snapshot = [];
  for (const [index, row] of appointed.entries()) {
    const official = officialsById.get(row.officialId)!;
    const id = `demo-prop-${row.id.replace("demo-asg-", "")}`;
    const attendance: AttendanceStatus = ONLINE_UNITS.has(row.unitId) ? "PRESENT_ONLINE" : "PRESENT_ONSITE";
    const religion = demoReligion(official);
    proposals.push({
      id,
      unitId: row.unitId,
      officialId: official.id,
      positionId: row.positionId,
      status: "INAUGURATED" as const,
      justification: "Pengisian jabatan Pejabat Pengawas sesuai struktur organisasi dan tata kerja baru.",
      proposedById: sekprov.id,
      submittedAt: day("2022-02-21"),
      deciderLevels: ["PROVINCE" as const],
      currentStep: 0,
      decidedById: sekprov.id,
      decidedAt: day("2022-03-07"),
      decreeId: PENGAWAS_DECREE_ID,
      inaugurationId: PENGAWAS_CEREMONY_ID,
      version: 4,
      createdAt: day("2022-02-21"),
      updatedAt: CEREMONY_AT,
    });
    appointees.push({
      id: `demo-appointee-${String(index + 1).padStart(2, "0")}`,
      inaugurationId: PENGAWAS_CEREMONY_ID,
      proposalId: id,
      attendance,
      oath: oathFor(religion),
    });
    audit.push(
      step(id, row.unitId, sekprov, day("2022-03-07"), "approve", { status: "APPROVED" }),
      step(id, row.unitId, sekprov, CEREMONY_AT, "inaugurate", { status: "INAUGURATED", attendance }),
    );
    snapshot.push({
      id: `demo-appointee-${String(index + 1).padStart(2, "0")}`,
      proposalId: id,
      officialId: official.id,
      name: official.name,
      nip: official.nip,
      rank: official.rank,
      religion,
      oldPosts: [],
      newPost: positionsById.get(row.positionId)!.title,
      unit: unitsById.get(row.unitId)!.shortName,
      decreeNumber: PENGAWAS_DECREE.decreeNumber,
      decreeDate: isoDate(PENGAWAS_DECREE.decreeDate),
      approval,
      attendance,
      oath: oathFor(religion),
    });
  }

  // Open proposals: an active official of the unit who meets the rank, one per proposal.
  const taken = new Set<string>();
  const heldAt = (level: string) =>
    new Set(
      data.assignments
        .filter((row) => row.endDate === null && positionsById.get(row.positionId)?.level === level)
        .map((row) => row.officialId),
    );
  const supervisors = heldAt("SUPERVISOR");
  const heads = new Set([...heldAt("ADMINISTRATOR"), ...heldAt("HIGH_LEADERSHIP")]);
  for (const [index, open] of OPEN.entries()) {
    const unit = unitId(open.unitCode);
    const candidates = data.officials
      .filter((official) => official.unitId === unit && official.status === "ACTIVE" && official.rank)
      .filter((official) => RANK_ORDER.indexOf(official.rank!) >= RANK_ORDER.indexOf(open.minimumRank))
      .filter((official) => !taken.has(official.id))
      .filter((official) => !heads.has(official.id))
      .sort((a, b) => a.id.localeCompare(b.id));
    // The Sekretaris post goes to a senior Kasubbag; a Kasubbag post to staff without a structural post where the
    // unit has one who fits, otherwise to a sitting Kasubbag moving sideways (rotasi).
    const senior = open.postKey === "sekretaris";
    const official =
      candidates.find((row) => supervisors.has(row.id) === senior) ??
      candidates.find((row) => !senior && supervisors.has(row.id));
    if (!official) throw new Error(`demo data: nobody fits ${open.postKey} in ${open.unitCode}`);
    taken.add(official.id);
    const id = `demo-prop-open-${index + 1}`;
    const proposer = userId(SECRETARY_ACCOUNTS[open.unitCode]!);
    const submitted = day(open.submitted);
    const last = open.steps.at(-1);
    proposals.push({
      id,
      unitId: unit,
      officialId: official.id,
      positionId: positionId(open.unitCode, open.postKey),
      status: open.status,
      justification: open.justification,
      proposedById: proposer.id,
      submittedAt: addDays(submitted, 0),
      deciderLevels: open.deciderLevels,
      currentStep: open.currentStep,
      decidedById: last ? userId(last.by).id : null,
      decidedAt: last ? day(last.on) : null,
      decisionNote: last?.reason ?? null,
      decreeId: null,
      inaugurationId: null,
      version: 2 + open.steps.length,
      createdAt: addDays(submitted, -1),
      updatedAt: last ? day(last.on) : submitted,
    });
    audit.push(
      step(id, unit, proposer, addDays(submitted, -1), "create", { status: "DRAFT" }),
      step(id, unit, proposer, submitted, "submit", { status: "SUBMITTED" }),
      ...open.steps.map((taken) =>
        step(id, unit, userId(taken.by), day(taken.on), taken.action, {
          status: taken.action === "return" ? "RETURNED" : "SUBMITTED",
          reason: taken.reason ?? null,
        }),
      ),
    );
  }

  const province = unitId("52");
  const witnesses = data.officials.filter(
    (official) => official.unitId === province && /Baiq Nurlaili/.test(official.name),
  );
  const secretary = data.officials.find((official) => official.name.startsWith("Lalu Wiradarma"));
  return {
    levelRules: DEFAULT_LEVEL_RULES.map((rule) => ({ ...rule, updatedAt: SEEDED_AT })),
    decrees: [
      {
        id: PENGAWAS_DECREE_ID,
        issuingUnitId: province,
        number: PENGAWAS_DECREE.decreeNumber,
        date: PENGAWAS_DECREE.decreeDate,
        createdAt: day("2022-03-07"),
      },
    ],
    inaugurations: [
      {
        id: PENGAWAS_CEREMONY_ID,
        unitId: province,
        title: "Pelantikan Pejabat Pengawas di Lingkungan Sekretariat KPU Provinsi dan Kabupaten/Kota se-NTB",
        scheduledAt: CEREMONY_AT,
        location: "Aula Kantor KPU Provinsi Nusa Tenggara Barat, Mataram",
        mode: "HYBRID" as const,
        onlineUrl: "https://zoom.us/j/5200110322",
        officiantName: secretary?.name ?? "Sekretaris KPU Provinsi NTB",
        officiantTitle: "Sekretaris KPU Provinsi Nusa Tenggara Barat",
        witnessOne: witnesses[0]?.name ?? null,
        witnessTwo: "Kepala Bagian Keuangan, Umum dan Logistik",
        clergy: "Rohaniwan Islam; Rohaniwan Hindu; Rohaniwan Kristen",
        status: "HELD" as const,
        heldAt: addDays(CEREMONY_AT, 0),
        version: 2,
        createdAt: day("2022-03-01"),
        updatedAt: CEREMONY_AT,
      },
    ],
    proposals,
    appointees,
    minutes: [
      {
        id: "demo-minutes-2022-03-11-1",
        inaugurationId: PENGAWAS_CEREMONY_ID,
        revision: 1,
        number: "01/BA/PP.09/52/III/2022",
        status: "FINAL" as const,
        snapshot,
        finalizedAt: CEREMONY_AT,
        finalizedById: sekprov.id,
        version: 2,
        createdAt: CEREMONY_AT,
      },
    ],
    inauguratedAssignmentIds: appointed.map((row) => row.id),
    audit,
  };
}

/** The regency secretaries' accounts that propose the open demo proposals. */
const SECRETARY_ACCOUNTS: Record<string, string> = {
  "5205": "sekkab.dompu",
  "5208": "sekkab.lombokutara",
  "5272": "sekkot.bima",
};

function step(
  entityId: string,
  unitId: string,
  actor: { id: string; displayName: string },
  at: Date,
  action: string,
  after: Record<string, unknown>,
) {
  return {
    at,
    actorId: actor.id,
    actorName: actor.displayName,
    unitId,
    action: `appointment.${action}`,
    entityType: "AppointmentProposal",
    entityId,
    after,
  };
}

export type AppointmentDemo = ReturnType<typeof buildAppointmentDemo>;

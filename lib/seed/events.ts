/**
 * Demo kegiatan: the national rakor kesekretariatan of 14 March 2022 that every NTB secretariat followed (seed 002)
 * and KPU Provinsi NTB's Stakeholder Day of 8 September 2022 (seed 003), with invitations, attendance by mode,
 * outcomes, minutes, and one outcome carried out by the ten regencies as follow-ups at different stages.
 */
import { isHeldOn } from "@/lib/assignments/current";
import type { AttendanceStatus, FollowUpStatus, Prisma } from "@/lib/generated/prisma/client";
import { DEMO_AS_OF, SEEDED_AT, day } from "./dates";
import { positionId, unitId, type DemoData } from "./dataset";
import { buildStakeholders, PROVINCE_STAKEHOLDERS, type StakeholderSeed } from "./stakeholders";
import { NATIONAL_CODE, PROVINCE_CODE, UNIT_PLANS } from "./units";

export interface EventSeed extends StakeholderSeed {
  events: Prisma.EventCreateManyInput[];
  participants: Prisma.EventParticipantCreateManyInput[];
  sessions: Prisma.EventSessionCreateManyInput[];
  invitations: Prisma.EventInvitationCreateManyInput[];
  outcomes: Prisma.EventOutcomeCreateManyInput[];
  minutes: Prisma.EventMinutesCreateManyInput[];
  followUps: Prisma.FollowUpCreateManyInput[];
}

const RAKOR = "demo-evt-rakor-2022";
const STAKEHOLDER_DAY = "demo-evt-stakeholder-day-2022";
const REGENCY_CODES = UNIT_PLANS.filter((plan) => plan.level === "REGENCY_CITY").map((plan) => plan.code);
const NTB_CODES = [PROVINCE_CODE, ...REGENCY_CODES];
const RAKOR_DAY = day("2022-03-14");
const STAKEHOLDER_DAY_DATE = day("2022-09-08");
const SEKPROV_USER = "demo-user-sekprov";

export function buildEventDemo(data: DemoData): EventSeed {
  const seed: EventSeed = {
    ...buildStakeholders(),
    events: [],
    participants: [],
    sessions: [],
    invitations: [],
    outcomes: [],
    minutes: [],
    followUps: [],
  };
  const holderOf = (code: string, postKey: string, on: Date) => {
    const post = positionId(code, postKey);
    const held = data.assignments.find((row) => row.positionId === post && isHeldOn(row, on));
    return held ? data.officials.find((official) => official.id === held.officialId) : undefined;
  };
  addRakor(seed, holderOf);
  addStakeholderDay(seed, holderOf);
  return seed;
}

type HolderOf = (code: string, postKey: string, on: Date) => { id: string; name: string } | undefined;

/** Seed 002: convened by the Sekretariat Jenderal, followed by the province on site and the regencies by streaming. */
function addRakor(seed: EventSeed, holderOf: HolderOf): void {
  seed.events.push({
    id: RAKOR,
    unitId: unitId(NATIONAL_CODE),
    title: "Rakor Bidang Kesekretariatan: Kesiapan Dukungan Sekretariat Pemilu dan Pemilihan Serentak 2024",
    kind: "COORDINATION_MEETING",
    mode: "HYBRID",
    startsAt: new Date("2022-03-14T02:00:00Z"), // 09.00 WIB
    endsAt: new Date("2022-03-14T09:00:00Z"),
    location: "Ruang Sidang Utama KPU RI, Jakarta",
    onlineUrl: "https://streaming.kpu.go.id/rakor-kesekretariatan",
    agenda:
      "Pembukaan dan arahan Ketua KPU RI\nArahan Sekretaris Jenderal\nKelas paralel: kepegawaian dan pengawasan internal\nPerumusan hasil rakor",
    attendanceRequired: true,
    status: "HELD",
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  });
  for (const code of [NATIONAL_CODE, ...NTB_CODES])
    seed.participants.push({ eventId: RAKOR, unitId: unitId(code) });
  const staffing = `${RAKOR}-kelas-kepegawaian`;
  const supervision = `${RAKOR}-kelas-pengawasan`;
  seed.sessions.push(
    { id: staffing, eventId: RAKOR, title: "Kelas Kepegawaian", room: "Ruang Rapat Lantai 2", sortOrder: 0 },
    {
      id: supervision,
      eventId: RAKOR,
      title: "Kelas Pengawasan Internal",
      room: "Ruang Rapat Lantai 3",
      sortOrder: 1,
    },
  );
  // The secretary sits in on supervision, the Kasubbag SDM on staffing; the province came to Jakarta, one regency
  // missed the meeting although attendance was required.
  for (const code of NTB_CODES) {
    const attendance = (): AttendanceStatus =>
      code === "5208" ? "ABSENT" : code === PROVINCE_CODE ? "PRESENT_ONSITE" : "PRESENT_ONLINE";
    for (const [postKey, sessionId] of [
      ["sekretaris", supervision],
      ["kasubbag-hsdm", staffing],
    ] as const) {
      const official = holderOf(code, postKey, RAKOR_DAY);
      if (!official) continue;
      seed.invitations.push({
        id: `${RAKOR}-inv-${code}-${postKey}`,
        eventId: RAKOR,
        officialId: official.id,
        unitId: unitId(code),
        sessionId,
        inviteeName: official.name,
        status: "CONFIRMED",
        attendance: attendance(),
        createdAt: SEEDED_AT,
      });
    }
  }
  seed.outcomes.push(
    {
      id: `${RAKOR}-hasil-1`,
      eventId: RAKOR,
      kind: "DRAFT_DECISION",
      description:
        "Rancangan keputusan tentang mekanisme pengawasan internal berjenjang: sekretariat provinsi melakukan supervisi ke kabupaten/kota paling sedikit sekali dalam satu semester dan melaporkan hasilnya.",
      sortOrder: 0,
      cascade: true,
      createdAt: SEEDED_AT,
    },
    {
      id: `${RAKOR}-hasil-2`,
      eventId: RAKOR,
      kind: "DRAFT_DECISION",
      description:
        "Rancangan keputusan tentang pemetaan kebutuhan pegawai: setiap satuan kerja menyampaikan peta jabatan dan kekosongan jabatan struktural kepada tingkat di atasnya.",
      sortOrder: 1,
      cascade: true,
      createdAt: SEEDED_AT,
    },
    {
      id: `${RAKOR}-hasil-3`,
      eventId: RAKOR,
      kind: "NOTE",
      description:
        "Predikat WTP dari BPK dipertahankan; catatan pemeriksaan tahun lalu ditindaklanjuti di tiap satuan kerja.",
      sortOrder: 2,
      cascade: false,
      createdAt: SEEDED_AT,
    },
  );
  seed.minutes.push({
    id: `${RAKOR}-notulen-1`,
    eventId: RAKOR,
    revision: 1,
    content:
      "Rakor dibuka oleh Ketua KPU RI dan diikuti sekretariat provinsi dan kabupaten/kota secara luring dan daring.\n" +
      "Kelas kepegawaian membahas pemetaan kebutuhan pegawai; kelas pengawasan internal membahas mekanisme supervisi berjenjang.\n" +
      "Rancangan keputusan hasil rakor disampaikan kepada seluruh satuan kerja untuk dilaksanakan berjenjang.",
    status: "FINAL",
    finalizedAt: new Date("2022-03-15T03:00:00Z"),
    createdAt: SEEDED_AT,
  });
}

/** How far each regency got with the Zona Integritas team by the demo day (seed 003's berjenjang outcome). */
const ZI_PROGRESS: Record<string, FollowUpStatus> = {
  "5201": "VERIFIED",
  "5202": "VERIFIED",
  "5203": "DONE",
  "5204": "IN_PROGRESS",
  "5205": "OPEN",
  "5206": "DONE",
  "5207": "VERIFIED",
  "5208": "REOPENED",
  "5271": "IN_PROGRESS",
  "5272": "OPEN",
};

const ZI_TEAM =
  "Setiap KPU Kabupaten/Kota menetapkan Tim Pembangunan Zona Integritas dengan keputusan sekretaris dan menyusun rencana kerja enam area perubahan.";

/** Seed 003: the province's Stakeholder Day on Zona Integritas and public service, on site with a stream. */
function addStakeholderDay(seed: EventSeed, holderOf: HolderOf): void {
  seed.events.push({
    id: STAKEHOLDER_DAY,
    unitId: unitId(PROVINCE_CODE),
    title: "Stakeholder Day: Sosialisasi Tahapan Pemilu 2024 dan Pembangunan Zona Integritas",
    kind: "STAKEHOLDER_DAY",
    mode: "HYBRID",
    startsAt: new Date("2022-09-08T01:00:00Z"), // 09.00 WITA
    endsAt: new Date("2022-09-08T05:00:00Z"),
    location: "Aula Kantor KPU Provinsi NTB, Mataram",
    onlineUrl: "https://zoom.us/j/5200908202",
    agenda:
      "Sambutan Ketua KPU Provinsi NTB\nPaparan tahapan Pemilu 2024\nPaparan Zona Integritas dan produk unggulan layanan\nDiskusi dan masukan pemangku kepentingan",
    attendanceRequired: false,
    status: "HELD",
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  });
  for (const code of NTB_CODES) seed.participants.push({ eventId: STAKEHOLDER_DAY, unitId: unitId(code) });
  // Two invitees sent apologies; the regencies far from Mataram followed online.
  const stayedAway = new Set(["korem-162", "rri-mataram"].map((key) => `demo-org-${key}`));
  for (const stakeholder of PROVINCE_STAKEHOLDERS) {
    seed.invitations.push({
      id: `${STAKEHOLDER_DAY}-inv-${stakeholder.contactId}`,
      eventId: STAKEHOLDER_DAY,
      organisationId: stakeholder.organisationId,
      contactId: stakeholder.contactId,
      inviteeName: stakeholder.contactName,
      status: stayedAway.has(stakeholder.organisationId) ? "DECLINED" : "CONFIRMED",
      attendance: stayedAway.has(stakeholder.organisationId) ? "ABSENT" : "PRESENT_ONSITE",
      createdAt: SEEDED_AT,
    });
  }
  const far = new Set(["5204", "5205", "5206", "5207", "5272"]);
  for (const code of NTB_CODES) {
    const official = holderOf(code, "sekretaris", STAKEHOLDER_DAY_DATE);
    if (!official) continue;
    seed.invitations.push({
      id: `${STAKEHOLDER_DAY}-inv-${code}`,
      eventId: STAKEHOLDER_DAY,
      officialId: official.id,
      unitId: unitId(code),
      inviteeName: official.name,
      status: "CONFIRMED",
      attendance: far.has(code) ? "PRESENT_ONLINE" : "PRESENT_ONSITE",
      createdAt: SEEDED_AT,
    });
  }
  seed.invitations.push({
    id: `${STAKEHOLDER_DAY}-inv-walkin-1`,
    eventId: STAKEHOLDER_DAY,
    inviteeName: "Rahmat Hidayat (Forum Mahasiswa Peduli Pemilu)",
    walkIn: true,
    status: "CONFIRMED",
    attendance: "PRESENT_ONSITE",
    createdAt: SEEDED_AT,
  });
  const ziTeam = `${STAKEHOLDER_DAY}-hasil-2`;
  seed.outcomes.push(
    {
      id: `${STAKEHOLDER_DAY}-hasil-1`,
      eventId: STAKEHOLDER_DAY,
      kind: "AGREEMENT",
      description:
        "Pemangku kepentingan sepakat mendukung pembangunan Zona Integritas KPU Provinsi NTB menuju Wilayah Bebas dari Korupsi dan ikut menilai kualitas layanan melalui survei kepuasan.",
      sortOrder: 0,
      cascade: false,
      createdAt: SEEDED_AT,
    },
    {
      id: ziTeam,
      eventId: STAKEHOLDER_DAY,
      kind: "DECISION",
      description: ZI_TEAM,
      sortOrder: 1,
      cascade: true,
      createdAt: SEEDED_AT,
    },
    {
      id: `${STAKEHOLDER_DAY}-hasil-3`,
      eventId: STAKEHOLDER_DAY,
      kind: "NOTE",
      description:
        "Masukan media dan perguruan tinggi: jadwal tahapan diumumkan juga melalui radio dan kanal kampus.",
      sortOrder: 2,
      cascade: false,
      createdAt: SEEDED_AT,
    },
  );
  const title = ZI_TEAM;
  // Made into follow-ups when the demo was written: each regency's head that day is its person in charge.
  for (const code of REGENCY_CODES) {
    const status = ZI_PROGRESS[code]!;
    const reported = status === "DONE" || status === "VERIFIED" || status === "REOPENED";
    seed.followUps.push({
      id: `demo-fu-zi-${code}`,
      unitId: unitId(code),
      source: "EVENT_OUTCOME",
      eventId: STAKEHOLDER_DAY,
      outcomeId: ziTeam,
      title,
      description: `Stakeholder Day KPU Provinsi NTB, 8 September 2022.\n\n${title}`,
      dueDate: day("2022-12-30"),
      ownerOfficialId: holderOf(code, "sekretaris", DEMO_AS_OF)?.id ?? null,
      status,
      evidenceNote: reported
        ? "Keputusan Sekretaris tentang Tim Pembangunan Zona Integritas dan rencana kerja terlampir."
        : null,
      completedAt: reported ? new Date("2022-11-21T02:00:00Z") : null,
      verifiedById: status === "VERIFIED" ? SEKPROV_USER : null,
      verifiedAt: status === "VERIFIED" ? new Date("2022-11-28T02:00:00Z") : null,
      createdAt: SEEDED_AT,
      updatedAt: SEEDED_AT,
    });
  }
  seed.minutes.push({
    id: `${STAKEHOLDER_DAY}-notulen-1`,
    eventId: STAKEHOLDER_DAY,
    revision: 1,
    content:
      "Stakeholder Day dibuka Ketua KPU Provinsi NTB, dihadiri Bawaslu, pemerintah daerah, Forkopimda, partai politik, perguruan tinggi, media dan pemantau.\n" +
      "Sekretaris memaparkan enam area perubahan Zona Integritas dan tiga produk unggulan layanan.\n" +
      "Hasil: dukungan pemangku kepentingan, dan penetapan Tim Pembangunan Zona Integritas di setiap kabupaten/kota.",
    status: "FINAL",
    finalizedAt: new Date("2022-09-09T03:00:00Z"),
    finalizedById: SEKPROV_USER,
    createdAt: SEEDED_AT,
  });
}

/** Writes the rows after the units, officials and users they point at. */
export async function insertEventDemo(db: Prisma.TransactionClient, data: DemoData): Promise<void> {
  const seed = buildEventDemo(data);
  await db.stakeholderOrganisation.createMany({ data: seed.organisations });
  await db.stakeholderContact.createMany({ data: seed.contacts });
  await db.event.createMany({ data: seed.events });
  await db.eventParticipant.createMany({ data: seed.participants });
  await db.eventSession.createMany({ data: seed.sessions });
  await db.eventInvitation.createMany({ data: seed.invitations });
  await db.eventOutcome.createMany({ data: seed.outcomes });
  await db.eventMinutes.createMany({ data: seed.minutes });
  await db.followUp.createMany({ data: seed.followUps });
}

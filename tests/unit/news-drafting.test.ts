import { describe, expect, it } from "vitest";
import { draftNews } from "@/lib/news/drafting";
import type { EventFacts, InaugurationFacts, Publisher, VisitFacts } from "@/lib/news/drafting/facts";

const PROVINCE: Publisher = {
  id: "unit-ntb",
  name: "Sekretariat KPU Provinsi Nusa Tenggara Barat",
  shortName: "KPU Provinsi NTB",
};
const NATIONAL = { id: "unit-ri", name: "Sekretariat Jenderal KPU RI" };
const SUMBAWA = { id: "unit-sumbawa", name: "Sekretariat KPU Kabupaten Sumbawa" };
const WITA = "Asia/Makassar";

const stakeholderDay: EventFacts = {
  kind: "EVENT",
  title: "Stakeholder Day Tahapan Pemilu",
  eventKind: "STAKEHOLDER_DAY",
  organiser: { id: PROVINCE.id, name: PROVINCE.name },
  // 09:00 WITA on Thursday 8 September 2022.
  startsAt: new Date("2022-09-08T01:00:00Z"),
  endsAt: new Date("2022-09-08T05:30:00Z"),
  timeZone: WITA,
  mode: "HYBRID",
  location: "Aula Kantor KPU Provinsi NTB",
  attendanceRequired: false,
  invited: 40,
  attended: { onsite: 25, online: 9 },
  participantUnits: 10,
  organisationsPresent: 7,
  sessions: [],
  outcomes: [
    { kind: "AGREEMENT", description: "Pemangku kepentingan mendukung sosialisasi tahapan" },
    { kind: "DECISION", description: "Tim Zona Integritas dibentuk di setiap satuan kerja." },
    { kind: "DRAFT_DECISION", description: "Rancangan keputusan tentang pemetaan jabatan" },
  ],
};

describe("drafting from an event", () => {
  const { title, body } = draftNews(stakeholderDay, PROVINCE);
  const [lead, ...rest] = body.split("\n\n");

  it("opens with who, what, when and where, in the unit's local time", () => {
    expect(title).toBe("KPU Provinsi NTB Gelar Stakeholder Day Tahapan Pemilu");
    expect(lead).toBe(
      "Sekretariat KPU Provinsi Nusa Tenggara Barat menyelenggarakan Stakeholder Day bertajuk " +
        '"Stakeholder Day Tahapan Pemilu" pada Kamis, 8 September 2022, pukul 09.00 WITA sampai dengan ' +
        "13.30 WITA, di Aula Kantor KPU Provinsi NTB, luring dan daring.",
    );
  });

  it("counts who attended on site and online, the units and the stakeholders", () => {
    const attendance = rest[0]!;
    expect(attendance).toContain("dihadiri 34 orang dari 40 undangan");
    expect(attendance).toContain("25 orang hadir secara langsung dan 9 orang mengikuti secara daring");
    expect(attendance).toContain("10 satuan kerja");
    expect(attendance).toContain("7 lembaga pemangku kepentingan");
  });

  it("lists the outcomes, each ending with one full stop", () => {
    expect(body).toContain("menghasilkan 3 pokok hasil:");
    expect(body).toContain("3. Rancangan keputusan tentang pemetaan jabatan.");
    expect(body).toContain("1. Kesepakatan: Pemangku kepentingan mendukung sosialisasi tahapan.");
    expect(body).toContain("2. Keputusan: Tim Zona Integritas dibentuk di setiap satuan kerja.");
    expect(body).not.toContain("..");
  });

  it("tells a participant's side of someone else's event, with its kelas", () => {
    const rakor: EventFacts = {
      ...stakeholderDay,
      title: "Rakor Bidang Kesekretariatan",
      eventKind: "COORDINATION_MEETING",
      organiser: NATIONAL,
      mode: "ONLINE",
      location: null,
      endsAt: null,
      attendanceRequired: true,
      attended: { onsite: 0, online: 12 },
      invited: 12,
      organisationsPresent: 0,
      sessions: ["Kelas Kepegawaian", "Kelas Pengawasan Internal"],
      outcomes: [],
    };
    const draft = draftNews(rakor, PROVINCE);
    expect(draft.title).toBe("KPU Provinsi NTB Ikuti Rakor Bidang Kesekretariatan");
    expect(draft.body).toContain(
      'mengikuti rapat koordinasi bertajuk "Rakor Bidang Kesekretariatan" yang diselenggarakan oleh ' +
        "Sekretariat Jenderal KPU RI pada Kamis, 8 September 2022, pukul 09.00 WITA, secara daring.",
    );
    expect(draft.body).toContain("dihadiri 12 orang: 12 orang mengikuti secara daring.");
    expect(draft.body).toContain("Seluruh undangan diwajibkan hadir.");
    expect(draft.body).toContain(
      "dibagi ke dalam 2 kelas, yaitu Kelas Kepegawaian dan Kelas Pengawasan Internal.",
    );
    expect(draft.body).not.toContain("pokok hasil");
  });
});

const visit: VisitFacts = {
  kind: "VISIT",
  title: "Supervisi dan Evaluasi Sekretariat KPU Kabupaten Sumbawa",
  visitor: { id: PROVINCE.id, name: PROVINCE.name },
  host: SUMBAWA,
  team: ["H. Lalu Ahmad, S.H.", "Baiq Nurul, S.E.", "Made Arta, S.Kom."],
  startDate: new Date("2023-01-19T00:00:00Z"),
  endDate: new Date("2023-01-19T00:00:00Z"),
  timeZone: WITA,
  location: "Aula KPU Kabupaten Sumbawa",
  purpose: "Meninjau pelaksanaan tugas, kewajiban dan wewenang sekretariat",
  areas: ["STAFFING", "FINANCE", "LOGISTICS_GENERAL"],
  findings: [{ kind: "FINDING" }, { kind: "FINDING" }, { kind: "REQUEST" }],
};

describe("drafting from a supervision visit", () => {
  it("names visitor, host, day, place, team, the areas reviewed and the findings count", () => {
    const { title, body } = draftNews(visit, PROVINCE);
    expect(title).toBe("Supervisi dan Evaluasi Pelaksanaan Tugas Sekretariat di KPU Kabupaten Sumbawa");
    const [lead, team, areas, findings] = body.split("\n\n");
    expect(lead).toBe(
      "Sekretariat KPU Provinsi Nusa Tenggara Barat melaksanakan supervisi dan evaluasi pelaksanaan tugas di " +
        "Sekretariat KPU Kabupaten Sumbawa pada Kamis, 19 Januari 2023, bertempat di Aula KPU Kabupaten Sumbawa.",
    );
    expect(team).toBe(
      "Tim supervisi dipimpin oleh H. Lalu Ahmad, S.H. bersama Baiq Nurul, S.E. dan Made Arta, S.Kom. " +
        "Kunjungan ini dilaksanakan dalam rangka meninjau pelaksanaan tugas, kewajiban dan wewenang sekretariat.",
    );
    expect(areas).toBe("Bidang yang ditinjau meliputi kepegawaian, keuangan, serta logistik dan umum.");
    expect(findings).toContain(
      "2 temuan beserta rekomendasinya dan 1 permohonan dari Sekretariat KPU Kabupaten Sumbawa",
    );
  });

  it("is told from the visited unit's side when it publishes, and waits for the report", () => {
    const { body } = draftNews(
      { ...visit, findings: null, endDate: new Date("2023-01-20T00:00:00Z") },
      { ...SUMBAWA, shortName: "KPU Kabupaten Sumbawa" },
    );
    expect(body).toContain(
      "Sekretariat KPU Kabupaten Sumbawa menerima kunjungan supervisi dan evaluasi dari Sekretariat KPU Provinsi " +
        "Nusa Tenggara Barat pada Kamis, 19 Januari 2023 sampai dengan Jumat, 20 Januari 2023",
    );
    expect(body).toContain("akan dituangkan dalam laporan");
  });
});

describe("drafting from an inauguration", () => {
  const ceremony: InaugurationFacts = {
    kind: "INAUGURATION",
    title: "Pelantikan Pejabat Pengawas",
    unit: { id: PROVINCE.id, name: PROVINCE.name },
    // 10:00 WITA, Friday 11 March 2022.
    scheduledAt: new Date("2022-03-11T02:00:00Z"),
    timeZone: WITA,
    mode: "HYBRID",
    location: "Aula Kantor KPU Provinsi NTB",
    officiantName: "Drs. H. Mansur",
    officiantTitle: "Sekretaris KPU Provinsi Nusa Tenggara Barat",
    witnesses: ["Baiq Nurul, S.E.", "Kepala Bagian Keuangan, Umum dan Logistik"],
    decree: { number: "12/KP.04-Kpt/52/2022", date: new Date("2022-03-07T00:00:00Z") },
    appointees: [
      {
        name: "Ani",
        post: "Kasubbag Keuangan",
        unitName: "Sekretariat KPU Kota Mataram",
        level: "SUPERVISOR",
      },
      {
        name: "Budi",
        post: "Kasubbag Hukum",
        unitName: "Sekretariat KPU Kabupaten Dompu",
        level: "SUPERVISOR",
      },
      {
        name: "Citra",
        post: "Kasubbag Umum",
        unitName: "Sekretariat KPU Kabupaten Dompu",
        level: "SUPERVISOR",
      },
    ],
    attended: { onsite: 2, online: 1 },
  };

  it("says who inaugurated how many officials of which level, from how many units, when and where", () => {
    const { title, body } = draftNews(ceremony, PROVINCE);
    expect(title).toBe("KPU Provinsi NTB Lantik 3 Pejabat Pengawas");
    expect(body.split("\n\n")[0]).toBe(
      "Drs. H. Mansur, Sekretaris KPU Provinsi Nusa Tenggara Barat, melantik 3 Pejabat Pengawas dari 2 satuan " +
        "kerja pada Jumat, 11 Maret 2022, pukul 10.00 WITA, di Aula Kantor KPU Provinsi NTB, luring dan daring.",
    );
    expect(body).toContain("2 pejabat hadir secara langsung dan 1 pejabat mengikuti secara daring");
    expect(body).toContain("Keputusan Nomor 12/KP.04-Kpt/52/2022 tanggal 7 Maret 2022");
    expect(body).toContain(
      "disaksikan oleh Baiq Nurul, S.E. serta Kepala Bagian Keuangan, Umum dan Logistik.",
    );
    expect(body).toContain("1. Ani, Kasubbag Keuangan, Sekretariat KPU Kota Mataram");
  });

  it("says 'pejabat' when the levels differ", () => {
    const mixed = {
      ...ceremony,
      appointees: [...ceremony.appointees, { ...ceremony.appointees[0]!, level: "ADMINISTRATOR" as const }],
    };
    expect(draftNews(mixed, PROVINCE).title).toBe("KPU Provinsi NTB Lantik 4 pejabat");
  });
});

/**
 * Riwayat jabatan in the demo: the former holders of today's vacant posts (retired or moved away, their assignments
 * ended) and a few careers that passed through other posts before the current one.
 */
import type { OfficialStatus } from "@/lib/generated/prisma/enums";
import type { DemoBuilder } from "./dataset";
import { PENGAWAS_INAUGURATION, STRUCTURE_IN_FORCE, addDays, day } from "./dates";
import { DecreeBook, PENGAWAS_DECREE } from "./decrees";
import { createRandom } from "./prng";
import type { Field, Profile } from "./structure";
import { UNIT_PLANS } from "./units";

/** Batas usia pensiun of Pejabat Pengawas and pelaksana. */
const RETIREMENT_AGE = 58;
const RETIRED = "Pensiun (batas usia pensiun)";

interface FormerHolder {
  unit: string;
  post: string;
  profile: Profile;
  field: Field;
  status: Extract<OfficialStatus, "RETIRED" | "TRANSFERRED_OUT">;
  start: Date;
  /** Last day in the post; for a retirement, the last day of the month of the 58th birthday. */
  end: string;
  reason: string;
}

const FORMER_HOLDERS: FormerHolder[] = [
  {
    unit: "5205",
    post: "kasubbag-hsdm",
    profile: "supervisor",
    field: "hr",
    status: "TRANSFERRED_OUT",
    start: PENGAWAS_INAUGURATION,
    end: "2024-07-31",
    reason: "Mutasi ke Pemerintah Kabupaten Dompu",
  },
  {
    unit: "5272",
    post: "kasubbag-tp",
    profile: "supervisor",
    field: "technical",
    status: "RETIRED",
    start: PENGAWAS_INAUGURATION,
    end: "2024-02-29",
    reason: RETIRED,
  },
  {
    unit: "5208",
    post: "kasubbag-kul",
    profile: "supervisor",
    field: "finance",
    status: "RETIRED",
    start: PENGAWAS_INAUGURATION,
    end: "2023-10-31",
    reason: RETIRED,
  },
  {
    unit: "5208",
    post: "kasubbag-pdi",
    profile: "supervisor",
    field: "planning",
    status: "TRANSFERRED_OUT",
    start: PENGAWAS_INAUGURATION,
    end: "2024-09-30",
    reason: "Mutasi ke Pemerintah Kabupaten Lombok Utara",
  },
  {
    unit: "52",
    post: "pelaksana-ul-umum",
    profile: "executor",
    field: "general",
    status: "RETIRED",
    start: STRUCTURE_IN_FORCE,
    end: "2023-06-30",
    reason: RETIRED,
  },
];

interface EarlierPost {
  /** The official who now holds `post` in `unit`… */
  unit: string;
  post: string;
  /** …earlier held this post, from `from` to `to`. */
  previous: { unit: string; post: string };
  from: string;
  to: string;
  reason: string;
}

const EARLIER_POSTS: EarlierPost[] = [
  {
    unit: "5201",
    post: "kasubbag-kul",
    previous: { unit: "5201", post: "pelaksana-kul-bmn" },
    from: "2021-01-04",
    to: "2022-03-10",
    reason: "Dilantik sebagai Kepala Sub Bagian",
  },
  {
    unit: "5203",
    post: "kasubbag-tp",
    previous: { unit: "5203", post: "pelaksana-hsdm-parhumas" },
    from: "2021-01-04",
    to: "2022-03-10",
    reason: "Dilantik sebagai Kepala Sub Bagian",
  },
  {
    unit: "5206",
    post: "kasubbag-hsdm",
    previous: { unit: "5206", post: "pelaksana-tp-hukum" },
    from: "2021-07-01",
    to: "2022-03-10",
    reason: "Dilantik sebagai Kepala Sub Bagian",
  },
  {
    unit: "5203",
    post: "sekretaris",
    previous: { unit: "52", post: "kasubbag-ren" },
    from: "2017-01-02",
    to: "2020-12-31",
    reason: "Mutasi sebagai Sekretaris KPU Kabupaten Lombok Timur",
  },
  {
    unit: "52",
    post: "kabag-hsdm",
    previous: { unit: "5272", post: "sekretaris" },
    from: "2016-08-01",
    to: "2020-12-31",
    reason: "Mutasi sebagai Kepala Bagian di KPU Provinsi NTB",
  },
];

export function addHistory(builder: DemoBuilder): void {
  const random = createRandom("history");
  const decrees = new DecreeBook(createRandom("decrees-history"));

  for (const former of FORMER_HOLDERS) {
    const position = builder.position(former.unit, former.post);
    const end = day(former.end);
    const plan = UNIT_PLANS.find((unit) => unit.code === former.unit);
    const { official } = builder.people.create(random, {
      id: builder.nextOfficialId(former.unit),
      unitId: position.unitId,
      sectionId: position.sectionId,
      profile: former.profile,
      field: former.field,
      culture: plan?.culture ?? "general",
      employmentType: "PNS",
      status: former.status,
      born:
        former.status === "RETIRED"
          ? { year: end.getUTCFullYear() - RETIREMENT_AGE, month: end.getUTCMonth() + 1 }
          : undefined,
    });
    builder.data.officials.push(official);
    const decree =
      former.start === PENGAWAS_INAUGURATION ? PENGAWAS_DECREE : decrees.issue(former.start, former.unit);
    builder.assign(official.id, position, {
      startDate: former.start,
      endDate: end,
      endReason: former.reason,
      ...decree,
    });
  }

  for (const earlier of EARLIER_POSTS) {
    const current = builder.position(earlier.unit, earlier.post);
    const holder = builder.data.assignments.find((a) => a.positionId === current.id && a.endDate === null);
    if (!holder)
      throw new Error(`demo data: ${earlier.post} in ${earlier.unit} has no holder to give a history`);
    const [startDate, endDate] = [day(earlier.from), day(earlier.to)];
    if (addDays(endDate, 1) > holder.startDate) {
      throw new Error(`demo data: the earlier post of ${holder.officialId} overlaps the current one`);
    }
    builder.assign(holder.officialId, builder.position(earlier.previous.unit, earlier.previous.post), {
      startDate,
      endDate,
      endReason: earlier.reason,
      ...decrees.issue(startDate, earlier.previous.unit),
    });
  }
}

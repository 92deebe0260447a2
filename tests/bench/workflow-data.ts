/**
 * The workflow modules' data of the HTTP bench at the sizes issue 13 names, on top of national-data.ts: 5,000
 * appointment proposals at every status (the decided ones with a ceremony), 100,000 follow-ups (open, late,
 * escalated one level up, done, verified), 20,000 events (one in ten a rakor with its units taking part), 5,000
 * supervision visits (the conducted ones with an accepted report) and 5,000 published news items. Spread over the
 * units like the officials are (unit n mod 553), dated around today so that "late" and "upcoming" both have rows.
 * Deterministic apart from dates relative to today. Plain SQL: the sizes make row-by-row inserts take minutes.
 */
import { prisma } from "@/lib/db/client";
import { UNITS } from "./officials-data";

/** The national sizes; the NTB scale gets the same amount per unit. */
const perUnit = (national: number) => Math.round((national * UNITS.length) / 553);
export const WORKFLOW_SIZES = {
  proposals: perUnit(5_000),
  followUps: perUnit(100_000),
  events: perUnit(20_000),
  visits: perUnit(5_000),
  news: perUnit(5_000),
};

/**
 * Row `g` of `size`'s day in a span of `days` (SQL, 0 to days - 1), the rows spread evenly over the span whatever
 * their number. `g % days` left the NTB scale's 434 events and 108 visits all in the past (days 1–434 of 730), so its
 * calendar, event and supervision pages had nothing upcoming to show where the national ones had hundreds.
 */
const spreadOver = (size: number, days: number) => `((g - 1) * ${days} / ${size})`;

/** Units numbered as officials-data.ts numbers them (KPU RI 0, then provinces, then regencies). */
const NUMBERED_UNITS = `(SELECT id, "parentId", level, row_number() OVER (ORDER BY (id = 'u-ri') DESC, id) - 1 AS n,
                               count(*) OVER () AS total FROM work_unit)`;

async function createProposals(): Promise<void> {
  // Officials from 5 × units on hold executor posts; each proposal takes a different one for a section head post
  // of its own unit, so no official is in two proposals.
  await prisma.$executeRawUnsafe(`
    WITH picked AS (
      SELECT g, o.id AS official_id, o."unitId" AS unit_id, u.level
        FROM generate_series(1, ${WORKFLOW_SIZES.proposals}) g
        JOIN official o ON o.id = 'bo-' || (${5 * UNITS.length} + g)
        JOIN work_unit u ON u.id = o."unitId"
    )
    INSERT INTO appointment_proposal (id, "unitId", "officialId", "positionId", status, justification, "proposedById",
                                      "submittedAt", "deciderLevels", "currentStep", "decidedById", "decidedAt",
                                      "createdAt", "updatedAt")
    SELECT 'bp-' || g, unit_id, official_id, unit_id || '-s' || (g % 4) || '-head',
           (ARRAY['DRAFT','SUBMITTED','SUBMITTED','SUBMITTED','RETURNED','APPROVED','APPROVED','REJECTED',
                  'INAUGURATED','INAUGURATED'])[1 + g % 10]::"ProposalStatus",
           'Mengisi jabatan yang lowong', 'bench-admin',
           CASE WHEN g % 10 = 0 THEN NULL ELSE now() - (g % 400) * interval '1 day' END,
           CASE WHEN level = 'REGENCY_CITY' THEN ARRAY['PROVINCE']::"UnitLevel"[] ELSE ARRAY['NATIONAL']::"UnitLevel"[] END,
           0,
           CASE WHEN g % 10 >= 5 THEN 'bench-admin' END,
           CASE WHEN g % 10 >= 5 THEN now() - (g % 300) * interval '1 day' END,
           now() - (g % 420) * interval '1 day', now()
      FROM picked`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO inauguration (id, "unitId", title, "scheduledAt", location, mode, status, "heldAt", "updatedAt")
    SELECT 'bi-' || u.id, u.id, 'Pelantikan Pejabat Pengawas', now() - interval '30 days', 'Aula', 'HYBRID',
           'HELD', now() - interval '30 days', now()
      FROM work_unit u WHERE u.level = 'PROVINCE'`);
  await prisma.$executeRawUnsafe(`
    UPDATE appointment_proposal p SET "inaugurationId" = 'bi-' || CASE WHEN u.level = 'PROVINCE' THEN u.id ELSE u."parentId" END
      FROM work_unit u
     WHERE u.id = p."unitId" AND p.status = 'INAUGURATED' AND u.level <> 'NATIONAL'`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO inauguration_appointee (id, "inaugurationId", "proposalId", attendance)
    SELECT 'bia-' || p.id, p."inaugurationId", p.id,
           (CASE WHEN p.id LIKE '%0' THEN 'PRESENT_ONLINE' ELSE 'PRESENT_ONSITE' END)::"AttendanceStatus"
      FROM appointment_proposal p WHERE p."inaugurationId" IS NOT NULL`);
}

async function createFollowUps(): Promise<void> {
  await prisma.$executeRawUnsafe(`
    WITH units AS ${NUMBERED_UNITS}
    INSERT INTO follow_up (id, "unitId", source, area, title, description, "dueDate", status, "escalatedToUnitId",
                           "evidenceNote", "completedAt", "verifiedById", "verifiedAt", "createdAt", "updatedAt")
    SELECT 'bf-' || g, u.id,
           (ARRAY['FINDING','UNIT_REQUEST','EVENT_OUTCOME'])[1 + g % 3]::"FollowUpSource",
           (ARRAY['STAFFING','FINANCE','LOGISTICS_GENERAL','TECHNICAL','LEGAL','PLANNING_DATA'])[1 + g % 6]::"SupervisionArea",
           'Tindak lanjut ' || g || ': lengkapi arsip kepegawaian', 'Rincian tindak lanjut nomor ' || g,
           current_date - 300 + (g % 420),
           s.status::"FollowUpStatus",
           CASE WHEN s.status = 'ESCALATED' THEN u."parentId" END,
           CASE WHEN s.status IN ('DONE','VERIFIED') THEN 'Sudah dikerjakan' END,
           CASE WHEN s.status IN ('DONE','VERIFIED') THEN now() - interval '3 days' END,
           CASE WHEN s.status = 'VERIFIED' THEN 'bench-admin' END,
           CASE WHEN s.status = 'VERIFIED' THEN now() - interval '1 day' END,
           now() - (g % 500) * interval '1 day', now()
      FROM generate_series(1, ${WORKFLOW_SIZES.followUps}) g
      JOIN units u ON u.n = g % u.total
      CROSS JOIN LATERAL (SELECT CASE
             WHEN u."parentId" IS NOT NULL AND g % 20 = 0 THEN 'ESCALATED'
             ELSE (ARRAY['OPEN','OPEN','IN_PROGRESS','IN_PROGRESS','DONE','VERIFIED','VERIFIED','VERIFIED','REOPENED','CANCELLED'])[1 + (g / 3) % 10]
           END AS status) s`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO escalation (id, "originUnitId", "holderUnitId", "followUpId", reason, "raisedById", "createdAt")
    SELECT 'be-' || f.id, f."unitId", f."escalatedToUnitId", f.id, 'Di luar kewenangan satuan kerja', 'bench-admin',
           f."createdAt" + interval '10 days'
      FROM follow_up f WHERE f.status = 'ESCALATED'`);
}

async function createEvents(): Promise<void> {
  const day = spreadOver(WORKFLOW_SIZES.events, 730);
  await prisma.$executeRawUnsafe(`
    WITH units AS ${NUMBERED_UNITS}
    INSERT INTO event (id, "unitId", title, kind, mode, "startsAt", "endsAt", location, "attendanceRequired", status,
                       "createdAt", "updatedAt")
    SELECT 'bev-' || g, u.id, 'Kegiatan ' || g,
           (CASE WHEN g % 10 = 0 THEN 'COORDINATION_MEETING'
                 ELSE (ARRAY['STAKEHOLDER_DAY','SOCIALISATION','TECHNICAL_GUIDANCE','OTHER'])[1 + g % 4] END)::"EventKind",
           (ARRAY['ONSITE','ONLINE','HYBRID'])[1 + g % 3]::"MeetingMode",
           date_trunc('hour', now()) + (${day} - 600) * interval '1 day' + interval '1 hour',
           date_trunc('hour', now()) + (${day} - 600) * interval '1 day' + interval '4 hours',
           'Aula ' || g, g % 10 = 0,
           (CASE WHEN ${day} < 600 THEN 'HELD' WHEN g % 50 = 1 THEN 'CANCELLED' ELSE 'PLANNED' END)::"EventStatus",
           now() - interval '700 days', now()
      FROM generate_series(1, ${WORKFLOW_SIZES.events}) g
      JOIN units u ON u.n = g % u.total`);
  // A rakor has every unit directly below its organiser taking part.
  await prisma.$executeRawUnsafe(`
    INSERT INTO event_participant ("eventId", "unitId")
    SELECT e.id, child.id FROM event e JOIN work_unit child ON child."parentId" = e."unitId"
     WHERE e.kind = 'COORDINATION_MEETING'`);
}

async function createVisits(): Promise<void> {
  const day = spreadOver(WORKFLOW_SIZES.visits, 700);
  await prisma.$executeRawUnsafe(`
    WITH hosts AS (SELECT id, "parentId", row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total
                     FROM work_unit WHERE "parentId" IS NOT NULL)
    INSERT INTO supervision_visit (id, "hostUnitId", "visitorUnitId", title, purpose, "startDate", "endDate", status,
                                   "createdById", "createdAt", "updatedAt")
    SELECT 'bv-' || g, h.id, h."parentId", 'Supervisi ' || g, 'Memeriksa kepegawaian, administrasi dan keuangan',
           current_date - 600 + ${day}, current_date - 599 + ${day},
           (CASE WHEN ${day} < 600 THEN 'CONDUCTED' ELSE 'PLANNED' END)::"VisitStatus",
           'bench-admin', now() - interval '700 days', now()
      FROM generate_series(1, ${WORKFLOW_SIZES.visits}) g
      JOIN hosts h ON h.n = g % h.total`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO visit_area (id, "visitId", area, "sortOrder")
    SELECT v.id || '-' || a.area, v.id, a.area::"SupervisionArea", a.n
      FROM supervision_visit v CROSS JOIN (VALUES ('STAFFING', 0), ('FINANCE', 1), ('LOGISTICS_GENERAL', 2)) a(area, n)`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO supervision_report (id, "visitId", "unitId", "authorId", summary, status, "submittedAt",
                                    "reviewedById", "reviewedAt", "createdAt", "updatedAt")
    SELECT 'br-' || v.id, v.id, v."hostUnitId", 'bench-admin', 'Ringkasan hasil supervisi', 'ACCEPTED',
           v."endDate" + interval '3 days', 'bench-admin', v."endDate" + interval '5 days', now(), now()
      FROM supervision_visit v WHERE v.status = 'CONDUCTED'`);
}

async function createNews(): Promise<void> {
  await prisma.$executeRawUnsafe(`
    INSERT INTO news_item (id, "unitId", "authorId", title, body, "sourceKind", "sourceId", status, "submittedAt",
                           "publishedAt", "publishedById", "createdAt", "updatedAt")
    SELECT 'bn-' || e.id, e."unitId", 'bench-admin', 'Berita ' || e.title,
           repeat('Kegiatan berlangsung lancar dan dihadiri peserta. ', 12), 'EVENT', e.id, 'PUBLISHED',
           e."endsAt", e."endsAt" + interval '1 day', 'bench-admin', e."endsAt", now()
      FROM event e WHERE e.status = 'HELD' ORDER BY e.id LIMIT ${WORKFLOW_SIZES.news}`);
}

/** The workflow modules' rows, into a database already loaded by national-data.ts. */
export async function createWorkflowData(): Promise<void> {
  await createProposals();
  await createFollowUps();
  await createEvents();
  await createVisits();
  await createNews();
}

/**
 * The national-scale data of the HTTP bench (http.ts), on top of officials-data.ts: ten posts per unit (the head,
 * a head and an executor post per section, a support post), about 2.5 assignments per official (the current post
 * of everyone not retired, one or two ended ones; one structural post in seven vacant), 300,000 audit entries and
 * three bench accounts (a national administrator, the secretary of province 0, the secretary of regency 0), then
 * the workflow modules' rows (workflow-data.ts).
 * Deterministic apart from the audit timestamps (relative to now). Also loads a development database:
 * `DATABASE_URL=… npx tsx --conditions=react-server tests/bench/national-data.ts` (an empty, migrated database).
 */
import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { createOfficials, createUnits, OFFICIALS, UNIT_IDS, UNITS } from "./officials-data";
import { createWorkflowData } from "./workflow-data";

export const AUDIT_ROWS = Number(process.env.BENCH_AUDIT_ROWS ?? Math.round(OFFICIALS * 6));
export const BENCH_PASSWORD = "Bench-Sekretariat-2024";
const SECTIONS = 4;

/** The bench's three scopes: who signs in, and the unit whose page it reads. */
export const BENCH_USERS = [
  { scope: "national", username: "bench.admin", role: "ADMINISTRATOR", unitId: "u-ri" },
  { scope: "province", username: "bench.sekprov", role: "SECRETARY", unitId: "u-p0" },
  { scope: "regency", username: "bench.sekkab", role: "SECRETARY", unitId: "u-r0" },
] as const;

export function unitCode(unitId: string): string {
  return UNITS.find((unit) => unit.id === unitId)!.code;
}

export async function createPositions(): Promise<void> {
  await prisma.$executeRawUnsafe(`
    INSERT INTO position (id, "unitId", "sectionId", title, kind, level, quota, "sortOrder", "updatedAt")
    SELECT u.id || '-head', u.id, NULL, 'Sekretaris', 'STRUCTURAL'::"PositionKind",
           CASE WHEN u.level = 'REGENCY_CITY' THEN 'ADMINISTRATOR' ELSE 'HIGH_LEADERSHIP' END::"PositionLevel", 1, 0, now()
      FROM work_unit u
    UNION ALL
    SELECT s.id || '-head', s."unitId", s.id, 'Kepala Sub Bagian ' || s.name, 'STRUCTURAL'::"PositionKind", 'SUPERVISOR'::"PositionLevel", 1,
           s."sortOrder" + 1, now() FROM section s
    UNION ALL
    SELECT s.id || '-exec', s."unitId", s.id, 'Pelaksana ' || s.name, 'EXECUTOR'::"PositionKind", 'EXECUTOR'::"PositionLevel", 200,
           s."sortOrder" + 10, now() FROM section s
    UNION ALL
    SELECT u.id || '-support', u.id, NULL, 'Tenaga Pendukung', 'SUPPORT'::"PositionKind", 'SUPPORT'::"PositionLevel", 200, 20, now()
      FROM work_unit u`);
}

/**
 * Official n works in unit n mod 553; the first five of a unit hold its structural posts (the head, then the
 * sections' heads) unless (unit + post) is a multiple of 7, which leaves that post vacant.
 */
export async function createAssignments(): Promise<void> {
  const units = UNIT_IDS.length;
  await prisma.$executeRawUnsafe(`
    WITH o AS (
      SELECT id, "unitId", "sectionId", "employmentType", status, substr(id, 4)::int AS n FROM official
    ), placed AS (
      SELECT o.*, o.n / ${units} AS k, o.n % ${units} AS u FROM o
    )
    INSERT INTO assignment (id, "officialId", "positionId", "unitId", "startDate", "endDate", "decreeNumber")
    SELECT 'ba-' || n, id,
           CASE WHEN k = 0 AND (u + k) % 7 <> 0 THEN "unitId" || '-head'
                WHEN k BETWEEN 1 AND ${SECTIONS} AND (u + k) % 7 <> 0 THEN "unitId" || '-s' || (k - 1) || '-head'
                WHEN "employmentType" = 'NON_ASN' THEN "unitId" || '-support'
                ELSE coalesce("sectionId", "unitId" || '-s0') || '-exec' END,
           "unitId", DATE '2020-01-01' + (n % 1500), NULL, 'SK/' || n || '/2020'
      FROM placed WHERE status <> 'RETIRED'
    UNION ALL
    SELECT 'bh1-' || n, id, coalesce("sectionId", "unitId" || '-s0') || '-exec', "unitId",
           DATE '2012-01-01' + (n % 1400), DATE '2016-01-01' + (n % 1400), 'SK/' || n || '/2012'
      FROM placed
    UNION ALL
    SELECT 'bh2-' || n, id, "unitId" || '-s' || (n % ${SECTIONS}) || '-exec', "unitId",
           DATE '2016-02-01' + (n % 1000), DATE '2019-12-31', 'SK/' || n || '/2016'
      FROM placed WHERE n % 5 < 3`);
}

export async function createAuditRows(): Promise<void> {
  await prisma.$executeRawUnsafe(`
    INSERT INTO audit_log (at, "actorId", "actorName", "unitId", action, "entityType", "entityId", before, after)
    SELECT now() - g * interval '90 seconds', 'bench-admin', 'Bench Administrator', o."unitId",
           'official.update', 'Official', o.id,
           jsonb_build_object('phone', '0812' || lpad((g % 100000000)::text, 8, '0')),
           jsonb_build_object('phone', '0813' || lpad((g % 100000000)::text, 8, '0'))
      FROM generate_series(1, ${AUDIT_ROWS}) g JOIN official o ON o.id = 'bo-' || (g % ${OFFICIALS})`);
}

export async function createBenchUsers(): Promise<void> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await prisma.user.createMany({
    data: BENCH_USERS.map((user) => ({
      id: user.username === "bench.admin" ? "bench-admin" : `bench-${user.scope}`,
      username: user.username,
      displayName: `Bench ${user.scope}`,
      passwordHash,
      role: user.role,
      unitId: user.unitId,
    })),
  });
}

/** Everything, into the empty migrated database at DATABASE_URL; returns the seconds it took. */
export async function loadBenchData(): Promise<number> {
  const started = performance.now();
  await createUnits();
  await createOfficials();
  await createPositions();
  await createBenchUsers();
  await createAssignments();
  await createAuditRows();
  await createWorkflowData();
  // A database that has lived has been vacuumed by autovacuum: its visibility map lets counts read indexes alone.
  // Freshly bulk-loaded tables have none yet, and every count read the table (about 20 → 7 ms per unit count).
  await prisma.$executeRawUnsafe("VACUUM ANALYZE");
  // Written to disk now rather than by a checkpoint during the first routes timed, which slowed even the floor (a run
  // measured /login at 40 ms p95 first and 11 ms at the end). Only a superuser may; anyone else skips it.
  await prisma.$executeRawUnsafe("CHECKPOINT").catch(() => undefined);
  return (performance.now() - started) / 1000;
}

if (process.argv[1]?.endsWith("national-data.ts")) {
  loadBenchData()
    .then((seconds) => console.log(`Bench data loaded in ${seconds.toFixed(1)} s.`))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => prisma.$disconnect());
}

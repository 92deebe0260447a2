/**
 * Least privilege on PostgreSQL (issue 11, finding 9): migrations run as the owning role and grant the app's role
 * exactly what the app does. The app role cannot touch the audit trail's history nor switch its triggers off.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { seedDemoData } from "@/lib/seed";
import { createRoleDatabase, sqlState, withClient, type RoleDatabase } from "./ops-support";

const PERMISSION_DENIED = "42501";

describe("database roles", () => {
  let database: RoleDatabase;
  let appClient: PrismaClient;
  const cache = globalThis as { sekretariatPrisma?: PrismaClient };

  beforeAll(async () => {
    database = await createRoleDatabase("sek_it_roles");
    await database.migrate();
    appClient = createPrismaClient(database.appUrl, 2);
    // The app's own code (lib/db/client's `prisma`) runs as the app role for this file.
    await cache.sekretariatPrisma?.$disconnect();
    cache.sekretariatPrisma = appClient;
  });

  afterAll(async () => {
    await appClient?.$disconnect();
    cache.sekretariatPrisma = undefined;
    await database?.drop();
  });

  it("creates an app role that is neither superuser nor owner, and running again changes nothing", async () => {
    await database.migrate();
    const role = await withClient(database.ownerUrl, async (client) => {
      const { rows } = await client.query(
        `SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls,
                (SELECT count(*)::int FROM pg_tables WHERE schemaname = 'public' AND tableowner = $1) AS owned
           FROM pg_roles WHERE rolname = $1`,
        [database.appRole],
      );
      return rows[0];
    });
    expect(role).toEqual({
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolbypassrls: false,
      owned: 0,
    });
  });

  it("does the app's work as the app role: the demo data, a mutation with its audit entry, reads", async () => {
    const { created } = await seedDemoData(appClient);
    expect(created).toBe(true);
    const { updateUnit } = await import("@/lib/units/mutations");
    const { loadCurrentUser } = await import("@/lib/auth/load-current-user");
    const adminRow = await appClient.user.findUniqueOrThrow({ where: { username: "admin" } });
    const admin = await loadCurrentUser(appClient, adminRow.id);
    const unit = await appClient.workUnit.findFirstOrThrow({ where: { level: "REGENCY_CITY" } });
    const result = await updateUnit.execute(admin!, {
      id: unit.id,
      version: String(unit.version),
      name: unit.name,
      shortName: unit.shortName,
      code: unit.code,
      timeZone: unit.timeZone,
      supportStaffQuota: "7",
    });
    expect(result.ok).toBe(true);
    const audit = await appClient.auditLog.findMany({ where: { entityId: unit.id } });
    expect(audit.length).toBeGreaterThan(0);
  });

  it("refuses the app role every change to the audit trail's history and every schema change", async () => {
    const states = await withClient(database.appUrl, async (client) => ({
      update: await sqlState(client, `UPDATE audit_log SET action = action`),
      delete: await sqlState(client, `DELETE FROM audit_log`),
      truncate: await sqlState(client, `TRUNCATE audit_log`),
      replicationRole: await sqlState(client, `SET session_replication_role = replica`),
      disableTrigger: await sqlState(client, `ALTER TABLE audit_log DISABLE TRIGGER ALL`),
      createTable: await sqlState(client, `CREATE TABLE intruder (id int)`),
      dropTable: await sqlState(client, `DROP TABLE official`),
      migrations: await sqlState(client, `SELECT * FROM "_prisma_migrations"`),
      insertAudit: await sqlState(
        client,
        `INSERT INTO audit_log ("actorName", action, "entityType", "entityId") VALUES ('uji', 'ops.check', 'Test', 'x')`,
      ),
    }));
    expect(states).toEqual({
      update: PERMISSION_DENIED,
      delete: PERMISSION_DENIED,
      truncate: PERMISSION_DENIED,
      replicationRole: PERMISSION_DENIED,
      disableTrigger: PERMISSION_DENIED,
      createTable: PERMISSION_DENIED,
      dropTable: PERMISSION_DENIED,
      migrations: PERMISSION_DENIED,
      insertAudit: "ok",
    });
  });

  it("covers tables that a later migration of the owner adds, with their sequences", async () => {
    await withClient(database.ownerUrl, (client) =>
      client.query(`CREATE TABLE later_table (id BIGSERIAL PRIMARY KEY, note TEXT)`),
    );
    const states = await withClient(database.appUrl, async (client) => ({
      insert: await sqlState(client, `INSERT INTO later_table (note) VALUES ('a')`),
      update: await sqlState(client, `UPDATE later_table SET note = 'b'`),
      delete: await sqlState(client, `DELETE FROM later_table`),
      drop: await sqlState(client, `DROP TABLE later_table`),
    }));
    expect(states).toEqual({ insert: "ok", update: "ok", delete: "ok", drop: PERMISSION_DENIED });
  });
});

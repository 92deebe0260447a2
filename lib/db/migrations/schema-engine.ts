import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  mockAdapter,
  mockMigrationAwareAdapterFactory,
  type SqlDriverAdapter,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

/**
 * Prisma's own schema engine, compiled to WebAssembly: the code behind `prisma migrate diff`, usable offline where
 * the native engine binary is not available.
 */

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let engine: Promise<SchemaEngine> | undefined;

/**
 * The SQL `prisma migrate diff --script` writes to turn schema `from` into schema `to` (`from: null` means an empty
 * database). No database is involved. Returns Prisma's "-- This is an empty migration." comment when nothing changed.
 */
export async function diffSchemas(from: string | null, to: string): Promise<string> {
  const schemaEngine = await getEngine();
  const result = await schemaEngine.diff({
    from: from === null ? { tag: "empty" } : datamodel(from),
    to: datamodel(to),
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.stdout ?? "";
}

/** True when a diff script holds nothing but comments (Prisma writes "-- This is an empty migration."). */
export function isEmptyMigration(sql: string): boolean {
  return sql.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("--"));
}

function datamodel(content: string) {
  return { tag: "schemaDatamodel" as const, files: [{ path: "schema.prisma", content }] };
}

function getEngine(): Promise<SchemaEngine> {
  engine ??= createEngine().catch((error: unknown) => {
    engine = undefined; // let the next call try again
    throw error;
  });
  return engine;
}

async function createEngine(): Promise<SchemaEngine> {
  const bindings = await loadWasmBindings();
  return bindings.SchemaEngine.new({ datamodels: undefined }, () => {}, offlineAdapterFactory());
}

/**
 * The package's entry point (`schema_engine.js`) is written for bundlers: it does `import * as wasm from
 * "./schema_engine_bg.wasm"`, which Node cannot load. So we do by hand what a bundler would generate:
 * 1. `schema_engine_bg.js` holds the JS glue; the wasm module imports all its host functions from a module named
 *    "./schema_engine_bg.js", so the glue module itself is the import object's only entry.
 * 2. The glue keeps the instance's exports in a module-level variable that `__wbg_set_wasm` fills in, so the glue
 *    must be this very module instance (one per process, hence the cached `engine`).
 * 3. `__wbindgen_start` runs the Rust side's start function (panic hook, runtime set-up) before any call.
 */
async function loadWasmBindings(): Promise<EngineModule> {
  // Resolved from the project root: this file runs as CommonJS (tsx) and as ESM (Vitest), so neither __filename
  // nor import.meta.url exists in both.
  const require = createRequire(path.join(process.cwd(), "package.json"));
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue: EngineModule = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmBytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(wasmBytes, {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return glue;
}

/**
 * `SchemaEngine.new` connects through the adapter at once and runs one probe query (schema exists? server
 * version?), even for a schema-to-schema diff; with `PrismaPg` it fails when no server is reachable. So we hand it
 * a stub that answers that probe as PostgreSQL 15 (the oldest server we support, so the SQL suits 15 and PGlite's
 * 18) and refuses anything else: a diff that needs a live database is a bug here.
 */
function offlineAdapterFactory() {
  const adapter: SqlDriverAdapter = {
    ...mockAdapter("postgres"),
    queryRaw: async (query) => {
      if (query.sql.includes("server_version_num")) return SERVER_PROBE_ANSWER;
      throw new Error(
        `diffSchemas is offline, but the schema engine tried to query a database: ${query.sql}`,
      );
    },
  };
  return bindMigrationAwareSqlAdapterFactory({
    ...mockMigrationAwareAdapterFactory("postgres"),
    connect: async () => adapter,
    connectToShadowDb: async () => adapter,
  });
}

const SERVER_PROBE_ANSWER: SqlResultSet = {
  columnNames: ["exists", "version", "numeric_version"],
  columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
  rows: [[true, "PostgreSQL 15.0", 150000]],
};

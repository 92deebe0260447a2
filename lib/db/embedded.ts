import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves a PGlite database, kept in `dataDir`, over PostgreSQL's wire protocol on 127.0.0.1:`port`.
 * PGlite has one backend: the server queues queries from several sockets onto it, so every process that
 * connects must use a pool of one connection (see STACK-NOTES.md).
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port: number;
}): Promise<EmbeddedDatabase> {
  mkdirSync(options.dataDir, { recursive: true });
  // pg_trgm backs the officials search's trigram indexes (a migration creates the extension).
  const db = await PGlite.create(options.dataDir, { extensions: { pg_trgm } });
  // Next's server, its build workers and the CLI tools may each hold one connection; leave headroom, because
  // pg reconnects at once after an SQL error and a refused reconnect surfaces as a confusing failure.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port, maxConnections: 16 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

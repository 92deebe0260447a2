import { createConnection } from "node:net";
import path from "node:path";
import { readEnv } from "@/lib/env";
import { startEmbeddedDatabase } from "./embedded";

export interface SelectedDatabase {
  url: string;
  /** Connections each process may open: 1 on the embedded database, which has a single backend. */
  poolMax: number;
  embedded: boolean;
  stop(): Promise<void>;
}

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * The one place that picks the database: DATABASE_URL when set, otherwise the embedded PGlite server.
 * If another process of ours already serves the embedded database (a dev server is running while someone
 * seeds), connect to it rather than opening the same data folder twice.
 */
export async function selectDatabase(): Promise<SelectedDatabase> {
  const env = readEnv();
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, poolMax: env.DATABASE_POOL_MAX, embedded: false, stop: async () => {} };
  }
  const port = env.EMBEDDED_DB_PORT;
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
  if (await isPortOpen(port)) {
    return { url, poolMax: 1, embedded: true, stop: async () => {} };
  }
  const server = await startEmbeddedDatabase({ dataDir: path.resolve(env.EMBEDDED_DB_DIR), port });
  return { url: server.url, poolMax: 1, embedded: true, stop: server.stop };
}

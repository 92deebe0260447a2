/**
 * A PostgreSQL cluster of its own for tests that stop and start the server (never the machine's shared one):
 * `initdb` into a temporary folder on a free port, run as the `postgres` user when we are root (initdb refuses
 * root). Node built-ins only and synchronous, so that Playwright's CommonJS config can use it too.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const BIN_DIRS = ["/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin"];

export interface ThrowawayCluster {
  port: number;
  dir: string;
  /** postgresql://postgres@127.0.0.1:<port>/<database> */
  url(database?: string): string;
  start(): void;
  /** `immediate` is a crash as far as clients see it: every connection cut, the WAL replayed at the next start. */
  stop(mode?: "fast" | "immediate"): void;
  destroy(): void;
}

function binary(name: string): string {
  const dir = BIN_DIRS.find((candidate) => existsSync(path.join(candidate, name)));
  if (!dir) throw new Error(`PostgreSQL's ${name} was not found in ${BIN_DIRS.join(", ")}`);
  return path.join(dir, name);
}

function runAsPostgres(command: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { encoding: "utf8", timeout: 60_000 });
  if (result.status !== 0) {
    throw new Error(
      `${path.basename(command)} failed: ${result.error?.message ?? ""}${result.stderr}${result.stdout}`,
    );
  }
}

/** A free TCP port on 127.0.0.1, found by a short-lived child (this helper stays synchronous). */
function freePort(): number {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim());
}

/** A new cluster, initialised and started. */
export function createThrowawayCluster(): ThrowawayCluster {
  const dir = mkdtempSync(path.join(tmpdir(), "sek-cluster-"));
  if (process.getuid?.() === 0) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString()), 0);
  const port = freePort();
  runAsPostgres(binary("initdb"), [
    "-D",
    path.join(dir, "data"),
    "-U",
    "postgres",
    "-A",
    "trust",
    "--no-sync",
    "-E",
    "UTF8",
  ]);
  const cluster = attachCluster(dir, port);
  cluster.start();
  return cluster;
}

/** A cluster made by createThrowawayCluster, from another process (its folder and port). */
export function attachCluster(dir: string, port: number): ThrowawayCluster {
  const data = path.join(dir, "data");
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  const cluster: ThrowawayCluster = {
    port,
    dir,
    url: (database = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    start: () =>
      runAsPostgres(binary("pg_ctl"), [
        "-D",
        data,
        "-o",
        options,
        "-l",
        path.join(dir, "log"),
        "-w",
        "start",
      ]),
    stop: (mode = "fast") => runAsPostgres(binary("pg_ctl"), ["-D", data, "-m", mode, "-w", "stop"]),
    destroy() {
      try {
        cluster.stop("immediate");
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}

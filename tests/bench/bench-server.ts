/**
 * One production server of the bench: `next start` of the build on one scale's database, the SQL statements it
 * logs (the `[sql]` lines of lib/db/client.ts under BENCH_LOG_STATEMENTS), and the requests the bench sends it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import { withHeapLimit } from "@/lib/cli/heap-limit";
import { readEnv } from "@/lib/env";
import { BENCH_PASSWORD } from "./national-data";

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every server started and not stopped yet, so that an interrupted run can stop them (`stopAllServers`). */
const running = new Set<ChildProcess>();

/** Stops the process group of a server, if it is still running. */
function stopGroup(child: ChildProcess): void {
  running.delete(child);
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    /* already gone */
  }
}

/** Stops every server at once, synchronously: for a run interrupted by a signal. */
export function stopAllServers(): void {
  for (const child of running) stopGroup(child);
}

export interface Probe {
  status: number;
  bytes: number;
  statements: number;
  /** The body, for HTML only. */
  body: string;
  /** Where a redirect points. */
  location: string | null;
}

/** The response times of a closed loop, in ms, and how many failed. */
export interface LoadResult {
  times: number[];
  errors: number;
}

export class BenchServer {
  readonly base: string;
  private child: ChildProcess | undefined;
  private statementLines = 0;
  private lastLineAt = 0;
  /** The end of the last chunk of output: a `[sql]` marker may be split across two chunks. */
  private outputTail = "";

  constructor(
    readonly scale: string,
    private readonly port: number,
    private readonly dist: string,
    private readonly databaseUrl: string,
  ) {
    this.base = `http://127.0.0.1:${port}`;
  }

  get pid(): number {
    if (!this.child?.pid) throw new Error(`the ${this.scale} server is not running`);
    return this.child.pid;
  }

  async start(): Promise<void> {
    // A server left over from an interrupted run would answer in this one's place.
    if (await this.answers()) throw new Error(`port ${this.port} is in use: stop what listens there first`);
    this.child = spawn(
      process.execPath,
      ["node_modules/next/dist/bin/next", "start", "-p", String(this.port)],
      {
        env: {
          ...process.env,
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
          NEXT_DIST_DIR: this.dist,
          DATABASE_URL: this.databaseUrl,
          DATABASE_POOL_MAX: "10",
          NEXTAUTH_URL: this.base,
          NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789",
          BENCH_LOG_STATEMENTS: "1",
          // The heap limit `npm start` sets (lib/cli/with-database.ts): the bench measures the server as shipped.
          NODE_OPTIONS: withHeapLimit(process.env.NODE_OPTIONS, readEnv().SERVER_HEAP_MB),
        },
        stdio: ["ignore", "pipe", "inherit"],
        // Its own process group, so that stopping it also stops whatever it forked.
        detached: true,
      },
    );
    running.add(this.child);
    this.child.stdout!.setEncoding("utf8");
    this.child.stdout!.on("data", (chunk: string) => {
      const text = this.outputTail + chunk;
      // Shorter than the marker, so a marker is never counted twice.
      this.outputTail = text.slice(-4);
      const count = text.split("[sql]").length - 1;
      if (count) {
        this.statementLines += count;
        this.lastLineAt = performance.now();
      }
    });
    const child = this.child;
    for (let i = 0; i < 240; i++) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`the ${this.scale} server exited (${child.exitCode ?? child.signalCode})`);
      if (await this.answers()) return;
      await sleep(500);
    }
    throw new Error(`the ${this.scale} server did not answer within 2 minutes`);
  }

  private async answers(): Promise<boolean> {
    try {
      return (await fetch(`${this.base}/icon.svg`)).ok;
    } catch {
      return false;
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child) return;
    stopGroup(child);
    await sleep(1000);
  }

  /** Waits until the server has written no statement line for 150 ms. */
  private async settle(): Promise<void> {
    await sleep(150);
    while (performance.now() - this.lastLineAt < 150) await sleep(50);
  }

  /** One request alone, not followed (like autocannon: a redirect is timed as the redirect). */
  async probe(urlPath: string, cookie?: string): Promise<Probe> {
    await this.settle();
    const before = this.statementLines;
    const response = await fetch(this.base + urlPath, {
      headers: cookie ? { Cookie: cookie } : {},
      redirect: "manual",
    });
    const buffer = Buffer.from(await response.arrayBuffer());
    await this.settle();
    const type = response.headers.get("content-type") ?? "";
    return {
      status: response.status,
      bytes: buffer.length,
      statements: this.statementLines - before,
      body: type.includes("html") ? buffer.toString("utf8") : "",
      location: response.headers.get("location"),
    };
  }

  async signIn(username: string): Promise<string> {
    const csrf = await fetch(`${this.base}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((cookie) => cookie.split(";")[0])
      .join("; ");
    const response = await fetch(`${this.base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie, Origin: this.base },
      body: new URLSearchParams({
        csrfToken,
        username,
        password: BENCH_PASSWORD,
        callbackUrl: `${this.base}/`,
        json: "true",
      }),
    });
    const session = response.headers
      .getSetCookie()
      .map((cookie) => cookie.split(";")[0]!)
      .find((cookie) => cookie.includes("session-token"));
    if (!session) throw new Error(`sign-in of ${username} on ${this.scale} failed (${response.status})`);
    return session;
  }

  /** A closed loop of `connections` clients until `amount` responses. */
  async load(urlPath: string, connections: number, amount: number, cookie?: string): Promise<LoadResult> {
    const times: number[] = [];
    let errors = 0;
    const instance = autocannon({
      url: this.base + urlPath,
      connections,
      amount,
      timeout: 120,
      headers: cookie ? { cookie } : {},
    });
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      times.push(responseTime);
      if (statusCode >= 400) errors++;
    });
    const result = await instance;
    return { times, errors: errors + result.errors + result.timeouts };
  }

  /** Downloads a file whole; its time in ms and size. */
  async download(urlPath: string, cookie: string): Promise<{ ms: number; bytes: number }> {
    const started = performance.now();
    const response = await fetch(this.base + urlPath, { headers: { Cookie: cookie } });
    const bytes = (await response.arrayBuffer()).byteLength;
    if (!response.ok) throw new Error(`${urlPath} on ${this.scale}: ${response.status}`);
    return { ms: performance.now() - started, bytes };
  }
}

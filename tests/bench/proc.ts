/**
 * What the bench reads from /proc: a process tree, its resident memory, and the CPU time used by it and by
 * PostgreSQL's processes.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** CPU time in ms: the server's process tree, and PostgreSQL's processes. */
export interface CpuMs {
  server: number;
  database: number;
}

/** What the server's tree and every PostgreSQL process have used so far, per process. */
export type CpuSample = { server: Map<number, number>; database: Map<number, number> };

function processIds(): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

/** The process and its children (Next may fork). */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of processIds()) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), entry]);
    } catch {
      /* gone */
    }
  }
  const tree: number[] = [];
  const visit = (id: number) => {
    tree.push(id);
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(pid);
  return tree;
}

/** RSS of the process and its children, in MB. */
export function treeRssMb(pid: number): number {
  let kb = 0;
  for (const id of processTree(pid)) {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, "utf8"));
      kb += Number(match?.[1] ?? 0);
    } catch {
      /* gone */
    }
  }
  return kb / 1024;
}

/** Clock ticks per second, in which /proc counts CPU time. */
const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

/** CPU time (user and system) used so far by a process, in ms, or nothing for a process gone. */
function cpuMsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

export function sampleCpu(serverPid: number): CpuSample {
  const read = (pids: number[]) => {
    const used = new Map<number, number>();
    for (const pid of pids) {
      const ms = cpuMsOf(pid);
      if (ms !== undefined) used.set(pid, ms);
    }
    return used;
  };
  const database = processIds().filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, "utf8").startsWith("postgres");
    } catch {
      return false;
    }
  });
  return { server: read(processTree(serverPid)), database: read(database) };
}

/**
 * CPU ms used between two samples, by the server and by PostgreSQL (every PostgreSQL process on the machine: the bench
 * expects to run alone, and only one of its servers has requests in flight at a time). A process that ended in between
 * is lost (PostgreSQL's idle connections close after a while), one that began counts whole.
 */
export function cpuBetween(before: CpuSample, after: CpuSample): CpuMs {
  const used = (from: Map<number, number>, to: Map<number, number>) =>
    [...to].reduce((sum, [pid, ms]) => sum + ms - (from.get(pid) ?? 0), 0);
  return { server: used(before.server, after.server), database: used(before.database, after.database) };
}

/** "server + database" ms, one decimal each. */
export const formatCpu = ({ server, database }: CpuMs) => `${server.toFixed(1)} + ${database.toFixed(1)}`;

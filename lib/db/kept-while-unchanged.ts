import "server-only";
import { prisma } from "./client";

const MAX_KEPT = 256;
const kept = new Map<string, { snapshot: string; value: unknown }>();

/**
 * A figure that is costly at national scope (a count over tens of thousands of rows), read again only once the
 * database has changed (issue 13). The test is PostgreSQL's own snapshot (`pg_current_snapshot()`): it moves when
 * any transaction that wrote ends, on any instance, and pure reads leave it alone. The same snapshot therefore
 * means the same committed data. A snapshot taken before reading the figure is stored with it; a write that lands
 * while the figure is read moves every later snapshot past it, so that figure is never served.
 *
 * Costs one small statement where the figure took several milliseconds. When something is written between two
 * requests, the figure is simply read again. `key` names the figure and everything else it depends on (the scope,
 * the day). The value is shared between requests: callers must not change it.
 */
export async function keptWhileUnchanged<T>(key: string, read: () => Promise<T>): Promise<T> {
  const [row] = await prisma.$queryRaw<
    { snapshot: string }[]
  >`SELECT pg_current_snapshot()::text AS snapshot`;
  const snapshot = row!.snapshot;
  const entry = kept.get(key);
  // Each key used goes to the end of the map, so that the first one is the least recently used.
  kept.delete(key);
  if (entry?.snapshot === snapshot) {
    kept.set(key, entry);
    return entry.value as T;
  }
  const value = await read();
  kept.set(key, { snapshot, value });
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
  return value;
}

/**
 * Prisma's schema engine wraps some steps (recreating an enum) in `BEGIN;` … `COMMIT;`. The runner already applies
 * each migration in one transaction with its history row; an inner COMMIT would end that transaction halfway, so a
 * failure after it would leave a half-applied migration and two runners could both apply it. The lines go.
 */
export function withoutOwnTransaction(sql: string): string {
  return sql
    .split("\n")
    .filter((line) => !/^\s*(BEGIN|COMMIT)\s*;\s*$/i.test(line))
    .join("\n");
}

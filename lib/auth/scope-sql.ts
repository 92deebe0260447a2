/**
 * The user's scope for raw SQL reads (auth/scope.ts has the Prisma forms). Apart from scope.ts, which the policy
 * and the end-to-end tests import without Prisma's runtime.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { ScopedUser } from "./scope";

/** The scope as a SQL condition on `column` (a unit id), for raw reads. */
export function inScopeSql(user: ScopedUser, column: Prisma.Sql): Prisma.Sql {
  return user.scopeCoversAllUnits
    ? Prisma.sql`TRUE`
    : Prisma.sql`${column} = ANY(${[...user.scopeUnitIds]}::text[])`;
}

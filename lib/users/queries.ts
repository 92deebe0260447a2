import "server-only";
import { inScope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pickerSearchCondition } from "@/lib/officials/search-terms";
import type { AccountListParams } from "./list-params";

export const ACCOUNTS_PER_PAGE = 50;

function matching(q: string | undefined): Prisma.UserWhereInput {
  if (!q) return {};
  return {
    OR: [
      { displayName: { contains: q, mode: "insensitive" } },
      { username: { contains: q.toLowerCase() } },
      { official: { nip: { contains: q.replace(/\s/g, "") } } },
    ],
  };
}

/** The accounts of the user's units, by unit then name, one page at a time. */
export async function listAccounts(user: CurrentUser, params: AccountListParams) {
  const where: Prisma.UserWhereInput = { ...inScope(user), ...matching(params.q) };
  const total = await prisma.user.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ACCOUNTS_PER_PAGE));
  const page = Math.min(params.page, pageCount);
  const rows = await prisma.user.findMany({
    where,
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      active: true,
      mustChangePassword: true,
      lastLoginAt: true,
      unit: { select: { shortName: true } },
    },
    orderBy: [{ unit: { level: "asc" } }, { unit: { name: "asc" } }, { displayName: "asc" }, { id: "asc" }],
    skip: (page - 1) * ACCOUNTS_PER_PAGE,
    take: ACCOUNTS_PER_PAGE,
  });
  return { rows, total, page, pageCount };
}

export type AccountRow = Awaited<ReturnType<typeof listAccounts>>["rows"][number];

/** One account in the user's scope, or null (unknown and out of reach alike). */
export async function findAccount(user: CurrentUser, id: string) {
  const account = await prisma.user.findUnique({
    where: { id },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      unitId: true,
      active: true,
      mustChangePassword: true,
      lastLoginAt: true,
      version: true,
      unit: { select: { name: true } },
      official: { select: { id: true, name: true, nip: true } },
    },
  });
  return account && user.scopeUnitIds.has(account.unitId) ? account : null;
}

/** Officials in the user's scope without an account, by name or NIP: whom a new account can be made for. */
export async function findOfficialsWithoutAccount(user: CurrentUser, q: string) {
  const search = pickerSearchCondition(q);
  if (!search) return [];
  return prisma.official.findMany({
    where: {
      ...inScope(user),
      user: null,
      status: "ACTIVE",
      ...search,
    },
    select: { id: true, name: true, nip: true, unit: { select: { shortName: true } } },
    orderBy: [{ sortName: "asc" }, { id: "asc" }],
    take: 20,
  });
}

/** The official a new account is for, in the user's scope, with the account they may already have. */
export async function findOfficialForAccount(user: CurrentUser, id: string) {
  const official = await prisma.official.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      nip: true,
      unitId: true,
      unit: { select: { name: true } },
      user: { select: { id: true, username: true } },
    },
  });
  return official && user.scopeUnitIds.has(official.unitId) ? official : null;
}

/** Reads of the ceremonies (pelantikan): the list, one ceremony with its appointees, what may be added to it. */
import "server-only";
import { inScope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { appointeeRows } from "./appointee-rows";

type ScopedUser = Pick<CurrentUser, "scopeUnitIds">;

export const CEREMONIES_PAGE_SIZE = 10;

/**
 * A page of the ceremonies of the user's scope, the coming ones first, then the past, newest first. Paged, so that
 * every ceremony stays reachable and the page weighs the same with 38 provinces' ceremonies as with one's.
 */
export async function listInaugurations(user: ScopedUser, page: number) {
  const where = inScope(user);
  const [rows, total] = await Promise.all([
    prisma.inauguration.findMany({
      where,
      select: {
        id: true,
        title: true,
        scheduledAt: true,
        mode: true,
        status: true,
        unit: { select: { shortName: true } },
        _count: { select: { appointees: true } },
      },
      orderBy: [{ status: "asc" }, { scheduledAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * CEREMONIES_PAGE_SIZE,
      take: CEREMONIES_PAGE_SIZE,
    }),
    prisma.inauguration.count({ where }),
  ]);
  return { rows, total };
}

/** The next planned ceremony in scope (home page). */
export async function nextInauguration(user: ScopedUser) {
  return prisma.inauguration.findFirst({
    where: { ...inScope(user), status: "PLANNED" },
    select: { id: true, title: true, scheduledAt: true, _count: { select: { appointees: true } } },
    orderBy: { scheduledAt: "asc" },
  });
}

/** One ceremony in scope with its appointees' table and its minutes, or null. */
export async function getInauguration(user: ScopedUser, id: string) {
  const ceremony = await prisma.inauguration.findFirst({
    where: { id, ...inScope(user) },
    include: {
      unit: { select: { name: true, shortName: true, timeZone: true } },
      minutes: { orderBy: { revision: "desc" } },
    },
  });
  if (!ceremony) return null;
  return { ...ceremony, rows: await appointeeRows(prisma, ceremony) };
}

/** Approved proposals in scope that no ceremony holds yet: what "Tambahkan ke daftar" offers. */
export async function availableAppointees(user: ScopedUser) {
  return prisma.appointmentProposal.findMany({
    where: { ...inScope(user), status: "APPROVED", inaugurationId: null },
    select: {
      id: true,
      unit: { select: { shortName: true } },
      position: { select: { title: true } },
      official: { select: { name: true } },
      decree: { select: { number: true } },
    },
    orderBy: [{ unit: { name: "asc" } }, { official: { sortName: "asc" } }],
  });
}

/** Ceremonies an official took part in (their record page). */
export async function inaugurationsOfOfficial(user: ScopedUser, officialId: string) {
  return prisma.inaugurationAppointee.findMany({
    where: { proposal: { officialId }, inauguration: inScope(user) },
    select: {
      attendance: true,
      inauguration: { select: { id: true, title: true, scheduledAt: true, status: true } },
    },
    orderBy: { inauguration: { scheduledAt: "desc" } },
  });
}

import "server-only";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import { defineMutation, type MutationContext } from "@/lib/actions/mutation";
import { assertVersion } from "@/lib/actions/stale";
import { hashPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/auth/types";
import { lockRow } from "@/lib/db/lock-row";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { accountKeysSchema, createAccountSchema, updateAccountSchema } from "./schemas";
import { temporaryPassword } from "./temporary-password";

const ACCOUNT_ERRORS = "users.errors";

/** What the audit log keeps of an account: never its password hash. */
const AUDITED = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  unitId: true,
  officialId: true,
  active: true,
  mustChangePassword: true,
  version: true,
} satisfies Prisma.UserSelect;

type Tx = Prisma.TransactionClient;

/** Only an administrator makes or manages an administrator; a secretary manages the other roles. */
function assertMayAssign(user: CurrentUser, role: Role): void {
  if (role === "ADMINISTRATOR" && user.role !== "ADMINISTRATOR")
    throw new DomainError(`${ACCOUNT_ERRORS}.administratorRole`, {}, "role");
}

/** The stored account, locked, in the user's scope, at the version the form was opened at. */
async function lockAccount(context: MutationContext<{ id: string; version: number }>) {
  const { tx, user, input, authorize } = context;
  await lockRow(tx, "app_user", input.id);
  const before = await tx.user.findUnique({ where: { id: input.id }, select: AUDITED });
  if (!before) throw new NotFoundError("User");
  authorize({ unitId: before.unitId });
  if (before.role === "ADMINISTRATOR" && user.role !== "ADMINISTRATOR")
    throw new DomainError(`${ACCOUNT_ERRORS}.administratorAccount`);
  await assertVersion(tx, "User", before, input.version);
  return before;
}

async function resetPasswordTo(tx: Tx, id: string, username: string) {
  const password = temporaryPassword(username);
  const after = await tx.user.update({
    where: { id },
    data: {
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
      // The old password's sessions end with it.
      sessionVersion: { increment: 1 },
      version: { increment: 1 },
    },
    select: AUDITED,
  });
  return { after, password };
}

/**
 * A new account (akun) for an official in the user's scope, at the official's unit unless another in scope is
 * chosen. It signs in with a temporary password, shown once, and must choose its own first.
 */
export const createAccount = defineMutation({
  action: "user.manage",
  schema: createAccountSchema,
  async run({ tx, user, input, authorize, audit }) {
    const official = await tx.official.findUnique({
      where: { id: input.officialId },
      select: { id: true, name: true, unitId: true },
    });
    if (!official) throw new NotFoundError("Official");
    authorize({ unitId: official.unitId });
    const unitId = input.unitId ?? official.unitId;
    authorize({ unitId });
    assertMayAssign(user, input.role);
    if (await tx.user.findUnique({ where: { officialId: official.id }, select: { id: true } }))
      throw new DomainError("uniqueness.officialAccount", {}, "officialId");
    if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } }))
      throw new DomainError("uniqueness.username", { username: input.username }, "username");
    const password = temporaryPassword(input.username);
    const created = await tx.user.create({
      data: {
        username: input.username,
        displayName: official.name,
        passwordHash: await hashPassword(password),
        role: input.role,
        unitId,
        officialId: official.id,
        mustChangePassword: true,
      },
      select: AUDITED,
    });
    await audit({ action: "user.create", entityType: "User", entityId: created.id, unitId, after: created });
    return { id: created.id, username: created.username, temporaryPassword: password };
  },
});

/** Role and home unit of an account; a change ends the account's sessions. Nobody changes their own. */
export const updateAccount = defineMutation({
  action: "user.manage",
  schema: updateAccountSchema,
  async run(context) {
    const { tx, user, input, authorize, audit } = context;
    const before = await lockAccount(context);
    // Saving the form unchanged, or a second administrator making the same change a moment later.
    if (before.role === input.role && before.unitId === input.unitId) {
      throw new DomainError(`${ACCOUNT_ERRORS}.nothingChanged`, {}, "role");
    }
    if (before.id === user.id) throw new DomainError(`${ACCOUNT_ERRORS}.ownRole`, {}, "role");
    authorize({ unitId: input.unitId });
    assertMayAssign(user, input.role);
    const after = await tx.user.update({
      where: { id: before.id, version: input.version },
      data: {
        role: input.role,
        unitId: input.unitId,
        sessionVersion: { increment: 1 },
        version: { increment: 1 },
      },
      select: AUDITED,
    });
    await audit({
      action: "user.update",
      entityType: "User",
      entityId: after.id,
      unitId: after.unitId,
      before,
      after,
    });
    return { id: after.id };
  },
});

/**
 * A new temporary password for a user who forgot theirs: shown once, to be changed at the next sign-in; every
 * session of the account ends. One's own password is changed on the account page instead.
 */
export const resetPassword = defineMutation({
  action: "user.manage",
  schema: accountKeysSchema,
  async run(context) {
    const { tx, user, audit } = context;
    const before = await lockAccount(context);
    if (before.id === user.id) throw new DomainError(`${ACCOUNT_ERRORS}.ownPasswordReset`);
    const { after, password } = await resetPasswordTo(tx, before.id, before.username);
    await audit({
      action: "user.resetPassword",
      entityType: "User",
      entityId: after.id,
      unitId: after.unitId,
      before,
      after,
    });
    return { id: after.id, temporaryPassword: password };
  },
});

function setActive(active: boolean) {
  return defineMutation({
    action: "user.manage",
    schema: accountKeysSchema,
    async run(context) {
      const { tx, user, audit } = context;
      const before = await lockAccount(context);
      if (before.id === user.id) throw new DomainError(`${ACCOUNT_ERRORS}.ownAccount`);
      // Already so: another administrator got there first, or the page was out of date.
      if (before.active === active) {
        throw new DomainError(`${ACCOUNT_ERRORS}.${active ? "alreadyActive" : "alreadyInactive"}`);
      }
      const after = await tx.user.update({
        where: { id: before.id },
        // Deactivating ends every session; reactivating starts from a new version too, so no old cookie returns.
        data: { active, sessionVersion: { increment: 1 }, version: { increment: 1 } },
        select: AUDITED,
      });
      await audit({
        action: active ? "user.reactivate" : "user.deactivate",
        entityType: "User",
        entityId: after.id,
        unitId: after.unitId,
        before,
        after,
      });
      return { id: after.id };
    },
  });
}

/** Nonaktifkan: the account can no longer sign in, and its open sessions end. */
export const deactivateAccount = setActive(false);
/** Aktifkan kembali: the account may sign in again (old sessions stay ended). */
export const reactivateAccount = setActive(true);

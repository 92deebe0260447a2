import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { loadCurrentUser } from "@/lib/auth/load-current-user";
import { authOptions } from "@/lib/auth/options";
import { verifyPassword } from "@/lib/auth/password";
import { readClaims } from "@/lib/auth/sessions";
import { endSessionOnSignOut } from "@/lib/auth/sign-out";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/translate";
import { messagesFor } from "@/lib/i18n/messages";
import { runTemporaryPasswordForm } from "@/lib/users/form-actions";
import { passwordProblem } from "@/lib/users/password-rule";
import {
  changeOwnPassword,
  createAccount,
  deactivateAccount,
  reactivateAccount,
  resetPassword,
  updateAccount,
} from "@/lib/users/mutations";
import * as factory from "./db-utils";

async function userAt(role: Role, unitId: string) {
  return factory.currentUser((await factory.createUser({ role, unitId })).id);
}

function auditOf(entityId: string) {
  return prisma.auditLog.findMany({ where: { entityType: "User", entityId }, orderBy: { id: "asc" } });
}

function stored(id: string) {
  return prisma.user.findUniqueOrThrow({ where: { id } });
}

function keys(account: { id: string; version: number }) {
  return { id: account.id, version: String(account.version) };
}

/** The token next-auth mints at sign-in, through the app's own jwt callback. */
/** A sign-in as next-auth makes it: authorize() reads the session version with the password hash, jwt() mints. */
async function signIn(userId: string) {
  const jwt = authOptions.callbacks!.jwt!;
  const { sessionVersion } = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { sessionVersion: true },
  });
  const token = await jwt({ token: {}, user: { id: userId, sessionVersion }, account: null } as Parameters<
    typeof jwt
  >[0]);
  const claims = readClaims(token);
  if (!claims) throw new Error("no claims minted");
  return claims;
}

/** What the request that loads the user makes of a token: the user, or null when the session has ended. */
function sessionOf(claims: { userId: string; sessionVersion: number }) {
  return loadCurrentUser(prisma, claims.userId, claims);
}

function expectNoSecrets(entries: { before: unknown; after: unknown }[], ...secrets: string[]) {
  const text = JSON.stringify(entries.map((entry) => [entry.before, entry.after]));
  expect(text).not.toContain("passwordHash");
  expect(text).not.toContain("$2");
  for (const secret of secrets) expect(text).not.toContain(secret);
}

async function world() {
  const { province, regencyA, regencyB } = await factory.createProvinceWithRegencies();
  const admin = await userAt("ADMINISTRATOR", province.id);
  const secretaryA = await userAt("SECRETARY", regencyA.id);
  const officialA = await factory.createOfficial(regencyA.id);
  const officialB = await factory.createOfficial(regencyB.id);
  return { province, regencyA, regencyB, admin, secretaryA, officialA, officialB };
}

function newUsername() {
  return `akun.${factory.uniqueSuffix()}`;
}

describe("creating an account", () => {
  it("an administrator creates one for an official, with a temporary password shown once and audited without it", async () => {
    const { admin, officialA, regencyA } = await world();
    const username = newUsername();

    const result = await createAccount.execute(admin, {
      officialId: officialA.id,
      username: ` ${username.toUpperCase()} `,
      role: "STAFF",
    });

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const account = await stored(result.data.id);
    expect(account).toMatchObject({
      username,
      displayName: officialA.name,
      role: "STAFF",
      unitId: regencyA.id,
      officialId: officialA.id,
      active: true,
      mustChangePassword: true,
    });
    expect(await verifyPassword(result.data.temporaryPassword, account.passwordHash)).toBe(true);
    expect(passwordProblem(result.data.temporaryPassword, username)).toBeNull();
    const audit = await auditOf(account.id);
    expect(audit.map((entry) => entry.action)).toEqual(["user.create"]);
    expect(audit[0]).toMatchObject({ actorId: admin.id, unitId: regencyA.id });
    expectNoSecrets(audit, result.data.temporaryPassword);
  });

  it("a regency secretary creates accounts in their own unit only, never an administrator", async () => {
    const { secretaryA, officialA, officialB, regencyB, province } = await world();

    const own = await createAccount.execute(secretaryA, {
      officialId: officialA.id,
      username: newUsername(),
      role: "SECRETARY",
    });
    expect(own.ok).toBe(true);

    const otherRegency = await createAccount.execute(secretaryA, {
      officialId: officialB.id,
      username: newUsername(),
      role: "STAFF",
    });
    expect(otherRegency).toEqual({ ok: false, code: "notFound" });

    const official = await factory.createOfficial(secretaryA.unit.id);
    const elsewhere = await createAccount.execute(secretaryA, {
      officialId: official.id,
      username: newUsername(),
      role: "STAFF",
      unitId: regencyB.id,
    });
    expect(elsewhere).toEqual({ ok: false, code: "notFound" });
    const upward = await createAccount.execute(secretaryA, {
      officialId: official.id,
      username: newUsername(),
      role: "STAFF",
      unitId: province.id,
    });
    expect(upward).toEqual({ ok: false, code: "notFound" });

    const administrator = await createAccount.execute(secretaryA, {
      officialId: official.id,
      username: newUsername(),
      role: "ADMINISTRATOR",
    });
    expect(administrator).toMatchObject({
      ok: false,
      reason: "users.errors.administratorRole",
      field: "role",
    });
    expect(await prisma.user.count({ where: { officialId: official.id } })).toBe(0);
  });

  it("staff and viewers may not manage accounts at all", async () => {
    const { regencyA, officialA } = await world();
    for (const role of ["STAFF", "VIEWER"] as const) {
      const user = await userAt(role, regencyA.id);
      const result = await createAccount.execute(user, {
        officialId: officialA.id,
        username: newUsername(),
        role: "VIEWER",
      });
      expect(result).toEqual({ ok: false, code: "forbidden" });
    }
    expect(await prisma.user.count({ where: { officialId: officialA.id } })).toBe(0);
  });

  it("refuses a taken username, an official who has an account, and a malformed username", async () => {
    const { admin, officialA, regencyA } = await world();
    const username = newUsername();
    expect(
      (await createAccount.execute(admin, { officialId: officialA.id, username, role: "STAFF" })).ok,
    ).toBe(true);

    const second = await factory.createOfficial(regencyA.id);
    expect(
      await createAccount.execute(admin, { officialId: second.id, username, role: "STAFF" }),
    ).toMatchObject({
      ok: false,
      reason: "uniqueness.username",
      field: "username",
    });
    expect(
      await createAccount.execute(admin, {
        officialId: officialA.id,
        username: newUsername(),
        role: "STAFF",
      }),
    ).toMatchObject({ ok: false, reason: "uniqueness.officialAccount", field: "officialId" });
    const malformed = await createAccount.execute(admin, {
      officialId: second.id,
      username: "a b\u0000",
      role: "STAFF",
    });
    expect(malformed).toMatchObject({ ok: false, code: "validation" });
    expect(await prisma.user.count({ where: { officialId: second.id } })).toBe(0);
  });

  it("two administrators taking the same username at once: one account, one clear refusal", async () => {
    const { admin, regencyA } = await world();
    const [first, second] = await Promise.all([
      factory.createOfficial(regencyA.id),
      factory.createOfficial(regencyA.id),
    ]);
    const username = newUsername();

    const results = await Promise.all(
      [first, second].map((official) =>
        createAccount.execute(admin, { officialId: official.id, username, role: "STAFF" }),
      ),
    );

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ reason: "uniqueness.username" });
    expect(await prisma.user.count({ where: { username } })).toBe(1);
  });
});

describe("changing an account", () => {
  async function accountFor(admin: CurrentUser, unitId: string, role: Role = "STAFF") {
    const official = await factory.createOfficial(unitId);
    const result = await createAccount.execute(admin, {
      officialId: official.id,
      username: newUsername(),
      role,
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return stored(result.data.id);
  }

  it("a role change ends the user's sessions: a token minted before is refused, a new sign-in works", async () => {
    const { admin, regencyA } = await world();
    const account = await accountFor(admin, regencyA.id);
    const before = await signIn(account.id);
    expect(await sessionOf(before)).not.toBeNull();

    const result = await updateAccount.execute(admin, {
      ...keys(account),
      role: "VIEWER",
      unitId: regencyA.id,
    });

    expect(result.ok).toBe(true);
    expect(await sessionOf(before)).toBeNull();
    const after = await signIn(account.id);
    expect(await sessionOf(after)).toMatchObject({ role: "VIEWER" });
    const audit = await auditOf(account.id);
    expect(audit.at(-1)).toMatchObject({ action: "user.update" });
    expect(audit.at(-1)?.before).toMatchObject({ role: "STAFF" });
    expect(audit.at(-1)?.after).toMatchObject({ role: "VIEWER" });
    expectNoSecrets(audit);
  });

  it("a unit change stays in scope, and a stale form is refused", async () => {
    const { admin, secretaryA, regencyA, regencyB } = await world();
    const account = await accountFor(admin, regencyA.id);

    expect(
      await updateAccount.execute(secretaryA, { ...keys(account), role: "STAFF", unitId: regencyB.id }),
    ).toEqual({ ok: false, code: "notFound" });
    const moved = await updateAccount.execute(admin, {
      ...keys(account),
      role: "STAFF",
      unitId: regencyB.id,
    });
    expect(moved.ok).toBe(true);
    expect((await stored(account.id)).unitId).toBe(regencyB.id);

    const stale = await updateAccount.execute(admin, {
      ...keys(account),
      role: "VIEWER",
      unitId: regencyB.id,
    });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    expect((await stored(account.id)).role).toBe("STAFF");
  });

  it("a secretary cannot promote to administrator nor touch an administrator's account", async () => {
    const { admin, secretaryA, regencyA } = await world();
    const staff = await accountFor(admin, regencyA.id);
    const administrator = await accountFor(admin, regencyA.id, "ADMINISTRATOR");

    expect(
      await updateAccount.execute(secretaryA, { ...keys(staff), role: "ADMINISTRATOR", unitId: regencyA.id }),
    ).toMatchObject({ ok: false, reason: "users.errors.administratorRole" });
    for (const mutation of [resetPassword, deactivateAccount]) {
      expect(await mutation.execute(secretaryA, keys(administrator))).toMatchObject({
        ok: false,
        reason: "users.errors.administratorAccount",
      });
    }
    expect(await stored(administrator.id)).toMatchObject({ active: true, version: administrator.version });
  });

  it("nobody demotes, moves, deactivates or resets themselves into a lock-out", async () => {
    const { admin, province } = await world();
    const me = await stored(admin.id);

    expect(
      await updateAccount.execute(admin, { ...keys(me), role: "STAFF", unitId: province.id }),
    ).toMatchObject({ ok: false, reason: "users.errors.ownRole" });
    expect(await deactivateAccount.execute(admin, keys(me))).toMatchObject({
      ok: false,
      reason: "users.errors.ownAccount",
    });
    expect(await resetPassword.execute(admin, keys(me))).toMatchObject({
      ok: false,
      reason: "users.errors.ownPasswordReset",
    });
    expect(await stored(admin.id)).toMatchObject({
      role: "ADMINISTRATOR",
      active: true,
      version: me.version,
    });
  });

  it("a reset gives a new temporary password, to be changed at sign-in, and ends the sessions", async () => {
    const { admin, secretaryA, regencyA } = await world();
    const account = await accountFor(admin, regencyA.id);
    await prisma.user.update({ where: { id: account.id }, data: { mustChangePassword: false } });
    const session = await signIn(account.id);

    const result = await resetPassword.execute(secretaryA, keys(account));

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const after = await stored(account.id);
    expect(after.mustChangePassword).toBe(true);
    expect(await verifyPassword(result.data.temporaryPassword, after.passwordHash)).toBe(true);
    expect(await sessionOf(session)).toBeNull();
    const audit = await auditOf(account.id);
    expect(audit.at(-1)).toMatchObject({ action: "user.resetPassword", actorId: secretaryA.id });
    expectNoSecrets(audit, result.data.temporaryPassword);
  });

  it("deactivating ends the open session; reactivating does not revive it", async () => {
    const { admin, secretaryA, regencyA } = await world();
    const account = await accountFor(admin, regencyA.id);
    const session = await signIn(account.id);

    expect((await deactivateAccount.execute(secretaryA, keys(account))).ok).toBe(true);
    expect(await sessionOf(session)).toBeNull();
    expect(await sessionOf(await signIn(account.id))).toBeNull();

    expect((await reactivateAccount.execute(secretaryA, keys(await stored(account.id)))).ok).toBe(true);
    expect(await sessionOf(session)).toBeNull();
    expect(await sessionOf(await signIn(account.id))).not.toBeNull();
    expect((await auditOf(account.id)).map((entry) => entry.action)).toEqual([
      "user.create",
      "user.deactivate",
      "user.reactivate",
    ]);
  });

  it("answers in words, never a crash: the same role and unit, a second deactivation, a second reactivation", async () => {
    const { admin, secretaryA, regencyA } = await world();
    const account = await accountFor(admin, regencyA.id);
    const current = await stored(account.id);

    expect(
      await updateAccount.execute(admin, { ...keys(current), role: current.role, unitId: current.unitId }),
    ).toMatchObject({ ok: false, code: "domain", reason: "users.errors.nothingChanged", field: "role" });
    expect(await reactivateAccount.execute(secretaryA, keys(current))).toMatchObject({
      ok: false,
      reason: "users.errors.alreadyActive",
    });
    expect((await deactivateAccount.execute(secretaryA, keys(current))).ok).toBe(true);
    // A second administrator acting on the page they opened before: told, not a 500.
    expect(await deactivateAccount.execute(admin, keys(await stored(account.id)))).toMatchObject({
      ok: false,
      reason: "users.errors.alreadyInactive",
    });
    expect((await auditOf(account.id)).map((entry) => entry.action)).toEqual([
      "user.create",
      "user.deactivate",
    ]);
  });
});

describe("one's own password", () => {
  async function ownAccount() {
    const unit = await factory.createUnit();
    const created = await factory.createUser({
      role: "VIEWER",
      unitId: unit.id,
      mustChangePassword: true,
    });
    return { created, user: await factory.currentUser(created.id) };
  }

  it("needs the current password, the rule and the same new password twice", async () => {
    const { created, user } = await ownAccount();
    const attempt = (values: Record<string, string>) =>
      changeOwnPassword.execute(user, {
        currentPassword: factory.TEST_PASSWORD,
        newPassword: "Tugu-Pancasila-2026",
        confirmPassword: "Tugu-Pancasila-2026",
        ...values,
      });

    expect(await attempt({ currentPassword: "salah-sekali-123" })).toMatchObject({
      reason: "users.errors.currentPasswordWrong",
      field: "currentPassword",
    });
    expect(await attempt({ newPassword: "pendek", confirmPassword: "pendek" })).toMatchObject({
      reason: "users.validation.passwordTooShort",
    });
    const withName = `${created.username}-2026!`;
    expect(await attempt({ newPassword: withName, confirmPassword: withName })).toMatchObject({
      reason: "users.validation.passwordHasUsername",
    });
    expect(await attempt({ newPassword: "Password123", confirmPassword: "Password123" })).toMatchObject({
      reason: "users.validation.passwordCommon",
    });
    expect(
      await attempt({ newPassword: factory.TEST_PASSWORD, confirmPassword: factory.TEST_PASSWORD }),
    ).toMatchObject({
      reason: "users.errors.passwordUnchanged",
    });
    const differ = await attempt({ confirmPassword: "Tugu-Pancasila-2027" });
    expect(differ).toMatchObject({ ok: false, code: "validation" });
    expect(differ.ok === false && differ.code === "validation" && differ.fieldErrors.confirmPassword).toEqual(
      [{ key: "users.validation.passwordsDiffer" }],
    );
    expect(await stored(created.id)).toMatchObject({
      passwordHash: created.passwordHash,
      version: created.version,
    });
    expect(await auditOf(created.id)).toEqual([]);
  });

  it("replaces the password, lifts the temporary password's obligation and ends the other sessions", async () => {
    const { created, user } = await ownAccount();
    const session = await signIn(created.id);

    const result = await changeOwnPassword.execute(user, {
      currentPassword: factory.TEST_PASSWORD,
      newPassword: "Tugu-Pancasila-2026",
      confirmPassword: "Tugu-Pancasila-2026",
    });

    expect(result.ok).toBe(true);
    const after = await stored(created.id);
    expect(after.mustChangePassword).toBe(false);
    expect(await verifyPassword("Tugu-Pancasila-2026", after.passwordHash)).toBe(true);
    expect(await sessionOf(session)).toBeNull();
    expect(result.ok && result.data.sessionVersion).toBe(after.sessionVersion);
    const audit = await auditOf(created.id);
    expect(audit.map((entry) => entry.action)).toEqual(["user.changePassword"]);
    expectNoSecrets(audit, "Tugu-Pancasila-2026", factory.TEST_PASSWORD);
  });
});

describe("sessions", () => {
  it("last as long as SESSION_MAX_AGE_HOURS, token and cookie alike", () => {
    expect(authOptions.session?.maxAge).toBe(8 * 60 * 60);
    expect(authOptions.jwt?.maxAge).toBe(authOptions.session?.maxAge);
  });

  it("signing out ends every session of the user, once, audited; an old token is refused afterwards", async () => {
    const unit = await factory.createUnit();
    const account = await factory.createUser({ role: "STAFF", unitId: unit.id });
    const laptop = await signIn(account.id);
    const phone = await signIn(account.id);

    await endSessionOnSignOut(laptop);
    await endSessionOnSignOut(phone);

    expect(await sessionOf(laptop)).toBeNull();
    expect(await sessionOf(phone)).toBeNull();
    expect((await auditOf(account.id)).map((entry) => entry.action)).toEqual(["auth.signOut"]);
    expect(await sessionOf(await signIn(account.id))).not.toBeNull();
  });
});

describe("the new-account form", () => {
  const t = createTranslator({ locale: "id", messages: messagesFor("id") }) as unknown as Translate;

  function form(values: Record<string, string>) {
    const data = new FormData();
    for (const [name, value] of Object.entries(values)) data.set(name, value);
    return data;
  }

  it("answers with the temporary password and the account's page, and revalidates the list", async () => {
    const { admin, officialA } = await world();
    const revalidated: string[] = [];
    const context = { user: admin, t, revalidatePath: (path: string) => revalidated.push(path) };

    const state = await runTemporaryPasswordForm(
      createAccount,
      form({ officialId: officialA.id, username: newUsername(), role: "STAFF", unitId: "" }),
      context,
      "users.saved.created",
    );

    expect(state).toMatchObject({ ok: true, message: "Akun dibuat." });
    const account = await prisma.user.findUniqueOrThrow({ where: { officialId: officialA.id } });
    expect(state.accountHref).toBe(`/pengguna/${account.id}`);
    expect(await verifyPassword(state.temporaryPassword ?? "", account.passwordHash)).toBe(true);
    expect(revalidated).toContain("/pengguna");
  });

  it("puts a refusal on the field, in the clerk's words", async () => {
    const { secretaryA, officialA } = await world();
    const context = { user: secretaryA, t, revalidatePath: () => undefined };

    const state = await runTemporaryPasswordForm(
      createAccount,
      form({ officialId: officialA.id, username: "Ab", role: "ADMINISTRATOR" }),
      context,
      "users.saved.created",
    );

    expect(state.ok).toBe(false);
    expect(state.temporaryPassword).toBeUndefined();
    expect(state.fieldErrors?.username).toEqual([
      "Gunakan 3 sampai 50 huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.",
    ]);
  });
});

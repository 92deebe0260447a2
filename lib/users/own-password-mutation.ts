import "server-only";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { lockRow } from "@/lib/db/lock-row";
import { PASSWORD_MIN_LENGTH, passwordProblem } from "./password-rule";
import { changeOwnPasswordSchema } from "./schemas";

/**
 * Ganti kata sandi: the signed-in user replaces their own password, the current one required. Every session of
 * the account ends (the caller renews this one's cookie), and a temporary password's obligation is lifted.
 */
export const changeOwnPassword = defineMutation({
  action: "account.password",
  schema: changeOwnPasswordSchema,
  async run({ tx, user, input, authorize, audit }) {
    await lockRow(tx, "app_user", user.id);
    const account = await tx.user.findUnique({
      where: { id: user.id },
      select: { username: true, unitId: true, passwordHash: true },
    });
    if (!account) throw new NotFoundError("User");
    authorize({ unitId: account.unitId });
    if (!(await verifyPassword(input.currentPassword, account.passwordHash)))
      throw new DomainError("users.errors.currentPasswordWrong", {}, "currentPassword");
    const problem = passwordProblem(input.newPassword, account.username);
    if (problem)
      throw new DomainError(`users.validation.${problem}`, { min: PASSWORD_MIN_LENGTH }, "newPassword");
    // The current password was just verified against the hash: comparing the two texts says the same, without
    // another bcrypt round while the row is locked.
    if (input.newPassword === input.currentPassword)
      throw new DomainError("users.errors.passwordUnchanged", {}, "newPassword");
    const after = await tx.user.update({
      where: { id: user.id },
      data: {
        passwordHash: await hashPassword(input.newPassword),
        mustChangePassword: false,
        sessionVersion: { increment: 1 },
        version: { increment: 1 },
      },
      select: { sessionVersion: true, mustChangePassword: true },
    });
    await audit({
      action: "user.changePassword",
      entityType: "User",
      entityId: user.id,
      unitId: account.unitId,
      after: { mustChangePassword: after.mustChangePassword },
    });
    return { sessionVersion: after.sessionVersion };
  },
});

/** The zod schemas of accounts (pengguna) and of changing one's own password (kata sandi). */
import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { optionalRecordId, recordId, recordVersion, text } from "@/lib/validations/input";
import { passwordInput } from "./password-rule";

/** Lowercase letters, digits, dot, dash and underscore: what a clerk can dictate over the phone. */
export const username = text({ max: 50 })
  .transform((value) => value.toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9][a-z0-9._-]{2,49}$/, "users.validation.usernameFormat"));

const role = z.enum(Role);

/** A new account for an official (pegawai); its unit defaults to the official's. */
export const createAccountSchema = z.object({
  officialId: recordId,
  username,
  role,
  unitId: optionalRecordId,
});

/** Role and home unit of a stored account. */
export const updateAccountSchema = z.object({ id: recordId, version: recordVersion, role, unitId: recordId });

/** A stored account as a form names it: reset its password, deactivate or reactivate it. */
export const accountKeysSchema = z.object({ id: recordId, version: recordVersion });

/** Changing one's own password: the current one, and the new one typed twice. */
export const changeOwnPasswordSchema = z
  .object({ currentPassword: passwordInput, newPassword: passwordInput, confirmPassword: passwordInput })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "users.validation.passwordsDiffer",
  });

export type CreateAccountInput = z.infer<typeof createAccountSchema>;
export type UpdateAccountInput = z.infer<typeof updateAccountSchema>;

/**
 * The password rule (aturan kata sandi): at least 10 characters, not containing the username, and not one of the
 * passwords guessed first. Messages are catalogue keys (users.validation.*).
 */
import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 10;
// bcrypt reads only the first 72 bytes; a longer password would pass on its first 72 alone.
export const PASSWORD_MAX_BYTES = 72;

/**
 * The passwords tried first by anyone guessing, lowercased: leaked-password lists' top entries, keyboard rows, and
 * the words an Indonesian election office would reach for. A short list on purpose; length does the rest.
 */
const COMMON_PASSWORDS = new Set([
  "1234567890",
  "0123456789",
  "12345678910",
  "0987654321",
  "1111111111",
  "0000000000",
  "123123123123",
  "qwertyuiop",
  "asdfghjkl;",
  "1q2w3e4r5t",
  "qwerty12345",
  "qwerty123456",
  "password12",
  "password123",
  "password1234",
  "passw0rd123",
  "iloveyou123",
  "abcdefghij",
  "abc1234567",
  "admin12345",
  "admin123456",
  "administrator",
  "katasandi",
  "katasandi123",
  "rahasia123",
  "bismillah",
  "bismillah123",
  "indonesia",
  "indonesia123",
  "indonesia45",
  "merdeka1945",
  "pemilu2024",
  "pemilu2029",
  "kpuntb2026",
  "kpu12345678",
  "sekretariat",
  "sekretariat123",
  "selamatdatang",
]);

export type PasswordProblem =
  "passwordTooShort" | "passwordTooLong" | "passwordHasUsername" | "passwordCommon";

/** What is wrong with `password` for the account `username`, or null when it may be used. */
export function passwordProblem(password: string, username: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "passwordTooShort";
  if (Buffer.byteLength(password, "utf8") > PASSWORD_MAX_BYTES) return "passwordTooLong";
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name && lower.includes(name)) return "passwordHasUsername";
  if (COMMON_PASSWORDS.has(lower)) return "passwordCommon";
  return null;
}

/**
 * Adds the rule's refusal, if any, to `path` of the object being parsed: for schemas whose username is another
 * field or comes from the account itself.
 */
export function checkPassword(
  password: string,
  username: string,
  context: z.RefinementCtx,
  path: string[] = ["newPassword"],
): void {
  const problem = passwordProblem(password, username);
  if (problem) {
    context.addIssue({
      code: "custom",
      path,
      message: `users.validation.${problem}`,
      params: { min: PASSWORD_MIN_LENGTH },
    });
  }
}

/** A password as typed: untrimmed (spaces count), but never a control character. */
export const passwordInput = z
  .string({ error: (issue) => (issue.input === undefined ? "required" : "invalid") })
  .min(1, "required")
  .max(1000)
  .refine((value) => !/[\u0000-\u001F\u007F-\u009F]/.test(value), "controlCharacters");

/** A new password for `username`, on its own (the rule's unit test; the temporary password's self-check). */
export function newPasswordFor(username: string) {
  return passwordInput.superRefine((value, context) => checkPassword(value, username, context, []));
}

import { randomInt } from "node:crypto";
import { passwordProblem } from "./password-rule";

// No 0/O, 1/l/I: the temporary password is read out or copied by hand.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const LENGTH = 14;

/**
 * A temporary password (kata sandi sementara) for `username`: 14 characters from 56 (about 81 bits), shown once to
 * whoever created or reset the account, and replaced by the user at the next sign-in.
 */
export function temporaryPassword(username: string): string {
  for (;;) {
    let password = "";
    for (let index = 0; index < LENGTH; index += 1) password += ALPHABET[randomInt(ALPHABET.length)];
    if (!passwordProblem(password, username)) return password;
  }
}

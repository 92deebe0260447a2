import bcrypt from "bcryptjs";

// bcrypt in plain JavaScript: no native build step, which this offline install cannot run (see docs/decisions).
const COST = 12;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

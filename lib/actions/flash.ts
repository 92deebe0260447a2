import "server-only";
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { z } from "zod";
import { FLASH_COOKIE, type Flash } from "./flash-cookie";

// Long enough to survive the redirect that follows, short enough that a stale one never shows on a later visit.
const MAX_AGE_SECONDS = 60;

const flashSchema = z.object({
  id: z.string().max(64),
  message: z.string().min(1).max(300),
  path: z
    .string()
    .regex(/^\/(?!\/)/)
    .max(300),
});

/**
 * Carries `message` to `path`, which a server action is about to open with redirect(). Not httpOnly: the browser
 * removes it once shown. The message is catalogue text, and it is only ever rendered as text.
 */
export async function setFlash(message: string, path: string): Promise<void> {
  const flash: Flash = { id: randomUUID(), message, path };
  (await cookies()).set(FLASH_COOKIE, JSON.stringify(flash), {
    path: "/",
    maxAge: MAX_AGE_SECONDS,
    sameSite: "lax",
  });
}

/** The confirmation waiting to be shown, if the cookie holds a well-formed one. */
export async function readFlash(): Promise<Flash | null> {
  return parseFlash((await cookies()).get(FLASH_COOKIE)?.value);
}

export function parseFlash(raw: string | undefined): Flash | null {
  if (!raw) return null;
  try {
    const parsed = flashSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Signing in and out from the browser through next-auth's own endpoints (`/api/auth/csrf`, `/callback/credentials`,
 * `/signout`), as next-auth/react does: its client (about 9 KB gzipped, with a session provider the app never
 * uses) was part of every page's JavaScript (issue 13). Browser-only: it reads window.location.
 */
const AUTH = "/api/auth";

async function csrfToken(): Promise<string> {
  const response = await fetch(`${AUTH}/csrf`);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

/** A form post with the CSRF token; next-auth answers JSON with the URL it would redirect to. */
async function post(
  path: string,
  fields: Record<string, string>,
): Promise<{ response: Response; url?: string }> {
  const response = await fetch(`${AUTH}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, csrfToken: await csrfToken(), json: "true" }),
  });
  const { url } = (await response.json().catch(() => ({}))) as { url?: string };
  return { response, url };
}

export interface SignInResult {
  ok: boolean;
  status: number;
  /** next-auth's error code (`CredentialsSignin`, `SignInBlocked:<minutes>`, …), null on success. */
  error: string | null;
}

export async function signInWithPassword(username: string, password: string): Promise<SignInResult> {
  const { response, url } = await post("/callback/credentials", {
    username,
    password,
    callbackUrl: window.location.href,
  });
  const error = url ? new URL(url, window.location.origin).searchParams.get("error") : "Unknown";
  return { ok: response.ok && !error, status: response.status, error };
}

/** Ends the session (every device: lib/auth/sign-out.ts) and opens `callbackUrl`. */
export async function signOutTo(callbackUrl: string): Promise<void> {
  const { url } = await post("/signout", { callbackUrl });
  window.location.href = url ?? callbackUrl;
}

import "next-auth";
import "next-auth/jwt";
import type { SessionClaims } from "@/lib/auth/sessions";

declare module "next-auth" {
  /** What authorize() returns: the session version read together with the password hash. */
  interface User {
    sessionVersion: number;
  }
  interface Session {
    user: { id: string; name: string };
    /** What the token says about its sign-in (lib/auth/sessions.ts); null for a token minted before versions. */
    claims: SessionClaims | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT extends Partial<SessionClaims> {
    userId?: string;
  }
}

import "next-auth";
import "next-auth/jwt";
import type { SessionClaims } from "@/lib/auth/sessions";

declare module "next-auth" {
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

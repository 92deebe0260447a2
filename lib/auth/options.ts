import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { readEnv } from "@/lib/env";
import { authenticate } from "./authenticate";
import { endSessionOnSignOut } from "./sign-out";
import { newClaims, nowInSeconds, readClaims, secureCookies, sessionLimits, touchClaims } from "./sessions";

const env = readEnv();
const limits = sessionLimits(env);

/**
 * Sign-in by username and password. The JWT carries the user's id and the session's own facts (the user's
 * session version at sign-in, when it began, its last activity: lib/auth/sessions.ts); role, home unit and scope
 * are read fresh on every request (lib/auth/current-user.ts), which also refuses a token whose version the user
 * no longer has. Token and cookie live SESSION_MAX_AGE_HOURS (next-auth's token would otherwise live 30 days).
 */
export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: limits.maxAgeSeconds },
  jwt: { maxAge: limits.maxAgeSeconds },
  useSecureCookies: secureCookies(env),
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(credentials) {
        const user = await authenticate(credentials?.username ?? "", credentials?.password ?? "");
        return user ? { id: user.id, name: user.displayName, sessionVersion: user.sessionVersion } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) return { ...token, ...newClaims(user.id, user.sessionVersion, nowInSeconds()) };
      const claims = readClaims(token);
      const touched = claims && touchClaims(claims, nowInSeconds(), limits);
      return touched ? { ...token, ...touched } : token;
    },
    session({ session, token }) {
      session.user = { id: token.userId ?? "", name: token.name ?? "" };
      session.claims = readClaims(token);
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      const claims = readClaims(token);
      if (claims) await endSessionOnSignOut(claims);
    },
  },
};

import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { readEnv } from "@/lib/env";
import { authenticate } from "./authenticate";
import { safeCallbackUrl } from "./callback-url";

const env = readEnv();

/**
 * Sign-in by username and password. The JWT carries only the user's id: role, home unit and scope are read
 * fresh on every request (lib/auth/current-user.ts), so a deactivated user or a changed role takes effect at once.
 */
export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_HOURS * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(credentials) {
        const user = await authenticate(credentials?.username ?? "", credentials?.password ?? "");
        return user ? { id: user.id, name: user.displayName } : null;
      },
    }),
  ],
  callbacks: {
    redirect: ({ url, baseUrl }) => safeCallbackUrl(url, baseUrl),
    jwt({ token, user }) {
      if (user) token.userId = user.id;
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.userId ?? "", name: token.name ?? "" };
      return session;
    },
  },
};

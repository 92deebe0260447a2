import { z } from "zod";

/**
 * The sign-in limits and the proxy setting, validated like lib/env.ts (kept apart so that the sign-in protection
 * reads only what it needs; every variable is described in .env.example and the README).
 */
const securitySchema = z.object({
  /** "1" only behind a reverse proxy that appends the client's address to X-Forwarded-For. */
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(1_000).default(5),
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(10_000).default(20),
  SIGN_IN_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
});

export type SecurityConfig = z.infer<typeof securitySchema>;

export function readSecurityConfig(source: NodeJS.ProcessEnv = process.env): SecurityConfig {
  const parsed = securitySchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

import { z } from "zod";

/** Server-side configuration, validated once; every variable is described in .env.example. */
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  /** The public address; https makes the session cookie Secure. */
  NEXTAUTH_URL: z.string().url().optional(),
  SESSION_MAX_AGE_HOURS: z.coerce
    .number()
    .min(1)
    .max(24 * 30)
    .default(8),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  EMBEDDED_DB_DIR: z.string().default(".data/pglite"),
  SEED_DEMO_DATA: z.enum(["true", "false"]).optional(),
  /**
   * Officials exports streaming at once per process; the others wait their turn (lib/officials/export-slots.ts).
   * One on two cores: a second one running beside it finished twenty no sooner and slowed everyone else's pages.
   */
  EXPORT_SLOTS: z.coerce.number().int().min(1).max(20).default(1),
  /**
   * The production server's JavaScript heap (V8's old space), in MB. Left to itself V8 sizes it from the machine's
   * memory and collects lazily: twenty exports at once grew the server past 1 GB of mostly garbage (issue 13).
   */
  SERVER_HEAP_MB: z.coerce.number().int().min(256).max(65_536).default(512),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

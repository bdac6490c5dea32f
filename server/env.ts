import { z } from "zod";
import { parseTrustedProxies } from "@/server/ingest/trustedProxies";

/**
 * Every setting Faultline reads, parsed once. Nothing else reads process.env.
 * Defaults work with nothing configured; a wrong value stops start-up with one line naming it.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Unset: the launcher starts an embedded PostgreSQL and sets this for web and worker. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
    .default("redis://127.0.0.1:6379"),
  /** Where users and SDKs reach Faultline; the DSN host comes from here. */
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  /** Signs sessions. The launcher generates one under .data/ when unset. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  DATA_DIR: z.string().default(".data"),
  EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** smtp://user:pass@host:port; unset means invitations are shared by link only. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  EMAIL_FROM: z.string().default("Faultline <faultline@localhost>"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Peers whose X-Forwarded-For is believed: addresses, CIDR ranges, `loopback`, `none`. */
  TRUSTED_PROXIES: z
    .string()
    .default("loopback")
    .superRefine((text, ctx) => {
      const parsed = parseTrustedProxies(text);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.reason });
    }),
});

export type Env = z.infer<typeof schema>;

/** Parses a given environment; returns one human line per bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env | { errors: string[] } {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  return {
    errors: result.error.issues.map(
      (issue) => `Invalid ${String(issue.path[0])}: ${issue.message}`,
    ),
  };
}

function loadEnv(): Env {
  const parsed = parseEnv(process.env);
  if ("errors" in parsed) {
    // One clear line per variable, then stop: a misconfigured server must not half-start.
    for (const line of parsed.errors) console.error(line);
    process.exit(1);
  }
  return parsed;
}

export const env: Env = loadEnv();

export function publicUrl(): string {
  return (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}

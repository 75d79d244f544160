// Reads the App's settings from the environment, once, at the entry. Nothing else reads env.
import { z } from "zod";
import type { ServerSettings } from "./bootstrap.js";
import type { SchedulerSettings } from "./scheduler.js";

const positive = z.coerce.number().positive();

const envSchema = z.object({
  APP_ID: z.string().regex(/^\d+$/, "the numeric App ID from the App's settings page"),
  PRIVATE_KEY: z.string().min(1, "the App's private key (PEM, or base64 of the PEM)").optional(),
  PRIVATE_KEY_PATH: z.string().min(1).optional(),
  WEBHOOK_SECRET: z.string().min(1, "the webhook secret set on the App"),
  GHE_HOST: z.string().min(1).optional(),
  GHE_PROTOCOL: z.enum(["https", "http"]).default("https"),
  GITHUB_API_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  REDIS_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal"]).default("info"),
  HYGIENE_INTERVAL_MINUTES: positive.optional(),
  HYGIENE_JITTER_MINUTES: z.coerce.number().min(0).default(0),
  HYGIENE_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(4),
  HYGIENE_SECRET: z.string().min(16, "at least 16 characters").optional(),
});

export interface EntrySettings {
  server: ServerSettings;
  scheduler: SchedulerSettings;
}

export function settingsFromEnv(
  env: Record<string, string | undefined>,
  readKey: (path: string) => string,
): EntrySettings {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `Environment variable ${issue.path.join(".")}: ${issue.message}. See docs/deployment.md.`,
      {
        cause: parsed.error,
      },
    );
  }
  const e = parsed.data;
  const privateKey = e.PRIVATE_KEY
    ? decodeKey(e.PRIVATE_KEY)
    : e.PRIVATE_KEY_PATH
      ? readKey(e.PRIVATE_KEY_PATH)
      : null;
  if (!privateKey)
    throw new Error(
      "Set PRIVATE_KEY (or PRIVATE_KEY_PATH) to the App's private key. See docs/deployment.md.",
    );
  const baseUrl = e.GITHUB_API_URL ?? (e.GHE_HOST ? `${e.GHE_PROTOCOL}://${e.GHE_HOST}/api/v3` : undefined);
  return {
    server: {
      appId: e.APP_ID,
      privateKey,
      webhookSecret: e.WEBHOOK_SECRET,
      ...(baseUrl ? { baseUrl } : {}),
      port: e.PORT,
      host: e.HOST,
      logLevel: e.LOG_LEVEL,
      ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
    },
    scheduler: {
      ...(e.HYGIENE_INTERVAL_MINUTES ? { intervalMinutes: e.HYGIENE_INTERVAL_MINUTES } : {}),
      jitterMinutes: e.HYGIENE_JITTER_MINUTES,
      concurrency: e.HYGIENE_CONCURRENCY,
      ...(e.HYGIENE_SECRET ? { secret: e.HYGIENE_SECRET } : {}),
    },
  };
}

/** A PEM as is, or base64 of one (single-line env vars). */
function decodeKey(value: string): string {
  if (value.includes("-----BEGIN")) return value.replace(/\\n/g, "\n");
  return Buffer.from(value, "base64").toString("utf8");
}

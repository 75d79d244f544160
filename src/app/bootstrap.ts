// Builds Probot's own HTTP server around the app from explicit settings. The entry (server.ts)
// reads the environment; tests and the benchmark pass settings directly.

import type { Logger } from "probot";
import { type ApplicationFunction, Probot, ProbotOctokit, Server } from "probot";

export interface OctokitTuning {
  /** Retries of 5xx answers (plugin-retry). Default 3. */
  retries?: number;
  /** Milliseconds per retry step (plugin-retry waits base × retryCount²). Default 1000. */
  retryAfterBaseValue?: number;
  /** Extra options for plugin-throttling (e.g. `retryAfterBaseValue`, Bottleneck groups in tests). */
  throttle?: Record<string, unknown>;
  /** Secondary-rate-limit retries before giving up. Default 2. */
  secondaryRateLimitRetries?: number;
}

export interface ServerSettings {
  appId: number | string;
  privateKey: string;
  webhookSecret: string;
  /** REST base URL: https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server. */
  baseUrl?: string;
  port: number;
  host?: string;
  log?: Logger;
  logLevel?: "trace" | "debug" | "info" | "warn" | "error" | "fatal";
  octokit?: OctokitTuning;
  webhookPath?: string;
  /** Redis URL shared by replicas for Octokit's throttling (optional). */
  redisUrl?: string;
}

/**
 * Probot's Octokit with retry and throttling tuned: secondary rate limits are retried after
 * `retry-after` (Probot's default only logs them), 5xx answers by plugin-retry.
 */
export function tunedOctokit(tuning: OctokitTuning = {}): typeof ProbotOctokit {
  const maxSecondary = tuning.secondaryRateLimitRetries ?? 2;
  return ProbotOctokit.defaults((instance: Record<string, unknown>) => {
    const throttle = (instance["throttle"] ?? {}) as Record<string, unknown>;
    return {
      ...instance,
      retry: { ...(instance["retry"] as object), retries: tuning.retries ?? 3, ...retryBase(tuning) },
      throttle: {
        ...throttle,
        onSecondaryRateLimit: (
          retryAfter: number,
          options: { method: string; url: string; request: { retryCount: number } },
          octokit: { log: Logger },
        ) => {
          octokit.log.warn(
            `secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`,
          );
          return options.request.retryCount < maxSecondary;
        },
        ...tuning.throttle,
      },
    };
  }) as typeof ProbotOctokit;
}

function retryBase(tuning: OctokitTuning): Record<string, number> {
  return tuning.retryAfterBaseValue === undefined ? {} : { retryAfterBaseValue: tuning.retryAfterBaseValue };
}

export async function createAppServer(settings: ServerSettings, app: ApplicationFunction): Promise<Server> {
  const log = settings.log ?? (await probotLogger(settings));
  const ProbotWithSettings = Probot.defaults({
    appId: settings.appId,
    privateKey: settings.privateKey,
    secret: settings.webhookSecret,
    ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
    ...(settings.logLevel ? { logLevel: settings.logLevel } : {}),
    log,
    ...(settings.redisUrl ? { redisConfig: settings.redisUrl } : {}),
    Octokit: tunedOctokit(settings.octokit),
  });
  const server = new Server({
    Probot: ProbotWithSettings,
    port: settings.port,
    host: settings.host ?? "0.0.0.0",
    log,
    ...(settings.webhookPath ? { webhookPath: settings.webhookPath } : {}),
    enableStaticFiles: false,
  });
  await server.load(app);
  return server;
}

/** Probot's own logger (pretty, or JSON with LOG_FORMAT=json) at the configured level. */
async function probotLogger(settings: ServerSettings): Promise<Logger> {
  const probe = new Probot({
    appId: settings.appId,
    privateKey: settings.privateKey,
    logLevel: settings.logLevel ?? "info",
  });
  await probe.ready();
  return probe.log;
}

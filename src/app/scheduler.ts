// Scheduled hygiene for every installation: an in-process timer (off unless an interval is set, so
// that with several replicas exactly one runs it, or none when an external cron calls
// POST /api/hygiene), iterating installations and repositories with a concurrency cap.
import type { Logger, Probot } from "probot";
import { type HygieneScan, scanRepository } from "./hygiene.js";
import { describeError } from "./octokit.js";

export interface SchedulerSettings {
  /** Minutes between runs; the timer is off when unset. */
  intervalMinutes?: number;
  /** Up to this many random minutes added to each wait, so replicas and apps do not align. */
  jitterMinutes?: number;
  /** Repositories scanned at once. Default 4. */
  concurrency?: number;
  /** Shared secret for POST /api/hygiene; the endpoint is off when unset. */
  secret?: string;
}

export interface HygieneScope {
  installationId?: number;
  /** "owner/name" */
  repository?: string;
}

export interface HygieneRun {
  installations: number;
  repositories: number;
  scans: HygieneScan[];
  errors: { repository: string; error: string }[];
}

export async function runHygiene(
  app: Probot,
  scope: HygieneScope = {},
  concurrency = 4,
): Promise<HygieneRun> {
  const appOctokit = await app.auth();
  const installations = scope.installationId
    ? [{ id: scope.installationId, suspended_at: null }]
    : await appOctokit.paginate(appOctokit.rest.apps.listInstallations, { per_page: 100 });
  const run: HygieneRun = { installations: 0, repositories: 0, scans: [], errors: [] };
  const jobs: (() => Promise<void>)[] = [];
  for (const installation of installations) {
    if (installation.suspended_at) continue;
    run.installations++;
    const octokit = await app.auth(installation.id);
    const repos = await octokit.paginate(octokit.rest.apps.listReposAccessibleToInstallation, {
      per_page: 100,
    });
    for (const r of repos) {
      const full = `${r.owner.login}/${r.name}`;
      if (r.archived || r.disabled) continue;
      if (scope.repository && scope.repository.toLowerCase() !== full.toLowerCase()) continue;
      run.repositories++;
      const info = {
        owner: r.owner.login,
        repo: r.name,
        htmlUrl: r.html_url,
        defaultBranch: r.default_branch ?? "main",
      };
      jobs.push(async () => {
        try {
          run.scans.push(await scanRepository(octokit, info));
        } catch (error) {
          app.log.error({ err: error, repository: full }, "hygiene scan failed");
          run.errors.push({ repository: full, error: describeError(error) });
        }
      });
    }
  }
  await pool(jobs, concurrency);
  return run;
}

async function pool(jobs: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), jobs.length) }, worker));
}

export interface Scheduler {
  stop(): void;
  /** Resolves when the run in progress (if any) ends. */
  idle(): Promise<void>;
}

/** Starts the timer when `intervalMinutes` is set; returns null otherwise. Runs never overlap. */
export function startScheduler(
  settings: SchedulerSettings,
  run: () => Promise<HygieneRun>,
  log: Logger,
  random: () => number = Math.random,
): Scheduler | null {
  if (!settings.intervalMinutes) return null;
  const intervalMs = settings.intervalMinutes * 60_000;
  const jitterMs = (settings.jitterMinutes ?? 0) * 60_000;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  const arm = () => {
    if (stopped) return;
    timer = setTimeout(tick, intervalMs + random() * jitterMs);
    timer.unref();
  };
  const tick = () => {
    current = run()
      .then((r) =>
        log.info(
          { installations: r.installations, repositories: r.repositories, errors: r.errors.length },
          "hygiene run done",
        ),
      )
      .catch((error: unknown) => log.error({ err: error }, "hygiene run failed"))
      .finally(arm);
  };
  arm();
  log.info(
    { intervalMinutes: settings.intervalMinutes, jitterMinutes: settings.jitterMinutes ?? 0 },
    "hygiene scheduler on",
  );
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
    idle: () => current,
  };
}

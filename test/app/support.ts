// A running App (Probot's real HTTP server) wired to a loopback GitHub backed by a real git repo.

import { readdirSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import { join, relative, sep } from "node:path";
import Bottleneck from "bottleneck";
import { pino } from "pino";
import type { ApplicationFunction, Server } from "probot";
import { type AppOptions, createApp } from "../../src/app/app.js";
import { createAppServer, type OctokitTuning } from "../../src/app/bootstrap.js";
import { createRepo, type FakeGitHub, type Files, startGitHub, type TestRepo } from "../harness/index.js";

export const OWNER = "acme";
export const REPO = "widgets";

/** Fast retries and no write/notification spacing (production keeps Octokit's 1 s and 3 s), so faults resolve in milliseconds (set through options only). */
export function fastOctokit(): OctokitTuning {
  return {
    retries: 3,
    retryAfterBaseValue: 5,
    throttle: {
      retryAfterBaseValue: 5,
      fallbackSecondaryRateRetryAfter: 0,
      write: new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 }),
      search: new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 }),
      global: new Bottleneck.Group({ maxConcurrent: 20, minTime: 0 }),
    },
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface TestApp {
  gh: FakeGitHub;
  repo: TestRepo;
  server: Server;
  webhookUrl: string;
  baseUrl: string;
  installationId: number;
  close(): Promise<void>;
}

export async function startApp(
  files: Files,
  options: { app?: ApplicationFunction; appOptions?: AppOptions; tuning?: OctokitTuning } = {},
): Promise<TestApp> {
  const gh = await startGitHub();
  const repo = createRepo(files);
  await gh.addRepo(OWNER, REPO, repo.dir);
  const installation = gh.install({ account: OWNER });
  const { server, baseUrl } = await startServer(gh, options);
  return {
    gh,
    repo,
    server,
    baseUrl,
    webhookUrl: `${baseUrl}/api/github/webhooks`,
    installationId: installation.id,
    async close() {
      await server.stop();
      await gh.close();
      repo.remove();
    },
  };
}

/** Another App server (a replica) against the same loopback GitHub. */
export async function startServer(
  gh: FakeGitHub,
  options: { app?: ApplicationFunction; appOptions?: AppOptions; tuning?: OctokitTuning } = {},
): Promise<{ server: Server; baseUrl: string; webhookUrl: string }> {
  const creds = gh.appCredentials();
  const port = await freePort();
  const server = await createAppServer(
    {
      appId: creds.appId,
      privateKey: creds.privateKey,
      webhookSecret: creds.webhookSecret,
      baseUrl: gh.url,
      port,
      host: "127.0.0.1",
      log: pino({ level: process.env["TEST_LOG_LEVEL"] ?? "silent" }),
      octokit: options.tuning ?? fastOctokit(),
    },
    options.app ?? createApp(options.appOptions ?? {}),
  );
  await server.start();
  const baseUrl = `http://127.0.0.1:${port}`;
  return { server, baseUrl, webhookUrl: `${baseUrl}/api/github/webhooks` };
}

/** Every file under `dir`, as a Files map for createRepo. */
export function filesIn(dir: string): Files {
  const out: Files = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    out[relative(dir, full).split(sep).join("/")] = readFileSync(full, "utf8");
  }
  return out;
}

/** Requests logged by the fake, as "METHOD route" strings, excluding installation-token exchanges. */
export function apiCalls(gh: FakeGitHub, since = 0): string[] {
  return gh.requests
    .slice(since)
    .filter((r) => !r.route?.includes("/access_tokens"))
    .map((r) => `${r.route ?? r.path} ${r.status}`);
}

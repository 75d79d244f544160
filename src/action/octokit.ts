// The Action's Octokit: @actions/github's client (its own fetch, proxy aware) at GITHUB_API_URL,
// with retries of transient failures.
import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import type { GitHubClient } from "../github/client.js";
import type { ModeContext } from "./context.js";

export function octokitFor(ctx: ModeContext): GitHubClient {
  if (!ctx.inputs.token) {
    throw new Error(
      "no token: set the `token` input (its default is the job's `github.token`) or the GITHUB_TOKEN environment variable.",
    );
  }
  const baseUrl = (ctx.env["GITHUB_API_URL"] ?? "https://api.github.com").replace(/\/+$/, "");
  return getOctokit(
    ctx.inputs.token,
    {
      baseUrl,
      userAgent: `handoff-guard-action/${ctx.version}`,
      log: { debug() {}, info() {}, warn() {}, error() {} },
      // 5xx and network errors are retried (3 times, backing off); 4xx answers are final.
      retry: { retries: 3 },
    },
    retry,
  );
}

export function repoOf(ctx: ModeContext): { owner: string; repo: string } {
  if (!ctx.event.owner || !ctx.event.repo) {
    throw new Error("GITHUB_REPOSITORY is not set (expected owner/repo).");
  }
  return { owner: ctx.event.owner, repo: ctx.event.repo };
}

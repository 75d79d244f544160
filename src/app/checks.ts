// Webhook handlers that check commits: pull requests, pushes to the default branch, and re-runs.
import type { Context, Probot } from "probot";
import { compareChange, pullRequestChange, toChangeSet } from "./change.js";
import { checkCommit } from "./check.js";
import { withCheckRun } from "./check-run.js";
import {
  checkRunEvent,
  checkSuiteEvent,
  parsePayload,
  pullRequestEvent,
  pushEvent,
  type Repository,
} from "./events.js";
import type { AppOctokit, RepoInfo } from "./octokit.js";

const ZERO = "0".repeat(40);

export function repoInfo(repository: Repository): RepoInfo {
  return {
    owner: repository.owner.login,
    repo: repository.name,
    htmlUrl: repository.html_url,
    defaultBranch: repository.default_branch,
  };
}

/** Checks the pull request's head: its changed documents, and HG106 for what it deletes or renames. */
export async function checkPullRequest(
  octokit: AppOctokit,
  log: Context["log"],
  repo: RepoInfo,
  pr: { number: number; headSha: string; baseSha: string },
): Promise<void> {
  await withCheckRun(octokit, { ...repo, headSha: pr.headSha }, log, () =>
    checkCommit({
      octokit,
      repo,
      headSha: pr.headSha,
      change: () => pullRequestChange(octokit, repo, pr.number, pr.baseSha),
    }),
  );
}

/** Checks a commit against `base` with the compare API (pushes, re-runs without a pull request). */
export async function checkAgainst(
  octokit: AppOctokit,
  log: Context["log"],
  repo: RepoInfo,
  base: string,
  headSha: string,
): Promise<void> {
  await withCheckRun(octokit, { ...repo, headSha }, log, () =>
    checkCommit({ octokit, repo, headSha, change: () => compareChange(octokit, repo, base, headSha) }),
  );
}

export function registerCheckHandlers(app: Probot): void {
  app.on(
    [
      "pull_request.opened",
      "pull_request.synchronize",
      "pull_request.reopened",
      "pull_request.ready_for_review",
    ],
    async (context) => {
      const event = parsePayload(pullRequestEvent, context.payload, "pull_request");
      const pr = event.pull_request;
      if (pr.state !== "open") return;
      await checkPullRequest(context.octokit, context.log, repoInfo(event.repository), {
        number: pr.number,
        headSha: pr.head.sha,
        baseSha: pr.base.sha,
      });
    },
  );

  app.on("push", async (context) => {
    const event = parsePayload(pushEvent, context.payload, "push");
    const repo = repoInfo(event.repository);
    if (event.ref !== `refs/heads/${repo.defaultBranch}` || event.deleted || event.after === ZERO) return;
    if (event.before === ZERO) {
      // A new default branch: the payload lists what its commits touched.
      const files = event.commits.flatMap((c) => [
        ...c.added.map((filename) => ({ filename, status: "added" })),
        ...c.modified.map((filename) => ({ filename, status: "modified" })),
        ...c.removed.map((filename) => ({ filename, status: "removed" })),
      ]);
      await withCheckRun(context.octokit, { ...repo, headSha: event.after }, context.log, () =>
        checkCommit({
          octokit: context.octokit,
          repo,
          headSha: event.after,
          change: async () => toChangeSet(event.before, files),
        }),
      );
      return;
    }
    await checkAgainst(context.octokit, context.log, repo, event.before, event.after);
  });

  // `requested` arrives with every push; the pull_request and push events above already check those
  // commits, so acting on it too would create a second run for the same head. Re-runs are honoured.
  app.on("check_suite.requested", async (context) => {
    context.log.debug("check_suite.requested: covered by the pull_request and push events");
  });

  app.on("check_suite.rerequested", async (context) => {
    const event = parsePayload(checkSuiteEvent, context.payload, "check_suite");
    const suite = event.check_suite;
    await rerun(context.octokit, context.log, repoInfo(event.repository), {
      headSha: suite.head_sha,
      pulls: suite.pull_requests,
      before: suite.before ?? null,
      branch: suite.head_branch,
    });
  });

  app.on("check_run.rerequested", async (context) => {
    const event = parsePayload(checkRunEvent, context.payload, "check_run");
    const run = event.check_run;
    if (run.name !== "handoff-guard") return;
    await rerun(context.octokit, context.log, repoInfo(event.repository), {
      headSha: run.head_sha,
      pulls: run.pull_requests,
      before: run.check_suite?.before ?? null,
      branch: run.check_suite?.head_branch ?? null,
    });
  });
}

async function rerun(
  octokit: AppOctokit,
  log: Context["log"],
  repo: RepoInfo,
  target: {
    headSha: string;
    pulls: { number: number; base: { sha: string } }[];
    before: string | null;
    branch: string | null;
  },
): Promise<void> {
  const pull = target.pulls[0];
  if (pull) {
    await checkPullRequest(octokit, log, repo, {
      number: pull.number,
      headSha: target.headSha,
      baseSha: pull.base.sha,
    });
    return;
  }
  // No pull request: the default branch is checked against the commit before the push; another
  // branch against the default branch.
  const onDefault = target.branch === repo.defaultBranch;
  const base = onDefault && target.before && target.before !== ZERO ? target.before : repo.defaultBranch;
  await checkAgainst(octokit, log, repo, base, target.headSha);
}

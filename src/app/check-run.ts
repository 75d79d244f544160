// The `handoff-guard` check run: created in progress at once, ALWAYS completed (try/finally), with
// annotations sent in batches of 50 (GitHub's per-request limit): every batch but the last on an
// in-progress update, the last on the completing request.

import type { Logger } from "probot";
import { type Annotation, batches } from "../core/render/index.js";
import { type AppOctokit, describeError, type RepoCoords } from "./octokit.js";

export const CHECK_NAME = "handoff-guard";
/** Annotations beyond this many are left to the summary (20 requests at most). */
export const MAX_ANNOTATIONS = 1000;
/** GitHub's limit on output.summary and output.text. */
const MAX_OUTPUT = 65_535;

export type Conclusion = "success" | "failure" | "neutral";

export interface CheckOutcome {
  conclusion: Conclusion;
  title: string;
  summary: string;
  annotations: Annotation[];
}

export interface CheckRunTarget extends RepoCoords {
  headSha: string;
  detailsUrl?: string;
}

/**
 * Creates the check run in progress, runs `work`, and completes the run with its outcome, or with
 * `neutral` and the reason when `work` throws. Returns the outcome sent (null if creation failed).
 */
export async function withCheckRun(
  octokit: AppOctokit,
  target: CheckRunTarget,
  log: Logger,
  work: () => Promise<CheckOutcome>,
): Promise<CheckOutcome | null> {
  const { owner, repo, headSha } = target;
  const { data: run } = await octokit.rest.checks.create({
    owner,
    repo,
    name: CHECK_NAME,
    head_sha: headSha,
    status: "in_progress",
    started_at: new Date().toISOString(),
    ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
  });
  let outcome: CheckOutcome = couldNotRun("the check stopped before it finished");
  try {
    outcome = await work();
  } catch (error) {
    log.error({ err: error, owner, repo, headSha }, "handoff-guard check failed to run");
    outcome = couldNotRun(describeError(error));
  } finally {
    await complete(octokit, { owner, repo }, run.id, outcome, log);
  }
  return outcome;
}

export function couldNotRun(reason: string): CheckOutcome {
  return {
    conclusion: "neutral",
    title: "handoff-guard could not run",
    summary: `## handoff-guard could not run\n\n${reason}\n\nRe-run the check from the Checks tab once the cause is fixed. Nothing in this pull request was judged.`,
    annotations: [],
  };
}

async function complete(
  octokit: AppOctokit,
  repo: RepoCoords,
  checkRunId: number,
  outcome: CheckOutcome,
  log: Logger,
): Promise<void> {
  const output = { title: outcome.title, summary: cap(outcome.summary) };
  const groups = batches(outcome.annotations.slice(0, MAX_ANNOTATIONS));
  const last = groups.pop() ?? [];
  try {
    for (const annotations of groups) {
      await octokit.rest.checks.update({
        ...repo,
        check_run_id: checkRunId,
        output: { ...output, annotations },
      });
    }
    await octokit.rest.checks.update({
      ...repo,
      check_run_id: checkRunId,
      status: "completed",
      conclusion: outcome.conclusion,
      completed_at: new Date().toISOString(),
      output: last.length > 0 ? { ...output, annotations: last } : output,
    });
  } catch (error) {
    // A refused annotation (say, a path GitHub does not know) must not leave the run hanging.
    log.error({ err: error, checkRunId }, "completing the check run failed; completing without annotations");
    await octokit.rest.checks.update({
      ...repo,
      check_run_id: checkRunId,
      status: "completed",
      conclusion: outcome.conclusion,
      completed_at: new Date().toISOString(),
      output: {
        title: outcome.title,
        summary: cap(`${outcome.summary}\n\n> Annotations could not be attached: ${describeError(error)}`),
      },
    });
  }
}

function cap(text: string): string {
  return text.length > MAX_OUTPUT ? `${text.slice(0, MAX_OUTPUT - 1)}…` : text;
}

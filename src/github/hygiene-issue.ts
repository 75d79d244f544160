// The one living hygiene issue of a repository: found by its label and hidden marker (never by
// title), created when there are findings, edited in place when they change, closed with a comment
// when clean, reopened when they return. If two ever exist (two runs raced), the oldest is kept.
import {
  type GitHubClient,
  type IssueData,
  isForbidden,
  labelNames,
  listAll,
  type RepoRef,
} from "./client.js";

export const HYGIENE_MARKER = "<!-- handoff-guard:hygiene -->";

export interface HygieneInput {
  /** Label that identifies the issue (config `hygiene.label`). */
  label: string;
  title: string;
  /** The report (Markdown, without the marker). Ignored when clean. */
  body: string;
  clean: boolean;
  /** Shown in the closing comment, e.g. "commit abc123 of main". */
  scannedAt?: string;
}

export type HygieneAction = "created" | "updated" | "unchanged" | "reopened" | "closed" | "none";

export interface HygieneOutcome {
  action: HygieneAction;
  issue: { number: number; url: string } | null;
  /** Younger duplicates closed in favour of the kept issue. */
  closedDuplicates: number[];
}

export class HygieneWriteForbidden extends Error {
  override readonly name = "HygieneWriteForbidden";
}

export function hygieneBody(body: string): string {
  return `${HYGIENE_MARKER}\n${body.trimEnd()}\n`;
}

/** Open or closed issues with the label and the marker, oldest first. */
export async function findHygieneIssues(
  octokit: GitHubClient,
  repo: RepoRef,
  label: string,
): Promise<IssueData[]> {
  const issues = await listAll((page) =>
    octokit.rest.issues.listForRepo({
      ...repo,
      labels: label,
      state: "all",
      sort: "created",
      direction: "asc",
      per_page: 100,
      page,
    }),
  );
  return issues
    .filter((i) => !i.pull_request && (i.body ?? "").includes(HYGIENE_MARKER))
    .filter((i) => labelNames(i).some((l) => l.toLowerCase() === label.toLowerCase()))
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.number - b.number);
}

export async function syncHygieneIssue(
  octokit: GitHubClient,
  repo: RepoRef,
  input: HygieneInput,
): Promise<HygieneOutcome> {
  try {
    return await sync(octokit, repo, input);
  } catch (error) {
    if (isForbidden(error)) {
      throw new HygieneWriteForbidden(
        "the token may not write issues. Give the job `permissions: issues: write` (or the App the Issues " +
          "write permission), or set `dry-run: true`.",
        { cause: error },
      );
    }
    throw error;
  }
}

async function sync(octokit: GitHubClient, repo: RepoRef, input: HygieneInput): Promise<HygieneOutcome> {
  const found = await findHygieneIssues(octokit, repo, input.label);
  const [kept, ...extra] = found;
  const closedDuplicates = kept ? await closeDuplicates(octokit, repo, kept, extra) : [];
  const body = hygieneBody(input.body);
  const link = (i: IssueData) => ({ number: i.number, url: i.html_url });

  if (input.clean) {
    if (!kept || kept.state !== "open")
      return { action: "none", issue: kept ? link(kept) : null, closedDuplicates };
    await octokit.rest.issues.createComment({
      ...repo,
      issue_number: kept.number,
      body: `${HYGIENE_MARKER}\nNo handoff hygiene findings${input.scannedAt ? ` at ${input.scannedAt}` : ""}: closing. This issue will be reopened if findings return.`,
    });
    await octokit.rest.issues.update({
      ...repo,
      issue_number: kept.number,
      state: "closed",
      state_reason: "completed",
    });
    return { action: "closed", issue: link(kept), closedDuplicates };
  }

  if (!kept) {
    const { data: created } = await octokit.rest.issues.create({
      ...repo,
      title: input.title,
      body,
      labels: [input.label],
    });
    // Two runs may have created one each: the oldest wins, a younger one (maybe ours) is closed.
    const after = await findHygieneIssues(octokit, repo, input.label);
    const oldest = after[0] ?? created;
    const dupes = await closeDuplicates(
      octokit,
      repo,
      oldest,
      after.filter((i) => i.number !== oldest.number),
    );
    return {
      action: oldest.number === created.number ? "created" : "updated",
      issue: link(oldest),
      closedDuplicates: [...closedDuplicates, ...dupes],
    };
  }

  if (kept.state !== "open") {
    await octokit.rest.issues.update({
      ...repo,
      issue_number: kept.number,
      state: "open",
      state_reason: "reopened",
      title: input.title,
      body,
    });
    await octokit.rest.issues.createComment({
      ...repo,
      issue_number: kept.number,
      body: `${HYGIENE_MARKER}\nHandoff hygiene findings are back${input.scannedAt ? ` at ${input.scannedAt}` : ""}: reopening. The report above is up to date.`,
    });
    return { action: "reopened", issue: link(kept), closedDuplicates };
  }
  if ((kept.body ?? "") === body && kept.title === input.title) {
    return { action: "unchanged", issue: link(kept), closedDuplicates };
  }
  await octokit.rest.issues.update({ ...repo, issue_number: kept.number, title: input.title, body });
  return { action: "updated", issue: link(kept), closedDuplicates };
}

async function closeDuplicates(
  octokit: GitHubClient,
  repo: RepoRef,
  kept: IssueData,
  others: readonly IssueData[],
): Promise<number[]> {
  const closed: number[] = [];
  for (const other of others) {
    if (other.state !== "open") continue;
    await octokit.rest.issues.createComment({
      ...repo,
      issue_number: other.number,
      body: `${HYGIENE_MARKER}\nDuplicate of #${kept.number}: handoff-guard keeps one hygiene issue per repository.`,
    });
    await octokit.rest.issues.update({
      ...repo,
      issue_number: other.number,
      state: "closed",
      state_reason: "duplicate",
    });
    closed.push(other.number);
  }
  return closed;
}

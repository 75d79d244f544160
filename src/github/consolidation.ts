// Applying a consolidation plan on GitHub, idempotently: the consolidated issue is found by its
// hidden marker (label + marker, never title) and updated in place; a redelivered webhook or two
// concurrent runs that both create one converge on the oldest (younger ones are closed and lose
// the marker). Member handoff issues are closed as duplicates; one pull request from a
// deterministic branch marks the member files `status: consolidated`.
import { applyFrontMatterPatch, type FrontMatterPatch } from "../core/duplicates/index.js";
import {
  type GitHubClient,
  type IssueData,
  isForbidden,
  labelNames,
  listAll,
  type RepoRef,
  statusOf,
} from "./client.js";

/** What is applied: a ConsolidationPlan from the core, or a plan built from issues (no files). */
export interface ConsolidationTarget {
  key: string;
  marker: string;
  title: string;
  body: string;
  members: { path: string }[];
  patches: { path: string; patch: FrontMatterPatch }[];
  /** Handoff issues that are members (`/consolidate #12 #15`). */
  memberIssues?: number[];
}

export interface ApplyOptions {
  repo: RepoRef;
  /** Branch the pull request targets, and the commit it is based on. */
  baseBranch: string;
  baseSha: string;
  /** Text of a member file at baseSha, or null. */
  readFile(path: string): Promise<string | null>;
  /** Label of consolidated issues (config `consolidate.label`). */
  label: string;
  /** Label of handoffs kept as issues (config `consolidate.issueLabel`). */
  issueLabel: string;
  /** Open the pull request (config `consolidate.pullRequest`). */
  pullRequest: boolean;
  /** Issue or PR where the command was typed (never closed as a member unless named). */
  origin?: number;
}

export interface ApplyOutcome {
  key: string;
  issue: { number: number; url: string; created: boolean };
  closedIssues: number[];
  pullRequest: { number: number; url: string; created: boolean } | null;
  notes: string[];
}

export const branchFor = (key: string) => `handoff-guard/consolidate-${key.replace(/[^A-Za-z0-9._-]/g, "-")}`;

export async function applyConsolidation(
  octokit: GitHubClient,
  plan: ConsolidationTarget,
  options: ApplyOptions,
): Promise<ApplyOutcome> {
  const notes: string[] = [];
  const issue = await upsertIssue(octokit, plan, options);
  const closedIssues = await closeMemberIssues(octokit, plan, options, issue.number);
  let pullRequest: ApplyOutcome["pullRequest"] = null;
  if (!options.pullRequest) notes.push("Pull request skipped: `consolidate.pullRequest` is false.");
  else if (plan.patches.length > 0) {
    try {
      pullRequest = await upsertPullRequest(octokit, plan, options, issue.url);
      if (!pullRequest)
        notes.push("No pull request needed: every member file is already marked consolidated.");
    } catch (error) {
      if (!isForbidden(error) && statusOf(error) !== 404) throw error;
      notes.push(
        "Pull request skipped: the token cannot write repository contents. Grant `contents: write` and " +
          "`pull-requests: write` (Action: the job's `permissions:`; App: the Contents and Pull requests " +
          "write permissions) to let handoff-guard mark the member files `status: consolidated`.",
      );
    }
  }
  return { key: plan.key, issue, closedIssues, pullRequest, notes };
}

async function markedIssues(octokit: GitHubClient, repo: RepoRef, label: string, marker: string) {
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
    .filter((i) => !i.pull_request && (i.body ?? "").includes(marker))
    .filter((i) => labelNames(i).some((l) => l.toLowerCase() === label.toLowerCase()))
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.number - b.number);
}

async function upsertIssue(
  octokit: GitHubClient,
  plan: ConsolidationTarget,
  options: ApplyOptions,
): Promise<ApplyOutcome["issue"]> {
  const { repo, label } = options;
  const body = plan.body.includes(plan.marker) ? plan.body : `${plan.marker}\n${plan.body}`;
  const existing = await markedIssues(octokit, repo, label, plan.marker);
  let kept: IssueData | undefined = existing[0];
  let created = false;
  if (!kept) {
    const { data } = await octokit.rest.issues.create({ ...repo, title: plan.title, body, labels: [label] });
    // A concurrent run may have created one too: the oldest wins, younger ones are retired.
    const after = await markedIssues(octokit, repo, label, plan.marker);
    kept = after[0] ?? data;
    created = kept.number === data.number;
    await retire(octokit, repo, kept, after.slice(1));
  } else {
    await retire(octokit, repo, kept, existing.slice(1));
    if ((kept.body ?? "") !== body || kept.title !== plan.title) {
      await octokit.rest.issues.update({ ...repo, issue_number: kept.number, title: plan.title, body });
    }
  }
  return { number: kept.number, url: kept.html_url, created };
}

/** Close younger duplicates of the consolidated issue and drop their marker and label. */
async function retire(octokit: GitHubClient, repo: RepoRef, kept: IssueData, others: readonly IssueData[]) {
  for (const other of others) {
    await octokit.rest.issues.update({
      ...repo,
      issue_number: other.number,
      state: "closed",
      state_reason: "duplicate",
      labels: [],
      body: `Duplicate of #${kept.number} (created by a concurrent /consolidate run).`,
    });
  }
}

async function closeMemberIssues(
  octokit: GitHubClient,
  plan: ConsolidationTarget,
  options: ApplyOptions,
  consolidated: number,
): Promise<number[]> {
  const { repo } = options;
  const candidates = new Map<number, IssueData>();
  for (const number of plan.memberIssues ?? []) {
    const { data } = await octokit.rest.issues.get({ ...repo, issue_number: number });
    candidates.set(number, data);
  }
  if (plan.members.length > 0) {
    const labelled = await listAll((page) =>
      octokit.rest.issues.listForRepo({
        ...repo,
        labels: options.issueLabel,
        state: "open",
        per_page: 100,
        page,
      }),
    );
    for (const issue of labelled) {
      const text = `${issue.title}\n${issue.body ?? ""}`;
      if (plan.members.some((m) => mentions(text, m.path))) candidates.set(issue.number, issue);
    }
  }
  const closed: number[] = [];
  for (const issue of candidates.values()) {
    if (issue.number === consolidated || issue.pull_request || issue.state !== "open") continue;
    // A concurrent run may have closed it since the listing: ask again, so it is closed (and told) once.
    const { data: fresh } = await octokit.rest.issues.get({ ...repo, issue_number: issue.number });
    if (fresh.state !== "open") continue;
    await octokit.rest.issues.createComment({
      ...repo,
      issue_number: issue.number,
      body: `Consolidated into #${consolidated}: this handoff describes the same work. Closing as a duplicate; continue there.`,
    });
    await octokit.rest.issues.update({
      ...repo,
      issue_number: issue.number,
      state: "closed",
      state_reason: "duplicate",
    });
    closed.push(issue.number);
  }
  return closed;
}

/** The issue names the file by path (or by its unique file name). */
function mentions(text: string, path: string): boolean {
  if (text.includes(path)) return true;
  const base = path.slice(path.lastIndexOf("/") + 1);
  return new RegExp(
    `(^|[\\s\`'"(/])${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[\\s\`'").,:;])`,
    "m",
  ).test(text);
}

async function upsertPullRequest(
  octokit: GitHubClient,
  plan: ConsolidationTarget,
  options: ApplyOptions,
  issueUrl: string,
): Promise<ApplyOutcome["pullRequest"]> {
  const { repo } = options;
  const tree: { path: string; mode: "100644"; type: "blob"; sha: string }[] = [];
  const changed: string[] = [];
  for (const { path, patch } of plan.patches) {
    const text = await options.readFile(path);
    if (text === null) continue;
    const next = applyFrontMatterPatch(text, { ...patch, consolidated_into: issueUrl });
    if (next === text) continue;
    const { data: blob } = await octokit.rest.git.createBlob({
      ...repo,
      content: Buffer.from(next, "utf8").toString("base64"),
      encoding: "base64",
    });
    tree.push({ path, mode: "100644", type: "blob", sha: blob.sha });
    changed.push(path);
  }
  if (tree.length === 0) return null;

  const { data: baseCommit } = await octokit.rest.git.getCommit({ ...repo, commit_sha: options.baseSha });
  const { data: newTree } = await octokit.rest.git.createTree({
    ...repo,
    base_tree: baseCommit.tree.sha,
    tree,
  });
  const branch = branchFor(plan.key);
  const ref = `heads/${branch}`;
  const current = await octokit.rest.git.getRef({ ...repo, ref }).then(
    (r) => r.data.object.sha,
    (error) => {
      if (statusOf(error) === 404) return null;
      throw error;
    },
  );
  const currentTree = current
    ? (await octokit.rest.git.getCommit({ ...repo, commit_sha: current })).data.tree.sha
    : null;
  if (currentTree !== newTree.sha) {
    const { data: commit } = await octokit.rest.git.createCommit({
      ...repo,
      message: `Mark ${changed.length} handoff(s) consolidated into ${issueUrl}\n\n${changed.map((p) => `- ${p}`).join("\n")}`,
      tree: newTree.sha,
      parents: [options.baseSha],
    });
    if (current) await octokit.rest.git.updateRef({ ...repo, ref, sha: commit.sha, force: true });
    else {
      await octokit.rest.git
        .createRef({ ...repo, ref: `refs/${ref}`, sha: commit.sha })
        .catch(async (error) => {
          // A concurrent run created the branch first: point it at our commit (same content).
          if (statusOf(error) !== 422) throw error;
          await octokit.rest.git.updateRef({ ...repo, ref, sha: commit.sha, force: true });
        });
    }
  }

  const title = `Mark handoffs consolidated: ${plan.title}`.slice(0, 250);
  const body = [
    `Marks ${changed.length} member handoff(s) \`status: consolidated\` with \`consolidated_into: ${issueUrl}\`, so the next reader of the repository is not sent after the same task again.`,
    "",
    ...changed.map((p) => `- \`${p}\``),
    "",
    `Consolidated issue: ${issueUrl}`,
    "",
    `<!-- handoff-guard:consolidate-pr key=${plan.key} -->`,
  ].join("\n");
  const open = await findOpenPull(octokit, repo, branch);
  if (open) {
    await octokit.rest.pulls.update({ ...repo, pull_number: open.number, title, body });
    return { number: open.number, url: open.html_url, created: false };
  }
  try {
    const { data } = await octokit.rest.pulls.create({
      ...repo,
      title,
      head: branch,
      base: options.baseBranch,
      body,
    });
    return { number: data.number, url: data.html_url, created: true };
  } catch (error) {
    // "A pull request already exists": a concurrent run opened it.
    if (statusOf(error) !== 422) throw error;
    const again = await findOpenPull(octokit, repo, branch);
    if (!again) throw error;
    return { number: again.number, url: again.html_url, created: false };
  }
}

async function findOpenPull(octokit: GitHubClient, repo: RepoRef, branch: string) {
  const { data } = await octokit.rest.pulls.list({
    ...repo,
    head: `${repo.owner}:${branch}`,
    state: "open",
    per_page: 10,
  });
  return data.find((p) => p.head.ref === branch) ?? null;
}

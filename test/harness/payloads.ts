import type { FakeGitHub } from "./fake.js";
import {
  checkRunJson,
  commentJson,
  installationJson,
  issueJson,
  pullJson,
  repoJson,
  userJson,
} from "./shapes.js";
import type { CheckRun, Comment, Installation, Issue, Pull, Repo } from "./state.js";

/** Webhook payloads in GitHub's shapes, built from the fake's state and git data. */

export type Payload = Record<string, unknown>;

export interface PullRequestPayload extends Payload {
  action: string;
  number: number;
  pull_request: Payload & { head: { sha: string; ref: string }; base: { sha: string; ref: string } };
  repository: Payload;
  installation?: { id: number; node_id: string };
  sender: Payload;
}

interface Common {
  /** Sender login (default: the repository owner or the acting user). */
  sender?: string;
}

function installationRef(gh: FakeGitHub, repo: Repo): Payload {
  const inst = gh.state.installationFor(repo);
  return inst
    ? { installation: { id: inst.id, node_id: Buffer.from(`Installation${inst.id}`).toString("base64") } }
    : {};
}

function sender(gh: FakeGitHub, login: string): Payload {
  return userJson(gh, gh.state.user(login));
}

export async function pullRequestPayload(
  gh: FakeGitHub,
  options: Common & { repo: Repo; pull: Pull; action: string; before?: string },
): Promise<PullRequestPayload> {
  const { repo, pull, action } = options;
  const issue = gh.state.issue(repo.id, pull.number)!;
  const payload: Payload = {
    action,
    number: pull.number,
    pull_request: await pullJson(gh, repo, pull),
    repository: repoJson(gh, repo),
    ...installationRef(gh, repo),
    sender: sender(gh, options.sender ?? issue.user.login),
  };
  if (action === "synchronize") {
    payload["before"] = options.before ?? pull.headSha;
    payload["after"] = pull.headSha;
  }
  return payload as PullRequestPayload;
}

export function issueCommentPayload(
  gh: FakeGitHub,
  options: Common & {
    repo: Repo;
    issue: Issue;
    comment: Comment;
    action: "created" | "edited" | "deleted";
    from?: string;
  },
): Payload {
  const { repo, issue, comment, action } = options;
  return {
    action,
    issue: issueJson(gh, repo, issue),
    comment: commentJson(gh, repo, comment),
    ...(action === "edited" ? { changes: { body: { from: options.from ?? "" } } } : {}),
    repository: repoJson(gh, repo),
    ...installationRef(gh, repo),
    sender: sender(gh, options.sender ?? comment.user.login),
  };
}

/** A `push` payload for `ref` moving from `before` (zeros for a new branch) to `after`, commits from git. */
export async function pushPayload(
  gh: FakeGitHub,
  options: Common & { repo: Repo; ref: string; before: string; after: string; forced?: boolean },
): Promise<Payload> {
  const { repo } = options;
  const zero = "0".repeat(40);
  const deleted = options.after === zero;
  const created = options.before === zero;
  const shas = deleted ? [] : await repo.git.revList(created ? null : options.before, options.after);
  const recent = shas.slice(-20);
  const commits = [];
  for (const sha of recent) {
    const info = (await repo.git.readCommit(sha))!;
    const files = await repo.git.diff(info.parents[0] ?? null, sha);
    commits.push({
      id: sha,
      tree_id: info.tree,
      distinct: true,
      message: info.message,
      timestamp: info.committer.date,
      url: `${gh.htmlUrl}/${repo.owner.login}/${repo.name}/commit/${sha}`,
      author: { name: info.author.name, email: info.author.email },
      committer: { name: info.committer.name, email: info.committer.email },
      added: files.filter((f) => f.status === "added").map((f) => f.filename),
      removed: files.flatMap((f) =>
        f.status === "removed" ? [f.filename] : f.status === "renamed" ? [f.previous_filename!] : [],
      ),
      modified: files.filter((f) => f.status === "modified").map((f) => f.filename),
    });
    for (const f of files) if (f.status === "renamed") commits.at(-1)!.added.push(f.filename);
  }
  const login = options.sender ?? repo.owner.login;
  return {
    ref: options.ref,
    before: options.before,
    after: options.after,
    created,
    deleted,
    forced: options.forced ?? false,
    base_ref: null,
    compare: `${gh.htmlUrl}/${repo.owner.login}/${repo.name}/compare/${options.before.slice(0, 12)}...${options.after.slice(0, 12)}`,
    commits,
    head_commit: commits.at(-1) ?? null,
    repository: repoJson(gh, repo),
    pusher: { name: login, email: `${login}@users.noreply.github.com` },
    ...installationRef(gh, repo),
    sender: sender(gh, login),
  };
}

export function checkSuitePayload(
  gh: FakeGitHub,
  options: Common & {
    repo: Repo;
    headSha: string;
    headBranch?: string;
    action: "requested" | "rerequested" | "completed";
    before?: string;
  },
): Payload {
  const { repo } = options;
  const inst = gh.state.installationFor(repo);
  const app = gh.apps.find((a) => a.appId === inst?.appId) ?? gh.appCredentials();
  const appInfo = gh.appInfo(app);
  const pulls = gh.state.pulls.filter((p) => p.repoId === repo.id && p.headSha === options.headSha);
  const base = `${gh.url}/repos/${repo.owner.login}/${repo.name}`;
  return {
    action: options.action,
    check_suite: {
      id: gh.state.checkSuiteId(repo.id, app.appId, options.headSha),
      head_branch: options.headBranch ?? null,
      head_sha: options.headSha,
      status: options.action === "completed" ? "completed" : "queued",
      conclusion: null,
      before: options.before ?? null,
      after: options.headSha,
      url: `${base}/check-suites/${gh.state.checkSuiteId(repo.id, app.appId, options.headSha)}`,
      pull_requests: pulls.map((p) => ({
        url: `${base}/pulls/${p.number}`,
        id: p.id,
        number: p.number,
        head: { ref: p.headRef, sha: p.headSha, repo: { id: p.headRepoId } },
        base: { ref: p.baseRef, sha: p.baseSha, repo: { id: repo.id } },
      })),
      app: { id: appInfo.id, slug: appInfo.slug, name: appInfo.name, owner: userJson(gh, appInfo.owner) },
      latest_check_runs_count: gh.state.checkRuns.filter(
        (c) => c.repoId === repo.id && c.headSha === options.headSha,
      ).length,
    },
    repository: repoJson(gh, repo),
    ...installationRef(gh, repo),
    sender: sender(gh, options.sender ?? repo.owner.login),
  };
}

export function checkRunPayload(
  gh: FakeGitHub,
  options: Common & {
    repo: Repo;
    run: CheckRun;
    action: "created" | "completed" | "rerequested" | "requested_action";
    headBranch?: string;
  },
): Payload {
  const { repo, run } = options;
  const json = checkRunJson(gh, repo, run);
  json["check_suite"] = {
    id: run.checkSuiteId,
    head_sha: run.headSha,
    head_branch: options.headBranch ?? null,
    status: run.status,
    conclusion: run.conclusion,
    app: json["app"],
    pull_requests: json["pull_requests"],
  };
  return {
    action: options.action,
    check_run: json,
    repository: repoJson(gh, repo),
    ...installationRef(gh, repo),
    sender: sender(gh, options.sender ?? repo.owner.login),
  };
}

function repoSummary(repo: Repo): Payload {
  return {
    id: repo.id,
    node_id: Buffer.from(`Repository${repo.id}`).toString("base64"),
    name: repo.name,
    full_name: `${repo.owner.login}/${repo.name}`,
    private: repo.private,
  };
}

export function installationPayload(
  gh: FakeGitHub,
  options: Common & {
    installation: Installation;
    action: "created" | "deleted" | "suspend" | "unsuspend" | "new_permissions_accepted";
  },
): Payload {
  const inst = options.installation;
  return {
    action: options.action,
    installation: installationJson(gh, inst),
    repositories: gh.state.installationRepos(inst).map(repoSummary),
    sender: sender(gh, options.sender ?? inst.account.login),
  };
}

export function installationRepositoriesPayload(
  gh: FakeGitHub,
  options: Common & { installation: Installation; action: "added" | "removed"; repositories: Repo[] },
): Payload {
  const inst = options.installation;
  return {
    action: options.action,
    installation: installationJson(gh, inst),
    repository_selection: inst.repositorySelection,
    repositories_added: options.action === "added" ? options.repositories.map(repoSummary) : [],
    repositories_removed: options.action === "removed" ? options.repositories.map(repoSummary) : [],
    requester: null,
    sender: sender(gh, options.sender ?? inst.account.login),
  };
}

import type { FakeGitHub } from "./fake.js";
import type {
  AppInfo,
  CheckRun,
  Comment,
  Installation,
  Issue,
  Label,
  Pull,
  Reaction,
  Repo,
  User,
} from "./state.js";
import { REACTIONS } from "./state.js";

/** JSON shapes as GitHub's REST API returns them (the fields the product can plausibly read). */

function nodeId(kind: string, id: number): string {
  return Buffer.from(`0:${kind}${id}`).toString("base64").replace(/=+$/, "");
}

export function userJson(gh: FakeGitHub, user: User): Record<string, unknown> {
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId("User", user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    url: `${gh.url}/users/${encodeURIComponent(user.login)}`,
    html_url: `${gh.htmlUrl}/${encodeURIComponent(user.login)}`,
    type: user.type,
    site_admin: false,
  };
}

export function repoJson(gh: FakeGitHub, repo: Repo): Record<string, unknown> {
  const full = `${repo.owner.login}/${repo.name}`;
  return {
    id: repo.id,
    node_id: nodeId("Repository", repo.id),
    name: repo.name,
    full_name: full,
    private: repo.private,
    visibility: repo.private ? "private" : "public",
    owner: userJson(gh, repo.owner),
    html_url: `${gh.htmlUrl}/${full}`,
    url: `${gh.url}/repos/${full}`,
    clone_url: `${gh.htmlUrl}/${full}.git`,
    fork: repo.fork,
    default_branch: repo.defaultBranch,
    archived: false,
    disabled: false,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    pushed_at: repo.createdAt,
  };
}

export function labelJson(gh: FakeGitHub, repo: Repo, label: Label): Record<string, unknown> {
  return {
    id: label.id,
    node_id: nodeId("Label", label.id),
    url: `${gh.url}/repos/${repo.owner.login}/${repo.name}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    description: label.description,
    default: label.default,
  };
}

export function reactionRollup(
  gh: FakeGitHub,
  url: string,
  reactions: readonly Reaction[],
): Record<string, unknown> {
  const rollup: Record<string, unknown> = { url: `${url}/reactions`, total_count: reactions.length };
  for (const content of REACTIONS) rollup[content] = reactions.filter((r) => r.content === content).length;
  void gh;
  return rollup;
}

export function issueJson(gh: FakeGitHub, repo: Repo, issue: Issue): Record<string, unknown> {
  const base = `${gh.url}/repos/${repo.owner.login}/${repo.name}`;
  const url = `${base}/issues/${issue.number}`;
  const labels = issue.labels
    .map((name) => repo.labels.get(name.toLowerCase()))
    .filter((l) => l !== undefined);
  const comments = gh.state.comments.filter((c) => c.repoId === repo.id && c.issueNumber === issue.number);
  const reactions = gh.state.reactions.filter(
    (r) => r.subject === "issue" && r.repoId === repo.id && r.subjectId === issue.number,
  );
  const json: Record<string, unknown> = {
    id: issue.id,
    node_id: nodeId("Issue", issue.id),
    url,
    repository_url: base,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    html_url: `${gh.htmlUrl}/${repo.owner.login}/${repo.name}/${issue.isPull ? "pull" : "issues"}/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: userJson(gh, issue.user),
    labels: labels.map((l) => labelJson(gh, repo, l)),
    assignee: issue.assignees[0] ? userJson(gh, gh.state.user(issue.assignees[0])) : null,
    assignees: issue.assignees.map((a) => userJson(gh, gh.state.user(a))),
    locked: issue.locked,
    comments: comments.length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: gh.authorAssociation(repo, issue.user),
    reactions: reactionRollup(gh, url, reactions),
  };
  if (issue.isPull) {
    const pulls = `${base}/pulls/${issue.number}`;
    json["pull_request"] = {
      url: pulls,
      html_url: json["html_url"],
      diff_url: `${json["html_url"]}.diff`,
      patch_url: `${json["html_url"]}.patch`,
    };
  }
  return json;
}

export function commentJson(gh: FakeGitHub, repo: Repo, comment: Comment): Record<string, unknown> {
  const base = `${gh.url}/repos/${repo.owner.login}/${repo.name}`;
  const url = `${base}/issues/comments/${comment.id}`;
  const reactions = gh.state.reactions.filter(
    (r) => r.subject === "comment" && r.repoId === repo.id && r.subjectId === comment.id,
  );
  const issue = gh.state.issue(repo.id, comment.issueNumber);
  const kind = issue?.isPull ? "pull" : "issues";
  return {
    id: comment.id,
    node_id: nodeId("IssueComment", comment.id),
    url,
    html_url: `${gh.htmlUrl}/${repo.owner.login}/${repo.name}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${base}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userJson(gh, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: gh.authorAssociation(repo, comment.user),
    reactions: reactionRollup(gh, url, reactions),
  };
}

export function reactionJson(gh: FakeGitHub, reaction: Reaction): Record<string, unknown> {
  return {
    id: reaction.id,
    node_id: nodeId("Reaction", reaction.id),
    user: userJson(gh, reaction.user),
    content: reaction.content,
    created_at: reaction.createdAt,
  };
}

export function appJson(gh: FakeGitHub, app: AppInfo): Record<string, unknown> {
  return {
    id: app.id,
    slug: app.slug,
    node_id: nodeId("Integration", app.id),
    name: app.name,
    owner: userJson(gh, app.owner),
    html_url: `${gh.htmlUrl}/apps/${app.slug}`,
  };
}

export function checkRunJson(gh: FakeGitHub, repo: Repo, run: CheckRun): Record<string, unknown> {
  const base = `${gh.url}/repos/${repo.owner.login}/${repo.name}`;
  const pulls = gh.state.pulls.filter(
    (p) =>
      p.repoId === repo.id &&
      p.headSha === run.headSha &&
      gh.state.issue(repo.id, p.number)?.state === "open",
  );
  return {
    id: run.id,
    node_id: nodeId("CheckRun", run.id),
    head_sha: run.headSha,
    external_id: run.externalId ?? "",
    url: `${base}/check-runs/${run.id}`,
    html_url: `${gh.htmlUrl}/${repo.owner.login}/${repo.name}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${base}/check-runs/${run.id}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.checkSuiteId },
    app: appJson(gh, run.app),
    pull_requests: pulls.map((p) => ({
      url: `${base}/pulls/${p.number}`,
      id: p.id,
      number: p.number,
      head: { ref: p.headRef, sha: p.headSha, repo: { id: p.headRepoId, url: base, name: repo.name } },
      base: { ref: p.baseRef, sha: p.baseSha, repo: { id: repo.id, url: base, name: repo.name } },
    })),
  };
}

export function installationJson(gh: FakeGitHub, inst: Installation): Record<string, unknown> {
  const app = gh.apps.find((a) => a.appId === inst.appId);
  return {
    id: inst.id,
    account: userJson(gh, inst.account),
    repository_selection: inst.repositorySelection,
    access_tokens_url: `${gh.url}/app/installations/${inst.id}/access_tokens`,
    repositories_url: `${gh.url}/installation/repositories`,
    html_url: `${gh.htmlUrl}/settings/installations/${inst.id}`,
    app_id: inst.appId,
    app_slug: app?.slug,
    target_id: inst.account.id,
    target_type: inst.account.type === "Organization" ? "Organization" : "User",
    permissions: inst.permissions,
    events: inst.events,
    created_at: inst.createdAt,
    updated_at: inst.createdAt,
    single_file_name: null,
    suspended_at: inst.suspended ? inst.createdAt : null,
    suspended_by: null,
  };
}

export async function pullJson(gh: FakeGitHub, repo: Repo, pull: Pull): Promise<Record<string, unknown>> {
  const issue = gh.state.issue(repo.id, pull.number)!;
  const headRepo = gh.state.repos.get(pull.headRepoId) ?? repo;
  const base = `${gh.url}/repos/${repo.owner.login}/${repo.name}`;
  const html = `${gh.htmlUrl}/${repo.owner.login}/${repo.name}/pull/${pull.number}`;
  const mergeBase = await repo.git.mergeBase(pull.baseSha, pull.headSha).catch(() => null);
  const files = mergeBase ? await repo.git.diff(mergeBase, pull.headSha).catch(() => []) : [];
  const commits = mergeBase ? await repo.git.revList(mergeBase, pull.headSha).catch(() => []) : [];
  const issueView = issueJson(gh, repo, issue);
  return {
    url: `${base}/pulls/${pull.number}`,
    id: pull.id,
    node_id: nodeId("PullRequest", pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${base}/issues/${pull.number}`,
    commits_url: `${base}/pulls/${pull.number}/commits`,
    number: pull.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: issueView["user"],
    body: issue.body,
    labels: issueView["labels"],
    assignee: issueView["assignee"],
    assignees: issueView["assignees"],
    requested_reviewers: [],
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: null,
    draft: pull.draft,
    head: {
      label: `${headRepo.owner.login}:${pull.headRef}`,
      ref: pull.headRef,
      sha: pull.headSha,
      user: userJson(gh, headRepo.owner),
      repo: repoJson(gh, headRepo),
    },
    base: {
      label: `${repo.owner.login}:${pull.baseRef}`,
      ref: pull.baseRef,
      sha: pull.baseSha,
      user: userJson(gh, repo.owner),
      repo: repoJson(gh, repo),
    },
    author_association: issueView["author_association"],
    merged: pull.merged,
    mergeable: null,
    mergeable_state: "unknown",
    maintainer_can_modify: pull.maintainerCanModify,
    comments: issueView["comments"],
    review_comments: 0,
    commits: commits.length,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changed_files: files.length,
  };
}

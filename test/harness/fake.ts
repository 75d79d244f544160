import { type AppCredentials, appInfo, generateAppCredentials, newToken } from "./auth.js";
import { Faults } from "./faults.js";
import { GitRepo } from "./git-backing.js";
import { isoNow } from "./http.js";
import type { PullRequestPayload } from "./payloads.js";
import { issueCommentPayload, pullRequestPayload } from "./payloads.js";
import type { Router } from "./router.js";
import {
  type AppInfo,
  type Comment,
  type Installation,
  type Issue,
  type Permissions,
  type Pull,
  type Repo,
  type Role,
  State,
  type User,
  type UserType,
} from "./state.js";
import { type SendWebhookOptions, sendWebhook, type WebhookResult } from "./webhooks.js";

export interface LoggedRequest {
  method: string;
  /** Route template, e.g. "GET /repos/{owner}/{repo}/git/trees/{tree_sha}"; null when no route matched. */
  route: string | null;
  /** Path and query as received. */
  path: string;
  status: number;
  timestamp: number;
  durationMs: number;
  auth: "jwt" | "installation" | "actions" | "pat" | "none" | "invalid";
  /** Parsed JSON body of writes. */
  body?: unknown;
}

export interface FakeGitHubOptions {
  /** Base for `html_url`s (default https://github.com). */
  htmlUrl?: string;
  /** Cut tree listings longer than this (also settable as `faults.truncateTreesAt`). */
  truncateTreesAt?: number;
  /** Delay before new or edited issues show up in search, as GitHub's index lags (default 0). */
  searchLagMs?: number;
}

export const ACTIONS_APP_ID = 15368;

export const ACTIONS_TOKEN_PERMISSIONS: Permissions = {
  actions: "write",
  checks: "write",
  contents: "write",
  issues: "write",
  pull_requests: "write",
  statuses: "write",
  metadata: "read",
};

export const READ_ONLY_PERMISSIONS: Permissions = {
  actions: "read",
  checks: "read",
  contents: "read",
  issues: "read",
  pull_requests: "read",
  statuses: "read",
  metadata: "read",
};

export class FakeGitHub {
  readonly state = new State();
  readonly faults = new Faults();
  readonly requests: LoggedRequest[] = [];
  readonly apps: AppCredentials[] = [];
  readonly htmlUrl: string;
  searchLagMs: number;
  url = "";
  /** Set by startGitHub. */
  closeServer: () => Promise<void> = async () => {};

  constructor(
    readonly router: Router,
    options: FakeGitHubOptions = {},
  ) {
    this.htmlUrl = options.htmlUrl ?? "https://github.com";
    this.searchLagMs = options.searchLagMs ?? 0;
    if (options.truncateTreesAt !== undefined) this.faults.truncateTreesAt = options.truncateTreesAt;
  }

  async close(): Promise<void> {
    await this.closeServer();
    for (const repo of this.state.repos.values()) repo.git.close();
  }

  // ---- apps, installations, tokens -------------------------------------------------------------

  /** The default app's credentials (created on first call), or a new app when options are given. */
  appCredentials(options?: Parameters<typeof generateAppCredentials>[0]): AppCredentials {
    if (!options && this.apps[0]) return this.apps[0];
    const app = generateAppCredentials(options);
    this.apps.push(app);
    return app;
  }

  appInfo(app: AppCredentials): AppInfo {
    return appInfo(app, this.state.user("handoff-guard-org", "Organization"));
  }

  /** Installs an app on an account: every repository of it, or only `repositories` ("owner/name"). */
  install(options: {
    account: string;
    repositories?: string[];
    app?: AppCredentials;
    permissions?: Permissions;
  }): Installation {
    const app = options.app ?? this.appCredentials();
    const account = this.state.user(options.account);
    const repoIds = new Set<number>();
    for (const full of options.repositories ?? []) {
      const repo = this.state.repoByFullName(full);
      if (!repo) throw new Error(`install: unknown repository ${full}`);
      repoIds.add(repo.id);
    }
    const inst: Installation = {
      id: this.state.nextId("installation", 40_000_000),
      appId: app.appId,
      account,
      repositorySelection: options.repositories ? "selected" : "all",
      repoIds,
      permissions: options.permissions ?? { ...app.permissions },
      events: [...app.events],
      createdAt: isoNow(),
      suspended: false,
    };
    this.state.installations.set(inst.id, inst);
    return inst;
  }

  uninstall(installationId: number): void {
    this.state.installations.delete(installationId);
    for (const [key, token] of this.state.tokens) {
      if (token.installationId === installationId) this.state.tokens.delete(key);
    }
  }

  /** Issues an installation token directly (what POST /app/installations/{id}/access_tokens does). */
  installationToken(installationId: number, narrow: { repoIds?: number[]; permissions?: Permissions } = {}) {
    const inst = this.state.installations.get(installationId);
    if (!inst) throw new Error(`no installation ${installationId}`);
    const app = this.apps.find((a) => a.appId === inst.appId)!;
    const token = newToken("ghs");
    const record = {
      token,
      kind: "installation" as const,
      installationId,
      actor: this.state.user(`${app.slug}[bot]`, "Bot"),
      app: this.appInfo(app),
      permissions: narrow.permissions ?? { ...inst.permissions },
      repoIds: new Set(narrow.repoIds ?? this.state.installationRepos(inst).map((r) => r.id)),
      expiresAt: Date.now() + 3600_000,
    };
    this.state.tokens.set(token, record);
    return record;
  }

  /**
   * A token like the Action's GITHUB_TOKEN (acts as github-actions[bot]) or a user's PAT.
   * `repositories` limits it (default: the Actions token covers every repository here).
   */
  createToken(
    options: {
      kind?: "actions" | "pat";
      login?: string;
      permissions?: Permissions;
      repositories?: string[];
    } = {},
  ): string {
    const kind = options.kind ?? "actions";
    const token = newToken(kind === "pat" ? "ghp" : "ghs");
    const actor =
      kind === "actions"
        ? this.state.user("github-actions[bot]", "Bot")
        : this.state.user(options.login ?? "octocat", "User");
    const actionsApp: AppInfo = {
      id: ACTIONS_APP_ID,
      slug: "github-actions",
      name: "GitHub Actions",
      owner: this.state.user("github", "Organization"),
    };
    this.state.tokens.set(token, {
      token,
      kind,
      actor,
      ...(kind === "actions" ? { app: actionsApp } : {}),
      permissions: options.permissions ?? { ...ACTIONS_TOKEN_PERMISSIONS },
      repoIds: options.repositories
        ? new Set(options.repositories.map((full) => this.requireRepo(full).id))
        : ("all" as const),
      expiresAt: Date.now() + 24 * 3600_000,
    });
    return token;
  }

  /** Makes every token issued so far invalid (401 Bad credentials). */
  expireTokens(): void {
    for (const token of this.state.tokens.values()) token.expiresAt = 0;
  }

  // ---- repositories ----------------------------------------------------------------------------

  /** Serves a real git repository (bare or not) as `owner/name`. Default branch: `HEAD`'s branch. */
  async addRepo(
    owner: string,
    name: string,
    gitDir: string,
    options: { defaultBranch?: string; private?: boolean; ownerType?: UserType; fork?: boolean } = {},
  ): Promise<Repo> {
    if (this.state.repo(owner, name)) throw new Error(`repository ${owner}/${name} already exists`);
    const git = new GitRepo(gitDir);
    const defaultBranch =
      options.defaultBranch ??
      (await git.text(["symbolic-ref", "--short", "HEAD"]).then(
        (s) => s.trim(),
        () => "main",
      ));
    const ownerUser = this.state.user(owner, options.ownerType ?? "Organization");
    const repo: Repo = {
      id: this.state.nextId("repo", 700_000),
      owner: ownerUser,
      name,
      git,
      defaultBranch,
      private: options.private ?? false,
      fork: options.fork ?? false,
      labels: new Map(),
      roles: new Map(),
      createdAt: isoNow(),
    };
    if (ownerUser.type === "User") repo.roles.set(owner.toLowerCase(), "admin");
    this.state.repos.set(repo.id, repo);
    return repo;
  }

  requireRepo(fullName: string): Repo {
    const repo = this.state.repoByFullName(fullName);
    if (!repo) throw new Error(`unknown repository ${fullName}`);
    return repo;
  }

  setPermission(owner: string, repo: string, user: string, role: Role): void {
    const r = this.requireRepo(`${owner}/${repo}`);
    this.state.user(user);
    r.roles.set(user.toLowerCase(), role);
  }

  roleOf(repo: Repo, user: User): Role {
    const role = repo.roles.get(user.login.toLowerCase());
    if (role) return role;
    return repo.private ? "none" : "read";
  }

  authorAssociation(repo: Repo, user: User): string {
    if (repo.owner.login.toLowerCase() === user.login.toLowerCase()) return "OWNER";
    const role = repo.roles.get(user.login.toLowerCase());
    if (role && role !== "none") return "COLLABORATOR";
    return "NONE";
  }

  // ---- issues, comments, pull requests (direct state, for test setup) ----------------------------

  createIssue(options: {
    owner: string;
    repo: string;
    title: string;
    body?: string;
    labels?: string[];
    user?: string;
    state?: "open" | "closed";
  }): Issue {
    const repo = this.requireRepo(`${options.owner}/${options.repo}`);
    const now = isoNow();
    for (const name of options.labels ?? []) this.ensureLabel(repo, name);
    const issue: Issue = {
      id: this.state.nextId("issue", 2_000_000),
      repoId: repo.id,
      number: this.state.nextNumber(repo.id),
      title: options.title,
      body: options.body ?? null,
      state: options.state ?? "open",
      stateReason: options.state === "closed" ? "completed" : null,
      labels: [...(options.labels ?? [])],
      assignees: [],
      user: this.state.user(options.user ?? "octocat"),
      createdAt: now,
      updatedAt: now,
      closedAt: options.state === "closed" ? now : null,
      locked: false,
      isPull: false,
      searchableAt: Date.now() + this.searchLagMs,
    };
    this.state.issues.push(issue);
    return issue;
  }

  ensureLabel(repo: Repo, name: string, color = "ededed", description: string | null = null) {
    const key = name.toLowerCase();
    let label = repo.labels.get(key);
    if (!label) {
      label = { id: this.state.nextId("label", 3_000_000), name, color, description, default: false };
      repo.labels.set(key, label);
    }
    return label;
  }

  /** Adds a comment as `user` and returns the `issue_comment.created` payload for it. */
  addComment(options: { owner: string; repo: string; issueNumber: number; body: string; user?: string }) {
    const repo = this.requireRepo(`${options.owner}/${options.repo}`);
    const issue = this.state.issue(repo.id, options.issueNumber);
    if (!issue) throw new Error(`no issue #${options.issueNumber} in ${options.owner}/${options.repo}`);
    const now = isoNow();
    const comment: Comment = {
      id: this.state.nextId("comment", 9_000_000),
      repoId: repo.id,
      issueNumber: issue.number,
      body: options.body,
      user: this.state.user(options.user ?? "octocat"),
      createdAt: now,
      updatedAt: now,
    };
    this.state.comments.push(comment);
    return issueCommentPayload(this, { repo, issue, comment, action: "created" });
  }

  /**
   * Opens a pull request from `head` (a branch of this repository, or of `headRepo` for a fork)
   * into `base` (default branch by default) and returns the `pull_request.opened` payload.
   */
  async openPullRequest(options: {
    owner: string;
    repo: string;
    head: string;
    base?: string;
    title?: string;
    body?: string;
    user?: string;
    draft?: boolean;
    headRepo?: string;
  }): Promise<PullRequestPayload> {
    const repo = this.requireRepo(`${options.owner}/${options.repo}`);
    const headRepo = options.headRepo ? this.requireRepo(options.headRepo) : repo;
    const base = options.base ?? repo.defaultBranch;
    const headSha = await headRepo.git.refSha(`refs/heads/${options.head}`);
    const baseSha = await repo.git.refSha(`refs/heads/${base}`);
    if (!headSha)
      throw new Error(`openPullRequest: no branch ${options.head} in ${options.headRepo ?? "repo"}`);
    if (!baseSha) throw new Error(`openPullRequest: no base branch ${base}`);
    const issue = this.createIssue({
      owner: options.owner,
      repo: options.repo,
      title: options.title ?? `Pull request from ${options.head}`,
      body: options.body ?? "",
      user: options.user ?? "octocat",
    });
    issue.isPull = true;
    const pull: Pull = {
      repoId: repo.id,
      number: issue.number,
      id: this.state.nextId("pull", 8_000_000),
      headRepoId: headRepo.id,
      headRef: options.head,
      headSha,
      baseRef: base,
      baseSha,
      draft: options.draft ?? false,
      merged: false,
      mergedAt: null,
      maintainerCanModify: false,
    };
    this.state.pulls.push(pull);
    await this.refreshPull(pull);
    return pullRequestPayload(this, { repo, pull, action: "opened" });
  }

  /** Re-reads the head branch (after a test committed to it) and returns `pull_request.synchronize`. */
  async synchronizePullRequest(owner: string, repo: string, number: number): Promise<PullRequestPayload> {
    const r = this.requireRepo(`${owner}/${repo}`);
    const pull = this.state.pull(r.id, number);
    if (!pull) throw new Error(`no pull request #${number}`);
    const before = pull.headSha;
    await this.refreshPull(pull);
    return pullRequestPayload(this, { repo: r, pull, action: "synchronize", before });
  }

  /** Brings an open pull request's head/base SHAs and `refs/pull/N/head` up to date with the branches. */
  async refreshPull(pull: Pull): Promise<void> {
    const repo = this.state.repos.get(pull.repoId)!;
    const issue = this.state.issue(repo.id, pull.number);
    if (!issue || issue.state !== "open") return;
    const headRepo = this.state.repos.get(pull.headRepoId)!;
    const head = await headRepo.git.refSha(`refs/heads/${pull.headRef}`);
    const base = await repo.git.refSha(`refs/heads/${pull.baseRef}`);
    if (base) pull.baseSha = base;
    if (!head) return;
    pull.headSha = head;
    const ref = `refs/pull/${pull.number}/head`;
    if ((await repo.git.refSha(ref)) === head) return;
    if (headRepo !== repo) await repo.git.fetch(headRepo.git.dir, `+refs/heads/${pull.headRef}:${ref}`);
    else await repo.git.updateRef(ref, head);
  }

  // ---- reading what happened --------------------------------------------------------------------

  /** Number of logged requests to a route template (optionally with a given status). */
  count(route: string, status?: number): number {
    return this.requests.filter((r) => r.route === route && (status === undefined || r.status === status))
      .length;
  }

  checkRuns(owner: string, repo: string, headSha?: string) {
    const r = this.requireRepo(`${owner}/${repo}`);
    return this.state.checkRuns.filter((c) => c.repoId === r.id && (!headSha || c.headSha === headSha));
  }

  issues(owner: string, repo: string, filter: { pulls?: boolean } = {}) {
    const r = this.requireRepo(`${owner}/${repo}`);
    return this.state.issues.filter((i) => i.repoId === r.id && (filter.pulls ? true : !i.isPull));
  }

  comments(owner: string, repo: string, issueNumber?: number) {
    const r = this.requireRepo(`${owner}/${repo}`);
    return this.state.comments.filter(
      (c) => c.repoId === r.id && (issueNumber === undefined || c.issueNumber === issueNumber),
    );
  }

  reactions(owner: string, repo: string, subject: { issue?: number; comment?: number }) {
    const r = this.requireRepo(`${owner}/${repo}`);
    return this.state.reactions.filter(
      (x) =>
        x.repoId === r.id &&
        ((subject.issue !== undefined && x.subject === "issue" && x.subjectId === subject.issue) ||
          (subject.comment !== undefined && x.subject === "comment" && x.subjectId === subject.comment)),
    );
  }

  pulls(owner: string, repo: string) {
    const r = this.requireRepo(`${owner}/${repo}`);
    return this.state.pulls.filter((p) => p.repoId === r.id);
  }

  /** Signs with the default app's webhook secret and posts to the app's server. */
  deliver(
    appUrl: string,
    event: string,
    payload: unknown,
    options: SendWebhookOptions = {},
  ): Promise<WebhookResult> {
    return sendWebhook(appUrl, event, payload, this.appCredentials().webhookSecret, options);
  }
}

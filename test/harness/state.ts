import type { GitRepo } from "./git-backing.js";

/** In-memory side of the fake GitHub: everything that is not git content. */

export type UserType = "User" | "Bot" | "Organization";

export interface User {
  login: string;
  id: number;
  type: UserType;
}

export type Role = "admin" | "maintain" | "write" | "triage" | "read" | "none";
export type Access = "read" | "write";
export type Permissions = Record<string, Access>;

export interface AppInfo {
  id: number;
  slug: string;
  name: string;
  owner: User;
}

export interface Label {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface Repo {
  id: number;
  owner: User;
  name: string;
  git: GitRepo;
  defaultBranch: string;
  private: boolean;
  fork: boolean;
  labels: Map<string, Label>;
  /** login (lower-case) → role */
  roles: Map<string, Role>;
  createdAt: string;
}

export interface Issue {
  id: number;
  repoId: number;
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  stateReason: string | null;
  labels: string[];
  assignees: string[];
  user: User;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  locked: boolean;
  /** Set for pull requests, which share the issue numbering as on GitHub. */
  isPull: boolean;
  /** Epoch ms from which search finds it (models the search index lag). */
  searchableAt: number;
}

export interface Comment {
  id: number;
  repoId: number;
  issueNumber: number;
  body: string;
  user: User;
  createdAt: string;
  updatedAt: string;
}

export const REACTIONS = ["+1", "-1", "laugh", "confused", "heart", "hooray", "rocket", "eyes"] as const;
export type ReactionContent = (typeof REACTIONS)[number];

export interface Reaction {
  id: number;
  subject: "issue" | "comment";
  repoId: number;
  /** Issue number or comment id. */
  subjectId: number;
  user: User;
  content: ReactionContent;
  createdAt: string;
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRun {
  id: number;
  repoId: number;
  name: string;
  headSha: string;
  status: "queued" | "in_progress" | "completed" | "waiting" | "requested" | "pending";
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Annotation[];
  app: AppInfo;
  checkSuiteId: number;
  /** Number of PATCH requests received. */
  updates: number;
}

export interface Pull {
  repoId: number;
  number: number;
  id: number;
  headRepoId: number;
  headRef: string;
  headSha: string;
  baseRef: string;
  baseSha: string;
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  maintainerCanModify: boolean;
}

export interface Installation {
  id: number;
  appId: number;
  account: User;
  repositorySelection: "all" | "selected";
  repoIds: Set<number>;
  permissions: Permissions;
  events: string[];
  createdAt: string;
  suspended: boolean;
}

export interface Token {
  token: string;
  kind: "installation" | "actions" | "pat";
  installationId?: number;
  /** Who the writes are attributed to. */
  actor: User;
  /** App shown on check runs created with this token. */
  app?: AppInfo;
  permissions: Permissions;
  /** Repository ids it may access; "all" = every repository (PAT). */
  repoIds: Set<number> | "all";
  expiresAt: number;
}

export class State {
  private nextIds = new Map<string, number>();
  readonly users = new Map<string, User>();
  readonly repos = new Map<number, Repo>();
  readonly issues: Issue[] = [];
  readonly comments: Comment[] = [];
  readonly reactions: Reaction[] = [];
  readonly checkRuns: CheckRun[] = [];
  readonly pulls: Pull[] = [];
  readonly installations = new Map<number, Installation>();
  readonly tokens = new Map<string, Token>();
  readonly checkSuites = new Map<string, number>();

  nextId(kind: string, start = 1000): number {
    const id = (this.nextIds.get(kind) ?? start) + 1;
    this.nextIds.set(kind, id);
    return id;
  }

  user(login: string, type: UserType = login.endsWith("[bot]") ? "Bot" : "User"): User {
    const key = login.toLowerCase();
    let user = this.users.get(key);
    if (!user) {
      user = { login, id: this.nextId("user", 100_000), type };
      this.users.set(key, user);
    }
    return user;
  }

  repo(owner: string, name: string): Repo | undefined {
    const o = owner.toLowerCase();
    const n = name.toLowerCase();
    for (const repo of this.repos.values()) {
      if (repo.owner.login.toLowerCase() === o && repo.name.toLowerCase() === n) return repo;
    }
    return undefined;
  }

  repoByFullName(fullName: string): Repo | undefined {
    const [owner, name] = fullName.split("/");
    return owner && name ? this.repo(owner, name) : undefined;
  }

  issue(repoId: number, number: number): Issue | undefined {
    return this.issues.find((i) => i.repoId === repoId && i.number === number);
  }

  pull(repoId: number, number: number): Pull | undefined {
    return this.pulls.find((p) => p.repoId === repoId && p.number === number);
  }

  /** Issues and pull requests share one sequence per repository. */
  nextNumber(repoId: number): number {
    return this.nextId(`number:${repoId}`, 0);
  }

  checkSuiteId(repoId: number, appId: number, headSha: string): number {
    const key = `${repoId}:${appId}:${headSha}`;
    let id = this.checkSuites.get(key);
    if (!id) {
      id = this.nextId("check_suite", 5_000_000);
      this.checkSuites.set(key, id);
    }
    return id;
  }

  installationFor(repo: Repo): Installation | undefined {
    for (const inst of this.installations.values()) {
      if (inst.suspended) continue;
      if (
        inst.repositorySelection === "all" &&
        inst.account.login.toLowerCase() === repo.owner.login.toLowerCase()
      )
        return inst;
      if (inst.repoIds.has(repo.id)) return inst;
    }
    return undefined;
  }

  installationRepos(inst: Installation): Repo[] {
    return [...this.repos.values()].filter((r) =>
      inst.repositorySelection === "all"
        ? r.owner.login.toLowerCase() === inst.account.login.toLowerCase()
        : inst.repoIds.has(r.id),
    );
  }
}

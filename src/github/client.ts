// The slice of Octokit that the GitHub-side code uses, as a structural type. Both `getOctokit()`
// from @actions/github (the Action) and Probot's `context.octokit` (the App) satisfy it, so the
// code under src/github/ never depends on which one it is given, and never reads the environment.
// Methods are declared with method syntax so their parameters compare bivariantly with Octokit's.

export interface Response<T> {
  data: T;
  status?: number;
  headers?: Record<string, unknown>;
}

/** A type alias, not an interface: Octokit's parameters need an implicit index signature. */
export type RepoRef = {
  owner: string;
  repo: string;
};

export interface UserData {
  login: string;
  type?: string;
}

export interface LabelData {
  name?: string;
}

export interface IssueData {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  html_url: string;
  created_at: string;
  labels: (string | LabelData)[];
  pull_request?: unknown;
  user?: UserData | null;
}

export interface CommentData {
  id: number;
  html_url: string;
  body?: string;
}

export interface RefData {
  ref: string;
  object: { sha: string };
}

export interface PullData {
  number: number;
  html_url: string;
  state: string;
  head: { ref: string; sha: string };
}

export interface GitHubClient {
  rest: {
    issues: {
      get(params: RepoRef & { issue_number: number }): Promise<Response<IssueData>>;
      create(
        params: RepoRef & { title: string; body?: string; labels?: string[] },
      ): Promise<Response<IssueData>>;
      update(
        params: RepoRef & {
          issue_number: number;
          title?: string;
          body?: string;
          state?: "open" | "closed";
          state_reason?: "completed" | "not_planned" | "reopened" | "duplicate" | null;
          labels?: string[];
        },
      ): Promise<Response<IssueData>>;
      listForRepo(
        params: RepoRef & {
          labels?: string;
          state?: "open" | "closed" | "all";
          sort?: "created" | "updated" | "comments";
          direction?: "asc" | "desc";
          per_page?: number;
          page?: number;
        },
      ): Promise<Response<IssueData[]>>;
      createComment(params: RepoRef & { issue_number: number; body: string }): Promise<Response<CommentData>>;
      createLabel(
        params: RepoRef & { name: string; color?: string; description?: string },
      ): Promise<Response<unknown>>;
    };
    reactions: {
      createForIssueComment(
        params: RepoRef & {
          comment_id: number;
          content: "+1" | "-1" | "laugh" | "confused" | "heart" | "hooray" | "rocket" | "eyes";
        },
      ): Promise<Response<unknown>>;
    };
    repos: {
      get(params: RepoRef): Promise<Response<{ default_branch: string; html_url: string }>>;
      getCollaboratorPermissionLevel(
        params: RepoRef & { username: string },
      ): Promise<Response<{ permission: string; role_name?: string }>>;
    };
    git: {
      getRef(params: RepoRef & { ref: string }): Promise<Response<RefData>>;
      createRef(params: RepoRef & { ref: string; sha: string }): Promise<Response<RefData>>;
      updateRef(params: RepoRef & { ref: string; sha: string; force?: boolean }): Promise<Response<RefData>>;
      getCommit(
        params: RepoRef & { commit_sha: string },
      ): Promise<Response<{ sha: string; tree: { sha: string } }>>;
      createBlob(
        params: RepoRef & { content: string; encoding?: string },
      ): Promise<Response<{ sha: string }>>;
      createTree(
        params: RepoRef & {
          base_tree?: string;
          tree: { path?: string; mode?: "100644"; type?: "blob"; sha?: string | null }[];
        },
      ): Promise<Response<{ sha: string }>>;
      createCommit(
        params: RepoRef & { message: string; tree: string; parents?: string[] },
      ): Promise<Response<{ sha: string }>>;
    };
    pulls: {
      list(
        params: RepoRef & {
          head?: string;
          base?: string;
          state?: "open" | "closed" | "all";
          per_page?: number;
        },
      ): Promise<Response<PullData[]>>;
      create(
        params: RepoRef & { title: string; head: string; base: string; body?: string },
      ): Promise<Response<PullData>>;
      update(
        params: RepoRef & { pull_number: number; title?: string; body?: string },
      ): Promise<Response<PullData>>;
    };
  };
}

/** The HTTP status of an Octokit error, or undefined for anything else. */
export function statusOf(error: unknown): number | undefined {
  if (error && typeof error === "object" && "status" in error) {
    const status = (error as { status: unknown }).status;
    return typeof status === "number" ? status : undefined;
  }
  return undefined;
}

/** True when GitHub refused for lack of permission (403 without rate limiting, or 404 on a write). */
export function isForbidden(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== 403) return false;
  const message = error instanceof Error ? error.message : "";
  return !/rate limit/i.test(message);
}

/** Names of an issue's labels, whichever shape GitHub returned. */
export function labelNames(issue: Pick<IssueData, "labels">): string[] {
  return issue.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))).filter(Boolean);
}

/** Every page of a list endpoint, up to `maxPages` pages of 100. */
export async function listAll<T>(
  fetchPage: (page: number) => Promise<Response<T[]>>,
  maxPages = 10,
): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const { data } = await fetchPage(page);
    out.push(...data);
    if (data.length < 100) break;
  }
  return out;
}

import type { CommitInfo, FileChange, Signature } from "../git-backing.js";
import { HttpError, isoNow } from "../http.js";
import type { Ctx } from "../router.js";
import type { Repo, User } from "../state.js";

export function apiBase(ctx: Ctx, repo: Repo = ctx.repo): string {
  return `${ctx.gh.url}/repos/${repo.owner.login}/${repo.name}`;
}

export function htmlBase(ctx: Ctx, repo: Repo = ctx.repo): string {
  return `${ctx.gh.htmlUrl}/${repo.owner.login}/${repo.name}`;
}

export function intParam(ctx: Ctx, name: string): number {
  const value = Number(ctx.params[name]);
  if (!Number.isInteger(value) || value <= 0) throw new HttpError(404, "Not Found");
  return value;
}

export function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") {
    throw new HttpError(
      422,
      `Invalid request.\n\nFor 'properties/${field}', ${JSON.stringify(value)} is not a string.`,
    );
  }
  return value;
}

export function signatureFor(user: User, given: unknown): Signature {
  const g = (given ?? {}) as Partial<Signature>;
  return {
    name: typeof g.name === "string" ? g.name : user.login,
    email: typeof g.email === "string" ? g.email : `${user.id}+${user.login}@users.noreply.github.com`,
    date: typeof g.date === "string" ? g.date : isoNow(),
  };
}

export function gitCommitJson(ctx: Ctx, info: CommitInfo): Record<string, unknown> {
  const base = apiBase(ctx);
  return {
    sha: info.sha,
    node_id: Buffer.from(`Commit${info.sha}`).toString("base64"),
    url: `${base}/git/commits/${info.sha}`,
    html_url: `${htmlBase(ctx)}/commit/${info.sha}`,
    author: info.author,
    committer: info.committer,
    tree: { sha: info.tree, url: `${base}/git/trees/${info.tree}` },
    message: info.message,
    parents: info.parents.map((p) => ({
      sha: p,
      url: `${base}/git/commits/${p}`,
      html_url: `${htmlBase(ctx)}/commit/${p}`,
    })),
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
  };
}

export function fileJson(ctx: Ctx, file: FileChange, ref: string): Record<string, unknown> {
  const path = file.filename.split("/").map(encodeURIComponent).join("/");
  const json: Record<string, unknown> = {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.changes,
    blob_url: `${htmlBase(ctx)}/blob/${ref}/${path}`,
    raw_url: `${htmlBase(ctx)}/raw/${ref}/${path}`,
    contents_url: `${apiBase(ctx)}/contents/${path}?ref=${ref}`,
  };
  if (file.previous_filename !== undefined) json["previous_filename"] = file.previous_filename;
  return json;
}

/** The REST "commit" object (GET /commits/{ref}, compare's commits). */
export function commitJson(ctx: Ctx, info: CommitInfo, files?: FileChange[]): Record<string, unknown> {
  const base = apiBase(ctx);
  const html = htmlBase(ctx);
  const json: Record<string, unknown> = {
    sha: info.sha,
    node_id: Buffer.from(`Commit${info.sha}`).toString("base64"),
    url: `${base}/commits/${info.sha}`,
    html_url: `${html}/commit/${info.sha}`,
    comments_url: `${base}/commits/${info.sha}/comments`,
    commit: {
      url: `${base}/git/commits/${info.sha}`,
      author: info.author,
      committer: info.committer,
      message: info.message,
      tree: { sha: info.tree, url: `${base}/git/trees/${info.tree}` },
      comment_count: 0,
      verification: {
        verified: false,
        reason: "unsigned",
        signature: null,
        payload: null,
        verified_at: null,
      },
    },
    author: null,
    committer: null,
    parents: info.parents.map((p) => ({
      sha: p,
      url: `${base}/commits/${p}`,
      html_url: `${html}/commit/${p}`,
    })),
  };
  if (files) {
    const additions = files.reduce((n, f) => n + f.additions, 0);
    const deletions = files.reduce((n, f) => n + f.deletions, 0);
    json["stats"] = { total: additions + deletions, additions, deletions };
    json["files"] = files.map((f) => fileJson(ctx, f, info.sha));
  }
  return json;
}

export async function requireCommit(ctx: Ctx, ref: string): Promise<CommitInfo> {
  const info = await ctx.repo.git.readCommit(ref);
  if (!info) throw new HttpError(422, `No commit found for SHA: ${ref}`);
  return info;
}

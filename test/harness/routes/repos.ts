import { base64Lines, HttpError, notFound, paginate, requireString } from "../http.js";
import type { Ctx, Route } from "../router.js";
import { repoJson } from "../shapes.js";
import {
  apiBase,
  commitJson,
  fileJson,
  gitCommitJson,
  htmlBase,
  requireCommit,
  signatureFor,
} from "./common.js";

/** Repository, contents, commits, compare and branches. */

function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

function contentEntry(ctx: Ctx, path: string, sha: string, kind: string, size: number, ref: string) {
  const name = path.split("/").pop() ?? path;
  const url = `${apiBase(ctx)}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`;
  const gitUrl = kind === "dir" ? `${apiBase(ctx)}/git/trees/${sha}` : `${apiBase(ctx)}/git/blobs/${sha}`;
  const htmlUrl = `${htmlBase(ctx)}/${kind === "dir" ? "tree" : "blob"}/${ref}/${encodePath(path)}`;
  return {
    type: kind,
    size,
    name,
    path,
    sha,
    url,
    git_url: gitUrl,
    html_url: htmlUrl,
    download_url:
      kind === "file"
        ? `https://raw.githubusercontent.com/${ctx.repo.owner.login}/${ctx.repo.name}/${ref}/${encodePath(path)}`
        : null,
    _links: { self: url, git: gitUrl, html: htmlUrl },
  };
}

function kindOf(mode: string, type: string): string {
  if (type === "tree") return "dir";
  if (type === "commit") return "submodule";
  return mode === "120000" ? "symlink" : "file";
}

async function getContents(ctx: Ctx, path: string) {
  const git = ctx.repo.git;
  const ref = ctx.url.searchParams.get("ref") || ctx.repo.defaultBranch;
  const commit = await git.resolve(ref, "commit");
  if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`);
  const clean = path.replace(/^\/+|\/+$/g, "");
  const sha = clean ? await git.resolve(`${commit}:${clean}`, "any") : await git.resolve(commit, "tree");
  if (!sha) throw notFound();
  const type = await git.objectType(sha);
  const raw = String(ctx.headers.accept ?? "").includes(".raw");
  if (type === "tree") {
    const entries = await git.lsTree(sha, false);
    return {
      body: entries.map((e) =>
        contentEntry(
          ctx,
          clean ? `${clean}/${e.path}` : e.path,
          e.sha,
          kindOf(e.mode, e.type),
          e.size ?? 0,
          ref,
        ),
      ),
    };
  }
  if (type !== "blob") throw notFound();
  const data = (await git.readBlob(sha))!;
  if (raw) return { raw: data, headers: { "content-type": "application/vnd.github.raw; charset=utf-8" } };
  return {
    body: {
      ...contentEntry(ctx, clean, sha, "file", data.length, ref),
      content: base64Lines(data),
      encoding: "base64",
    },
  };
}

/** PUT/DELETE contents: one commit on the branch, refused when `sha` is stale or the branch moved. */
async function writeContents(ctx: Ctx, remove: boolean) {
  const git = ctx.repo.git;
  const path = ctx.params["path"]!.replace(/^\/+|\/+$/g, "");
  const message = requireString(ctx.body, "message", "Commit");
  const branch = typeof ctx.body["branch"] === "string" ? ctx.body["branch"] : ctx.repo.defaultBranch;
  const head = await git.refSha(`refs/heads/${branch}`);
  if (!head) throw new HttpError(404, `Branch ${branch} not found`);
  const existing = await git.resolve(`${head}:${path}`, "any");
  const given = typeof ctx.body["sha"] === "string" ? ctx.body["sha"] : undefined;
  if (existing && !given) throw new HttpError(422, `Invalid request.\n\n"sha" wasn't supplied.`);
  if (remove && !existing) throw notFound();
  if (existing && given !== existing) throw new HttpError(409, `${path} does not match ${given}`);
  let blob: string | null = null;
  if (!remove) {
    const content = ctx.body["content"];
    if (typeof content !== "string")
      throw new HttpError(422, `Invalid request.\n\n"content" wasn't supplied.`);
    blob = await git.writeBlob(Buffer.from(content, "base64"));
  }
  const parent = (await git.readCommit(head))!;
  const tree = await git.buildTree(parent.tree, [{ path, mode: "100644", type: "blob", sha: blob }]);
  const author = signatureFor(ctx.actor, ctx.body["author"] ?? ctx.body["committer"]);
  const committer = signatureFor(ctx.actor, ctx.body["committer"] ?? ctx.body["author"]);
  const sha = await git.commitTree(tree, [head], message, author, committer);
  if (!(await git.updateRef(`refs/heads/${branch}`, sha, head))) {
    throw new HttpError(409, `is at ${await git.refSha(`refs/heads/${branch}`)} but expected ${head}`);
  }
  const info = (await git.readCommit(sha))!;
  const size = blob ? Buffer.from(String(ctx.body["content"]), "base64").length : 0;
  return {
    status: remove ? 200 : existing ? 200 : 201,
    body: {
      content: remove ? null : contentEntry(ctx, path, blob!, "file", size, branch),
      commit: gitCommitJson(ctx, info),
    },
  };
}

export const repoRoutes: Route[] = [
  {
    method: "GET",
    template: "/repos/{owner}/{repo}",
    perm: "metadata:read",
    handler: (ctx) => ({ body: repoJson(ctx.gh, ctx.repo) }),
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/contents",
    perm: "contents:read",
    handler: (ctx) => getContents(ctx, ""),
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/contents/{path}",
    perm: "contents:read",
    handler: (ctx) => getContents(ctx, ctx.params["path"]!),
  },
  {
    method: "PUT",
    template: "/repos/{owner}/{repo}/contents/{path}",
    perm: "contents:write",
    handler: (ctx) => writeContents(ctx, false),
  },
  {
    method: "DELETE",
    template: "/repos/{owner}/{repo}/contents/{path}",
    perm: "contents:write",
    handler: (ctx) => writeContents(ctx, true),
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/commits/{ref}",
    perm: "contents:read",
    async handler(ctx) {
      const info = await requireCommit(ctx, ctx.params["ref"]!);
      const files = await ctx.repo.git.diff(info.parents[0] ?? null, info.sha);
      const page = paginate(ctx.url, files, { defaultPerPage: 300, maxPerPage: 300 });
      return { body: commitJson(ctx, info, page.items), headers: page.headers };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/commits",
    perm: "contents:read",
    async handler(ctx) {
      const git = ctx.repo.git;
      const ref = ctx.url.searchParams.get("sha") || ctx.repo.defaultBranch;
      const head = await git.resolve(ref, "commit");
      if (!head) throw new HttpError(404, `No commit found for SHA: ${ref}`);
      const path = ctx.url.searchParams.get("path");
      const args = ["rev-list", head];
      if (path) args.push("--", path);
      const shas = (await git.text(args)).split("\n").filter(Boolean);
      const page = paginate(ctx.url, shas);
      const commits = [];
      for (const sha of page.items) commits.push(commitJson(ctx, (await git.readCommit(sha))!));
      return { body: commits, headers: page.headers };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/compare/{basehead}",
    perm: "contents:read",
    async handler(ctx) {
      const git = ctx.repo.git;
      const basehead = ctx.params["basehead"]!;
      const sep = basehead.includes("...") ? "..." : "..";
      const [baseRef, headRef] = basehead.split(sep);
      if (!baseRef || !headRef) throw notFound();
      const base = await git.readCommit(baseRef);
      const head = await git.readCommit(headRef);
      if (!base || !head) throw notFound();
      const mergeBase = await git.mergeBase(base.sha, head.sha);
      const from = sep === "..." ? mergeBase : base.sha;
      const ahead = await git.revList(mergeBase, head.sha);
      const behind = await git.revList(mergeBase, base.sha);
      const status =
        !ahead.length && !behind.length
          ? "identical"
          : !behind.length
            ? "ahead"
            : !ahead.length
              ? "behind"
              : "diverged";
      const files = await git.diff(from, head.sha);
      const page = paginate(ctx.url, ahead, { defaultPerPage: 250, maxPerPage: 250 });
      const commits = [];
      for (const sha of page.items) commits.push(commitJson(ctx, (await git.readCommit(sha))!));
      const mb = mergeBase ? await git.readCommit(mergeBase) : null;
      const html = `${htmlBase(ctx)}/compare/${basehead}`;
      return {
        headers: page.headers,
        body: {
          url: `${apiBase(ctx)}/compare/${basehead}`,
          html_url: html,
          permalink_url: `${htmlBase(ctx)}/compare/${base.sha.slice(0, 7)}...${head.sha.slice(0, 7)}`,
          diff_url: `${html}.diff`,
          patch_url: `${html}.patch`,
          base_commit: commitJson(ctx, base),
          merge_base_commit: mb ? commitJson(ctx, mb) : null,
          status,
          ahead_by: ahead.length,
          behind_by: behind.length,
          total_commits: ahead.length,
          commits,
          files: files.slice(0, 300).map((f) => fileJson(ctx, f, head.sha)),
        },
      };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/branches/{branch}",
    perm: "contents:read",
    async handler(ctx) {
      const name = ctx.params["branch"]!;
      const sha = await ctx.repo.git.refSha(`refs/heads/${name}`);
      if (!sha) throw new HttpError(404, "Branch not found");
      const info = (await ctx.repo.git.readCommit(sha))!;
      return {
        body: {
          name,
          commit: commitJson(ctx, info),
          protected: false,
          _links: { self: `${apiBase(ctx)}/branches/${name}`, html: `${htmlBase(ctx)}/tree/${name}` },
        },
      };
    },
  },
];

import type { TreeChange, TreeEntry } from "../git-backing.js";
import { base64Lines, HttpError, notFound, requireString } from "../http.js";
import type { Ctx, Route } from "../router.js";
import { apiBase, gitCommitJson, signatureFor } from "./common.js";

/** Git database routes: trees, blobs, commits, refs — reads and writes on the real repository. */

const MODES = new Set(["100644", "100755", "040000", "160000", "120000"]);

function treeEntryJson(ctx: Ctx, entry: TreeEntry): Record<string, unknown> {
  const json: Record<string, unknown> = {
    path: entry.path,
    mode: entry.mode,
    type: entry.type,
    sha: entry.sha,
  };
  if (entry.type === "blob") json["size"] = entry.size;
  if (entry.type !== "commit") json["url"] = `${apiBase(ctx)}/git/${entry.type}s/${entry.sha}`;
  return json;
}

async function treeReply(ctx: Ctx, sha: string, recursive: boolean) {
  let entries = await ctx.repo.git.lsTree(sha, recursive);
  const limit = ctx.gh.faults.truncateTreesAt;
  const truncated = limit !== null && entries.length > limit;
  if (truncated) entries = entries.slice(0, limit);
  return {
    body: {
      sha,
      url: `${apiBase(ctx)}/git/trees/${sha}`,
      tree: entries.map((e) => treeEntryJson(ctx, e)),
      truncated,
    },
  };
}

function refJson(ctx: Ctx, ref: { ref: string; sha: string; type: string }) {
  const short = ref.ref.replace(/^refs\//, "");
  return {
    ref: ref.ref,
    node_id: Buffer.from(`Ref${ref.ref}`).toString("base64"),
    url: `${apiBase(ctx)}/git/refs/${short}`,
    object: { sha: ref.sha, type: ref.type, url: `${apiBase(ctx)}/git/${ref.type}s/${ref.sha}` },
  };
}

async function findRef(ctx: Ctx, short: string) {
  const full = `refs/${short.replace(/^refs\//, "")}`;
  const refs = await ctx.repo.git.listRefs(full);
  return refs.find((r) => r.ref === full) ?? null;
}

export const gitRoutes: Route[] = [
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/git/trees/{tree_sha}",
    perm: "contents:read",
    async handler(ctx) {
      const sha = await ctx.repo.git.resolve(ctx.params["tree_sha"]!, "tree");
      if (!sha) throw notFound();
      return treeReply(ctx, sha, ctx.url.searchParams.has("recursive"));
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/git/blobs/{file_sha}",
    perm: "contents:read",
    async handler(ctx) {
      const sha = ctx.params["file_sha"]!;
      const data = await ctx.repo.git.readBlob(sha);
      if (!data) throw notFound();
      if (String(ctx.headers.accept ?? "").includes(".raw")) {
        return { raw: data, headers: { "content-type": "application/vnd.github.raw; charset=utf-8" } };
      }
      return {
        body: {
          sha,
          node_id: Buffer.from(`Blob${sha}`).toString("base64"),
          size: data.length,
          url: `${apiBase(ctx)}/git/blobs/${sha}`,
          content: base64Lines(data),
          encoding: "base64",
        },
      };
    },
  },
  {
    method: "POST",
    template: "/repos/{owner}/{repo}/git/blobs",
    perm: "contents:write",
    async handler(ctx) {
      const content = ctx.body["content"];
      if (typeof content !== "string")
        throw new HttpError(422, `Invalid request.\n\n"content" wasn't supplied.`);
      const encoding = ctx.body["encoding"] ?? "utf-8";
      if (encoding !== "utf-8" && encoding !== "utf8" && encoding !== "base64") {
        throw new HttpError(422, `encoding must be 'utf-8' or 'base64'`);
      }
      const data = Buffer.from(content, encoding === "base64" ? "base64" : "utf8");
      const sha = await ctx.repo.git.writeBlob(data);
      return { status: 201, body: { sha, url: `${apiBase(ctx)}/git/blobs/${sha}` } };
    },
  },
  {
    method: "POST",
    template: "/repos/{owner}/{repo}/git/trees",
    perm: "contents:write",
    async handler(ctx) {
      const tree = ctx.body["tree"];
      if (!Array.isArray(tree)) throw new HttpError(422, `Invalid request.\n\n"tree" wasn't supplied.`);
      const git = ctx.repo.git;
      let baseTree: string | null = null;
      if (ctx.body["base_tree"] !== undefined && ctx.body["base_tree"] !== null) {
        baseTree = await git.resolve(String(ctx.body["base_tree"]), "tree");
        if (!baseTree) throw new HttpError(422, "Invalid tree info: base_tree does not exist");
      }
      const changes: TreeChange[] = [];
      for (const raw of tree as Record<string, unknown>[]) {
        const path = raw["path"];
        const mode = String(raw["mode"] ?? "");
        const type = raw["type"] ?? (mode === "040000" ? "tree" : mode === "160000" ? "commit" : "blob");
        if (typeof path !== "string" || !path)
          throw new HttpError(422, "Invalid tree info: path is required");
        if (!MODES.has(mode)) throw new HttpError(422, `Invalid tree info: mode ${mode} is not valid`);
        if (type !== "blob" && type !== "tree" && type !== "commit") {
          throw new HttpError(422, `Invalid tree info: type ${String(type)} is not valid`);
        }
        let sha: string | null;
        if (typeof raw["content"] === "string") {
          if (raw["sha"] !== undefined)
            throw new HttpError(422, "Invalid tree info: only one of content or sha");
          sha = await git.writeBlob(Buffer.from(raw["content"], "utf8"));
        } else if (raw["sha"] === null) {
          sha = null;
        } else if (typeof raw["sha"] === "string") {
          sha = raw["sha"];
          if (type !== "commit" && (await git.objectType(sha)) !== type) {
            throw new HttpError(422, `Invalid tree info: ${sha} is not a ${type}`);
          }
        } else throw new HttpError(422, "Invalid tree info: sha or content is required");
        changes.push({ path, mode, type, sha });
      }
      const sha = await git.buildTree(baseTree, changes);
      const reply = await treeReply(ctx, sha, false);
      return { status: 201, body: reply.body };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/git/commits/{commit_sha}",
    perm: "contents:read",
    async handler(ctx) {
      const sha = ctx.params["commit_sha"]!;
      if (!/^[0-9a-f]{40}$/.test(sha)) throw notFound();
      const info = await ctx.repo.git.readCommit(sha);
      if (!info) throw notFound();
      return { body: gitCommitJson(ctx, info) };
    },
  },
  {
    method: "POST",
    template: "/repos/{owner}/{repo}/git/commits",
    perm: "contents:write",
    async handler(ctx) {
      const git = ctx.repo.git;
      const message = requireString(ctx.body, "message", "Commit");
      const treeSha = requireString(ctx.body, "tree", "Commit");
      if ((await git.objectType(treeSha)) !== "tree") throw new HttpError(422, "Tree SHA does not exist");
      const parents = (ctx.body["parents"] ?? []) as unknown[];
      if (!Array.isArray(parents)) throw new HttpError(422, "Invalid request.\n\nparents must be an array");
      for (const p of parents) {
        if (typeof p !== "string" || (await git.objectType(p)) !== "commit") {
          throw new HttpError(422, "Parent SHA does not exist or is not a commit object");
        }
      }
      const author = signatureFor(ctx.actor, ctx.body["author"]);
      const committer = signatureFor(ctx.actor, ctx.body["committer"] ?? ctx.body["author"]);
      const sha = await git.commitTree(treeSha, parents as string[], message, author, committer);
      const info = (await git.readCommit(sha))!;
      return { status: 201, body: gitCommitJson(ctx, info) };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/git/ref/{ref}",
    perm: "contents:read",
    async handler(ctx) {
      const ref = await findRef(ctx, ctx.params["ref"]!);
      if (!ref) throw notFound();
      return { body: refJson(ctx, ref) };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/git/matching-refs/{ref}",
    perm: "contents:read",
    async handler(ctx) {
      const prefix = `refs/${ctx.params["ref"]!.replace(/^refs\//, "")}`;
      const refs = (await ctx.repo.git.listRefs("refs/")).filter((r) => r.ref.startsWith(prefix));
      return { body: refs.map((r) => refJson(ctx, r)) };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/git/refs",
    perm: "contents:read",
    async handler(ctx) {
      const refs = await ctx.repo.git.listRefs("refs/");
      return { body: refs.map((r) => refJson(ctx, r)) };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/git/refs/{ref}",
    perm: "contents:read",
    async handler(ctx) {
      const exact = await findRef(ctx, ctx.params["ref"]!);
      if (exact) return { body: refJson(ctx, exact) };
      const prefix = `refs/${ctx.params["ref"]!.replace(/^refs\//, "")}/`;
      const refs = (await ctx.repo.git.listRefs("refs/")).filter((r) => r.ref.startsWith(prefix));
      if (!refs.length) throw notFound();
      return { body: refs.map((r) => refJson(ctx, r)) };
    },
  },
  {
    method: "POST",
    template: "/repos/{owner}/{repo}/git/refs",
    perm: "contents:write",
    async handler(ctx) {
      const ref = requireString(ctx.body, "ref", "Reference");
      const sha = requireString(ctx.body, "sha", "Reference");
      if (!/^refs\/[^/]+\/.+/.test(ref)) {
        throw new HttpError(422, "Reference name must start with 'refs/' and have at least two slashes.");
      }
      const type = await ctx.repo.git.objectType(sha);
      if (!type) throw new HttpError(422, "Object does not exist");
      const created = await ctx.repo.git.updateRef(ref, sha, null);
      if (!created) throw new HttpError(422, "Reference already exists");
      return { status: 201, body: refJson(ctx, { ref, sha, type }) };
    },
  },
  {
    method: "PATCH",
    template: "/repos/{owner}/{repo}/git/refs/{ref}",
    perm: "contents:write",
    async handler(ctx) {
      const sha = requireString(ctx.body, "sha", "Reference");
      const current = await findRef(ctx, ctx.params["ref"]!);
      if (!current) throw new HttpError(422, "Reference does not exist");
      const git = ctx.repo.git;
      const type = await git.objectType(sha);
      if (!type) throw new HttpError(422, "Object does not exist");
      const force = ctx.body["force"] === true;
      if (!force && type === "commit" && !(await git.isAncestor(current.sha, sha))) {
        throw new HttpError(422, "Update is not a fast forward");
      }
      if (!(await git.updateRef(current.ref, sha, current.sha))) {
        throw new HttpError(422, "Update is not a fast forward");
      }
      return { body: refJson(ctx, { ref: current.ref, sha, type }) };
    },
  },
  {
    method: "DELETE",
    template: "/repos/{owner}/{repo}/git/refs/{ref}",
    perm: "contents:write",
    async handler(ctx) {
      const current = await findRef(ctx, ctx.params["ref"]!);
      if (!current) throw new HttpError(422, "Reference does not exist");
      await ctx.repo.git.deleteRef(current.ref);
      return { status: 204 };
    },
  },
];

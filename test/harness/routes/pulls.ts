import { HttpError, isoNow, notFound, paginate, requireString } from "../http.js";
import type { Ctx, Route } from "../router.js";
import { pullJson } from "../shapes.js";
import type { Issue, Pull, Repo } from "../state.js";
import { commitJson, fileJson, intParam } from "./common.js";

/** Pull requests: create (from a branch written through the API), get, list, update, files. */

async function findPull(ctx: Ctx): Promise<Pull> {
  const pull = ctx.state.pull(ctx.repo.id, intParam(ctx, "pull_number"));
  if (!pull) throw notFound();
  await ctx.gh.refreshPull(pull);
  return pull;
}

function validation(field: string, code = "invalid", message?: string): HttpError {
  return new HttpError(422, message ?? "Validation Failed", {
    errors: [{ resource: "PullRequest", field, code, ...(message ? { message } : {}) }],
  });
}

/** "branch" or "owner:branch" → the repository holding it. */
function parseHead(ctx: Ctx, head: string): { repo: Repo; ref: string } {
  const colon = head.indexOf(":");
  if (colon < 0) return { repo: ctx.repo, ref: head };
  const owner = head.slice(0, colon);
  const ref = head.slice(colon + 1);
  if (owner.toLowerCase() === ctx.repo.owner.login.toLowerCase()) return { repo: ctx.repo, ref };
  const fork = [...ctx.state.repos.values()].find(
    (r) =>
      r.owner.login.toLowerCase() === owner.toLowerCase() &&
      r.name.toLowerCase() === ctx.repo.name.toLowerCase(),
  );
  if (!fork) throw validation("head");
  return { repo: fork, ref };
}

export const pullRoutes: Route[] = [
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/pulls",
    perm: "pull_requests:read",
    async handler(ctx) {
      const q = ctx.url.searchParams;
      const state = q.get("state") ?? "open";
      const head = q.get("head");
      const base = q.get("base");
      let list = ctx.state.pulls.filter((p) => p.repoId === ctx.repo.id);
      for (const p of list) await ctx.gh.refreshPull(p);
      list = list.filter((p) => state === "all" || ctx.state.issue(ctx.repo.id, p.number)!.state === state);
      if (head) {
        const colon = head.indexOf(":");
        const owner = colon >= 0 ? head.slice(0, colon).toLowerCase() : null;
        const ref = colon >= 0 ? head.slice(colon + 1) : head;
        list = list.filter((p) => {
          const headRepo = ctx.state.repos.get(p.headRepoId)!;
          return (
            (owner === null || headRepo.owner.login.toLowerCase() === owner) &&
            (colon < 0 || p.headRef === ref)
          );
        });
      }
      if (base) list = list.filter((p) => p.baseRef === base);
      const asc = q.get("direction") === "asc";
      list.sort((a, b) => (asc ? a.number - b.number : b.number - a.number));
      const page = paginate(ctx.url, list);
      const body = [];
      for (const p of page.items) body.push(await pullJson(ctx.gh, ctx.repo, p));
      return { headers: page.headers, body };
    },
  },
  {
    method: "POST",
    template: "/repos/{owner}/{repo}/pulls",
    perm: "pull_requests:write",
    async handler(ctx) {
      const title = requireString(ctx.body, "title", "PullRequest");
      const headSpec = requireString(ctx.body, "head", "PullRequest");
      const baseRef = requireString(ctx.body, "base", "PullRequest");
      const head = parseHead(ctx, headSpec);
      const headSha = await head.repo.git.refSha(`refs/heads/${head.ref}`);
      if (!headSha) throw validation("head");
      const baseSha = await ctx.repo.git.refSha(`refs/heads/${baseRef}`);
      if (!baseSha) throw validation("base");
      const existing = ctx.state.pulls.find(
        (p) =>
          p.repoId === ctx.repo.id &&
          p.headRepoId === head.repo.id &&
          p.headRef === head.ref &&
          p.baseRef === baseRef &&
          ctx.state.issue(ctx.repo.id, p.number)!.state === "open",
      );
      if (existing) {
        throw validation(
          "",
          "custom",
          `A pull request already exists for ${head.repo.owner.login}:${head.ref}.`,
        );
      }
      if (head.repo === ctx.repo) {
        const ahead = await ctx.repo.git.revList(baseSha, headSha);
        if (!ahead.length) throw validation("", "custom", `No commits between ${baseRef} and ${head.ref}`);
      }
      const now = isoNow();
      const issue: Issue = {
        id: ctx.state.nextId("issue", 2_000_000),
        repoId: ctx.repo.id,
        number: ctx.state.nextNumber(ctx.repo.id),
        title,
        body: typeof ctx.body["body"] === "string" ? ctx.body["body"] : null,
        state: "open",
        stateReason: null,
        labels: [],
        assignees: [],
        user: ctx.actor,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
        locked: false,
        isPull: true,
        searchableAt: Date.now() + ctx.gh.searchLagMs,
      };
      const pull: Pull = {
        repoId: ctx.repo.id,
        number: issue.number,
        id: ctx.state.nextId("pull", 8_000_000),
        headRepoId: head.repo.id,
        headRef: head.ref,
        headSha,
        baseRef,
        baseSha,
        draft: ctx.body["draft"] === true,
        merged: false,
        mergedAt: null,
        maintainerCanModify: ctx.body["maintainer_can_modify"] === true,
      };
      ctx.state.issues.push(issue);
      ctx.state.pulls.push(pull);
      await ctx.gh.refreshPull(pull);
      return { status: 201, body: await pullJson(ctx.gh, ctx.repo, pull) };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/pulls/{pull_number}",
    perm: "pull_requests:read",
    async handler(ctx) {
      const pull = await findPull(ctx);
      return { body: await pullJson(ctx.gh, ctx.repo, pull) };
    },
  },
  {
    method: "PATCH",
    template: "/repos/{owner}/{repo}/pulls/{pull_number}",
    perm: "pull_requests:write",
    async handler(ctx) {
      const pull = await findPull(ctx);
      const issue = ctx.state.issue(ctx.repo.id, pull.number)!;
      const b = ctx.body;
      if (typeof b["title"] === "string") issue.title = b["title"];
      if (b["body"] !== undefined) issue.body = typeof b["body"] === "string" ? b["body"] : null;
      if (typeof b["base"] === "string") {
        const baseSha = await ctx.repo.git.refSha(`refs/heads/${b["base"]}`);
        if (!baseSha) throw validation("base");
        pull.baseRef = b["base"];
        pull.baseSha = baseSha;
      }
      if (b["state"] === "closed" && issue.state === "open") {
        issue.state = "closed";
        issue.closedAt = isoNow();
      } else if (b["state"] === "open" && issue.state === "closed") {
        issue.state = "open";
        issue.closedAt = null;
        await ctx.gh.refreshPull(pull);
      } else if (b["state"] !== undefined && b["state"] !== "open" && b["state"] !== "closed") {
        throw validation("state");
      }
      issue.updatedAt = isoNow();
      return { body: await pullJson(ctx.gh, ctx.repo, pull) };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/pulls/{pull_number}/files",
    perm: "pull_requests:read",
    async handler(ctx) {
      const pull = await findPull(ctx);
      const git = ctx.repo.git;
      const mergeBase = await git.mergeBase(pull.baseSha, pull.headSha);
      const files = (await git.diff(mergeBase, pull.headSha)).slice(0, 3000);
      const page = paginate(ctx.url, files);
      return { headers: page.headers, body: page.items.map((f) => fileJson(ctx, f, pull.headSha)) };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/pulls/{pull_number}/commits",
    perm: "pull_requests:read",
    async handler(ctx) {
      const pull = await findPull(ctx);
      const git = ctx.repo.git;
      const mergeBase = await git.mergeBase(pull.baseSha, pull.headSha);
      const shas = (await git.revList(mergeBase, pull.headSha)).slice(0, 250);
      const page = paginate(ctx.url, shas);
      const body = [];
      for (const sha of page.items) body.push(commitJson(ctx, (await git.readCommit(sha))!));
      return { headers: page.headers, body };
    },
  },
];

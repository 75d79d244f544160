import { HttpError, isoNow, notFound, paginate, requireString } from "../http.js";
import type { Ctx, Route } from "../router.js";
import { commentJson, issueJson, labelJson, reactionJson, userJson } from "../shapes.js";
import { type Comment, type Issue, REACTIONS, type Reaction, type ReactionContent } from "../state.js";
import { intParam } from "./common.js";

/** Issues, comments, reactions, labels and collaborator permission. */

const STATE_REASONS = new Set(["completed", "not_planned", "reopened", "duplicate"]);

function findIssue(ctx: Ctx): Issue {
  const issue = ctx.state.issue(ctx.repo.id, intParam(ctx, "issue_number"));
  if (!issue) throw notFound();
  return issue;
}

function findComment(ctx: Ctx): Comment {
  const id = intParam(ctx, "comment_id");
  const comment = ctx.state.comments.find((c) => c.id === id && c.repoId === ctx.repo.id);
  if (!comment) throw notFound();
  return comment;
}

function labelNames(raw: unknown): string[] {
  const list = Array.isArray(raw)
    ? raw
    : raw && typeof raw === "object"
      ? (raw as { labels?: unknown }).labels
      : raw;
  if (!Array.isArray(list)) throw new HttpError(422, 'Invalid request.\n\n"labels" must be an array.');
  return list.map((l) => {
    const name = typeof l === "string" ? l : (l as { name?: unknown })?.name;
    if (typeof name !== "string" || !name.trim())
      throw new HttpError(422, "Invalid request.\n\nlabel name is invalid.");
    return name;
  });
}

/** Labels named on an issue are created when missing (as GitHub does for writers). */
function setLabels(ctx: Ctx, issue: Issue, names: string[]): void {
  const result: string[] = [];
  for (const name of names) {
    const label = ctx.gh.ensureLabel(ctx.repo, name);
    if (!result.some((n) => n.toLowerCase() === label.name.toLowerCase())) result.push(label.name);
  }
  issue.labels = result;
}

function issueLabelsJson(ctx: Ctx, issue: Issue) {
  return issue.labels.map((n) => labelJson(ctx.gh, ctx.repo, ctx.repo.labels.get(n.toLowerCase())!));
}

function touch(issue: Issue): void {
  issue.updatedAt = isoNow();
}

function sortIssues(ctx: Ctx, issues: Issue[]): Issue[] {
  const sort = ctx.url.searchParams.get("sort") ?? "created";
  const asc = ctx.url.searchParams.get("direction") === "asc";
  const key = (i: Issue): string | number =>
    sort === "updated"
      ? i.updatedAt
      : sort === "comments"
        ? ctx.state.comments.filter((c) => c.repoId === i.repoId && c.issueNumber === i.number).length
        : i.createdAt;
  return [...issues].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const cmp = ka < kb ? -1 : ka > kb ? 1 : a.number - b.number;
    return asc ? cmp : -cmp;
  });
}

function reactionRoutes(
  kind: "issue" | "comment",
  template: string,
  subjectId: (ctx: Ctx) => number,
): Route[] {
  return [
    {
      method: "POST",
      template,
      perm: "issues|pull_requests:write",
      handler(ctx) {
        const id = subjectId(ctx);
        const content = ctx.body["content"];
        if (typeof content !== "string" || !REACTIONS.includes(content as ReactionContent)) {
          throw new HttpError(
            422,
            `Invalid request.\n\nFor 'properties/content', ${JSON.stringify(content)} is not a member of ${JSON.stringify(REACTIONS)}.`,
          );
        }
        const existing = ctx.state.reactions.find(
          (r) =>
            r.subject === kind &&
            r.repoId === ctx.repo.id &&
            r.subjectId === id &&
            r.content === content &&
            r.user.id === ctx.actor.id,
        );
        if (existing) return { status: 200, body: reactionJson(ctx.gh, existing) };
        const reaction: Reaction = {
          id: ctx.state.nextId("reaction", 150_000_000),
          subject: kind,
          repoId: ctx.repo.id,
          subjectId: id,
          user: ctx.actor,
          content: content as ReactionContent,
          createdAt: isoNow(),
        };
        ctx.state.reactions.push(reaction);
        return { status: 201, body: reactionJson(ctx.gh, reaction) };
      },
    },
    {
      method: "GET",
      template,
      perm: "issues|pull_requests:read",
      handler(ctx) {
        const id = subjectId(ctx);
        const content = ctx.url.searchParams.get("content");
        const list = ctx.state.reactions.filter(
          (r) =>
            r.subject === kind &&
            r.repoId === ctx.repo.id &&
            r.subjectId === id &&
            (!content || r.content === content),
        );
        const page = paginate(ctx.url, list);
        return { headers: page.headers, body: page.items.map((r) => reactionJson(ctx.gh, r)) };
      },
    },
    {
      method: "DELETE",
      template: `${template}/{reaction_id}`,
      perm: "issues|pull_requests:write",
      handler(ctx) {
        const id = subjectId(ctx);
        const reactionId = intParam(ctx, "reaction_id");
        const i = ctx.state.reactions.findIndex(
          (r) => r.id === reactionId && r.subject === kind && r.repoId === ctx.repo.id && r.subjectId === id,
        );
        if (i < 0) throw notFound();
        ctx.state.reactions.splice(i, 1);
        return { status: 204 };
      },
    },
  ];
}

export const issueRoutes: Route[] = [
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/issues",
    perm: "issues:read",
    handler(ctx) {
      const q = ctx.url.searchParams;
      const state = q.get("state") ?? "open";
      const labels = (q.get("labels") ?? "")
        .split(",")
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean);
      const creator = q.get("creator")?.toLowerCase();
      const since = q.get("since");
      let list = ctx.state.issues.filter((i) => i.repoId === ctx.repo.id);
      if (state !== "all") list = list.filter((i) => i.state === state);
      if (labels.length)
        list = list.filter((i) => labels.every((l) => i.labels.some((n) => n.toLowerCase() === l)));
      if (creator) list = list.filter((i) => i.user.login.toLowerCase() === creator);
      if (since) list = list.filter((i) => i.updatedAt >= since);
      const page = paginate(ctx.url, sortIssues(ctx, list));
      return { headers: page.headers, body: page.items.map((i) => issueJson(ctx.gh, ctx.repo, i)) };
    },
  },
  {
    method: "POST",
    template: "/repos/{owner}/{repo}/issues",
    perm: "issues:write",
    handler(ctx) {
      const title = ctx.body["title"];
      if (typeof title !== "string" || !title.trim()) {
        throw new HttpError(422, "Validation Failed", {
          errors: [{ resource: "Issue", code: "missing_field", field: "title" }],
        });
      }
      const body = ctx.body["body"];
      const now = isoNow();
      const issue: Issue = {
        id: ctx.state.nextId("issue", 2_000_000),
        repoId: ctx.repo.id,
        number: ctx.state.nextNumber(ctx.repo.id),
        title,
        body: typeof body === "string" ? body : null,
        state: "open",
        stateReason: null,
        labels: [],
        assignees: Array.isArray(ctx.body["assignees"]) ? (ctx.body["assignees"] as string[]) : [],
        user: ctx.actor,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
        locked: false,
        isPull: false,
        searchableAt: Date.now() + ctx.gh.searchLagMs,
      };
      if (ctx.body["labels"] !== undefined) setLabels(ctx, issue, labelNames(ctx.body["labels"]));
      ctx.state.issues.push(issue);
      return { status: 201, body: issueJson(ctx.gh, ctx.repo, issue) };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/issues/{issue_number}",
    perm: "issues|pull_requests:read",
    handler: (ctx) => ({ body: issueJson(ctx.gh, ctx.repo, findIssue(ctx)) }),
  },
  {
    method: "PATCH",
    template: "/repos/{owner}/{repo}/issues/{issue_number}",
    perm: "issues:write",
    handler(ctx) {
      const issue = findIssue(ctx);
      const b = ctx.body;
      if (b["title"] !== undefined) {
        if (typeof b["title"] !== "string" || !b["title"].trim())
          throw new HttpError(422, "Validation Failed");
        issue.title = b["title"];
      }
      if (b["body"] !== undefined) issue.body = typeof b["body"] === "string" ? b["body"] : null;
      if (b["labels"] !== undefined) setLabels(ctx, issue, labelNames(b["labels"]));
      if (Array.isArray(b["assignees"])) issue.assignees = b["assignees"] as string[];
      if (
        b["state_reason"] !== undefined &&
        b["state_reason"] !== null &&
        !STATE_REASONS.has(String(b["state_reason"]))
      ) {
        throw new HttpError(
          422,
          `Invalid request.\n\nFor 'properties/state_reason', ${JSON.stringify(b["state_reason"])} is not a member of ["completed", "not_planned", "duplicate", "reopened", null].`,
        );
      }
      if (b["state"] !== undefined) {
        if (b["state"] !== "open" && b["state"] !== "closed") {
          throw new HttpError(
            422,
            `Invalid request.\n\nFor 'properties/state', ${JSON.stringify(b["state"])} is not a member of ["open", "closed"].`,
          );
        }
        if (b["state"] === "closed" && issue.state === "open") {
          issue.state = "closed";
          issue.closedAt = isoNow();
          issue.stateReason = (b["state_reason"] as string | undefined) ?? "completed";
        } else if (b["state"] === "open" && issue.state === "closed") {
          issue.state = "open";
          issue.closedAt = null;
          issue.stateReason = "reopened";
        } else if (b["state_reason"] !== undefined) issue.stateReason = b["state_reason"] as string | null;
      } else if (b["state_reason"] !== undefined && issue.state === "closed") {
        issue.stateReason = b["state_reason"] as string | null;
      }
      touch(issue);
      return { body: issueJson(ctx.gh, ctx.repo, issue) };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/issues/{issue_number}/comments",
    perm: "issues|pull_requests:read",
    handler(ctx) {
      const issue = findIssue(ctx);
      const since = ctx.url.searchParams.get("since");
      const list = ctx.state.comments.filter(
        (c) => c.repoId === ctx.repo.id && c.issueNumber === issue.number && (!since || c.updatedAt >= since),
      );
      const page = paginate(ctx.url, list);
      return { headers: page.headers, body: page.items.map((c) => commentJson(ctx.gh, ctx.repo, c)) };
    },
  },
  {
    method: "POST",
    template: "/repos/{owner}/{repo}/issues/{issue_number}/comments",
    perm: "issues|pull_requests:write",
    handler(ctx) {
      const issue = findIssue(ctx);
      const body = requireString(ctx.body, "body", "IssueComment");
      if (body.length > 65536)
        throw new HttpError(422, "Validation Failed: body is too long (maximum is 65536 characters)");
      const now = isoNow();
      const comment: Comment = {
        id: ctx.state.nextId("comment", 9_000_000),
        repoId: ctx.repo.id,
        issueNumber: issue.number,
        body,
        user: ctx.actor,
        createdAt: now,
        updatedAt: now,
      };
      ctx.state.comments.push(comment);
      touch(issue);
      return { status: 201, body: commentJson(ctx.gh, ctx.repo, comment) };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/issues/comments",
    perm: "issues|pull_requests:read",
    handler(ctx) {
      const list = ctx.state.comments.filter((c) => c.repoId === ctx.repo.id);
      const page = paginate(ctx.url, list);
      return { headers: page.headers, body: page.items.map((c) => commentJson(ctx.gh, ctx.repo, c)) };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/issues/comments/{comment_id}",
    perm: "issues|pull_requests:read",
    handler: (ctx) => ({ body: commentJson(ctx.gh, ctx.repo, findComment(ctx)) }),
  },
  {
    method: "PATCH",
    template: "/repos/{owner}/{repo}/issues/comments/{comment_id}",
    perm: "issues|pull_requests:write",
    handler(ctx) {
      const comment = findComment(ctx);
      comment.body = requireString(ctx.body, "body", "IssueComment");
      comment.updatedAt = isoNow();
      return { body: commentJson(ctx.gh, ctx.repo, comment) };
    },
  },
  {
    method: "DELETE",
    template: "/repos/{owner}/{repo}/issues/comments/{comment_id}",
    perm: "issues|pull_requests:write",
    handler(ctx) {
      const comment = findComment(ctx);
      ctx.state.comments.splice(ctx.state.comments.indexOf(comment), 1);
      return { status: 204 };
    },
  },
  ...reactionRoutes(
    "comment",
    "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
    (ctx) => findComment(ctx).id,
  ),
  ...reactionRoutes(
    "issue",
    "/repos/{owner}/{repo}/issues/{issue_number}/reactions",
    (ctx) => findIssue(ctx).number,
  ),
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/labels",
    perm: "issues|pull_requests:read",
    handler(ctx) {
      const page = paginate(ctx.url, [...ctx.repo.labels.values()]);
      return { headers: page.headers, body: page.items.map((l) => labelJson(ctx.gh, ctx.repo, l)) };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/labels/{name}",
    perm: "issues|pull_requests:read",
    handler(ctx) {
      const label = ctx.repo.labels.get(ctx.params["name"]!.toLowerCase());
      if (!label) throw notFound();
      return { body: labelJson(ctx.gh, ctx.repo, label) };
    },
  },
  {
    method: "POST",
    template: "/repos/{owner}/{repo}/labels",
    perm: "issues|pull_requests:write",
    handler(ctx) {
      const name = requireString(ctx.body, "name", "Label");
      if (ctx.repo.labels.has(name.toLowerCase())) {
        throw new HttpError(422, "Validation Failed", {
          errors: [{ resource: "Label", code: "already_exists", field: "name" }],
        });
      }
      const color = typeof ctx.body["color"] === "string" ? ctx.body["color"].replace(/^#/, "") : "ededed";
      if (!/^[0-9a-fA-F]{6}$/.test(color)) {
        throw new HttpError(422, "Validation Failed", {
          errors: [{ resource: "Label", code: "invalid", field: "color" }],
        });
      }
      const description = typeof ctx.body["description"] === "string" ? ctx.body["description"] : null;
      const label = ctx.gh.ensureLabel(ctx.repo, name, color, description);
      return { status: 201, body: labelJson(ctx.gh, ctx.repo, label) };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/issues/{issue_number}/labels",
    perm: "issues|pull_requests:read",
    handler: (ctx) => ({ body: issueLabelsJson(ctx, findIssue(ctx)) }),
  },
  {
    method: "POST",
    template: "/repos/{owner}/{repo}/issues/{issue_number}/labels",
    perm: "issues|pull_requests:write",
    handler(ctx) {
      const issue = findIssue(ctx);
      setLabels(ctx, issue, [...issue.labels, ...labelNames(ctx.rawBody)]);
      touch(issue);
      return { body: issueLabelsJson(ctx, issue) };
    },
  },
  {
    method: "PUT",
    template: "/repos/{owner}/{repo}/issues/{issue_number}/labels",
    perm: "issues|pull_requests:write",
    handler(ctx) {
      const issue = findIssue(ctx);
      setLabels(ctx, issue, labelNames(ctx.rawBody));
      touch(issue);
      return { body: issueLabelsJson(ctx, issue) };
    },
  },
  {
    method: "DELETE",
    template: "/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",
    perm: "issues|pull_requests:write",
    handler(ctx) {
      const issue = findIssue(ctx);
      const name = ctx.params["name"]!.toLowerCase();
      if (!issue.labels.some((l) => l.toLowerCase() === name))
        throw new HttpError(404, "Label does not exist");
      issue.labels = issue.labels.filter((l) => l.toLowerCase() !== name);
      touch(issue);
      return { body: issueLabelsJson(ctx, issue) };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/collaborators/{username}/permission",
    perm: "metadata:read",
    handler(ctx) {
      const user = ctx.state.user(ctx.params["username"]!);
      const role = ctx.gh.roleOf(ctx.repo, user);
      const permission = role === "maintain" ? "write" : role === "triage" ? "read" : role;
      return {
        body: {
          permission,
          role_name: role,
          user: {
            ...userJson(ctx.gh, user),
            permissions: {
              admin: role === "admin",
              maintain: role === "admin" || role === "maintain",
              push: permission === "admin" || permission === "write",
              triage: role !== "read" && role !== "none",
              pull: role !== "none",
            },
            role_name: role,
          },
        },
      };
    },
  },
];

import { HttpError, paginate } from "../http.js";
import type { Ctx, Route } from "../router.js";
import { issueJson } from "../shapes.js";
import type { Issue, Repo } from "../state.js";

/** GET /search/issues with the qualifiers the product uses; text terms match as case-insensitive substrings. */

interface Query {
  repos: string[];
  owners: string[];
  kind?: "issue" | "pr";
  state?: "open" | "closed";
  labels: string[];
  notLabels: string[];
  noLabel: boolean;
  authors: string[];
  fields: Set<"title" | "body" | "comments">;
  terms: string[];
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

export function parseQuery(q: string): Query {
  const query: Query = {
    repos: [],
    owners: [],
    labels: [],
    notLabels: [],
    noLabel: false,
    authors: [],
    fields: new Set(),
    terms: [],
  };
  const tokens = q.match(/-?[\w.-]+:"[^"]*"|"[^"]*"|\S+/g) ?? [];
  for (const token of tokens) {
    const m = /^(-?)([\w.-]+):(.*)$/.exec(token);
    if (!m) {
      const term = unquote(token).toLowerCase();
      if (term && term !== "and") query.terms.push(term);
      continue;
    }
    const [, neg, key, rawValue] = m as unknown as [string, string, string, string];
    const value = unquote(rawValue);
    const k = key.toLowerCase();
    if (k === "repo") query.repos.push(value.toLowerCase());
    else if (k === "org" || k === "user") query.owners.push(value.toLowerCase());
    else if (
      (k === "is" || k === "type") &&
      (value === "issue" || value === "pr" || value === "pull-request")
    ) {
      query.kind = value === "issue" ? "issue" : "pr";
    } else if ((k === "is" || k === "state") && (value === "open" || value === "closed")) query.state = value;
    else if (k === "label") (neg ? query.notLabels : query.labels).push(value.toLowerCase());
    else if (k === "no" && value === "label") query.noLabel = true;
    else if (k === "author") {
      // Bots are searched as "author:app/<slug>".
      const v = value.toLowerCase();
      query.authors.push(v.startsWith("app/") ? `${v.slice(4)}[bot]` : v);
    } else if (k === "in") {
      for (const f of value.split(","))
        if (f === "title" || f === "body" || f === "comments") query.fields.add(f);
    } else query.terms.push(token.toLowerCase());
  }
  return query;
}

function visible(ctx: Ctx, repo: Repo): boolean {
  if (ctx.cred.kind === "token") {
    const ids = ctx.cred.token.repoIds;
    if (ids === "all" || ids.has(repo.id)) return true;
  }
  return !repo.private;
}

function matches(ctx: Ctx, query: Query, repo: Repo, issue: Issue): boolean {
  const full = `${repo.owner.login}/${repo.name}`.toLowerCase();
  if (query.repos.length && !query.repos.includes(full)) return false;
  if (query.owners.length && !query.owners.includes(repo.owner.login.toLowerCase())) return false;
  if (query.kind === "issue" && issue.isPull) return false;
  if (query.kind === "pr" && !issue.isPull) return false;
  if (query.state && issue.state !== query.state) return false;
  const labels = issue.labels.map((l) => l.toLowerCase());
  if (!query.labels.every((l) => labels.includes(l))) return false;
  if (query.notLabels.some((l) => labels.includes(l))) return false;
  if (query.noLabel && labels.length) return false;
  if (query.authors.length && !query.authors.includes(issue.user.login.toLowerCase())) return false;
  if (!query.terms.length) return true;
  const fields = query.fields.size ? query.fields : new Set(["title", "body"]);
  let text = "";
  if (fields.has("title")) text += `${issue.title}\n`;
  if (fields.has("body")) text += `${issue.body ?? ""}\n`;
  if (fields.has("comments")) {
    for (const c of ctx.state.comments)
      if (c.repoId === repo.id && c.issueNumber === issue.number) text += `${c.body}\n`;
  }
  const haystack = text.toLowerCase();
  return query.terms.every((t) => haystack.includes(t));
}

export const searchRoutes: Route[] = [
  {
    method: "GET",
    template: "/search/issues",
    auth: "none",
    handler(ctx) {
      const q = ctx.url.searchParams.get("q");
      if (!q) {
        throw new HttpError(422, "Validation Failed", {
          errors: [{ resource: "Search", field: "q", code: "missing" }],
        });
      }
      const query = parseQuery(q);
      const now = Date.now();
      const hits: [Repo, Issue][] = [];
      for (const issue of ctx.state.issues) {
        if (issue.searchableAt > now) continue;
        const repo = ctx.state.repos.get(issue.repoId)!;
        if (visible(ctx, repo) && matches(ctx, query, repo, issue)) hits.push([repo, issue]);
      }
      const sort = ctx.url.searchParams.get("sort");
      const asc = ctx.url.searchParams.get("order") === "asc";
      if (sort === "created" || sort === "updated") {
        const key = (i: Issue) => (sort === "created" ? i.createdAt : i.updatedAt);
        hits.sort(([, a], [, b]) => {
          const cmp = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id;
          return asc ? cmp : -cmp;
        });
      }
      const page = paginate(ctx.url, hits);
      return {
        headers: page.headers,
        body: {
          total_count: hits.length,
          incomplete_results: false,
          items: page.items.map(([repo, issue]) => ({ ...issueJson(ctx.gh, repo, issue), score: 1 })),
        },
      };
    },
  },
];

import type { IncomingHttpHeaders } from "node:http";
import type { Credential } from "./auth.js";
import type { FakeGitHub } from "./fake.js";
import type { Reply } from "./http.js";
import type { Repo, State, User } from "./state.js";

/** Route table: GitHub's templates ("GET /repos/{owner}/{repo}/...") compiled to matchers. */

export type AuthMode = "jwt" | "token" | "any" | "none";

export interface Ctx {
  gh: FakeGitHub;
  state: State;
  params: Record<string, string>;
  url: URL;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  rawBody: unknown;
  cred: Credential;
  /** Resolved from `{owner}/{repo}` (404 when unknown or outside the token's reach). */
  repo: Repo;
  /** Who writes are attributed to (the installation's bot, github-actions[bot], or the PAT's user). */
  actor: User;
}

export interface Route {
  method: string;
  template: string;
  auth?: AuthMode;
  /** e.g. "contents:read", "issues:write" — checked against the token's permissions. */
  perm?: string;
  handler: (ctx: Ctx) => Promise<Reply> | Reply;
}

/** Parameters that may span several path segments. */
const GREEDY = new Set(["path", "basehead", "ref", "tree_sha", "name", "branch"]);

export interface CompiledRoute extends Route {
  regex: RegExp;
  names: string[];
}

export function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const pattern = route.template
    .split("/")
    .map((segment) =>
      segment.replace(/\{(\w+)\}|[^{}]+/g, (whole, name?: string) => {
        if (!name) return whole.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(name);
        return GREEDY.has(name) ? "(.+)" : "([^/]+)";
      }),
    )
    .join("/");
  return { ...route, regex: new RegExp(`^${pattern}$`), names };
}

export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(routes: readonly Route[]): void {
    for (const r of routes) this.routes.push(compile(r));
  }

  /** Exact routes win over greedy ones: the first match in a specificity order. */
  match(method: string, pathname: string): { route: CompiledRoute; params: Record<string, string> } | null {
    let best: { route: CompiledRoute; params: Record<string, string>; score: number } | null = null;
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.regex.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1]!);
      });
      // Prefer templates with more literal characters (e.g. ".../check-runs" over ".../commits/{ref}").
      const score = route.template.replace(/\{\w+\}/g, "").length;
      if (!best || score > best.score) best = { route, params, score };
    }
    return best && { route: best.route, params: best.params };
  }

  /** Whether any method serves this path (to answer 404 vs. 405-like 404). */
  get all(): readonly CompiledRoute[] {
    return this.routes;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type Credential, parseAuthorization, permits } from "./auth.js";
import { FakeGitHub, type FakeGitHubOptions, type LoggedRequest } from "./fake.js";
import { DOCS, HttpError, type Reply } from "./http.js";
import { type Ctx, Router } from "./router.js";
import { appRoutes } from "./routes/apps.js";
import { checkRoutes } from "./routes/checks.js";
import { gitRoutes } from "./routes/git.js";
import { graphqlRoutes } from "./routes/graphql.js";
import { issueRoutes } from "./routes/issues.js";
import { pullRoutes } from "./routes/pulls.js";
import { repoRoutes } from "./routes/repos.js";
import { searchRoutes } from "./routes/search.js";
import type { Repo, User } from "./state.js";

/** The loopback GitHub: an HTTP server on 127.0.0.1 dispatching to the route table. */

export interface StartOptions extends FakeGitHubOptions {
  /** Port to listen on (default: a random free port). */
  port?: number;
}

export function createRouter(): Router {
  const router = new Router();
  router.add(repoRoutes);
  router.add(gitRoutes);
  router.add(checkRoutes);
  router.add(issueRoutes);
  router.add(pullRoutes);
  router.add(searchRoutes);
  router.add(appRoutes);
  router.add(graphqlRoutes);
  return router;
}

export async function startGitHub(options: StartOptions = {}): Promise<FakeGitHub> {
  const gh = new FakeGitHub(createRouter(), options);
  const server = createServer((req, res) => {
    handle(gh, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: String(error) }));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  gh.url = `http://127.0.0.1:${port}`;
  gh.closeServer = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return gh;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function authKind(cred: Credential): LoggedRequest["auth"] {
  if (cred.kind === "token") return cred.token.kind;
  return cred.kind;
}

function actorFor(gh: FakeGitHub, cred: Credential): User {
  if (cred.kind === "token") return cred.token.actor;
  if (cred.kind === "jwt") return gh.state.user(`${cred.app.slug}[bot]`, "Bot");
  return gh.state.user("ghost");
}

/** Applies the route's auth mode, repository scope and permission; returns the repository if any. */
function authorize(
  gh: FakeGitHub,
  ctx: Omit<Ctx, "repo">,
  mode: string,
  perm: string | undefined,
): Repo | undefined {
  const { cred } = ctx;
  if (cred.kind === "invalid") throw new HttpError(401, cred.message);
  if (mode !== "none") {
    if (cred.kind === "none") throw new HttpError(401, "Requires authentication");
    if (mode === "jwt" && cred.kind !== "jwt") {
      throw new HttpError(401, "A JSON web token could not be decoded");
    }
    if (mode === "token" && cred.kind !== "token") {
      throw new HttpError(
        401,
        "This endpoint requires an installation access token or a personal access token, not a JWT",
      );
    }
  }
  const owner = ctx.params["owner"];
  const name = ctx.params["repo"];
  if (owner === undefined || name === undefined) return undefined;
  const repo = gh.state.repo(owner, name);
  if (!repo) throw new HttpError(404, "Not Found");
  if (cred.kind === "token") {
    const token = cred.token;
    if (token.repoIds !== "all" && !token.repoIds.has(repo.id)) throw new HttpError(404, "Not Found");
    if (perm) {
      const [resources, level] = perm.split(":") as [string, "read" | "write"];
      if (!resources.split("|").some((r) => permits(token.permissions, r, level))) {
        const who = token.kind === "pat" ? "personal access token" : "integration";
        throw new HttpError(403, `Resource not accessible by ${who}`);
      }
    }
  }
  return repo;
}

async function handle(gh: FakeGitHub, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = Date.now();
  const method = (req.method ?? "GET").toUpperCase();
  const url = new URL(req.url ?? "/", gh.url);
  const pathname = url.pathname.replace(/^\/api\/v3(?=\/)/, "").replace(/\/+$/, "") || "/";
  const match = gh.router.match(method, pathname);
  const route = match ? `${method} ${match.route.template}` : null;
  const text = await readBody(req);
  const cred = parseAuthorization(req.headers.authorization, gh.apps, gh.state.tokens);
  let body: unknown;
  let reply: Reply;
  try {
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      throw new HttpError(400, "Problems parsing JSON");
    }
    if (!match) throw new HttpError(404, "Not Found");
    await gh.faults.apply({ method, route: route!, path: url.pathname + url.search, body });
    const base = {
      gh,
      state: gh.state,
      params: match.params,
      url,
      headers: req.headers,
      body: (body && typeof body === "object" && !Array.isArray(body) ? body : {}) as Record<string, unknown>,
      rawBody: body,
      cred,
      actor: actorFor(gh, cred),
    };
    const repo = authorize(gh, base, match.route.auth ?? "token", match.route.perm);
    const ctx = { ...base, repo: repo as Repo } satisfies Ctx;
    reply = await match.route.handler(ctx);
    await gh.faults.apply({ method, route: route!, path: url.pathname + url.search, body }, "after");
  } catch (error) {
    if (error instanceof HttpError) {
      const errBody: Record<string, unknown> = {
        message: error.message,
        documentation_url: error.extra.documentationUrl ?? DOCS,
        status: String(error.status),
      };
      if (error.extra.errors) errBody["errors"] = error.extra.errors;
      reply = { status: error.status, body: errBody, headers: error.extra.headers ?? {} };
    } else {
      reply = {
        status: 500,
        body: { message: error instanceof Error ? error.message : String(error), documentation_url: DOCS },
      };
    }
  }
  const status = reply.status ?? 200;
  const reset = Math.ceil(Date.now() / 1000) + 3600;
  const headers: Record<string, string> = {
    "x-github-request-id": randomUUID(),
    "x-github-api-version-selected": "2022-11-28",
    "x-ratelimit-limit": "5000",
    "x-ratelimit-remaining": "4999",
    "x-ratelimit-reset": String(reset),
    "x-ratelimit-used": "1",
    "x-ratelimit-resource": pathname.startsWith("/search/") ? "search" : "core",
    ...reply.headers,
  };
  let payload: Buffer | string = "";
  if (status !== 204 && reply.raw !== undefined) {
    payload = reply.raw;
    headers["content-type"] ??= "application/octet-stream";
  } else if (status !== 204) {
    payload = JSON.stringify(reply.body ?? {});
    headers["content-type"] = "application/json; charset=utf-8";
  }
  res.writeHead(status, headers);
  res.end(payload);
  const entry: LoggedRequest = {
    method,
    route,
    path: url.pathname + url.search,
    status,
    timestamp: started,
    durationMs: Date.now() - started,
    auth: authKind(cred),
  };
  if (method !== "GET" && text) entry.body = body;
  gh.requests.push(entry);
}

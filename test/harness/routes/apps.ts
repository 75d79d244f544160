import { HttpError, isoNow, notFound, paginate } from "../http.js";
import type { Ctx, Route } from "../router.js";
import { appJson, installationJson, repoJson } from "../shapes.js";
import type { Installation, Permissions } from "../state.js";
import { intParam } from "./common.js";

/** GitHub App routes (JWT) and installation-token routes, plus rate_limit. */

function jwtApp(ctx: Ctx) {
  if (ctx.cred.kind !== "jwt") throw new HttpError(401, "A JSON web token could not be decoded");
  return ctx.cred.app;
}

function ownInstallation(ctx: Ctx, id: number): Installation {
  const app = jwtApp(ctx);
  const inst = ctx.state.installations.get(id);
  if (!inst || inst.appId !== app.appId) throw notFound();
  return inst;
}

function findInstallation(ctx: Ctx, predicate: (inst: Installation) => boolean) {
  const app = jwtApp(ctx);
  for (const inst of ctx.state.installations.values()) {
    if (inst.appId === app.appId && predicate(inst)) return { body: installationJson(ctx.gh, inst) };
  }
  throw notFound();
}

export const appRoutes: Route[] = [
  {
    method: "GET",
    template: "/app",
    auth: "jwt",
    handler(ctx) {
      const app = jwtApp(ctx);
      const info = ctx.gh.appInfo(app);
      const count = [...ctx.state.installations.values()].filter((i) => i.appId === app.appId).length;
      return {
        body: {
          ...appJson(ctx.gh, info),
          description: "",
          external_url: "https://example.test",
          created_at: isoNow(),
          updated_at: isoNow(),
          permissions: app.permissions,
          events: app.events,
          installations_count: count,
        },
      };
    },
  },
  {
    method: "GET",
    template: "/app/installations",
    auth: "jwt",
    handler(ctx) {
      const app = jwtApp(ctx);
      const all = [...ctx.state.installations.values()].filter((i) => i.appId === app.appId);
      const page = paginate(ctx.url, all);
      return { headers: page.headers, body: page.items.map((i) => installationJson(ctx.gh, i)) };
    },
  },
  {
    method: "GET",
    template: "/app/installations/{installation_id}",
    auth: "jwt",
    handler: (ctx) => ({
      body: installationJson(ctx.gh, ownInstallation(ctx, intParam(ctx, "installation_id"))),
    }),
  },
  {
    method: "POST",
    template: "/app/installations/{installation_id}/access_tokens",
    auth: "jwt",
    handler(ctx) {
      const inst = ownInstallation(ctx, intParam(ctx, "installation_id"));
      if (inst.suspended) throw new HttpError(403, "This installation has been suspended");
      const available = ctx.state.installationRepos(inst);
      let repos = available;
      const names = ctx.body["repositories"];
      const ids = ctx.body["repository_ids"];
      if (Array.isArray(names) || Array.isArray(ids)) {
        repos = available.filter(
          (r) =>
            (Array.isArray(names) && names.some((n) => String(n).toLowerCase() === r.name.toLowerCase())) ||
            (Array.isArray(ids) && ids.includes(r.id)),
        );
        const asked = (Array.isArray(names) ? names.length : 0) + (Array.isArray(ids) ? ids.length : 0);
        if (repos.length < asked)
          throw new HttpError(
            422,
            "There is at least one repository that does not exist or is not accessible to the parent installation.",
          );
      }
      let permissions: Permissions | undefined;
      if (ctx.body["permissions"] && typeof ctx.body["permissions"] === "object") {
        permissions = ctx.body["permissions"] as Permissions;
        for (const [resource, level] of Object.entries(permissions)) {
          const have = inst.permissions[resource];
          if (!have || (level === "write" && have !== "write")) {
            throw new HttpError(422, "The permissions requested are not granted to this installation.");
          }
        }
      }
      const narrowed = Array.isArray(names) || Array.isArray(ids);
      const token = ctx.gh.installationToken(inst.id, {
        repoIds: repos.map((r) => r.id),
        ...(permissions ? { permissions } : {}),
      });
      return {
        status: 201,
        body: {
          token: token.token,
          expires_at: new Date(token.expiresAt).toISOString().replace(/\.\d{3}Z$/, "Z"),
          permissions: token.permissions,
          repository_selection: narrowed ? "selected" : inst.repositorySelection,
          ...(narrowed ? { repositories: repos.map((r) => repoJson(ctx.gh, r)) } : {}),
        },
      };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/installation",
    auth: "jwt",
    handler: (ctx) => findInstallation(ctx, (inst) => ctx.state.installationRepos(inst).includes(ctx.repo)),
  },
  {
    method: "GET",
    template: "/orgs/{org}/installation",
    auth: "jwt",
    handler: (ctx) =>
      findInstallation(ctx, (i) => i.account.login.toLowerCase() === ctx.params["org"]!.toLowerCase()),
  },
  {
    method: "GET",
    template: "/users/{username}/installation",
    auth: "jwt",
    handler: (ctx) =>
      findInstallation(ctx, (i) => i.account.login.toLowerCase() === ctx.params["username"]!.toLowerCase()),
  },
  {
    method: "GET",
    template: "/installation/repositories",
    auth: "token",
    handler(ctx) {
      if (ctx.cred.kind !== "token" || ctx.cred.token.kind !== "installation") {
        throw new HttpError(403, "This endpoint requires an installation access token");
      }
      const token = ctx.cred.token;
      const inst = ctx.state.installations.get(token.installationId!);
      if (!inst) throw new HttpError(401, "Bad credentials");
      const repos = ctx.state
        .installationRepos(inst)
        .filter((r) => token.repoIds === "all" || token.repoIds.has(r.id));
      const page = paginate(ctx.url, repos);
      return {
        headers: page.headers,
        body: {
          total_count: repos.length,
          repository_selection: inst.repositorySelection,
          repositories: page.items.map((r) => repoJson(ctx.gh, r)),
        },
      };
    },
  },
  {
    method: "GET",
    template: "/rate_limit",
    auth: "none",
    handler() {
      const reset = Math.ceil(Date.now() / 1000) + 3600;
      const core = { limit: 5000, used: 0, remaining: 5000, reset };
      return {
        body: {
          resources: { core, search: { limit: 30, used: 0, remaining: 30, reset }, graphql: core },
          rate: core,
        },
      };
    },
  },
];

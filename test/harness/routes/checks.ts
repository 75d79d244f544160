import { HttpError, isoNow, notFound, paginate, requireString } from "../http.js";
import type { Ctx, Route } from "../router.js";
import { checkRunJson } from "../shapes.js";
import type { Annotation, CheckRun } from "../state.js";
import { intParam } from "./common.js";

/** Check runs: create, update (annotations accumulate), list per ref; GitHub's validation rules. */

const STATUSES = new Set(["queued", "in_progress", "completed", "waiting", "requested", "pending"]);
const CONCLUSIONS = new Set([
  "action_required",
  "cancelled",
  "failure",
  "neutral",
  "success",
  "skipped",
  "stale",
  "timed_out",
]);
const LEVELS = new Set(["notice", "warning", "failure"]);
const MAX_TEXT = 65535;

function invalid(message: string): HttpError {
  return new HttpError(422, `Invalid request.\n\n${message}`);
}

function validateAnnotations(raw: unknown): Annotation[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw))
    throw invalid(`For 'properties/annotations', ${JSON.stringify(raw)} is not an array.`);
  if (raw.length > 50) throw invalid(`No more than 50 items are allowed; ${raw.length} were supplied.`);
  return raw.map((a: Record<string, unknown>) => {
    for (const field of ["path", "start_line", "end_line", "annotation_level", "message"]) {
      if (a[field] === undefined || a[field] === null) throw invalid(`"${field}" wasn't supplied.`);
    }
    if (typeof a["path"] !== "string")
      throw invalid(`For 'properties/path', ${JSON.stringify(a["path"])} is not a string.`);
    for (const field of ["start_line", "end_line", "start_column", "end_column"]) {
      const v = a[field];
      if (v !== undefined && (!Number.isInteger(v) || (v as number) < 0)) {
        throw invalid(`For 'properties/${field}', ${JSON.stringify(v)} is not an integer.`);
      }
    }
    if (!LEVELS.has(String(a["annotation_level"]))) {
      throw invalid(
        `For 'properties/annotation_level', ${JSON.stringify(a["annotation_level"])} is not a member of ["notice", "warning", "failure"].`,
      );
    }
    if (
      (a["start_column"] !== undefined || a["end_column"] !== undefined) &&
      a["start_line"] !== a["end_line"]
    ) {
      throw new HttpError(
        422,
        "Invalid request: start_column and end_column are only allowed when start_line equals end_line",
      );
    }
    if (typeof a["message"] !== "string" || a["message"].length > 64 * 1024) {
      throw invalid("'message' must be a string of at most 64 KB.");
    }
    if (a["title"] !== undefined && (typeof a["title"] !== "string" || a["title"].length > 255)) {
      throw invalid("'title' must be a string of at most 255 characters.");
    }
    return { ...(a as unknown as Annotation) };
  });
}

interface Parsed {
  status?: CheckRun["status"];
  conclusion?: string;
  output?: { title: string; summary: string; text: string | null; annotations: Annotation[] };
}

function parseCommon(body: Record<string, unknown>): Parsed {
  const parsed: Parsed = {};
  if (body["status"] !== undefined) {
    if (!STATUSES.has(String(body["status"]))) {
      throw invalid(
        `For 'properties/status', ${JSON.stringify(body["status"])} is not a member of ["queued", "in_progress", "completed"].`,
      );
    }
    parsed.status = body["status"] as CheckRun["status"];
  }
  if (body["conclusion"] !== undefined && body["conclusion"] !== null) {
    if (!CONCLUSIONS.has(String(body["conclusion"]))) {
      throw invalid(
        `For 'properties/conclusion', ${JSON.stringify(body["conclusion"])} is not a valid conclusion.`,
      );
    }
    parsed.conclusion = String(body["conclusion"]);
  }
  if (parsed.status === "completed" && !parsed.conclusion) {
    throw invalid("'conclusion' is required when 'status' is 'completed'.");
  }
  const output = body["output"] as Record<string, unknown> | undefined | null;
  if (output) {
    if (typeof output["title"] !== "string") throw invalid(`"title" wasn't supplied.`);
    if (typeof output["summary"] !== "string") throw invalid(`"summary" wasn't supplied.`);
    if (output["summary"].length > MAX_TEXT) {
      throw invalid(`Only ${MAX_TEXT} characters are allowed; ${output["summary"].length} were supplied.`);
    }
    const text = typeof output["text"] === "string" ? output["text"] : null;
    if (text && text.length > MAX_TEXT)
      throw invalid(`Only ${MAX_TEXT} characters are allowed; ${text.length} were supplied.`);
    parsed.output = {
      title: output["title"],
      summary: output["summary"],
      text,
      annotations: validateAnnotations(output["annotations"]),
    };
  }
  return parsed;
}

function requireApp(ctx: Ctx) {
  const cred = ctx.cred;
  if (cred.kind !== "token" || !cred.token.app)
    throw new HttpError(403, "You must authenticate via a GitHub App.");
  return cred.token.app;
}

function findRun(ctx: Ctx): CheckRun {
  const id = intParam(ctx, "check_run_id");
  const run = ctx.state.checkRuns.find((c) => c.id === id && c.repoId === ctx.repo.id);
  if (!run) throw notFound();
  return run;
}

function applyCommon(run: CheckRun, parsed: Parsed, body: Record<string, unknown>): void {
  if (parsed.conclusion) {
    run.conclusion = parsed.conclusion;
    run.status = "completed";
  }
  if (parsed.status) run.status = parsed.status;
  if (run.status === "completed")
    run.completedAt =
      typeof body["completed_at"] === "string" ? body["completed_at"] : (run.completedAt ?? isoNow());
  if (parsed.output) {
    run.output = { title: parsed.output.title, summary: parsed.output.summary, text: parsed.output.text };
    run.annotations.push(...parsed.output.annotations);
  }
  if (typeof body["details_url"] === "string") run.detailsUrl = body["details_url"];
  if (typeof body["external_id"] === "string") run.externalId = body["external_id"];
  if (typeof body["name"] === "string") run.name = body["name"];
}

export const checkRoutes: Route[] = [
  {
    method: "POST",
    template: "/repos/{owner}/{repo}/check-runs",
    perm: "checks:write",
    async handler(ctx) {
      const app = requireApp(ctx);
      const name = requireString(ctx.body, "name", "CheckRun");
      const headSha = requireString(ctx.body, "head_sha", "CheckRun");
      const sha = /^[0-9a-f]{40}$/.test(headSha) ? await ctx.repo.git.resolve(headSha, "commit") : null;
      if (!sha) throw new HttpError(422, `No commit found for SHA: ${headSha}`);
      const parsed = parseCommon(ctx.body);
      const run: CheckRun = {
        id: ctx.state.nextId("check_run", 20_000_000),
        repoId: ctx.repo.id,
        name,
        headSha: sha,
        status: "queued",
        conclusion: null,
        startedAt: typeof ctx.body["started_at"] === "string" ? ctx.body["started_at"] : isoNow(),
        completedAt: null,
        detailsUrl: null,
        externalId: null,
        output: { title: null, summary: null, text: null },
        annotations: [],
        app,
        checkSuiteId: ctx.state.checkSuiteId(ctx.repo.id, app.id, sha),
        updates: 0,
      };
      applyCommon(run, parsed, ctx.body);
      ctx.state.checkRuns.push(run);
      return { status: 201, body: checkRunJson(ctx.gh, ctx.repo, run) };
    },
  },
  {
    method: "PATCH",
    template: "/repos/{owner}/{repo}/check-runs/{check_run_id}",
    perm: "checks:write",
    handler(ctx) {
      const app = requireApp(ctx);
      const run = findRun(ctx);
      if (run.app.id !== app.id)
        throw new HttpError(
          403,
          "Invalid app_id `" +
            app.id +
            "` - check run can only be modified by the GitHub App that created it.",
        );
      const parsed = parseCommon(ctx.body);
      applyCommon(run, parsed, ctx.body);
      run.updates++;
      return { body: checkRunJson(ctx.gh, ctx.repo, run) };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/check-runs/{check_run_id}",
    perm: "checks:read",
    handler: (ctx) => ({ body: checkRunJson(ctx.gh, ctx.repo, findRun(ctx)) }),
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
    perm: "checks:read",
    handler(ctx) {
      const run = findRun(ctx);
      const page = paginate(ctx.url, run.annotations);
      return {
        headers: page.headers,
        body: page.items.map((a) => ({
          path: a.path,
          start_line: a.start_line,
          end_line: a.end_line,
          start_column: a.start_column ?? null,
          end_column: a.end_column ?? null,
          annotation_level: a.annotation_level,
          title: a.title ?? null,
          message: a.message,
          raw_details: a.raw_details ?? null,
          blob_href: `${ctx.gh.htmlUrl}/${ctx.repo.owner.login}/${ctx.repo.name}/blob/${run.headSha}/${a.path}`,
        })),
      };
    },
  },
  {
    method: "GET",
    template: "/repos/{owner}/{repo}/commits/{ref}/check-runs",
    perm: "checks:read",
    async handler(ctx) {
      const sha = await ctx.repo.git.resolve(ctx.params["ref"]!, "commit");
      if (!sha) throw new HttpError(422, `No commit found for SHA: ${ctx.params["ref"]}`);
      const q = ctx.url.searchParams;
      let runs = ctx.state.checkRuns.filter((c) => c.repoId === ctx.repo.id && c.headSha === sha);
      const name = q.get("check_name");
      if (name) runs = runs.filter((c) => c.name === name);
      const status = q.get("status");
      if (status) runs = runs.filter((c) => c.status === status);
      const appId = q.get("app_id");
      if (appId) runs = runs.filter((c) => String(c.app.id) === appId);
      if ((q.get("filter") ?? "latest") === "latest") {
        const latest = new Map<string, (typeof runs)[number]>();
        for (const run of runs) latest.set(`${run.app.id}:${run.name}`, run);
        runs = [...latest.values()];
      }
      runs = [...runs].sort((a, b) => b.id - a.id);
      const page = paginate(ctx.url, runs);
      return {
        headers: page.headers,
        body: {
          total_count: runs.length,
          check_runs: page.items.map((r) => checkRunJson(ctx.gh, ctx.repo, r)),
        },
      };
    },
  },
];

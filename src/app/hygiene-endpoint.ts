// POST /api/hygiene: lets an external cron (or a serverless scheduler) trigger the hygiene run.
// Authenticated by a shared secret in `Authorization: Bearer <secret>`, compared in constant time.
// Optional JSON body `{ "installation_id": 1, "repository": "owner/name" }` narrows the run, so a
// cron can fan out one call per repository within a serverless time limit.
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import type { HygieneRun, HygieneScope } from "./scheduler.js";

export const HYGIENE_PATH = "/api/hygiene";
const MAX_BODY = 4096;

const scopeSchema = z
  .object({
    installation_id: z.number().int().positive().optional(),
    repository: z
      .string()
      .regex(/^[\w.-]+\/[\w.-]+$/, "owner/name")
      .optional(),
  })
  .strict();

/** Constant-time comparison of the presented secret with the configured one. */
export function secretMatches(presented: string, secret: string): boolean {
  // Hash both so the lengths are equal and nothing about the secret's length leaks.
  const a = createHash("sha256").update(presented).digest();
  const b = createHash("sha256").update(secret).digest();
  return timingSafeEqual(a, b);
}

export function hygieneHandler(secret: string, run: (scope: HygieneScope) => Promise<HygieneRun>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = (req.url ?? "").split("?")[0];
    if (path !== HYGIENE_PATH) return false;
    if (req.method !== "POST") return reply(res, 405, { error: "use POST" }, { allow: "POST" });
    const auth = req.headers.authorization ?? "";
    const presented = auth.startsWith("Bearer ") ? auth.slice(7) : "";
    if (!secretMatches(presented, secret)) {
      return reply(res, 401, { error: "send Authorization: Bearer <HYGIENE_SECRET>" });
    }
    let text = "";
    for await (const chunk of req) {
      text += String(chunk);
      if (text.length > MAX_BODY) return reply(res, 413, { error: "body too large" });
    }
    let body: unknown = {};
    try {
      body = text.trim() ? JSON.parse(text) : {};
    } catch {
      return reply(res, 400, { error: "the body must be JSON" });
    }
    const parsed = scopeSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return reply(res, 400, { error: `${issue.path.join(".") || "body"}: ${issue.message}` });
    }
    const scope: HygieneScope = {};
    if (parsed.data.installation_id) scope.installationId = parsed.data.installation_id;
    if (parsed.data.repository) scope.repository = parsed.data.repository;
    try {
      const result = await run(scope);
      return reply(res, result.errors.length ? 207 : 200, summarize(result));
    } catch (error) {
      return reply(res, 502, { error: error instanceof Error ? error.message : String(error) });
    }
  };
}

function summarize(run: HygieneRun) {
  return {
    installations: run.installations,
    repositories: run.repositories,
    scans: run.scans.map((s) => ({
      repository: s.repository,
      commit: s.commit,
      findings: s.findings,
      issue: s.outcome?.issue?.url ?? null,
      action: s.outcome?.action ?? null,
      ...(s.skipped ? { skipped: s.skipped } : {}),
    })),
    errors: run.errors,
  };
}

function reply(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): true {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
  return true;
}

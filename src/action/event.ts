// The parts of the triggering event's payload the Action uses, validated (loosely: GitHub adds
// fields all the time) so that a missing field is a clear error rather than `undefined` later.
import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { Env } from "./inputs.js";

const repoSchema = z.looseObject({
  full_name: z.string(),
  name: z.string(),
  owner: z.looseObject({ login: z.string() }),
  default_branch: z.string().optional(),
  fork: z.boolean().optional(),
});

const payloadSchema = z.looseObject({
  action: z.string().optional(),
  repository: repoSchema.optional(),
  pull_request: z
    .looseObject({
      number: z.number(),
      base: z.looseObject({ sha: z.string(), ref: z.string(), repo: repoSchema.nullish() }),
      head: z.looseObject({ sha: z.string(), ref: z.string(), repo: repoSchema.nullish() }),
    })
    .optional(),
  before: z.string().optional(),
  after: z.string().optional(),
  issue: z
    .looseObject({
      number: z.number(),
      title: z.string().optional(),
      pull_request: z.unknown().optional(),
    })
    .optional(),
  comment: z
    .looseObject({
      id: z.number(),
      body: z.string().nullish(),
      user: z.looseObject({ login: z.string(), type: z.string().optional() }),
    })
    .optional(),
});

export type Payload = z.output<typeof payloadSchema>;

export interface ActionEvent {
  name: string;
  payload: Payload;
  /** owner/repo from GITHUB_REPOSITORY, else the payload. */
  owner: string;
  repo: string;
}

export async function readEvent(env: Env): Promise<ActionEvent> {
  const name = env["GITHUB_EVENT_NAME"] ?? "";
  const path = env["GITHUB_EVENT_PATH"];
  let data: unknown = {};
  if (path) {
    const text = await readFile(path, "utf8").catch((cause) => {
      throw new Error(`cannot read the event payload at GITHUB_EVENT_PATH=${path}.`, { cause });
    });
    try {
      data = JSON.parse(text);
    } catch (cause) {
      throw new Error(`the event payload at ${path} is not JSON.`, { cause });
    }
  }
  const parsed = payloadSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `the ${name || "event"} payload has an unexpected shape at ${issue.path.join(".") || "(root)"}: ${issue.message}.`,
      { cause: parsed.error },
    );
  }
  const full = env["GITHUB_REPOSITORY"] ?? parsed.data.repository?.full_name ?? "";
  const [owner = "", repo = ""] = full.split("/");
  return { name, payload: parsed.data, owner, repo };
}

/** A pull request from another repository: GitHub gives it a read-only token and no secrets. */
export function isForkPullRequest(event: ActionEvent): boolean {
  const pr = event.payload.pull_request;
  if (!pr) return false;
  const head = pr.head.repo?.full_name;
  const base = pr.base.repo?.full_name ?? `${event.owner}/${event.repo}`;
  return head !== undefined && head.toLowerCase() !== base.toLowerCase();
}

// The webhook payload fields the App relies on, validated once with zod. Anything else in the
// payload is ignored; a payload missing these fields is refused with a log line, not a crash.
import { z } from "zod";

const sha = z.string().regex(/^[0-9a-f]{40}$/, "a 40-character commit SHA");

export const repository = z.object({
  name: z.string().min(1),
  owner: z.object({ login: z.string().min(1) }),
  html_url: z.string().url(),
  default_branch: z.string().min(1),
});

const installation = z.object({ id: z.number().int().positive() });

export const pullRequestEvent = z.object({
  action: z.string(),
  pull_request: z.object({
    number: z.number().int().positive(),
    state: z.string(),
    head: z.object({ sha }),
    base: z.object({ sha, ref: z.string() }),
  }),
  repository,
  installation,
});

export const pushEvent = z.object({
  ref: z.string(),
  before: sha,
  after: sha,
  deleted: z.boolean().optional(),
  commits: z
    .array(
      z.object({
        added: z.array(z.string()).default([]),
        removed: z.array(z.string()).default([]),
        modified: z.array(z.string()).default([]),
      }),
    )
    .default([]),
  repository,
  installation,
});

const suitePullRequest = z.object({
  number: z.number().int().positive(),
  head: z.object({ sha }),
  base: z.object({ sha }),
});

export const checkSuiteEvent = z.object({
  action: z.string(),
  check_suite: z.object({
    head_sha: sha,
    head_branch: z.string().nullable(),
    before: sha.nullable().optional(),
    pull_requests: z.array(suitePullRequest).default([]),
  }),
  repository,
  installation,
});

export const checkRunEvent = z.object({
  action: z.string(),
  check_run: z.object({
    name: z.string(),
    head_sha: sha,
    pull_requests: z.array(suitePullRequest).default([]),
    check_suite: z
      .object({ head_branch: z.string().nullable().optional(), before: sha.nullable().optional() })
      .optional(),
  }),
  repository,
  installation,
});

export const issueCommentEvent = z.object({
  action: z.string(),
  issue: z.object({ number: z.number().int().positive(), pull_request: z.unknown().optional() }),
  comment: z.object({
    id: z.number().int().positive(),
    body: z.string(),
    user: z.object({ login: z.string(), type: z.string().optional() }),
  }),
  repository,
  installation,
});

export type Repository = z.infer<typeof repository>;

/** Parses `payload` or throws an Error naming the event and the first bad field. */
export function parsePayload<T>(schema: z.ZodType<T>, payload: unknown, event: string): T {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new Error(
    `The ${event} webhook payload is missing what handoff-guard needs: ${issue.path.join(".") || "(root)"}: ${issue.message}. Is the App subscribed with the permissions in app.yml?`,
    { cause: parsed.error },
  );
}

// The `/consolidate` comment command: only the first line counts, and a comment of any size parses
// in bounded time without throwing. Everything after the first line is free text for humans.
import { z } from "zod";

export type ConsolidateCommand =
  | { kind: "all"; dryRun: boolean }
  | { kind: "paths"; dryRun: boolean; paths: string[] }
  | { kind: "issues"; dryRun: boolean; issues: number[] };

export type CommandParse =
  | { ok: true; command: ConsolidateCommand }
  /** Not a command at all: ignore the comment silently. */
  | { ok: false; reason: "not-a-command" }
  /** Looks like `/consolidate` but its arguments are wrong: reply with `message`. */
  | { ok: false; reason: "invalid"; message: string };

/** Longest first line considered; GitHub comments can be 65,536 characters. */
export const MAX_COMMAND_LINE = 1_000;
export const MAX_ARGUMENTS = 50;

const pathArg = z
  .string()
  .min(1)
  .max(300)
  .regex(/^[^\s#]/, "a path")
  .refine((p) => !p.split("/").includes(".."), "a path inside the repository (no `..`)")
  .refine((p) => !p.startsWith("/"), "a repository-relative path");
const issueArg = z
  .string()
  .regex(/^#\d{1,9}$/, "an issue number like #12")
  .transform((s) => Number(s.slice(1)));

export const USAGE =
  "Usage: `/consolidate` (every duplicate group), `/consolidate dry-run` (preview only), " +
  "`/consolidate a.md b.md` (one group by file) or `/consolidate #12 #15` (one group by issue).";

export function parseCommand(body: unknown): CommandParse {
  if (typeof body !== "string") return { ok: false, reason: "not-a-command" };
  // Bounded: look at the first line only, found within the first MAX_COMMAND_LINE + 1 characters.
  const head = body.slice(0, MAX_COMMAND_LINE + 1).replace(/^\uFEFF/, "");
  const end = head.search(/\r?\n/);
  const line = (end === -1 ? head : head.slice(0, end)).trim();
  const match = /^\/consolidate(?=\s|$)/i.exec(line);
  if (!match) return { ok: false, reason: "not-a-command" };
  if (end === -1 && body.length > MAX_COMMAND_LINE) {
    return invalid(`the command line is longer than ${MAX_COMMAND_LINE} characters. ${USAGE}`);
  }
  const args = line.slice(match[0].length).trim().split(/\s+/).filter(Boolean);
  if (args.length > MAX_ARGUMENTS) return invalid(`at most ${MAX_ARGUMENTS} arguments. ${USAGE}`);

  let dryRun = false;
  const rest: string[] = [];
  for (const arg of args) {
    if (/^(dry-run|--dry-run|preview)$/i.test(arg)) dryRun = true;
    else rest.push(arg);
  }
  if (rest.length === 0) return { ok: true, command: { kind: "all", dryRun } };
  if (rest.every((a) => a.startsWith("#"))) {
    const parsed = z.array(issueArg).min(2).safeParse(rest);
    if (!parsed.success) return invalid(`${explain(parsed.error, rest)} ${USAGE}`);
    return { ok: true, command: { kind: "issues", dryRun, issues: [...new Set(parsed.data)] } };
  }
  if (rest.some((a) => a.startsWith("#"))) {
    return invalid(`name a group either by files or by issues, not both. ${USAGE}`);
  }
  const parsed = z
    .array(pathArg)
    .min(2)
    .safeParse(rest.map((a) => a.replace(/^`|`$/g, "").replace(/^\.\//, "")));
  if (!parsed.success) return invalid(`${explain(parsed.error, rest)} ${USAGE}`);
  return { ok: true, command: { kind: "paths", dryRun, paths: [...new Set(parsed.data)] } };
}

function invalid(message: string): CommandParse {
  return { ok: false, reason: "invalid", message: `/consolidate: ${message}` };
}

function explain(error: z.ZodError, args: readonly string[]): string {
  const issue = error.issues[0];
  if (!issue) return "invalid arguments.";
  if (issue.code === "too_small" && issue.path.length === 0) return "a group needs at least two members.";
  const index = typeof issue.path[0] === "number" ? issue.path[0] : -1;
  const arg = index >= 0 ? args[index] : undefined;
  const shown = arg === undefined ? "" : ` ${JSON.stringify(arg.slice(0, 60))}`;
  return `argument${shown} should be ${issue.message}.`;
}

// Command-line arguments, parsed with node:util and validated once with zod.
import { type ParseArgsConfig, parseArgs } from "node:util";
import { z } from "zod";
import type { RuleId } from "../core/types.js";

export class UsageError extends Error {
  override name = "UsageError";
}

const RULE_ID = /^HG\d{3}$/;

const checkSchema = z.object({
  command: z.literal("check"),
  dir: z.string(),
  config: z.string().optional(),
  format: z.enum(["text", "json", "sarif", "markdown", "github"]),
  failOn: z.enum(["error", "warning", "notice", "never"]),
  changedSince: z.string().min(1).optional(),
  rules: z.array(z.string().regex(RULE_ID, "rule ids look like HG101")).optional(),
  untracked: z.boolean(),
  hygiene: z.boolean(),
  output: z.string().optional(),
  color: z.boolean(),
});

export type CheckArgs = Omit<z.output<typeof checkSchema>, "rules"> & { rules?: RuleId[] };

export type CliArgs =
  | CheckArgs
  | { command: "verify"; dir: string; config?: string; format: "text" | "json" }
  | {
      command: "consolidate";
      dir: string;
      config?: string;
      dryRun: boolean;
      apply: boolean;
      format: "markdown" | "json";
      select: string[];
    }
  | { command: "explain"; rule: string }
  | { command: "help"; topic?: string }
  | { command: "version" };

export const HELP = `handoff-guard: keep handoff documents honest

Usage:
  handoff-guard check [dir] [options]      check documents in a git checkout
  handoff-guard verify [dir]               final verification before reporting work done (PASS/FAIL)
  handoff-guard consolidate [dir] [--dry-run|--apply] [--format markdown|json] [paths...]
                                           find duplicate handoffs and render one consolidated handoff
  handoff-guard explain <HG101>            explain a rule: what fires it, how to fix and silence it

Options for check:
  --config <file>           config file (default: .github/handoff-guard.yml or .handoff-guard.yml)
  --format <f>              text | json | sarif | markdown | github   (default: text)
  --fail-on <level>         error | warning | notice | never          (default: error)
  --changed-since <ref>     check documents changed since <ref>, plus open handoffs whose files the change removed
  --rule <ids>              only these rules, comma-separated (HG101,HG102)
  --no-untracked            skip the checks of uncommitted files in the working tree
  --hygiene                 also report time-dependent findings (overdue handoffs)
  --output <file>           write the report to a file instead of standard output
  --no-color                plain text output

Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or configuration error.`;

export function parseCli(argv: readonly string[], isTTY: boolean): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    return { command: "help", topic: rest[0] };
  }
  if (command === "--version" || command === "-v" || command === "version") return { command: "version" };
  switch (command) {
    case "check":
      return parseCheck(rest, isTTY);
    case "verify":
      return parseVerify(rest);
    case "consolidate":
      return parseConsolidate(rest);
    case "explain": {
      if (rest.length !== 1)
        throw new UsageError("explain takes one rule id, e.g. `handoff-guard explain HG101`.");
      return { command: "explain", rule: rest[0]! };
    }
    default:
      throw new UsageError(`unknown command "${command}". Commands: check, verify, consolidate, explain.`);
  }
}

function parse(args: readonly string[], options: NonNullable<ParseArgsConfig["options"]>) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, allowNegative: true, strict: true });
  } catch (cause) {
    throw new UsageError(`${(cause as Error).message}. Run \`handoff-guard --help\` for the options.`, {
      cause,
    });
  }
}

function parseCheck(args: readonly string[], isTTY: boolean): CheckArgs {
  const { values, positionals } = parse(args, {
    config: { type: "string" },
    format: { type: "string", default: "text" },
    "fail-on": { type: "string", default: "error" },
    "changed-since": { type: "string" },
    rule: { type: "string", multiple: true },
    untracked: { type: "boolean", default: true },
    hygiene: { type: "boolean", default: false },
    output: { type: "string", short: "o" },
    color: { type: "boolean", default: isTTY },
  });
  if (positionals.length > 1) throw new UsageError(`check takes one folder, got ${positionals.length}.`);
  const rules = (values.rule as string[] | undefined)
    ?.flatMap((r) => r.split(","))
    .map((r) => r.trim().toUpperCase());
  const parsed = checkSchema.safeParse({
    command: "check",
    dir: positionals[0] ?? ".",
    config: values.config,
    format: values.format,
    failOn: values["fail-on"],
    changedSince: values["changed-since"],
    rules,
    untracked: values.untracked,
    hygiene: values.hygiene,
    output: values.output,
    color: values.color && values.format === "text",
  });
  if (!parsed.success) throw usageFrom(parsed.error);
  return parsed.data as CheckArgs;
}

function parseVerify(args: readonly string[]): CliArgs {
  const { values, positionals } = parse(args, {
    config: { type: "string" },
    format: { type: "string", default: "text" },
  });
  const format = z.enum(["text", "json"]).safeParse(values.format);
  if (!format.success)
    throw new UsageError(`--format "${values.format}" is not allowed. Allowed: text, json.`);
  return {
    command: "verify",
    dir: positionals[0] ?? ".",
    config: values.config as string | undefined,
    format: format.data,
  };
}

function parseConsolidate(args: readonly string[]): CliArgs {
  const { values, positionals } = parse(args, {
    config: { type: "string" },
    format: { type: "string", default: "markdown" },
    "dry-run": { type: "boolean", default: false },
    apply: { type: "boolean", default: false },
  });
  const format = z.enum(["markdown", "json"]).safeParse(values.format);
  if (!format.success)
    throw new UsageError(`--format "${values.format}" is not allowed. Allowed: markdown, json.`);
  if (values.apply && values["dry-run"])
    throw new UsageError("--apply and --dry-run cannot be used together.");
  const [dir, ...select] = positionals;
  return {
    command: "consolidate",
    dir: dir ?? ".",
    config: values.config as string | undefined,
    dryRun: !values.apply,
    apply: Boolean(values.apply),
    format: format.data,
    select,
  };
}

function usageFrom(error: z.ZodError): UsageError {
  const issue = error.issues[0]!;
  const flag =
    { failOn: "--fail-on", changedSince: "--changed-since", rules: "--rule" }[String(issue.path[0])] ??
    `--${String(issue.path[0])}`;
  const allowed =
    issue.code === "invalid_value" ? ` Allowed: ${issue.values.join(", ")}.` : ` ${issue.message}.`;
  return new UsageError(`${flag}: value not allowed.${allowed}`, { cause: error });
}

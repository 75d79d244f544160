// The Action's inputs, read once from the runner's INPUT_* variables and validated with zod.
// A bad value becomes an InputError naming the input and its allowed values.
import { z } from "zod";
import { PERMISSION_LEVELS } from "../github/permission.js";

export const MODES = ["auto", "check", "hygiene", "consolidate"] as const;
export const FAIL_ON = ["error", "warning", "notice", "never"] as const;
const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];

export type Env = Record<string, string | undefined>;

export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    readonly input: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`Input "${input}": ${message}`, options);
  }
}

const bool = (name: string) =>
  z
    .string()
    .transform((value, ctx) => {
      if (TRUE.includes(value)) return true;
      if (FALSE.includes(value)) return false;
      ctx.addIssue({
        code: "custom",
        message: `"${value}" is not a boolean. Allowed values: true, false.`,
        input: value,
      });
      return z.NEVER;
    })
    .describe(name);

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.string().transform((value, ctx) => {
    const lower = value.toLowerCase();
    if ((values as readonly string[]).includes(lower)) return lower as T[number];
    ctx.addIssue({
      code: "custom",
      message: `"${value}" is not allowed. Allowed values: ${values.join(", ")}.`,
      input: value,
    });
    return z.NEVER;
  });

const schema = z.object({
  config: z.string().max(1000),
  mode: choice(MODES),
  "fail-on": choice(FAIL_ON),
  untracked: bool("untracked"),
  "changed-only": z.union([z.literal("").transform(() => null), bool("changed-only")]),
  "sarif-file": z.string().max(1000),
  token: z.string().max(10_000),
  "allowed-permission": z.union([z.literal("").transform(() => null), choice(PERMISSION_LEVELS)]),
  "dry-run": bool("dry-run"),
});

const DEFAULTS: Record<keyof z.input<typeof schema>, string> = {
  config: "",
  mode: "auto",
  "fail-on": "error",
  untracked: "false",
  "changed-only": "",
  "sarif-file": "",
  token: "",
  "allowed-permission": "",
  "dry-run": "false",
};

export type Inputs = z.output<typeof schema>;

/** The runner sets `INPUT_<NAME>` with the name upper-cased and spaces as underscores (hyphens kept). */
function readInput(env: Env, name: string): string | undefined {
  const key = `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
  return env[key] ?? env[key.replace(/-/g, "_")];
}

export function parseInputs(env: Env): Inputs {
  const raw: Record<string, string> = {};
  for (const [name, fallback] of Object.entries(DEFAULTS)) {
    const value = readInput(env, name)?.trim();
    raw[name] = value === undefined || value === "" ? fallback : value;
  }
  if (!raw["token"]) raw["token"] = env["GITHUB_TOKEN"] ?? "";
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? "?");
    throw new InputError(name, `${issue.message} Fix the \`with:\` block of this step.`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

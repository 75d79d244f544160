// The Action as an importable function: env in, exit code out. main.ts only calls it.
// Every failure ends as an error annotation that says what went wrong and how to fix it.
import { VERSION } from "../cli/version.js";
import { ConfigError } from "../core/config/load.js";
import { NotAGitRepositoryError, UnknownRevisionError } from "../local/index.js";
import { runCheckMode } from "./check.js";
import type { ModeContext } from "./context.js";
import { readEvent } from "./event.js";
import { type Env, InputError, type Inputs, type MODES, parseInputs } from "./inputs.js";
import { type ActionIO, createIO, maskSecret } from "./io.js";

export type Mode = Exclude<(typeof MODES)[number], "auto">;

/** auto: pull_request and push check, schedule and workflow_dispatch scan, issue_comment consolidates. */
export function modeFor(event: string): Mode {
  switch (event) {
    case "schedule":
    case "workflow_dispatch":
      return "hygiene";
    case "issue_comment":
      return "consolidate";
    default:
      return "check";
  }
}

export async function run(env: Env = process.env, io: ActionIO = createIO(env)): Promise<number> {
  let inputs: Inputs;
  try {
    inputs = parseInputs(env);
  } catch (error) {
    if (error instanceof InputError) {
      io.annotate("error", error.message, { ...workflowFile(env), title: "handoff-guard: invalid input" });
      return 1;
    }
    throw error;
  }
  maskSecret(inputs.token);
  try {
    const event = await readEvent(env);
    const mode = inputs.mode === "auto" ? modeFor(event.name) : inputs.mode;
    const ctx: ModeContext = {
      env,
      inputs,
      event,
      io,
      workspace: env["GITHUB_WORKSPACE"] || process.cwd(),
      version: VERSION,
    };
    io.info(`handoff-guard ${VERSION}: ${mode} mode (event: ${event.name || "none"})`);
    switch (mode) {
      case "check":
        return await runCheckMode(ctx);
      case "hygiene":
        return await (await import("./hygiene.js")).runHygieneMode(ctx);
      case "consolidate":
        return await (await import("./consolidate.js")).runConsolidateMode(ctx);
    }
  } catch (error) {
    return fail(io, error);
  }
}

function fail(io: ActionIO, error: unknown): number {
  if (error instanceof ConfigError) {
    const prefix = `${error.file}:${error.line}:${error.column}: `;
    const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    io.annotate("error", message, {
      file: error.file,
      line: error.line,
      col: error.column,
      title: "handoff-guard: invalid config",
    });
    return 1;
  }
  if (error instanceof NotAGitRepositoryError || error instanceof UnknownRevisionError) {
    io.annotate("error", `${error.message} Run actions/checkout before this step.`, {
      title: "handoff-guard: no checkout",
    });
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  const cause =
    error instanceof Error && error.cause instanceof Error ? ` (cause: ${error.cause.message})` : "";
  io.annotate("error", `${message}${cause}`, { title: "handoff-guard failed" });
  if (error instanceof Error && error.stack) io.info(error.stack);
  return 1;
}

/** The workflow file of this run (from GITHUB_WORKFLOW_REF), to annotate a bad input on. */
function workflowFile(env: Env): { file?: string } {
  const ref = env["GITHUB_WORKFLOW_REF"];
  const repo = env["GITHUB_REPOSITORY"];
  if (!ref || !repo || !ref.startsWith(`${repo}/`)) return {};
  return { file: ref.slice(repo.length + 1).replace(/@.*$/, "") };
}

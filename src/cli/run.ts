// The CLI as an importable function: argv in, exit code out; printing goes through `io`.
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ConfigError } from "../core/config/load.js";
import { check } from "../core/engine.js";
import { render } from "../core/render/index.js";
import { getRule, ruleDocUrl } from "../core/rules/index.js";
import { type CheckResult, SEVERITY_RANK, type Severity } from "../core/types.js";
import {
  GitNotFoundError,
  loadLocalSnapshot,
  NotAGitRepositoryError,
  OutsideRootError,
  UnknownRevisionError,
  writeWorkingFile,
} from "../local/index.js";
import { loadConfigFile } from "../node/config-file.js";
import { type CheckArgs, HELP, parseCli, UsageError } from "./args.js";
import { runConsolidate } from "./consolidate.js";
import { runVerify } from "./verify.js";
import { VERSION } from "./version.js";

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  isTTY: boolean;
  cwd: string;
}

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const args = parseCli(argv, io.isTTY);
    switch (args.command) {
      case "help":
        io.stdout(`${HELP}\n`);
        return EXIT_CLEAN;
      case "version":
        io.stdout(`${VERSION}\n`);
        return EXIT_CLEAN;
      case "explain":
        return explain(args.rule, io);
      case "check":
        return await runCheck(args, io);
      case "verify": {
        const dir = resolve(io.cwd, args.dir);
        const { config } = await loadConfigFile(await topLevel(dir), args.config, io.cwd);
        const { exitCode, output } = await runVerify({ dir, config, format: args.format, fullErrors: true });
        io.stdout(output.endsWith("\n") ? output : `${output}\n`);
        return exitCode;
      }
      case "consolidate": {
        const dir = resolve(io.cwd, args.dir);
        const snapshot = await loadLocalSnapshot(dir, { untracked: false });
        const { config } = await loadConfigFile(snapshot.topLevel, args.config, io.cwd);
        const { exitCode, output } = await runConsolidate(
          {
            snapshot,
            config,
            dryRun: args.dryRun,
            apply: args.apply,
            format: args.format,
            select: args.select,
          },
          { writeFile: (path, text) => writeWorkingFile(snapshot.topLevel, path, text) },
        );
        io.stdout(output.endsWith("\n") ? output : `${output}\n`);
        return exitCode;
      }
    }
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof ConfigError ||
      error instanceof NotAGitRepositoryError ||
      error instanceof GitNotFoundError ||
      error instanceof UnknownRevisionError ||
      error instanceof OutsideRootError
    ) {
      io.stderr(`handoff-guard: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

async function topLevel(dir: string): Promise<string> {
  const snapshot = await loadLocalSnapshot(dir, { untracked: false });
  return snapshot.topLevel;
}

async function runCheck(args: CheckArgs, io: CliIO): Promise<number> {
  const dir = resolve(io.cwd, args.dir);
  const snapshot = await loadLocalSnapshot(dir, {
    untracked: args.untracked,
    changedSince: args.changedSince,
    deferWorkingTree: true,
  });
  const { config } = await loadConfigFile(snapshot.topLevel, args.config, io.cwd);
  const documents = snapshot.change
    ? [...snapshot.change.changed, ...snapshot.change.renamed.map((r) => r.to)]
    : undefined;
  const result = await check(snapshot, config, {
    documents,
    rules: args.rules,
    untracked: args.untracked,
    hygiene: args.hygiene,
  });
  const text = render(result, args.format, { color: args.color, toolVersion: VERSION });
  if (args.output) await writeFile(resolve(io.cwd, args.output), text.endsWith("\n") ? text : `${text}\n`);
  else io.stdout(text.endsWith("\n") ? text : `${text}\n`);
  return failed(result, args.failOn) ? EXIT_FINDINGS : EXIT_CLEAN;
}

export function failed(result: CheckResult, failOn: Severity | "never"): boolean {
  if (failOn === "never") return false;
  return result.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}

function explain(id: string, io: CliIO): number {
  const rule = getRule(id);
  if (!rule) {
    io.stderr(
      `handoff-guard: unknown rule "${id}". Rule ids: HG101-HG106, HG201, HG202, HG301-HG304, HG401, HG402.\n`,
    );
    return EXIT_USAGE;
  }
  const severity =
    rule.defaultSeverity.handoff === rule.defaultSeverity.document
      ? rule.defaultSeverity.handoff
      : `${rule.defaultSeverity.handoff} in handoffs, ${rule.defaultSeverity.document} in other documents`;
  io.stdout(
    [
      `${rule.id} ${rule.name} (default: ${severity})`,
      "",
      rule.summary,
      "",
      rule.explanation,
      "",
      "Fires on:",
      indent(rule.examples.fires),
      "",
      "Does not fire on:",
      indent(rule.examples.passes),
      "",
      `Fix: ${rule.fix}`,
      "",
      `Silence: <!-- handoff-guard-disable-next-line ${rule.id} --> above the line, front matter \`handoff-guard: { ignore: [${rule.id}] }\`, or \`rules: { ${rule.id}: off }\` in .github/handoff-guard.yml.`,
      "",
      `More: ${ruleDocUrl(rule.id)}`,
      "",
    ].join("\n"),
  );
  return EXIT_CLEAN;
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");
}

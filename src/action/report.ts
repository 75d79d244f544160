// Publishing a CheckResult on the runner: annotations (most severe first, within GitHub's limit
// of 10 per kind per step; the rest are listed in the job summary), the job summary, the outputs
// and the findings/SARIF files.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join } from "node:path";
import {
  countBySeverity,
  escapeCell,
  type MarkdownOptions,
  renderJson,
  renderMarkdown,
  renderSarif,
  sortFindings,
  workflowCommand,
} from "../core/render/index.js";
import type { CheckResult, Finding, Severity } from "../core/types.js";
import type { ModeContext } from "./context.js";

/** GitHub shows at most this many annotations of each kind (error, warning, notice) per step. */
export const ANNOTATIONS_PER_KIND = 10;

export interface Published {
  counts: Record<Severity, number>;
  findingsFile: string;
  annotated: number;
}

export async function publish(
  ctx: ModeContext,
  result: CheckResult,
  options: { markdown: MarkdownOptions; scope: string; summaryExtra?: string },
): Promise<Published> {
  const sorted = sortFindings(result.findings);
  const shown: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const notAnnotated: Finding[] = [];
  for (const finding of sorted) {
    if (shown[finding.severity] < ANNOTATIONS_PER_KIND) {
      shown[finding.severity] += 1;
      ctx.io.raw(workflowCommand(finding));
    } else notAnnotated.push(finding);
  }

  const findingsFile = await writeFindings(ctx, result);
  if (ctx.inputs["sarif-file"]) {
    const path = resolveIn(ctx.workspace, ctx.inputs["sarif-file"]);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, renderSarif(result, { toolVersion: ctx.version }), "utf8");
    ctx.io.info(`SARIF written to ${path}`);
  }

  const summary = [
    renderMarkdown(result, {
      fullOutputHint: "the JSON file named by this step's `findings-file` output",
      ...options.markdown,
    }).trimEnd(),
    "",
    options.scope,
  ];
  if (notAnnotated.length > 0) summary.push("", ...notAnnotatedSection(notAnnotated));
  if (options.summaryExtra) summary.push("", options.summaryExtra);
  await ctx.io.appendSummary(`${summary.join("\n")}\n`);

  const counts = countBySeverity(result.findings);
  await ctx.io.setOutput("errors", String(counts.error));
  await ctx.io.setOutput("warnings", String(counts.warning));
  await ctx.io.setOutput("notices", String(counts.notice));
  await ctx.io.setOutput("findings-file", findingsFile);
  return { counts, findingsFile, annotated: sorted.length - notAnnotated.length };
}

function notAnnotatedSection(findings: readonly Finding[]): string[] {
  const lines = [
    `### Not annotated (${findings.length})`,
    "",
    `GitHub shows at most ${ANNOTATIONS_PER_KIND} annotations of each kind per step; these findings are not annotated in the diff:`,
    "",
  ];
  const max = 200;
  for (const f of findings.slice(0, max)) {
    const where = f.line >= 1 ? `${f.path}:${f.line}:${Math.max(f.column, 1)}` : f.path;
    lines.push(`- ${f.severity} ${f.rule} ${escapeCell(where, 300)}: ${escapeCell(f.message, 300)}`);
  }
  if (findings.length > max)
    lines.push(`- and ${findings.length - max} more (see the \`findings-file\` output)`);
  return lines;
}

async function writeFindings(ctx: ModeContext, result: CheckResult): Promise<string> {
  const dir = ctx.env["RUNNER_TEMP"] || ctx.workspace;
  const path = join(dir, "handoff-guard-findings.json");
  await writeFile(path, renderJson(result), "utf8");
  return path;
}

function resolveIn(base: string, path: string): string {
  return isAbsolute(path) ? path : join(base, path);
}

/** True when a finding reaches the `fail-on` severity. */
export function reachesFailOn(result: CheckResult, failOn: Severity | "never"): boolean {
  if (failOn === "never") return false;
  const rank: Record<Severity, number> = { notice: 1, warning: 2, error: 3 };
  return result.findings.some((f) => rank[f.severity] >= rank[failOn]);
}

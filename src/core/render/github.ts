// GitHub Actions workflow commands (`::error file=...::message`), one per finding, most severe
// first. Escaping follows @actions/core's command.ts so that a path or message can never end a
// command early or inject another one.

import type { CheckResult, Finding, Severity } from "../types.js";
import { relatedLine } from "./related.js";
import { ruleInfo } from "./rule-info.js";
import { sortFindings } from "./sort.js";

const COMMAND: Record<Severity, "error" | "warning" | "notice"> = {
  error: "error",
  warning: "warning",
  notice: "notice",
};

/** Escaping of a command's message (data), as @actions/core `escapeData`. */
export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escaping of a command property value, as @actions/core `escapeProperty`. */
export function escapeProperty(value: string): string {
  return value
    .replace(/%/g, "%25")
    .replace(/\r/g, "%0D")
    .replace(/\n/g, "%0A")
    .replace(/:/g, "%3A")
    .replace(/,/g, "%2C");
}

export function findingTitle(finding: Pick<Finding, "rule" | "name">): string {
  return `${finding.rule} ${finding.name}`;
}

/** The message plus its suggestions, one per line. */
export function findingMessage(finding: Finding): string {
  const lines = [finding.message, ...(finding.suggestions ?? [])];
  if ((finding.related ?? []).length > 0) lines.push(`related: ${relatedLine(finding.related)}`);
  lines.push(`About ${finding.rule}: ${ruleInfo(finding.rule, finding.name).docUrl}`);
  return lines.join("\n");
}

export function workflowCommand(finding: Finding): string {
  const properties: [string, string][] = [["file", finding.path]];
  if (finding.line >= 1) {
    properties.push(["line", String(finding.line)]);
    if (finding.column >= 1) properties.push(["col", String(finding.column)]);
  }
  properties.push(["title", findingTitle(finding)]);
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(",");
  return `::${COMMAND[finding.severity]} ${props}::${escapeData(findingMessage(finding))}`;
}

/** One workflow command per line, with a trailing newline; empty when there are no findings. */
export function renderGithub(result: CheckResult): string {
  const findings = sortFindings(result.findings);
  return findings.map((finding) => `${workflowCommand(finding)}\n`).join("");
}

// Human-readable terminal output: findings grouped by document, `path:line:col` first so that
// terminals and editors make it clickable, suggestions indented below, a one-line tally last.
import type { CheckResult, Finding, Severity } from "../types.js";
import { relatedLine } from "./related.js";
import { rulesIn } from "./rule-info.js";
import { compareFindings, countBySeverity, plural, sortFindings } from "./sort.js";

export interface TextOptions {
  /** ANSI colour; the caller decides (a TTY without NO_COLOR). */
  color: boolean;
  /** Prepended to every repo-relative path, so paths are clickable from the caller's working directory. */
  cwdPrefix?: string;
}

const ANSI = {
  reset: "\u001b[0m",
  bold: "\u001b[1m",
  dim: "\u001b[2m",
  underline: "\u001b[4m",
  red: "\u001b[31m",
  yellow: "\u001b[33m",
  cyan: "\u001b[36m",
  green: "\u001b[32m",
} as const;

type Style = keyof typeof ANSI;

const SEVERITY_STYLE: Record<Severity, Style> = { error: "red", warning: "yellow", notice: "cyan" };

/**
 * Control characters (other than newline and tab) and bidirectional overrides from a document
 * must not reach the terminal: they could recolour, move the cursor or reorder what is shown.
 */
const UNSAFE_TERMINAL =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function sanitizeForTerminal(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(UNSAFE_TERMINAL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function joinPath(prefix: string | undefined, path: string): string {
  if (!prefix || prefix === ".") return path;
  return prefix.endsWith("/") ? `${prefix}${path}` : `${prefix}/${path}`;
}

function location(finding: Finding): string {
  return finding.line >= 1 ? `:${finding.line}:${Math.max(finding.column, 1)}` : "";
}

export function renderText(result: CheckResult, options: TextOptions): string {
  const paint = (style: Style, text: string): string =>
    options.color ? `${ANSI[style]}${text}${ANSI.reset}` : text;
  const out: string[] = [];
  const findings = sortFindings(result.findings);

  // Group by document; documents in order of their most severe finding, then path (the canonical order).
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.path);
    if (group) group.push(finding);
    else groups.set(finding.path, [finding]);
  }

  const severityWidth = findings.some((f) => f.severity !== "error") ? 7 : 5;
  for (const [path, group] of groups) {
    const shownPath = sanitizeForTerminal(joinPath(options.cwdPrefix, path));
    out.push(paint("underline", shownPath));
    // Within a document, reading order (the groups themselves come most severe first).
    group.sort((a, b) => a.line - b.line || a.column - b.column || compareFindings(a, b));
    const whereWidth = Math.max(...group.map((f) => shownPath.length + location(f).length));
    for (const finding of group) {
      const where = `${shownPath}${location(finding)}`.padEnd(whereWidth);
      const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(severityWidth));
      const [first = "", ...rest] = sanitizeForTerminal(finding.message).split("\n");
      const tag = paint("dim", `[${finding.rule} ${sanitizeForTerminal(finding.name)}]`);
      out.push(`  ${where}  ${severity}  ${first}  ${tag}`);
      for (const line of rest) out.push(`      ${line}`);
      for (const suggestion of finding.suggestions ?? []) {
        const [head = "", ...more] = sanitizeForTerminal(suggestion).split("\n");
        out.push(`      ${paint("green", "→")} ${head}`);
        for (const line of more) out.push(`        ${line}`);
      }
      const related = finding.related ?? [];
      if (related.length > 0) {
        out.push(`      ${paint("dim", "related:")} ${relatedLine(related, sanitizeForTerminal)}`);
      }
    }
    out.push("");
  }

  const { stats } = result;
  if (findings.length === 0) {
    out.push(paint("green", `No findings in ${plural(stats.documents, "document")}.`));
  } else {
    const counts = countBySeverity(findings);
    const tally = (["error", "warning", "notice"] as const).map((severity) => {
      const text = plural(counts[severity], severity);
      return counts[severity] > 0 ? paint(SEVERITY_STYLE[severity], text) : text;
    });
    out.push(
      `${tally.join(", ")} in ${plural(stats.documents, "document")}` +
        ` (${plural(stats.references, "reference")}) in ${Math.round(stats.durationMs)} ms`,
    );
    // Every finding leads to a page saying why it fired and how to fix or silence it.
    for (const { info } of rulesIn(findings))
      out.push(paint("dim", `  ${info.id} ${info.name}: ${info.docUrl}`));
  }

  const skipped = stats.skipped ?? [];
  if (skipped.length > 0) {
    out.push(paint("yellow", `Skipped ${plural(skipped.length, "document")}:`));
    for (const skip of [...skipped].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
      const reason = sanitizeForTerminal(skip.reason).replace(/\n/g, " ");
      out.push(`  ${sanitizeForTerminal(joinPath(options.cwdPrefix, skip.path))}: ${reason}`);
    }
  }
  return `${out.join("\n")}\n`;
}

// The summary shown as the Action's job summary, the App's check-run summary and in hygiene issues.
// Everything taken from a document is escaped: a path, target or message cannot break a table,
// inject HTML, images or links, or push the summary past GitHub's size limit.
import type { CheckResult, Finding, RuleId, Severity } from "../types.js";
import { relatedLine } from "./related.js";
import { rulesIn } from "./rule-info.js";
import { countBySeverity, plural, sortFindings } from "./sort.js";

export interface MarkdownOptions {
  /** Heading of the summary. Default `handoff-guard`. */
  title?: string;
  /** Rows of the findings table before "and N more". Default 100. */
  maxRows?: number;
  /** Link to a file at the checked commit (`https://github.com/o/r/blob/<sha>/<path>#L12`). */
  linkTo?: (path: string, line: number) => string;
  /** Hard limit on the output length; GitHub allows 65,535 characters in a check-run summary. Default 65,000. */
  maxChars?: number;
  /** Where the complete list is, for the "and N more" note. */
  fullOutputHint?: string;
}

export const DEFAULT_MAX_ROWS = 100;
export const DEFAULT_MAX_CHARS = 65_000;
/** Longest message cell; longer text is cut with an ellipsis. */
const MAX_CELL_CHARS = 1_000;
const DEFAULT_FULL_OUTPUT_HINT =
  "the JSON output (`handoff-guard check --format json`, or the Action's `findings-file` output)";

export const SEVERITY_ICON: Record<Severity, string> = { error: "❌", warning: "⚠️", notice: "ℹ️" };

/**
 * Inline Markdown text from untrusted input: HTML special characters become entities, the
 * punctuation that starts inline constructs is backslash-escaped (no emphasis, link, image, code
 * span, strike-through, math or table cell can form), line breaks become `<br>` so a cell stays
 * on one row, and `@mentions` are defused. Meant for text inside a line (cells, list items), never at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/[\\`*_[\]|~$]/g, (ch) => `\\${ch}`)
      .replace(/\r\n?|\n|\u2028|\u2029/g, "<br>")
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
      // A zero-width space after `@` keeps a document's `@name` from notifying anyone when the
      // summary is posted in an issue or comment.
      .replace(/@(?=[A-Za-z0-9])/g, "@\u200b")
  );
}

/** Like escapeMarkdown, for a table cell, and capped in length (cut before escaping, so no entity is split). */
export function escapeCell(text: string, max = MAX_CELL_CHARS): string {
  const chars = [...text];
  const cut = chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
  return escapeMarkdown(cut);
}

/** A link destination that cannot end early or break out of `(...)` or a table cell. */
export function escapeUrl(url: string): string {
  return url.replace(
    /[\s()<>|"`\\]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

function locationText(finding: Finding): string {
  return finding.line >= 1 ? `${finding.path}:${finding.line}:${Math.max(finding.column, 1)}` : finding.path;
}

function locationCell(finding: Finding, linkTo: MarkdownOptions["linkTo"]): string {
  const text = escapeCell(locationText(finding), 300);
  if (!linkTo) return text;
  return `[${text}](${escapeUrl(linkTo(finding.path, Math.max(finding.line, 1)))})`;
}

function messageCell(finding: Finding): string {
  const lines = [finding.message, ...(finding.suggestions ?? []).map((s) => `→ ${s}`)];
  if ((finding.related ?? []).length > 0) lines.push(`related: ${relatedLine(finding.related)}`);
  return escapeCell(lines.join("\n"));
}

function headline(result: CheckResult, findings: readonly Finding[]): string {
  const { stats } = result;
  const scope = `${plural(stats.documents, "document")} (${plural(stats.references, "reference")})`;
  if (findings.length === 0) return `✅ No findings in ${scope}.`;
  const counts = countBySeverity(findings);
  const icon = counts.error > 0 ? "❌" : counts.warning > 0 ? "⚠️" : "ℹ️";
  // The worst severity that occurs is in bold.
  const worst = counts.error > 0 ? "error" : counts.warning > 0 ? "warning" : "notice";
  const parts = (["error", "warning", "notice"] as const).map((severity) => {
    const text = plural(counts[severity], severity);
    return severity === worst ? `**${text}**` : text;
  });
  return `${icon} ${parts.join(", ")} in ${scope}.`;
}

function silenceSection(exampleRule: RuleId): string[] {
  return [
    "### How to silence",
    "",
    "If a finding is wrong, silence it where it stands (and consider telling us, so the rule gets better):",
    "",
    `- One reference: put \`<!-- handoff-guard-disable-next-line ${exampleRule} -->\` on the line above it.`,
    `- A block: \`<!-- handoff-guard-disable ${exampleRule} -->\` … \`<!-- handoff-guard-enable -->\`.`,
    `- A whole document, in its front matter: \`handoff-guard: { ignore: [${exampleRule}] }\`.`,
    "- The repository, in `.github/handoff-guard.yml`: `ignore:` globs or `/regular expressions/` of paths" +
      ` whose findings are dropped, or \`rules: { ${exampleRule}: warning }\` to change a rule's severity` +
      " (`error`, `warning`, `notice` or `off`).",
  ];
}

export function renderMarkdown(result: CheckResult, options: MarkdownOptions = {}): string {
  const title = options.title ?? "handoff-guard";
  const maxRows = Math.max(0, Math.floor(options.maxRows ?? DEFAULT_MAX_ROWS));
  const maxChars = Math.max(1_000, Math.floor(options.maxChars ?? DEFAULT_MAX_CHARS));
  const hint = options.fullOutputHint ?? DEFAULT_FULL_OUTPUT_HINT;
  const findings = sortFindings(result.findings);
  const rules = rulesIn(findings);

  const head: string[] = [`## ${escapeMarkdown(title)}`, "", headline(result, findings), ""];

  if (rules.length > 0) {
    head.push("### Findings by rule", "", "| Rule | Name | Count | Severity |", "| --- | --- | ---: | --- |");
    const severityOrder = (severities: Severity[]): number =>
      severities[0] === "error" ? 0 : severities[0] === "warning" ? 1 : 2;
    const ordered = [...rules].sort(
      (a, b) =>
        severityOrder(a.severities) - severityOrder(b.severities) ||
        (a.info.id < b.info.id ? -1 : a.info.id > b.info.id ? 1 : 0),
    );
    for (const { info, count, severities } of ordered) {
      const severity = severities.map((s) => `${SEVERITY_ICON[s]} ${s}`).join(", ");
      head.push(
        `| [${info.id}](${escapeUrl(info.docUrl)}) | ${escapeCell(info.name, 100)} | ${count} | ${severity} |`,
      );
    }
    head.push("");
  }

  const rows = findings.map(
    (f) =>
      `| ${locationCell(f, options.linkTo)} | ${SEVERITY_ICON[f.severity]} ${f.rule} ${escapeCell(f.name, 100)} | ${messageCell(f)} |`,
  );
  const tableHead = ["### Findings", "", "| Location | Rule | Message |", "| --- | --- | --- |"];

  const tail: string[] = [];
  if (rules.length > 0) {
    tail.push("### How to fix", "");
    for (const { info } of rules) {
      // The fix text is the rule's own Markdown; continuation lines are indented to stay in the item.
      const fix = info.fix
        ? ` ${info.fix
            .trim()
            .replace(/\n\s*\n/g, "\n")
            .replace(/\n/g, "\n  ")}`
        : "";
      tail.push(
        `- **${info.id} ${escapeMarkdown(info.name)}**:${fix} [Rule documentation](${escapeUrl(info.docUrl)})`,
      );
    }
    tail.push("", ...silenceSection(findings[0]!.rule), "");
  }
  const skipped = result.stats.skipped ?? [];
  if (skipped.length > 0) {
    tail.push(`### Skipped ${plural(skipped.length, "document")}`, "");
    const sorted = [...skipped].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const skip of sorted.slice(0, 20))
      tail.push(`- ${escapeCell(skip.path, 300)}: ${escapeCell(skip.reason, 300)}`);
    if (sorted.length > 20) tail.push(`- and ${sorted.length - 20} more`);
    tail.push("");
  }

  const moreNote = (hidden: number, bySize: boolean): string[] =>
    hidden > 0
      ? [
          "",
          `… and ${hidden} more ${hidden === 1 ? "finding" : "findings"}` +
            (bySize ? " not shown to keep this summary within GitHub's size limit" : "") +
            `. The complete list is in ${hint}.`,
        ]
      : [];

  const assemble = (shown: number, bySize: boolean): string => {
    const parts = [...head];
    if (rows.length > 0)
      parts.push(...tableHead, ...rows.slice(0, shown), ...moreNote(rows.length - shown, bySize), "");
    parts.push(...tail);
    return `${parts.join("\n").replace(/\n+$/, "")}\n`;
  };

  let shown = Math.min(rows.length, maxRows);
  let output = assemble(shown, false);
  if (output.length <= maxChars) return output;

  // Too long: drop rows from the end (the least severe) until the summary fits.
  let size = output.length;
  while (shown > 0 && size > maxChars) {
    size -= rows[shown - 1]!.length + 1;
    shown -= 1;
  }
  output = assemble(shown, true);
  while (shown > 0 && output.length > maxChars) {
    shown -= 1;
    output = assemble(shown, true);
  }
  if (output.length <= maxChars) return output;

  // Even without rows it is too long (a huge number of skipped documents or rules): cut at a line.
  const note = "\n\n… summary truncated to GitHub's size limit.\n";
  const cut = output.slice(0, maxChars - note.length);
  const lastNewline = cut.lastIndexOf("\n");
  return `${cut.slice(0, lastNewline > 0 ? lastNewline : cut.length)}${note}`;
}

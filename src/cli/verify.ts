// `handoff-guard verify`: the last step an agent or executor runs before it reports work as done.
// PASS only when every deliverable is committed and every file the committed documents claim as
// created is in the commit. Messages are printed in full: a verdict cut at 200 characters once hid
// why tasks "completed" without producing anything.
import type { Config } from "../core/config/schema.js";
import { check } from "../core/engine.js";
import type { CheckResult, Finding, RuleId } from "../core/types.js";
import { loadLocalSnapshot } from "../local/index.js";

export interface VerifyArgs {
  dir: string;
  config: Config;
  format: "text" | "json";
  /** Always true: verify never shortens a message or a file list. */
  fullErrors: true;
}

export interface VerifyOutcome {
  exitCode: number;
  output: string;
}

interface Section {
  key: "uncommittedDeliverables" | "unbackedClaims" | "uncommittedChanges" | "notes";
  title: string;
  rules: readonly RuleId[];
  /** Findings here make the verdict FAIL. */
  fails: boolean;
}

const SECTIONS: readonly Section[] = [
  {
    key: "uncommittedDeliverables",
    title: "Uncommitted deliverables (files in no commit)",
    rules: ["HG301", "HG302"],
    fails: true,
  },
  {
    key: "unbackedClaims",
    title: "Claims the committed documents cannot back",
    rules: ["HG102", "HG103"],
    fails: true,
  },
  {
    key: "uncommittedChanges",
    title: "Uncommitted changes to tracked files",
    rules: ["HG304"],
    fails: true,
  },
  { key: "notes", title: "Notes (do not fail verification)", rules: ["HG303"], fails: false },
];

export async function runVerify(args: VerifyArgs): Promise<VerifyOutcome> {
  const snapshot = await loadLocalSnapshot(args.dir, { untracked: true });
  // Verification is about uncommitted work, so the working-tree checks run even when a config
  // turned them off for `check`; a rule set to `off` still stays off.
  const config: Config = { ...args.config, untracked: { ...args.config.untracked, enabled: true } };
  const wanted = SECTIONS.flatMap((s) => s.rules);
  const result = await check(snapshot, config, { untracked: true, rules: wanted });
  const verdict = verifyResult(result);
  const output = args.format === "json" ? renderJson(verdict) : renderText(verdict);
  return { exitCode: verdict.pass ? 0 : 1, output };
}

export interface Verdict {
  pass: boolean;
  root: string;
  commit: string | null;
  sections: { section: Section; findings: Finding[] }[];
}

/** Sort a check's findings into the report's sections and decide PASS or FAIL. */
export function verifyResult(result: CheckResult): Verdict {
  const sections = SECTIONS.map((section) => ({
    section,
    findings: result.findings.filter((f) => section.rules.includes(f.rule)),
  }));
  const pass = sections.every((s) => !s.section.fails || s.findings.length === 0);
  return { pass, root: result.root, commit: result.commit, sections };
}

function renderJson(verdict: Verdict): string {
  const out: Record<string, unknown> = {
    version: 1,
    verdict: verdict.pass ? "PASS" : "FAIL",
    root: verdict.root,
    commit: verdict.commit,
  };
  for (const { section, findings } of verdict.sections) out[section.key] = findings;
  return `${JSON.stringify(out, null, 2)}\n`;
}

function renderText(verdict: Verdict): string {
  const lines: string[] = [];
  const at = verdict.commit ? `commit ${verdict.commit.slice(0, 12)}` : "no commits yet";
  lines.push(`handoff-guard verify: ${verdict.pass ? "PASS" : "FAIL"}`);
  lines.push(`Repository: ${printable(verdict.root)} (${at})`);
  for (const { section, findings } of verdict.sections) {
    if (findings.length === 0) continue;
    lines.push("", `${section.title}: ${findings.length}`);
    for (const f of findings) {
      const where = f.line > 1 || f.column > 1 || f.raw !== null ? `:${f.line}:${f.column}` : "";
      lines.push(`  ${section.fails ? "FAIL" : "note"} ${f.rule} ${f.name} ${printable(f.path)}${where}`);
      lines.push(`       ${printable(f.message, "       ")}`);
      if (f.related.length > 0) {
        lines.push(`       files (${f.related.length}):`);
        for (const path of f.related) lines.push(`         ${printable(path)}`);
      }
      for (const suggestion of f.suggestions) lines.push(`       fix: ${printable(suggestion)}`);
    }
  }
  lines.push("", summary(verdict));
  return `${lines.join("\n")}\n`;
}

function summary(verdict: Verdict): string {
  if (verdict.pass) {
    return (
      "PASS: every deliverable is committed, the working tree has no uncommitted changes to tracked files, " +
      "and every file the documents claim as created is in the commit."
    );
  }
  const counts = verdict.sections
    .filter((s) => s.section.fails && s.findings.length > 0)
    .map((s) => `${s.findings.length} ${s.section.title.split(" (")[0]!.toLowerCase()}`);
  return (
    `FAIL: ${counts.join("; ")}. The work is not done until it is committed: run the fix commands ` +
    "above (or correct the documents), then run `handoff-guard verify` again."
  );
}

/**
 * Paths come from the file system and may hold newlines or terminal escape sequences; show them
 * escaped so one finding stays readable and cannot repaint the terminal. In messages, a newline is
 * kept as a line break, indented under the finding.
 */
function printable(text: string, indent?: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => {
    if (ch === "\n" && indent !== undefined) return `\n${indent}`;
    if (ch === "\n") return "\\n";
    if (ch === "\t") return "\\t";
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

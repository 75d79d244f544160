// The JSON contract (version 1). Keys are written in a fixed order and nothing else leaks in, so
// the output is byte-stable for the same result. `stats.skipped` is an additive field.
import type { CheckResult, Finding } from "../types.js";
import { compareStrings, sortFindings } from "./sort.js";

export interface JsonFinding {
  rule: Finding["rule"];
  name: string;
  severity: Finding["severity"];
  path: string;
  line: number;
  column: number;
  target: string | null;
  raw: string | null;
  intent: Finding["intent"];
  message: string;
  suggestions: string[];
  related: string[];
}

export interface JsonOutput {
  version: 1;
  root: string;
  commit: string | null;
  findings: JsonFinding[];
  stats: {
    documents: number;
    references: number;
    durationMs: number;
    /** Additive to the version 1 contract: documents skipped (binary, too large, unreadable). */
    skipped: { path: string; reason: string }[];
  };
}

/** The contract object, with keys in contract order (the order `JSON.stringify` keeps). */
export function toJsonOutput(result: CheckResult): JsonOutput {
  return {
    version: 1,
    root: result.root,
    commit: result.commit ?? null,
    findings: sortFindings(result.findings).map((f) => ({
      rule: f.rule,
      name: f.name,
      severity: f.severity,
      path: f.path,
      line: f.line,
      column: f.column,
      target: f.target ?? null,
      raw: f.raw ?? null,
      intent: f.intent ?? null,
      message: f.message,
      suggestions: [...(f.suggestions ?? [])],
      related: [...(f.related ?? [])],
    })),
    stats: {
      documents: result.stats.documents,
      references: result.stats.references,
      durationMs: result.stats.durationMs,
      skipped: [...(result.stats.skipped ?? [])]
        .map((s) => ({ path: s.path, reason: s.reason }))
        .sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.reason, b.reason)),
    },
  };
}

/** Pretty-printed (2 spaces), with a trailing newline. */
export function renderJson(result: CheckResult): string {
  return `${JSON.stringify(toJsonOutput(result), null, 2)}\n`;
}

// The canonical order of findings, shared by every renderer so that output is deterministic.
import { type Finding, SEVERITY_RANK, type Severity } from "../types.js";

/** Code-unit comparison: locale-independent, so the same input sorts the same everywhere. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Severity desc, path, line, column, rule; then target, raw and message so that ties never depend on input order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    compareStrings(a.path, b.path) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.target ?? "", b.target ?? "") ||
    compareStrings(a.raw ?? "", b.raw ?? "") ||
    compareStrings(a.message, b.message)
  );
}

/** A sorted copy; the input is not modified. */
export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort(compareFindings);
}

export interface SeverityCounts {
  error: number;
  warning: number;
  notice: number;
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

export const SEVERITIES_DESC: readonly Severity[] = ["error", "warning", "notice"];

/** "1 error", "3 warnings". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

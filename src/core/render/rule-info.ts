// Rule metadata for renderers, tolerant of rules not (yet) in the registry: a finding always
// carries its own name, so a missing rule falls back to it instead of failing the render.
import { getRule, RULE_DOCS_BASE, ruleDocUrl } from "../rules/index.js";
import type { Finding, RuleId, Severity, SeveritySetting } from "../types.js";

export interface RuleInfo {
  id: RuleId;
  name: string;
  /** One line: when it fires (the rule's name when the rule is unknown). */
  summary: string;
  explanation: string;
  fix: string;
  docUrl: string;
  /** Default severity in handoffs, or null when the rule is unknown. */
  defaultSeverity: SeveritySetting | null;
  known: boolean;
}

export function ruleInfo(id: RuleId, fallbackName: string): RuleInfo {
  const rule = getRule(id);
  if (rule) {
    return {
      id,
      name: rule.name,
      summary: rule.summary,
      explanation: rule.explanation,
      fix: rule.fix,
      docUrl: ruleDocUrl(id),
      defaultSeverity: rule.defaultSeverity.handoff,
      known: true,
    };
  }
  return {
    id,
    name: fallbackName,
    summary: fallbackName,
    explanation: "",
    fix: "",
    docUrl: fallbackName ? `${RULE_DOCS_BASE}/${id}-${fallbackName}.md` : ruleDocUrl(id),
    defaultSeverity: null,
    known: false,
  };
}

/** The rules that appear in `findings`, in id order, each with its most severe severity and count. */
export function rulesIn(
  findings: readonly Finding[],
): { info: RuleInfo; count: number; severities: Severity[] }[] {
  const byId = new Map<RuleId, { name: string; count: number; severities: Set<Severity> }>();
  for (const finding of findings) {
    const entry = byId.get(finding.rule) ?? { name: finding.name, count: 0, severities: new Set<Severity>() };
    entry.count += 1;
    entry.severities.add(finding.severity);
    byId.set(finding.rule, entry);
  }
  const order: Severity[] = ["error", "warning", "notice"];
  return [...byId.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, entry]) => ({
      info: ruleInfo(id, entry.name),
      count: entry.count,
      severities: order.filter((severity) => entry.severities.has(severity)),
    }));
}

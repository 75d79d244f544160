// The rule registry: every rule, in id order. Add a rule by writing its file and listing it here.
import type { RuleId } from "../types.js";
import type { Rule, RuleMeta } from "./rule.js";

export const RULES: readonly Rule[] = [];

const byId = new Map<string, Rule>(RULES.map((rule) => [rule.id, rule]));

export function getRule(id: string): Rule | undefined {
  return byId.get(id.toUpperCase());
}

export function ruleMeta(id: RuleId): RuleMeta {
  const rule = byId.get(id);
  if (!rule) throw new Error(`Unknown rule ${id}`);
  return rule;
}

/** Where a rule's documentation page lives; every finding links to it. */
export const RULE_DOCS_BASE = "https://github.com/handoff-guard/handoff-guard/blob/main/docs/rules";

export function ruleDocUrl(id: RuleId): string {
  const rule = byId.get(id);
  return `${RULE_DOCS_BASE}/${id}${rule ? `-${rule.name}` : ""}.md`;
}

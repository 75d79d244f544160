// The rule registry: every rule, in id order. Add a rule by writing its file and listing it here.
import type { RuleId } from "../types.js";
import { HG101 } from "./HG101-phantom-reference.js";
import { HG102 } from "./HG102-uncommitted-claim.js";
import { HG103 } from "./HG103-missing-deliverable.js";
import { HG104 } from "./HG104-line-out-of-range.js";
import { HG105 } from "./HG105-ambiguous-reference.js";
import { HG106 } from "./HG106-reference-broken-by-change.js";
import { HG201 } from "./HG201-duplicate-handoffs.js";
import { HG202 } from "./HG202-consolidated-still-open.js";
import { HG301 } from "./HG301-untracked-implementation.js";
import { HG302 } from "./HG302-untracked-documentation.js";
import { HG303 } from "./HG303-untracked-artifact.js";
import { HG304 } from "./HG304-uncommitted-change.js";
import { HG401 } from "./HG401-invalid-front-matter.js";
import { HG402 } from "./HG402-overdue-handoff.js";
import type { Rule, RuleMeta } from "./rule.js";

export const RULES: readonly Rule[] = [
  HG101,
  HG102,
  HG103,
  HG104,
  HG105,
  HG106,
  HG201,
  HG202,
  HG301,
  HG302,
  HG303,
  HG304,
  HG401,
  HG402,
];

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

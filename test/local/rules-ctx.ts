// Run the working-tree rules directly on a snapshot, the way the engine does, without needing the
// document pipeline.
import { type Config, type ConfigInput, configSchema } from "../../src/core/config/schema.js";
import { PathIndex } from "../../src/core/resolve/path-index.js";
import { HG301 } from "../../src/core/rules/HG301-untracked-implementation.js";
import { HG302 } from "../../src/core/rules/HG302-untracked-documentation.js";
import { HG303 } from "../../src/core/rules/HG303-untracked-artifact.js";
import { HG304 } from "../../src/core/rules/HG304-uncommitted-change.js";
import type { Draft, Rule, RuleContext } from "../../src/core/rules/rule.js";
import type { RepoSnapshot } from "../../src/core/types.js";

export type RuleFinding = Draft & { rule: string };

export function config(input: ConfigInput = {}): Config {
  return configSchema.parse(input);
}

export async function workingTreeFindings(
  snapshot: RepoSnapshot,
  cfg: Config = config(),
): Promise<RuleFinding[]> {
  const ctx = {
    config: cfg,
    snapshot,
    index: new PathIndex(snapshot.paths),
    documents: [],
    allHandoffs: async () => [],
  } as unknown as RuleContext;
  const out: RuleFinding[] = [];
  for (const rule of [HG301, HG302, HG303, HG304] as Rule[]) {
    for (const draft of await rule.check(ctx)) out.push({ ...draft, rule: rule.id });
  }
  return out;
}

export function byRule(findings: readonly RuleFinding[], rule: string): RuleFinding[] {
  return findings.filter((f) => f.rule === rule);
}

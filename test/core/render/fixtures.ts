// A small hand-built CheckResult and a controlled rule registry shared by the renderer tests.
import type { Rule } from "../../../src/core/rules/rule.js";
import type { CheckResult, Finding } from "../../../src/core/types.js";

export const DOCS = "https://example.test/docs/rules";

/** Stand-in registry: HG101 and HG201 are known, every other rule is "not landed yet". */
export function fakeRegistry() {
  const rules = new Map<string, Partial<Rule>>([
    [
      "HG101",
      {
        id: "HG101",
        name: "phantom-reference",
        defaultSeverity: { handoff: "error", document: "warning" },
        summary: "A document relies on a file that is not in the repository.",
        explanation: "Someone will act on this file. It was never committed.",
        fix: "Commit the file, fix the path, or mark it as planned.",
        examples: { fires: "Deploy `a.py`.", passes: "Create `a.py`." },
      },
    ],
    [
      "HG201",
      {
        id: "HG201",
        name: "duplicate-handoffs",
        defaultSeverity: { handoff: "warning", document: "off" },
        summary: "Two or more open handoffs describe the same work.",
        explanation: "Duplicated handoffs split the work and the truth.",
        fix: "Comment `/consolidate` to fold them into one issue.",
        examples: { fires: "", passes: "" },
      },
    ],
  ]);
  return {
    RULES: [...rules.values()],
    RULE_DOCS_BASE: DOCS,
    getRule: (id: string) => rules.get(id.toUpperCase()),
    ruleMeta: (id: string) => {
      const rule = rules.get(id);
      if (!rule) throw new Error(`Unknown rule ${id}`);
      return rule;
    },
    ruleDocUrl: (id: string) => `${DOCS}/${id}${rules.has(id) ? `-${rules.get(id)!.name}` : ""}.md`,
  };
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: "HG101",
    name: "phantom-reference",
    severity: "error",
    path: "_agents/_handoffs/deploy.md",
    line: 12,
    column: 5,
    target: "api_healer.py",
    raw: "api_healer.py",
    intent: "exists",
    message: "`api_healer.py` does not exist at this commit.",
    suggestions: ["did you mean src/healer/api_healer.py?"],
    related: [],
    ...overrides,
  };
}

export function sampleFindings(): Finding[] {
  return [
    finding({
      severity: "warning",
      path: "docs/report.md",
      line: 3,
      column: 1,
      target: "crewai-service/",
      raw: "crewai-service/",
      message: "`crewai-service/` does not exist at this commit.",
      suggestions: [],
    }),
    finding(),
    finding({
      rule: "HG303",
      name: "untracked-artifact",
      severity: "notice",
      path: "retry.log",
      line: 1,
      column: 1,
      target: "retry.log",
      raw: null,
      intent: null,
      message: "Untracked artifact `retry.log`.",
      suggestions: ["rm retry.log", "echo 'retry.log' >> .gitignore"],
    }),
    finding({
      rule: "HG201",
      name: "duplicate-handoffs",
      severity: "warning",
      path: "_agents/_handoffs/deploy.md",
      line: 1,
      column: 1,
      target: null,
      raw: null,
      intent: null,
      message: "Same work as 2 other open handoffs: shared paths api_healer.py.",
      suggestions: ["Comment /consolidate to fold them into one issue."],
      related: ["_agents/_handoffs/deploy-2.md", "handoffs/healer.md"],
    }),
  ];
}

export function sampleResult(findings: Finding[] = sampleFindings()): CheckResult {
  return {
    version: 1,
    root: "/repo",
    commit: "0123456789abcdef0123456789abcdef01234567",
    findings,
    stats: {
      documents: 12,
      references: 140,
      durationMs: 85,
      skipped: [{ path: "docs/huge.md", reason: "larger than 5 MB" }],
    },
  };
}

export function cleanResult(): CheckResult {
  return { ...sampleResult([]), stats: { documents: 3, references: 17, durationMs: 4, skipped: [] } };
}

/** Deterministic shuffle (seeded), so a failing order can be reproduced. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// The renderers against the real rule registry (no mock): whatever rules have landed are described
// from their metadata; any rule not registered yet falls back to the finding's own name.
import { describe, expect, it } from "vitest";
import { renderMarkdown, toSarif } from "../../../src/core/render/index.js";
import { getRule, RULES, ruleDocUrl } from "../../../src/core/rules/index.js";
import type { Finding, RuleId } from "../../../src/core/types.js";
import { finding, sampleResult } from "./fixtures.js";
import { sarifProblems } from "./sarif-shape.js";

const ALL_IDS: RuleId[] = [
  "HG101",
  "HG102",
  "HG103",
  "HG104",
  "HG105",
  "HG106",
  "HG201",
  "HG202",
  "HG301",
  "HG302",
  "HG303",
  "HG304",
  "HG401",
  "HG402",
];

function oneOfEach(): Finding[] {
  return ALL_IDS.map((id, i) =>
    finding({ rule: id, name: getRule(id)?.name ?? `rule-${id.toLowerCase()}`, line: i + 1 }),
  );
}

describe("renderers with the real rule registry", () => {
  it("describe every registered rule from its metadata in SARIF", () => {
    const log = toSarif(sampleResult(oneOfEach()), { toolVersion: "0.1.0" });
    expect(sarifProblems(log)).toEqual([]);
    const byId = new Map(log.runs[0].tool.driver.rules.map((r: { id: string }) => [r.id, r]));
    expect([...byId.keys()]).toEqual(ALL_IDS);
    for (const rule of RULES) {
      expect(byId.get(rule.id)).toMatchObject({
        id: rule.id,
        name: rule.name,
        shortDescription: { text: rule.summary },
        fullDescription: { text: rule.explanation },
        helpUri: ruleDocUrl(rule.id),
      });
    }
    for (const id of ALL_IDS.filter((id) => !getRule(id))) {
      expect(byId.get(id)).toMatchObject({ id, name: `rule-${id.toLowerCase()}` });
    }
  });

  it("give every rule that appears a fix and a link in the markdown summary", () => {
    const out = renderMarkdown(sampleResult(oneOfEach()));
    for (const id of ALL_IDS) {
      expect(out).toMatch(new RegExp(`^- \\*\\*${id} `, "m"));
    }
    for (const rule of RULES) {
      expect(out).toContain(`(${ruleDocUrl(rule.id)})`);
      const firstLine = rule.fix.trim().split("\n")[0]!;
      expect(out).toContain(firstLine);
    }
  });
});

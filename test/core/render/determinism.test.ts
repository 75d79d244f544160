import { describe, expect, it, vi } from "vitest";
import { FORMATS, render, sortFindings } from "../../../src/core/render/index.js";
import type { CheckResult, Finding } from "../../../src/core/types.js";
import { finding, sampleFindings, sampleResult, shuffled } from "./fixtures.js";

vi.mock("../../../src/core/rules/index.js", async () => (await import("./fixtures.js")).fakeRegistry());

function bigger(): Finding[] {
  const out: Finding[] = [...sampleFindings()];
  for (let i = 0; i < 40; i++) {
    out.push(
      finding({
        severity: (["error", "warning", "notice"] as const)[i % 3]!,
        path: `docs/d${i % 5}.md`,
        line: (i * 7) % 11,
        column: (i % 4) + 1,
        rule: i % 2 ? "HG101" : "HG104",
        name: i % 2 ? "phantom-reference" : "line-out-of-range",
        raw: `f${i % 6}.py`,
        target: `f${i % 6}.py`,
        related: i % 5 === 0 ? ["x.md", "y.md"] : [],
      }),
    );
  }
  return out;
}

const options = {
  color: false,
  toolVersion: "1.0.0",
  markdown: { linkTo: (p: string, l: number) => `u/${p}#L${l}` },
};

describe("determinism", () => {
  it("renders the same output twice", () => {
    const result = sampleResult(bigger());
    for (const format of FORMATS)
      expect(render(result, format, options)).toBe(render(result, format, options));
  });

  it("renders the same output whatever the input order", () => {
    const findings = bigger();
    const base = sampleResult(findings);
    for (const seed of [1, 2, 3, 42, 1234]) {
      const result: CheckResult = {
        ...sampleResult(shuffled(findings, seed)),
        stats: {
          ...base.stats,
          skipped: shuffled([...base.stats.skipped, { path: "a.md", reason: "binary" }], seed),
        },
      };
      const reference: CheckResult = {
        ...base,
        stats: { ...base.stats, skipped: [...base.stats.skipped, { path: "a.md", reason: "binary" }] },
      };
      for (const format of FORMATS)
        expect(render(result, format, options)).toBe(render(reference, format, options));
    }
  });

  it("does not modify its input", () => {
    const findings = shuffled(bigger(), 7);
    const before = JSON.stringify(findings);
    const result = sampleResult(findings);
    for (const format of FORMATS) render(result, format, options);
    expect(JSON.stringify(findings)).toBe(before);
  });

  it("sorts by severity desc, path, line, column, rule", () => {
    const f = (
      severity: Finding["severity"],
      path: string,
      line: number,
      column: number,
      rule: Finding["rule"],
    ) => finding({ severity, path, line, column, rule });
    const expected = [
      f("error", "a.md", 1, 1, "HG101"),
      f("error", "a.md", 1, 1, "HG102"),
      f("error", "a.md", 1, 2, "HG101"),
      f("error", "a.md", 2, 1, "HG101"),
      f("error", "b.md", 1, 1, "HG101"),
      f("warning", "a.md", 1, 1, "HG101"),
      f("notice", "A.md", 9, 9, "HG105"),
    ];
    for (const seed of [1, 5, 9]) {
      expect(
        sortFindings(shuffled(expected, seed)).map((x) => [x.severity, x.path, x.line, x.column, x.rule]),
      ).toEqual(expected.map((x) => [x.severity, x.path, x.line, x.column, x.rule]));
    }
  });
});

describe("render", () => {
  it("dispatches to every format", () => {
    const result = sampleResult([finding()]);
    expect(render(result, "text")).toContain("_agents/_handoffs/deploy.md:12:5");
    expect(JSON.parse(render(result, "json")).version).toBe(1);
    expect(JSON.parse(render(result, "sarif", { toolVersion: "9.9.9" })).runs[0].tool.driver.version).toBe(
      "9.9.9",
    );
    expect(render(result, "markdown")).toContain("## handoff-guard");
    expect(render(result, "github")).toMatch(/^::error file=/);
    expect(() => render(result, "xml" as never)).toThrow(/Unknown format/);
  });
});

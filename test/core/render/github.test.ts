import { describe, expect, it, vi } from "vitest";
import { batches, toAnnotations } from "../../../src/core/render/annotations.js";
import { escapeData, escapeProperty, renderGithub } from "../../../src/core/render/github.js";
import type { Finding } from "../../../src/core/types.js";
import { finding, sampleFindings, sampleResult } from "./fixtures.js";

vi.mock("../../../src/core/rules/index.js", async () => (await import("./fixtures.js")).fakeRegistry());

describe("renderGithub", () => {
  it("writes one workflow command per finding, most severe first", () => {
    expect(renderGithub(sampleResult())).toMatchInlineSnapshot(`
      "::error file=_agents/_handoffs/deploy.md,line=12,col=5,title=HG101 phantom-reference::\`api_healer.py\` does not exist at this commit.%0Adid you mean src/healer/api_healer.py?%0AAbout HG101: https://example.test/docs/rules/HG101-phantom-reference.md
      ::warning file=_agents/_handoffs/deploy.md,line=1,col=1,title=HG201 duplicate-handoffs::Same work as 2 other open handoffs: shared paths api_healer.py.%0AComment /consolidate to fold them into one issue.%0Arelated: _agents/_handoffs/deploy-2.md, handoffs/healer.md%0AAbout HG201: https://example.test/docs/rules/HG201-duplicate-handoffs.md
      ::warning file=docs/report.md,line=3,col=1,title=HG101 phantom-reference::\`crewai-service/\` does not exist at this commit.%0AAbout HG101: https://example.test/docs/rules/HG101-phantom-reference.md
      ::notice file=retry.log,line=1,col=1,title=HG303 untracked-artifact::Untracked artifact \`retry.log\`.%0Arm retry.log%0Aecho 'retry.log' >> .gitignore%0AAbout HG303: https://example.test/docs/rules/HG303-untracked-artifact.md
      "
    `);
  });

  it("is empty when clean", () => {
    expect(renderGithub(sampleResult([]))).toBe("");
  });

  it("escapes like @actions/core: %, CR and LF everywhere, and : , in properties", () => {
    expect(escapeData("100% done\r\nnext: a, b")).toBe("100%25 done%0D%0Anext: a, b");
    expect(escapeProperty("a:b,c%d\ne")).toBe("a%3Ab%2Cc%25d%0Ae");
    const hostile = finding({
      path: "docs/a:b,c%d.md",
      message: "line one\n::error::injected\r\n100%",
      suggestions: [],
    });
    const out = renderGithub(sampleResult([hostile]));
    expect(out).toBe(
      "::error file=docs/a%3Ab%2Cc%25d.md,line=12,col=5,title=HG101 phantom-reference::line one%0A::error::injected%0D%0A100%25%0AAbout HG101: https://example.test/docs/rules/HG101-phantom-reference.md\n",
    );
    // One command, one line: nothing in the input can start a second command.
    expect(out.trimEnd().split("\n")).toHaveLength(1);
  });

  it("leaves out line and column when the finding has none", () => {
    const out = renderGithub(sampleResult([finding({ line: 0, column: 0, suggestions: [] })]));
    expect(out.startsWith("::error file=_agents/_handoffs/deploy.md,title=HG101 phantom-reference::")).toBe(
      true,
    );
  });
});

describe("toAnnotations", () => {
  it("maps severities to annotation levels, most severe first", () => {
    expect(toAnnotations(sampleFindings())).toMatchInlineSnapshot(`
      [
        {
          "annotation_level": "failure",
          "end_column": 17,
          "end_line": 12,
          "message": "\`api_healer.py\` does not exist at this commit.
      did you mean src/healer/api_healer.py?
      About HG101: https://example.test/docs/rules/HG101-phantom-reference.md",
          "path": "_agents/_handoffs/deploy.md",
          "raw_details": "About HG101: https://example.test/docs/rules/HG101-phantom-reference.md
      To silence it, put <!-- handoff-guard-disable-next-line HG101 --> on the line above.",
          "start_column": 5,
          "start_line": 12,
          "title": "HG101 phantom-reference",
        },
        {
          "annotation_level": "warning",
          "end_column": 1,
          "end_line": 1,
          "message": "Same work as 2 other open handoffs: shared paths api_healer.py.
      Comment /consolidate to fold them into one issue.
      related: _agents/_handoffs/deploy-2.md, handoffs/healer.md
      About HG201: https://example.test/docs/rules/HG201-duplicate-handoffs.md",
          "path": "_agents/_handoffs/deploy.md",
          "raw_details": "About HG201: https://example.test/docs/rules/HG201-duplicate-handoffs.md
      To silence it, put <!-- handoff-guard-disable-next-line HG201 --> on the line above.",
          "start_column": 1,
          "start_line": 1,
          "title": "HG201 duplicate-handoffs",
        },
        {
          "annotation_level": "warning",
          "end_column": 15,
          "end_line": 3,
          "message": "\`crewai-service/\` does not exist at this commit.
      About HG101: https://example.test/docs/rules/HG101-phantom-reference.md",
          "path": "docs/report.md",
          "raw_details": "About HG101: https://example.test/docs/rules/HG101-phantom-reference.md
      To silence it, put <!-- handoff-guard-disable-next-line HG101 --> on the line above.",
          "start_column": 1,
          "start_line": 3,
          "title": "HG101 phantom-reference",
        },
        {
          "annotation_level": "notice",
          "end_column": 1,
          "end_line": 1,
          "message": "Untracked artifact \`retry.log\`.
      rm retry.log
      echo 'retry.log' >> .gitignore
      About HG303: https://example.test/docs/rules/HG303-untracked-artifact.md",
          "path": "retry.log",
          "raw_details": "About HG303: https://example.test/docs/rules/HG303-untracked-artifact.md
      To silence it, list the path under ignore: in .github/handoff-guard.yml, or set rules: { HG303: off }.",
          "start_column": 1,
          "start_line": 1,
          "title": "HG303 untracked-artifact",
        },
      ]
    `);
  });

  it("sets columns only on single-line annotations with a known column", () => {
    const [withColumn, withoutColumn] = toAnnotations([
      finding({ raw: "x.py", column: 7 }),
      finding({ path: "b.md", line: 0, column: 0 }),
    ]);
    expect(withColumn).toMatchObject({ start_line: 12, end_line: 12, start_column: 7, end_column: 10 });
    expect(withoutColumn).toMatchObject({ start_line: 1, end_line: 1 });
    expect(withoutColumn).not.toHaveProperty("start_column");
    expect(withoutColumn).not.toHaveProperty("end_column");
    for (const a of toAnnotations(sampleFindings())) {
      if ("start_column" in a) {
        expect(a.start_line).toBe(a.end_line);
        expect(a.end_column!).toBeGreaterThanOrEqual(a.start_column!);
      }
    }
  });

  it("keeps the most severe when capped by max", () => {
    const findings: Finding[] = [
      ...Array.from({ length: 30 }, (_, i) => finding({ severity: "notice", line: i + 1 })),
      ...Array.from({ length: 30 }, (_, i) => finding({ severity: "error", path: "z.md", line: i + 1 })),
    ];
    const capped = toAnnotations(findings, { max: 40 });
    expect(capped).toHaveLength(40);
    expect(capped.filter((a) => a.annotation_level === "failure")).toHaveLength(30);
    expect(capped.slice(0, 30).every((a) => a.annotation_level === "failure")).toBe(true);
    expect(toAnnotations(findings, { max: 0 })).toEqual([]);
  });

  it("batches in requests of 50", () => {
    const findings = Array.from({ length: 123 }, (_, i) => finding({ line: i + 1 }));
    const groups = batches(toAnnotations(findings));
    expect(groups.map((g) => g.length)).toEqual([50, 50, 23]);
    expect(groups.flat().map((a) => a.start_line)).toEqual(findings.map((f) => f.line));
    expect(batches([], 50)).toEqual([]);
    expect(batches(Array.from({ length: 100 }), 50).map((g) => g.length)).toEqual([50, 50]);
    expect(batches([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
    expect(() => batches([1], 0)).toThrow(RangeError);
  });

  it("respects GitHub's length limits", () => {
    const [a] = toAnnotations([finding({ message: "m".repeat(100_000), name: "n".repeat(300) })]);
    expect(a!.message.length).toBeLessThanOrEqual(64 * 1024);
    expect(a!.title.length).toBeLessThanOrEqual(255);
  });
});

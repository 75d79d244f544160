import { describe, expect, it } from "vitest";
import { fixture } from "./corpus.js";
import { parse } from "./helpers.js";

describe("document structure", () => {
  it("collects headings (ATX and setext), title and checklist with sections", () => {
    const doc = parse(fixture("markdown-edge.md"));
    expect(doc.headings.map((h) => [h.depth, h.text])).toEqual([
      [1, "Setext title"],
      [2, "Section two"],
    ]);
    expect(doc.title).toBe("Setext title");
    const plan = parse(fixture("plan.md"));
    expect(plan.checklist).toEqual([
      { line: 32, checked: false, text: "docs/search/USAGE.md", section: "Deliverables" },
      { line: 33, checked: true, text: "docs/search/PLAN.md", section: "Deliverables" },
    ]);
  });

  it("falls back to front matter title, then the file name", () => {
    expect(parse("---\ntitle: From FM\n---\nno heading\n").title).toBe("From FM");
    expect(parse("no heading\n", "docs/notes/x.md").title).toBe("x.md");
  });

  it("reads every item of an ordered list after a lead-in line as a list item", () => {
    const doc = parse("**Merged from:**\n1. [ ] `a.md`\n2. [x] `b.md`\n3. [ ] `c.md`\n");
    expect(doc.checklist.map((c) => [c.line, c.checked])).toEqual([
      [2, false],
      [3, true],
      [4, false],
    ]);
    // A paragraph is still not interrupted by an ordered list that does not start at 1.
    const para = parse("Steps were taken in\n2. `x.md` order\n");
    expect(para.references.find((r) => r.path === "x.md")?.line).toBe(2);
    expect(parse("Intro\n2. [ ] `x.md`\n").checklist).toEqual([]);
  });

  it("counts lines and keeps the body without front matter", () => {
    const doc = parse("---\nid: a\n---\nbody line\n");
    expect(doc.lineCount).toBe(5);
    expect(doc.frontMatterLines).toBe(3);
    expect(doc.body).toBe("body line\n");
  });

  it("does not read references inside comments, HTML blocks, code lines or front matter", () => {
    const doc = parse(fixture("markdown-edge.md"));
    const paths = doc.references.map((r) => r.path);
    for (const hidden of ["hidden/file.py", "notes/in_html.md", "config/app.yaml"])
      expect(paths).not.toContain(hidden);
    expect(parse("---\nrelated: src/a.py\n---\n").references).toEqual([]);
  });
});

describe("suppressions", () => {
  it("reads next-line, same-line and block comments", () => {
    const doc = parse(fixture("handoff-frontmatter.md"));
    expect(doc.suppressions).toEqual([
      { kind: "next-line", rules: ["HG101"], fromLine: 35, toLine: 35 },
      { kind: "block", rules: ["HG101", "HG104"], fromLine: 37, toLine: 39 },
    ]);
  });

  it("treats no ids as every rule and closes an unclosed block at the end", () => {
    const doc = parse("a\n<!-- handoff-guard-disable -->\nb\nc\n");
    expect(doc.suppressions).toEqual([{ kind: "block", rules: [], fromLine: 2, toLine: 5 }]);
    const same = parse("Deploy `x.py` <!-- handoff-guard-disable-line HG101 -->\n");
    expect(same.suppressions).toEqual([{ kind: "next-line", rules: ["HG101"], fromLine: 1, toLine: 1 }]);
  });

  it("ignores suppression text inside code spans: docs that show the directive silence nothing", () => {
    const doc = parse(
      "To silence a block, write `<!-- handoff-guard-disable HG101 -->` above it.\n\nDeploy `src/missing.py`.\n",
    );
    expect(doc.suppressions).toEqual([]);
    // A real comment after a code span on the same line still counts.
    const real = parse("Deploy `x.py` <!-- handoff-guard-disable-line HG101 -->\n");
    expect(real.suppressions).toEqual([{ kind: "next-line", rules: ["HG101"], fromLine: 1, toLine: 1 }]);
  });

  it("ignores suppression text inside code blocks", () => {
    expect(parse("```\n<!-- handoff-guard-disable -->\n```\n").suppressions).toEqual([]);
  });
});

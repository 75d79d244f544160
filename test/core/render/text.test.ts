import { describe, expect, it, vi } from "vitest";
import { renderText, sanitizeForTerminal } from "../../../src/core/render/text.js";
import { cleanResult, finding, sampleResult } from "./fixtures.js";

vi.mock("../../../src/core/rules/index.js", async () => (await import("./fixtures.js")).fakeRegistry());

describe("renderText", () => {
  it("groups by document (most severe document first, reading order within), with suggestions and a tally", () => {
    expect(renderText(sampleResult(), { color: false })).toMatchInlineSnapshot(`
      "_agents/_handoffs/deploy.md
        _agents/_handoffs/deploy.md:1:1   warning  Same work as 2 other open handoffs: shared paths api_healer.py.  [HG201 duplicate-handoffs]
            → Comment /consolidate to fold them into one issue.
            related: _agents/_handoffs/deploy-2.md, handoffs/healer.md
        _agents/_handoffs/deploy.md:12:5  error    \`api_healer.py\` does not exist at this commit.  [HG101 phantom-reference]
            → did you mean src/healer/api_healer.py?

      docs/report.md
        docs/report.md:3:1  warning  \`crewai-service/\` does not exist at this commit.  [HG101 phantom-reference]

      retry.log
        retry.log:1:1  notice   Untracked artifact \`retry.log\`.  [HG303 untracked-artifact]
            → rm retry.log
            → echo 'retry.log' >> .gitignore

      1 error, 2 warnings, 1 notice in 12 documents (140 references) in 85 ms
        HG101 phantom-reference: https://example.test/docs/rules/HG101-phantom-reference.md
        HG201 duplicate-handoffs: https://example.test/docs/rules/HG201-duplicate-handoffs.md
        HG303 untracked-artifact: https://example.test/docs/rules/HG303-untracked-artifact.md
      Skipped 1 document:
        docs/huge.md: larger than 5 MB
      "
    `);
  });

  it("shows five related paths and how many more, where JSON keeps them all", () => {
    const related = Array.from({ length: 60 }, (_, i) => `pkg${i}/lib/index.js`);
    const text = renderText(sampleResult([finding({ rule: "HG105", related })]), { color: false });
    expect(text).toContain(
      "related: pkg0/lib/index.js, pkg1/lib/index.js, pkg2/lib/index.js, pkg3/lib/index.js, pkg4/lib/index.js and 55 more\n",
    );
    expect(text).not.toContain("pkg5/lib/index.js");
  });

  it("says so when clean", () => {
    expect(renderText(cleanResult(), { color: false })).toMatchInlineSnapshot(`
      "No findings in 3 documents.
      "
    `);
  });

  it("prefixes paths with cwdPrefix", () => {
    const out = renderText(sampleResult([finding()]), { color: false, cwdPrefix: "../repo" });
    expect(out).toContain("../repo/_agents/_handoffs/deploy.md:12:5  error  ");
    const same = renderText(sampleResult([finding()]), { color: false, cwdPrefix: "../repo/" });
    expect(same).toBe(out);
  });

  it("uses ANSI colour only when asked", () => {
    const plain = renderText(sampleResult(), { color: false });
    const colored = renderText(sampleResult(), { color: true });
    expect(plain).not.toMatch(/\u001b\[/);
    expect(colored).toMatch(/\u001b\[31merror/);
    expect(colored).toMatch(/\u001b\[33mwarning/);
    expect(colored).toMatch(/\u001b\[36mnotice/);
    expect(colored.replace(/\u001b\[\d+m/g, "")).toBe(plain);
  });

  it("pluralises counts", () => {
    const one = sampleResult([finding()]);
    one.stats = { documents: 1, references: 1, durationMs: 2.4, skipped: [] };
    const lines = renderText(one, { color: false }).trimEnd().split("\n");
    expect(lines).toContain("1 error, 0 warnings, 0 notices in 1 document (1 reference) in 2 ms");
    // The tally is followed by the page of each rule that fired.
    expect(lines.at(-1)).toMatch(/^ {2}HG101 phantom-reference: \S+HG101-phantom-reference\.md$/);
  });

  it("never lets a document's control characters reach the terminal", () => {
    const evil = finding({
      message: "boom \u001b[2J\u001b]0;pwned\u0007 and \u202eevil",
      path: "docs/\u001b[31mred.md",
    });
    const out = renderText(sampleResult([evil]), { color: false });
    expect(out).not.toMatch(/[\u0007\u001b\u202e]/);
    expect(out).toContain("boom \\u001b[2J\\u001b]0;pwned\\u0007 and \\u202eevil");
    expect(sanitizeForTerminal("a\r\nb\tc")).toBe("a\nb\tc");
  });

  it("indents the continuation lines of multi-line messages", () => {
    const out = renderText(sampleResult([finding({ message: "first\nsecond", suggestions: [] })]), {
      color: false,
    });
    expect(out).toContain("  first  [HG101 phantom-reference]\n      second\n");
  });
});

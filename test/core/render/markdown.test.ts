import { describe, expect, it, vi } from "vitest";
import { escapeCell, escapeMarkdown, escapeUrl, renderMarkdown } from "../../../src/core/render/markdown.js";
import type { Finding } from "../../../src/core/types.js";
import { cleanResult, finding, sampleResult } from "./fixtures.js";

vi.mock("../../../src/core/rules/index.js", async () => (await import("./fixtures.js")).fakeRegistry());

const linkTo = (path: string, line: number) => `https://github.com/o/r/blob/abc/${path}#L${line}`;

function many(count: number, overrides: Partial<Finding> = {}): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    finding({
      line: i + 1,
      raw: `file_${i}.py`,
      target: `file_${i}.py`,
      message: `\`file_${i}.py\` is missing.`,
      ...overrides,
    }),
  );
}

/** Rows of the findings table. */
function findingRows(markdown: string): string[] {
  const table = markdown.split("### Findings\n")[1] ?? "";
  return table
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| Location") && !line.startsWith("| ---"));
}

describe("renderMarkdown", () => {
  it("writes headline, counts per rule, findings, how to fix and how to silence", () => {
    expect(renderMarkdown(sampleResult(), { linkTo })).toMatchInlineSnapshot(`
      "## handoff-guard

      ❌ **1 error**, 2 warnings, 1 notice in 12 documents (140 references).

      ### Findings by rule

      | Rule | Name | Count | Severity |
      | --- | --- | ---: | --- |
      | [HG101](https://example.test/docs/rules/HG101-phantom-reference.md) | phantom-reference | 2 | ❌ error, ⚠️ warning |
      | [HG201](https://example.test/docs/rules/HG201-duplicate-handoffs.md) | duplicate-handoffs | 1 | ⚠️ warning |
      | [HG303](https://example.test/docs/rules/HG303-untracked-artifact.md) | untracked-artifact | 1 | ℹ️ notice |

      ### Findings

      | Location | Rule | Message |
      | --- | --- | --- |
      | [\\_agents/\\_handoffs/deploy.md:12:5](https://github.com/o/r/blob/abc/_agents/_handoffs/deploy.md#L12) | ❌ HG101 phantom-reference | \\\`api\\_healer.py\\\` does not exist at this commit.<br>→ did you mean src/healer/api\\_healer.py? |
      | [\\_agents/\\_handoffs/deploy.md:1:1](https://github.com/o/r/blob/abc/_agents/_handoffs/deploy.md#L1) | ⚠️ HG201 duplicate-handoffs | Same work as 2 other open handoffs: shared paths api\\_healer.py.<br>→ Comment /consolidate to fold them into one issue.<br>related: \\_agents/\\_handoffs/deploy-2.md, handoffs/healer.md |
      | [docs/report.md:3:1](https://github.com/o/r/blob/abc/docs/report.md#L3) | ⚠️ HG101 phantom-reference | \\\`crewai-service/\\\` does not exist at this commit. |
      | [retry.log:1:1](https://github.com/o/r/blob/abc/retry.log#L1) | ℹ️ HG303 untracked-artifact | Untracked artifact \\\`retry.log\\\`.<br>→ rm retry.log<br>→ echo 'retry.log' &gt;&gt; .gitignore |

      ### How to fix

      - **HG101 phantom-reference**: Commit the file, fix the path, or mark it as planned. [Rule documentation](https://example.test/docs/rules/HG101-phantom-reference.md)
      - **HG201 duplicate-handoffs**: Comment \`/consolidate\` to fold them into one issue. [Rule documentation](https://example.test/docs/rules/HG201-duplicate-handoffs.md)
      - **HG303 untracked-artifact**: [Rule documentation](https://example.test/docs/rules/HG303-untracked-artifact.md)

      ### How to silence

      If a finding is wrong, silence it where it stands (and consider telling us, so the rule gets better):

      - One reference: put \`<!-- handoff-guard-disable-next-line HG101 -->\` on the line above it.
      - A block: \`<!-- handoff-guard-disable HG101 -->\` … \`<!-- handoff-guard-enable -->\`.
      - A whole document, in its front matter: \`handoff-guard: { ignore: [HG101] }\`.
      - The repository, in \`.github/handoff-guard.yml\`: \`ignore:\` globs or \`/regular expressions/\` of paths whose findings are dropped, or \`rules: { HG101: warning }\` to change a rule's severity (\`error\`, \`warning\`, \`notice\` or \`off\`).

      ### Skipped 1 document

      - docs/huge.md: larger than 5 MB
      "
    `);
  });

  it("is short when clean", () => {
    expect(renderMarkdown(cleanResult(), { title: "handoff-guard: o/r" })).toMatchInlineSnapshot(`
      "## handoff-guard: o/r

      ✅ No findings in 3 documents (17 references).
      "
    `);
  });

  it("picks the headline icon from the worst severity", () => {
    const warn = renderMarkdown(sampleResult([finding({ severity: "warning" })]));
    expect(warn).toContain("⚠️ 0 errors, **1 warning**, 0 notices in 12 documents (140 references).");
    const note = renderMarkdown(sampleResult([finding({ severity: "notice" })]));
    expect(note).toContain("ℹ️ 0 errors, 0 warnings, **1 notice**");
  });

  it("escapes pipes, newlines and HTML so a document cannot break the table or inject markup", () => {
    const hostile = finding({
      path: "docs/a|b <img src=x onerror=alert(1)>.md",
      message:
        "pipe | here\nnew line <script>alert(1)</script> ![img](https://evil.test/t.png) [x](javascript:1) **b** `c` $x$",
      suggestions: ["did you mean a|b.md?\r\nor <b>c</b>"],
      related: ["x|y.md"],
    });
    const out = renderMarkdown(sampleResult([hostile]), { linkTo });
    const rows = findingRows(out);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    // Exactly four unescaped pipes: the three cell borders plus the closing one.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(4);
    expect(out).not.toContain("<script>");
    expect(out).not.toContain("<img");
    expect(out).not.toContain("<b>");
    expect(out).not.toContain("![img]");
    expect(out).not.toContain("[x](javascript");
    expect(row).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(row).toContain("pipe \\| here<br>new line");
    expect(row).toContain("did you mean a\\|b.md?<br>or &lt;b&gt;c&lt;/b&gt;");
    expect(row).toContain("!\\[img\\]");
    expect(row).toContain("\\*\\*b\\*\\* \\`c\\` \\$x\\$");
    // The link destination is percent-encoded, so it cannot end early or break out of the cell.
    expect(row).toContain(
      "(https://github.com/o/r/blob/abc/docs/a%7Cb%20%3Cimg%20src=x%20onerror=alert%281%29%3E.md#L12)",
    );
  });

  it("escape helpers", () => {
    expect(escapeMarkdown("a|b\nc<d>&e_f*g")).toBe("a\\|b<br>c&lt;d&gt;&amp;e\\_f\\*g");
    expect(escapeMarkdown("x\r\ny\u2028z\u0000")).toBe("x<br>y<br>z");
    expect(escapeCell("a".repeat(20), 10)).toBe(`${"a".repeat(9)}…`);
    // Cutting happens before escaping, so no entity or escape is split in half.
    expect(escapeCell(`${"a".repeat(8)}<b`, 10)).toBe(`${"a".repeat(8)}&lt;b`);
    expect(escapeUrl("https://x.test/a b(c)|d")).toBe("https://x.test/a%20b%28c%29%7Cd");
    expect(escapeMarkdown("ask @russell, mail a@b.test, @ alone")).toBe(
      "ask @\u200brussell, mail a@\u200bb.test, @ alone",
    );
  });

  it("caps the findings table at maxRows, most severe first, and points at the JSON output", () => {
    const findings = [...many(7, { severity: "notice" }), ...many(3, { path: "a.md" })];
    const out = renderMarkdown(sampleResult(findings), { maxRows: 4 });
    const rows = findingRows(out);
    expect(rows).toHaveLength(4);
    expect(rows.slice(0, 3).every((row) => row.includes("❌ HG101"))).toBe(true);
    expect(rows[3]).toContain("ℹ️ HG101");
    expect(out).toContain(
      "… and 6 more findings. The complete list is in the JSON output (`handoff-guard check --format json`, or the Action's `findings-file` output).",
    );
    expect(out).toContain(
      "| [HG101](https://example.test/docs/rules/HG101-phantom-reference.md) | phantom-reference | 10 | ❌ error, ℹ️ notice |",
    );
  });

  it("defaults to 100 rows", () => {
    const out = renderMarkdown(sampleResult(many(150)));
    expect(findingRows(out)).toHaveLength(100);
    expect(out).toContain("… and 50 more findings.");
  });

  it("truncates at a row boundary to stay within maxChars, with a note", () => {
    const findings = many(3000, { message: "x".repeat(200) });
    const out = renderMarkdown(sampleResult(findings), { maxRows: 3000 });
    expect(out.length).toBeLessThanOrEqual(65_000);
    const rows = findingRows(out);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.length).toBeLessThan(3000);
    expect(rows.every((row) => row.endsWith(" |"))).toBe(true);
    expect(out).toContain(
      `… and ${3000 - rows.length} more findings not shown to keep this summary within GitHub's size limit.`,
    );
    // The sections after the table survive truncation.
    expect(out).toContain("### How to fix");
    expect(out).toContain("### How to silence");

    const small = renderMarkdown(sampleResult(findings), { maxRows: 3000, maxChars: 5_000 });
    expect(small.length).toBeLessThanOrEqual(5_000);
    expect(findingRows(small).length).toBeGreaterThan(0);
  });

  it("a single huge message is cut, not the whole table", () => {
    const out = renderMarkdown(sampleResult([finding({ message: "y".repeat(200_000) })]));
    expect(out.length).toBeLessThan(5_000);
    expect(findingRows(out)[0]).toContain("y…");
  });

  it("falls back to the finding's name for a rule not in the registry", () => {
    const out = renderMarkdown(
      sampleResult([finding({ rule: "HG303", name: "untracked-artifact", severity: "notice" })]),
    );
    expect(out).toContain(
      "| [HG303](https://example.test/docs/rules/HG303-untracked-artifact.md) | untracked-artifact | 1 | ℹ️ notice |",
    );
    expect(out).toContain(
      "- **HG303 untracked-artifact**: [Rule documentation](https://example.test/docs/rules/HG303-untracked-artifact.md)",
    );
  });

  it("shows locations without links when linkTo is absent", () => {
    const out = renderMarkdown(sampleResult([finding()]));
    expect(findingRows(out)[0]).toMatch(
      /^\| \\_agents\/\\_handoffs\/deploy.md:12:5 \| ❌ HG101 phantom-reference \|/,
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../../src/core/document/parse.js";
import { ADVERSARIAL } from "./adversarial-inputs.js";

function checkPositions(text: string, doc: ReturnType<typeof parseDocument>): void {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  for (const r of doc.references) {
    const line = lines[r.line - 1] ?? "";
    if (!line.slice(r.column - 1).startsWith(r.raw)) throw new Error(`${r.raw} not at ${r.line}:${r.column}`);
  }
}

describe("adversarial inputs: correct answers, no crash", () => {
  for (const a of ADVERSARIAL) {
    it(a.name, () => {
      const doc = parseDocument("docs/adv.md", a.text, "document");
      expect(doc.skipped).toBeUndefined();
      if (a.refs !== undefined) expect(doc.references.length).toBe(Math.floor(a.refs));
      if (a.check) expect(a.check(doc)).toBe(true);
      checkPositions(a.text, doc);
    });
  }
});

describe("documents that are skipped", () => {
  it("skips binary content with NUL bytes", () => {
    const doc = parseDocument("a.md", "# x\n\u0000\u0001binary", "handoff");
    expect(doc.skipped).toMatch(/binary/);
    expect(doc.references).toEqual([]);
  });

  it("skips documents larger than maxBytes (default 5 MiB)", () => {
    expect(parseDocument("a.md", "a.py ".repeat(20), "handoff", { maxBytes: 50 }).skipped).toMatch(
      /too large/,
    );
    const big = "x".repeat(5 * 1024 * 1024 + 1);
    expect(parseDocument("a.md", big, "handoff").skipped).toMatch(/too large/);
    const multibyte = "é".repeat(3 * 1024 * 1024);
    expect(parseDocument("a.md", multibyte, "handoff").skipped).toMatch(/too large/);
  });

  it("parses a document just under the limit", () => {
    const doc = parseDocument("a.md", `${"word ".repeat(1_000_000)}\nsee \`a.py\``, "handoff");
    expect(doc.skipped).toBeUndefined();
    expect(doc.references).toHaveLength(1);
  });

  it("skips text that is mostly invalid UTF-8, but reads a few replacement characters", () => {
    expect(parseDocument("a.md", "\uFFFD".repeat(2000), "handoff").skipped).toMatch(/UTF-8/);
    const doc = parseDocument("a.md", "caf\uFFFD: see `src/a.py`", "handoff");
    expect(doc.skipped).toBeUndefined();
    expect(doc.references.map((r) => r.path)).toEqual(["src/a.py"]);
  });

  it("handles CRLF, CR and a byte-order mark", () => {
    const doc = parseDocument("a.md", "\uFEFF# T\r\n\r\nSee `a.py`.\rRun `b.py`.\r\n", "handoff");
    expect(doc.title).toBe("T");
    expect(doc.references.map((r) => [r.path, r.line])).toEqual([
      ["a.py", 3],
      ["b.py", 4],
    ]);
  });
});

describe("never throws (property)", () => {
  const pieces = [
    "# ",
    "## Files created\n",
    "- [ ] ",
    "- [x] ",
    "> ",
    "```",
    "~~~",
    "    ",
    "|",
    "---\n",
    "`",
    "``",
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
    "<!--",
    "-->",
    "**",
    "~~",
    "\\",
    "a.py",
    "src/b/",
    "docs/c.md#L3",
    "x.log:1:2:3",
    "![",
    "[[w]]",
    ":",
    "\n",
    " ",
    "\t",
    "\r\n",
    "create ",
    "deleted ",
    "does not exist",
    "e.g. ",
    "YYYY",
    "{id}",
    "é",
    "\uFFFD",
    "1. ",
    "id: x\n",
  ];
  const markdownish = fc.array(fc.constantFrom(...pieces), { maxLength: 200 }).map((a) => a.join(""));

  it("on Markdown-like fragments, with the position invariant", () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        const doc = parseDocument("d/x.md", text, "handoff");
        expect(doc.skipped).toBeUndefined();
        checkPositions(text, doc);
      }),
      { numRuns: 400 },
    );
  });

  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 500 }), (text) => {
        const doc = parseDocument("d/x.md", text, "document");
        expect(doc.path).toBe("d/x.md");
        if (!doc.skipped) checkPositions(text, doc);
      }),
      { numRuns: 400 },
    );
  });
});

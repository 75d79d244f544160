// Adversarial inputs, one or more per regular expression and scanning loop of the parser.
// Each is about 1 MB (smaller where the input is legitimately dense in references) and comes
// with what a correct parse must say. The test asserts correctness; timing is measured by
// `npx tsx scripts/parser-adversarial.mjs`, never asserted.

import type { ParsedDocument } from "../../../src/core/types.js";

export interface Adversarial {
  name: string;
  text: string;
  /** Expected number of references, or a check on the parsed document. */
  refs?: number;
  check?: (doc: ParsedDocument) => boolean;
}

const MB = 1 << 20;
const fill = (unit: string, size = MB) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join("\n");

export const ADVERSARIAL: Adversarial[] = [
  { name: "link openers with parens", text: fill("[]("), refs: 0 },
  { name: "nested link destinations", text: `[a](${fill("(")}`, refs: 0 },
  { name: "unclosed angle destinations", text: fill("[a](<b "), refs: 0 },
  { name: "unclosed link titles", text: fill('[a](b.md "'), refs: 0 },
  { name: "paren titles", text: fill("[a](b.md ("), refs: 0 },
  { name: "many openers then one link", text: `${fill("[", MB - 20)}[a](docs/a.md)`, refs: 1 },
  { name: "dense links", text: fill("[a](d/b.md) ", 200_000), refs: Math.floor(200_000 / 12) },
  { name: "image openers", text: fill("!["), refs: 0 },
  {
    name: "backtick runs of growing length",
    text: Array.from({ length: 1400 }, (_, i) => "`".repeat(i + 1)).join("a"),
    refs: 0,
  },
  { name: "paired backticks", text: fill("a` "), refs: 0 },
  { name: "escaped backticks", text: `${fill("\\")}\``, refs: 0 },
  { name: "angle brackets", text: fill("<"), refs: 0 },
  { name: "tag starts", text: fill("<a b "), refs: 0 },
  { name: "HTML attributes without end", text: `<div ${fill("a=b ")}`, refs: 0 },
  // An HTML block of link tags that never close, and one of closed image tags (each a reference).
  { name: "HTML link tags without end", text: `<div>\n${fill("<a x=1 ")}\n</div>\n`, refs: 0 },
  {
    name: "HTML image tags",
    text: `<div>\n${fill('<img src="a.png"> ', 400_000)}\n</div>\n`,
    refs: Math.floor(400_000 / 18),
  },
  { name: "inline tags with attributes", text: `Text ${fill("<a title=x> ")}\n`, refs: 0 },
  { name: "comment openers", text: fill("<!--"), refs: 0 },
  { name: "autolink starts", text: fill("<a:b"), refs: 0 },
  { name: "email autolink starts", text: fill("<a.b@c"), refs: 0 },
  { name: "URL schemes", text: fill("http:// "), refs: 0 },
  { name: "tildes", text: fill("~~"), refs: 0 },
  { name: "wikilink openers", text: fill("[["), refs: 0 },
  { name: "emphasis markers", text: fill("**"), refs: 0 },
  { name: "one giant dotted token", text: fill("a."), refs: 0 },
  { name: "one giant slash token", text: fill("a/"), refs: 0 },
  { name: "anchor-like suffix", text: `x.py${fill(":1")}`, refs: 0 },
  { name: "closing parens after a name", text: `a.py${fill(")")}`, refs: 0 },
  { name: "underscores", text: fill("_"), refs: 0 },
  // Two-letter names: a one-letter one (`a.py`) is a demo name, which skips most of the reading.
  { name: "dense prose paths", text: fill("ab.py ", 100_000), refs: Math.floor(100_000 / 6) },
  { name: "dense code-span paths", text: fill("`ab.py` ", 100_000), refs: Math.floor(100_000 / 8) },
  { name: "long clause before a mention", text: `${fill("create and add ", MB - 20)} \`src/a.py\``, refs: 1 },
  { name: "abbreviations", text: `${fill("e.g. ")} a.py`, refs: 1 },
  {
    name: "heading with trailing spaces",
    text: `# a${" ".repeat(MB)}b`,
    check: (d) => d.headings.length === 1,
  },
  { name: "heading of hashes", text: `# ${fill("#")}`, check: (d) => d.headings.length === 1 },
  { name: "label-like bold line", text: `**${fill("a")}`, refs: 0 },
  { name: "metadata-like line", text: `Status: ${fill("a")}`, check: (d) => d.metadata.status === undefined },
  { name: "setext underline", text: `a\n${fill("=")}`, check: (d) => d.headings.length === 1 },
  { name: "indented code", text: `    ${fill("a")}`, refs: 0 },
  { name: "fence of backticks", text: `\`\`\`${fill("`")}`, refs: 0 },
  { name: "spaces then a path", text: `${" ".repeat(MB)}a.py`, refs: 0 },
  { name: "deep blockquote", text: `${fill("> ")}see \`a.py\``, refs: 1 },
  {
    name: "deeply nested list",
    text: lines(2000, (i) => `${" ".repeat(i * 2)}- item \`f${i}.py\``),
    refs: 2000,
  },
  {
    name: "many checkboxes",
    text: lines(50_000, () => "- [ ] x"),
    check: (d) => d.checklist.length === 50_000,
  },
  {
    name: "10,000-row table",
    text: `| File | Status |\n|---|---|\n${lines(10_000, (i) => `| \`src/f${i}.py\` | ✅ Done |`)}`,
    check: (d) => d.references.length === 10_000 && d.references.every((r) => r.intent === "created"),
  },
  {
    name: "wide table",
    text: `${fill("|a", 200_000)}\n${fill("|-", 200_000)}\n${fill("|`ab.py`", 200_000)}`,
    refs: 200_000 / 8,
  },
  {
    name: "suppression comments without end",
    text: fill("<!-- handoff-guard-disable "),
    check: (d) => d.suppressions.length === 0,
  },
  {
    name: "suppression comments",
    text: fill("<!-- handoff-guard-disable-line HG101 --> ", 200_000),
    check: (d) => d.suppressions.length > 1000,
  },
  {
    name: "unclosed front matter",
    text: `---\n${lines(100_000, (i) => `k${i}: v`)}`,
    check: (d) => d.frontMatterLines === 0,
  },
  { name: "definition-like lines", text: lines(50_000, () => "[a]: <b"), refs: 0 },
  { name: "percent signs in a link", text: `[a](${fill("%", 300)}.md)`, refs: 1 },
];

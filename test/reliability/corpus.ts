// The fixture corpora (test/fixtures/**/*.md) and fast-check arbitraries built from them, shared by
// the property tests and scripts/fuzz.mjs.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";

const FIXTURES = join(import.meta.dirname, "../fixtures");

export interface CorpusFile {
  name: string;
  text: string;
}

/** Every Markdown file under test/fixtures, sorted by path (stable across runs). */
export function fixtureCorpus(): CorpusFile[] {
  const out: CorpusFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith(".md"))
        out.push({ name: relative(FIXTURES, full), text: readFileSync(full, "utf8") });
    }
  };
  walk(FIXTURES);
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Markdown and handoff building blocks: structure, cues, paths, anchors, placeholders, hostile characters. */
export const PIECES = [
  "# ",
  "## Files created\n",
  "## Next steps\n",
  "- [ ] ",
  "- [x] ",
  "* ",
  "1. ",
  "> ",
  "```\n",
  "```bash\n",
  "~~~",
  "    ",
  "| a | b |\n|---|---|\n| ",
  " | ",
  "---\n",
  "`",
  "``",
  "[",
  "](",
  "]: ",
  "[[",
  "]]",
  "![",
  "(",
  ")",
  "<",
  ">",
  "<!--",
  "-->",
  "<!-- handoff-guard-disable-next-line HG101 -->\n",
  "<!-- handoff-guard-disable -->",
  "<!-- handoff-guard-enable -->",
  "<details>",
  "</details>",
  "**Status**: ",
  "**Assigned to**: ",
  "**Due**: 2026-02-30",
  "**",
  "~~",
  "_",
  "\\",
  "a.py",
  "src/b/",
  "../c.ts",
  "/etc/passwd",
  "docs/c.md#L3-L9",
  "x.log:1:2:3",
  "api_healer.py",
  "C:\\win\\path.txt",
  "https://x.test/a.md",
  "%2e%2e/x.md",
  "a%00b.md",
  ":",
  "\n",
  "\n\n",
  " ",
  "\t",
  "\r\n",
  "\r",
  "create ",
  "deploy ",
  "deleted ",
  "✅ ",
  "does not exist",
  "(to be created)",
  "e.g. ",
  "YYYYMMDD",
  "<name>",
  "{id}",
  "*.py",
  "é",
  "😀",
  "\u202e",
  "\u200b",
  "\uFFFD",
  "\uD800",
  "\u0000",
  "\u001b[31m",
];

const FRONT_KEYS = [
  "id",
  "status",
  "assigned_to",
  "assignee",
  "priority",
  "due",
  "due_date",
  "created_by",
  "consolidated_into",
  "title",
  "handoff-guard",
  "tags",
];
const FRONT_VALUES = [
  "open",
  "done",
  "Completed ✅",
  "high",
  "P0",
  "2026-02-17",
  "2026-13-45",
  "tomorrow",
  "",
  "~",
  "[a, b]",
  "{ ignore: [HG101] }",
  "{ ignore: HG101 }",
  "&a x",
  "*a",
  "!!binary aGVsbG8=",
  "'unterminated",
  '"\\u0000"',
  "|\n  block",
  "- x\n- y",
  "12",
  "1e400",
];

/** Markdown-like text made of PIECES and random strings. */
export const markdownish: fc.Arbitrary<string> = fc
  .array(
    fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string() }),
    {
      maxLength: 120,
    },
  )
  .map((a) => a.join(""));

/** YAML front matter, well-formed or not, with the known keys. */
export const frontMatter: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...FRONT_KEYS, "x"), fc.constantFrom(...FRONT_VALUES)), {
      maxLength: 6,
    }),
    fc.constantFrom("---\n", "---\r\n", "\uFEFF---\n", "--- \n"),
    fc.constantFrom("---\n", "...\n", "---", ""),
  )
  .map(([pairs, open, close]) => `${open}${pairs.map(([k, v]) => `${k}: ${v}\n`).join("")}${close}`);

/** A corpus document mutated: lines dropped, duplicated, swapped with pieces, bytes flipped, cut. */
export function mutated(corpus: readonly CorpusFile[]): fc.Arbitrary<string> {
  const texts = corpus.map((c) => c.text);
  return fc
    .tuple(
      fc.constantFrom(...texts),
      fc.array(
        fc.tuple(
          fc.constantFrom("drop", "dup", "insert", "flip", "cut", "swap-eol", "splice"),
          fc.nat(),
          fc.constantFrom(...PIECES),
          fc.nat(),
        ),
        { minLength: 1, maxLength: 8 },
      ),
    )
    .map(([text, ops]) => applyMutations(text, ops, texts));
}

export type Mutation = readonly [string, number, string, number];

export function applyMutations(text: string, ops: readonly Mutation[], texts: readonly string[]): string {
  let lines = text.split("\n");
  for (const [op, at, piece, other] of ops) {
    const i = lines.length === 0 ? 0 : at % lines.length;
    switch (op) {
      case "drop":
        lines.splice(i, 1);
        break;
      case "dup":
        lines.splice(i, 0, lines[i] ?? "");
        break;
      case "insert": {
        const line = lines[i] ?? "";
        const col = line.length === 0 ? 0 : other % (line.length + 1);
        lines[i] = line.slice(0, col) + piece + line.slice(col);
        break;
      }
      case "flip": {
        const line = lines[i] ?? "";
        if (line.length > 0) {
          const col = other % line.length;
          lines[i] =
            line.slice(0, col) +
            String.fromCharCode((line.charCodeAt(col) ^ (1 << (other % 7))) & 0xffff) +
            line.slice(col + 1);
        }
        break;
      }
      case "cut":
        lines = lines.slice(0, i + 1);
        break;
      case "swap-eol":
        lines[i] = `${lines[i] ?? ""}\r`;
        break;
      case "splice": {
        const source = (texts[other % Math.max(texts.length, 1)] ?? "").split("\n");
        const from = at % Math.max(source.length, 1);
        lines.splice(i, 0, ...source.slice(from, from + 1 + (other % 12)));
        break;
      }
    }
  }
  return lines.join("\n");
}

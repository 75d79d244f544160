// WordIds reads plain lines char by char and any other line through `rawWords`: both must give
// the words `rawWords` gives, in order, and ask for each new word's id in first-read order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../../src/core/duplicates/features.js";
import { normalizeItem, rawWords, tokens } from "../../../src/core/duplicates/text.js";
import { WordIds } from "../../../src/core/duplicates/word-ids.js";
import { doc } from "./helpers.js";

/** Ids as `rawWords` defines them: a new id per new word, -1 for words of three letters. */
function reference(texts: readonly string[]): { ids: number[]; asked: string[] } {
  const asked: string[] = [];
  const known = new Map<string, number>();
  const tokens = new Map<string, number>();
  const ids: number[] = [];
  for (const text of texts) {
    const { words, identifiers } = rawWords(text);
    for (const word of words) {
      if (word.length < 2) continue;
      let id = known.get(word);
      if (id === undefined) {
        asked.push(word);
        id = word.length === 3 ? -1 : asked.length;
        known.set(word, id);
      }
      if (id >= 0) ids.push(id);
    }
    for (const identifier of identifiers) {
      if (!tokens.has(identifier)) tokens.set(identifier, 10_000 + tokens.size);
      ids.push(tokens.get(identifier)!);
    }
  }
  return { ids, asked };
}

function read(texts: readonly string[]): { ids: number[]; asked: string[] } {
  const asked: string[] = [];
  const tokens = new Map<string, number>();
  const wordIds = new WordIds(
    (word) => {
      asked.push(word);
      return word.length === 3 ? -1 : asked.length;
    },
    (token) => {
      if (!tokens.has(token)) tokens.set(token, 10_000 + tokens.size);
      return tokens.get(token)!;
    },
  );
  const ids: number[] = [];
  for (const text of texts) wordIds.read(text, ids);
  return { ids, asked };
}

const pieces = [
  "deploy",
  "Deploy",
  "DEPLOY",
  "the",
  "api",
  "of",
  "a",
  "x",
  "healer",
  "Healer",
  "verifySignature",
  "ParseInvoice",
  " ",
  "  ",
  ", ",
  ". ",
  "-",
  "_",
  "/",
  ":",
  "://",
  "https://example.com/a",
  "`",
  "5",
  "25",
  "2026-01-03",
  "10k",
  "$3",
  "five percent",
  "Percent",
  "dollars",
  "été",
  "İstanbul",
  "naïve",
  "\t",
  "x1",
  "v2",
  "(note)",
  "**bold**",
  "cache4",
  "_5949",
  "gateway_12",
  "v1.2",
  "a1B",
  "12:30",
  "1,000",
  "5%",
  "k",
  "$",
  "usd",
];

describe("WordIds", () => {
  it("reads every line as rawWords does", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join("")),
          {
            maxLength: 8,
          },
        ),
        (texts) => {
          expect(read(texts)).toEqual(reference(texts));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("keeps its words apart as the table grows", () => {
    // 6,000 distinct words, in lines of 20, each line read twice: the table grows past 4,096 slots.
    const word = (n: number) => `zz${n.toString(26).replace(/\d/g, (d) => "qrstuvwxyz"[Number(d)]!)}`;
    const lines = Array.from({ length: 300 }, (_, i) =>
      Array.from({ length: 20 }, (_, j) => word(i * 20 + j)).join(" "),
    );
    expect(read([...lines, ...lines])).toEqual(reference([...lines, ...lines]));
  });
});

describe("titles and checklist items in a corpus", () => {
  // buildCorpus reads them through word-id tables; they must come out as `tokens` (titles, without
  // the assignees' names) and `normalizeItem` (items, names kept) read them.
  const line = fc.array(
    fc.constantFrom(...pieces, "russell", "Russell", "fix", "(deploy healer)", "q4", "qpct5"),
    {
      minLength: 1,
      maxLength: 10,
    },
  );
  it("gives the tokens and normal forms of the text functions", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(line, fc.array(line, { maxLength: 4 })), { minLength: 1, maxLength: 6 }),
        (specs) => {
          const docs = specs.map(([title, items], k) =>
            doc(
              `_handoffs/h${k}.md`,
              [
                "---",
                "assigned_to: Russell",
                "---",
                `# ${title.join("")}`,
                "",
                ...items.map((item) => `- [ ] ${item.join("").replace(/\n/g, " ")}`),
              ].join("\n"),
            ),
          );
          const corpus = buildCorpus(docs);
          for (const f of corpus.features) {
            expect(f.titleSeq).toEqual(tokens(f.doc.title, new Set(["russell"])));
            const expected = f.doc.checklist
              .map((item) => normalizeItem(item.text))
              .filter((norm) => norm.split(" ").filter(Boolean).length >= 2);
            expect(f.items.map((it) => it.norm)).toEqual(expected);
            for (const it of f.items) expect(it.words).toEqual(it.norm.split(" "));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

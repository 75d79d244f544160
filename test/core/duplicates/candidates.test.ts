// Candidate generation in a repository too large to compare every pair: it must miss no pair that
// a shared path, checklist item, title or rare words could anchor and that scores as a duplicate,
// and a file too common to anchor a pair must not make every handoff that mentions it a candidate.
import { describe, expect, it } from "vitest";
import { candidatePairs, titlePrefix } from "../../../src/core/duplicates/candidates.js";
import { buildCorpus, cosine } from "../../../src/core/duplicates/features.js";
import { ALL_PAIRS_UP_TO, ANCHOR_TITLE, PATH_ANCHOR } from "../../../src/core/duplicates/rare.js";
import { scorePair } from "../../../src/core/duplicates/score.js";
import type { AnalyzedDocument } from "../../../src/core/rules/rule.js";
import { doc } from "./helpers.js";

let seed = 7;
const rand = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const SYLLABLES = ["ka", "lo", "mi", "ren", "tor", "vex", "sa", "quin", "dal", "po", "ber", "nix"];
const word = () => Array.from({ length: 3 }, () => pick(SYLLABLES)).join("");
const VOCAB = Array.from({ length: 1500 }, word);
/** A file name of letters only, unique per number: digits in a name would be tokens too. */
const name = (k: number): string => [1, 12, 144].map((unit) => SYLLABLES[Math.floor(k / unit) % 12]).join("");
const COMMON = "src/shared/common_client.py";
const FILES = Array.from({ length: 400 }, (_, k) => `src/mod${k}/${word()}_${k}.py`);

function handoff(
  k: number,
  title: string,
  prose: string[],
  file: string,
  common: boolean,
  items: string[],
): string {
  return [
    "---",
    "status: open",
    `assigned_to: person${Math.floor(k / 10)}`,
    `created: 2026-03-${String(1 + (k % 28)).padStart(2, "0")}`,
    "---",
    `# ${title}`,
    "",
    prose.join(" "),
    "",
    `- Deploy \`${file}\``,
    common ? `- Uses \`${COMMON}\`` : "",
    "",
    "## Acceptance Criteria",
    ...items.map((t) => `- [ ] ${t}`),
  ].join("\n");
}

describe("candidate pairs in a large repository", () => {
  const tracked = [COMMON, ...FILES];
  const docs: AnalyzedDocument[] = [];
  for (let k = 0; k < 440; k++) {
    const [a, b, c] = [pick(VOCAB), pick(VOCAB), pick(VOCAB)];
    const prose = Array.from({ length: 40 }, () => pick(VOCAB));
    const item = () => [Array.from({ length: 5 }, () => pick(VOCAB)).join(" ")];
    const file = pick(FILES);
    const common = k % 9 === 0;
    docs.push(
      doc(
        `_handoffs/${name(k)}.md`,
        handoff(k, `Deploy ${a} ${b} ${c}`, prose, file, common, item()),
        tracked,
      ),
    );
    // Re-issues by another agent. Some keep the file and most of the text under a new title and
    // file name, so only the file anchors them; some keep the title and file name and nothing else.
    if (k % 10 === 0)
      docs.push(
        doc(
          `_handoffs/${name(k + 1000)}.md`,
          handoff(k + 1, `Fix ${pick(VOCAB)} ${pick(VOCAB)}`, prose.slice(10), file, common, item()),
          tracked,
        ),
      );
    if (k % 10 === 5)
      docs.push(
        doc(
          `_handoffs/again/${name(k)}.md`,
          handoff(k + 1, `Deploy ${c} ${b} ${a}`, prose.slice(0, 30), pick(FILES), false, item()),
          tracked,
        ),
      );
  }
  const corpus = buildCorpus(docs);
  const eligible = corpus.features.map((f) => f.i);
  const pairs = candidatePairs(corpus, eligible);
  const candidates = new Set<number>();
  for (let k = 0; k < pairs.length; k += 2) candidates.add(pairs[k]! * docs.length + pairs[k + 1]!);

  it("is in the regime that does not compare every pair", () => {
    expect(eligible.length).toBeGreaterThan(ALL_PAIRS_UP_TO);
  });

  it("keeps every pair that is anchored by something but its body and scores as a duplicate", () => {
    const only = { path: 0, title: 0 };
    for (let a = 0; a < docs.length; a++) {
      for (let b = a + 1; b < docs.length; b++) {
        const e = scorePair(corpus, corpus.features[a]!, corpus.features[b]!, 14);
        if (e.score < 0.6) continue;
        const anchored = e.pathScore >= 0.3 || e.itemScore >= 0.3 || e.titleSim >= 0.6 || e.rareShared >= 2;
        if (!anchored) continue;
        if (e.pathScore >= 0.3 && e.titleSim < 0.6 && e.itemScore < 0.3 && e.rareShared < 2) only.path++;
        if (e.titleSim >= 0.6 && e.pathScore < 0.3 && e.itemScore < 0.3 && e.rareShared < 2) only.title++;
        expect(candidates.has(a * docs.length + b), `${docs[a]!.path} and ${docs[b]!.path}`).toBe(true);
      }
    }
    // Both kinds of anchor are exercised: pairs only a file anchors, pairs only a title anchors.
    expect(only.path).toBeGreaterThanOrEqual(15);
    expect(only.title).toBeGreaterThanOrEqual(15);
  });

  it("does not pair up every handoff that mentions a file too common to anchor", () => {
    const withCommon = corpus.features.filter((f) => f.paths.has(COMMON)).map((f) => f.i);
    // Fewer than the posting cap (so only its weight keeps it out), too many to anchor a pair.
    expect(withCommon.length).toBeGreaterThan(45);
    expect(withCommon.length).toBeLessThan(64);
    expect(corpus.pathWeight(COMMON)).toBeLessThan(PATH_ANCHOR);
    let paired = 0;
    let total = 0;
    for (let x = 0; x < withCommon.length; x++) {
      for (let y = x + 1; y < withCommon.length; y++) {
        total++;
        if (candidates.has(withCommon[x]! * docs.length + withCommon[y]!)) paired++;
      }
    }
    expect(paired / total).toBeLessThan(0.1);
  });
});

describe("title prefixes", () => {
  const shared = (a: number[], b: number[]) => a.some((id) => b.includes(id));
  // Handoffs at `<k>/h.md`: a one-letter file name adds no word to the title.
  const titled = (titles: string[]) =>
    buildCorpus(titles.map((t, k) => doc(`_handoffs/${k}/h.md`, `# ${t}\n\nSome body.\n`)));

  it("pairs a six-word title with one of its last three words when the words weigh the same", () => {
    // Every word is in two titles, so all weigh the same: the cosine is 3 / sqrt(18) = 0.71.
    // Keeping a count of words (three of six, two of three) would index "alpha beta gamma" for
    // the first and "delta epsilon" for the second, and never pair them.
    const corpus = titled(["Alpha beta gamma delta epsilon zeta", "Delta epsilon zeta", "Alpha beta gamma"]);
    const [six, three] = corpus.features;
    expect(cosine(six!.titleVec, three!.titleVec)).toBeGreaterThanOrEqual(ANCHOR_TITLE);
    expect(shared(titlePrefix(corpus, six!.titleVec), titlePrefix(corpus, three!.titleVec))).toBe(true);
  });

  it("share a word between any two titles similar enough to anchor, and index fewer than all words", () => {
    const words = ["deploy", "healer", "gateway", "retry", "cache", "ledger", "audit", "shard"];
    const extra = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"];
    const titles = Array.from({ length: 300 }, () => {
      const length = 1 + Math.floor(rand() * 6);
      const chosen = new Set<string>();
      // Skewed: the first words are common, the extra ones rare.
      while (chosen.size < length)
        chosen.add(rand() < 0.8 ? words[Math.floor(words.length * rand() ** 2)]! : pick(extra));
      return [...chosen].join(" ");
    });
    const corpus = titled(titles);
    const prefixes = corpus.features.map((f) => titlePrefix(corpus, f.titleVec));
    let anchored = 0;
    for (let a = 0; a < titles.length; a++) {
      for (let b = a + 1; b < titles.length; b++) {
        const fa = corpus.features[a]!;
        const fb = corpus.features[b]!;
        if (cosine(fa.titleVec, fb.titleVec) < ANCHOR_TITLE) continue;
        anchored++;
        expect(shared(prefixes[a]!, prefixes[b]!), `"${titles[a]}" and "${titles[b]}"`).toBe(true);
      }
    }
    expect(anchored).toBeGreaterThan(500);
    const indexed = prefixes.reduce((n, p) => n + p.length, 0);
    const all = corpus.features.reduce((n, f) => n + f.titleVec.ids.length, 0);
    expect(indexed).toBeLessThan(0.8 * all);
  });
});

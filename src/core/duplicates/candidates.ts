// Candidate pairs without comparing every pair (in small repositories, up to ALL_PAIRS_UP_TO
// open handoffs, every pair: complete, including pairs anchored by body similarity alone). A pair can only score above the threshold when it
// is anchored (a shared path, a shared checklist item, or nearly the same title; see score.ts), so
// (or two rare words only they share) an inverted index over those four is complete for the pairs that matter:
//   - paths: those heavy enough to anchor on their own (PATH_ANCHOR): the overlap never exceeds
//     the weight of the heaviest shared path;
//   - checklist items: every key, except the very common ones (they weigh ~0 anyway);
//   - title words: prefix filtering. Each title contributes only its rarest words; two titles
//     similar enough to anchor must share one of them.
import type { Corpus, SparseVector } from "./features.js";
import { ALL_PAIRS_UP_TO, ANCHOR_TITLE, PATH_ANCHOR } from "./rare.js";

export interface CandidateOptions {
  /** Postings longer than this are skipped (a path in hundreds of handoffs is not evidence). */
  maxPosting?: number;
}

/**
 * Candidate pairs as one flat list, `[a0, b0, a1, b1, ...]` with a < b in each pair: hundreds of
 * thousands of two-element arrays would cost more to allocate and collect than to compare.
 */
export function candidatePairs(
  corpus: Corpus,
  eligible: readonly number[],
  options: CandidateOptions = {},
): number[] {
  const n = corpus.features.length;
  if (eligible.length <= ALL_PAIRS_UP_TO) {
    const all: number[] = [];
    const sorted = [...eligible].sort((a, b) => a - b);
    for (let x = 0; x < sorted.length; x++)
      for (let y = x + 1; y < sorted.length; y++) all.push(sorted[x]!, sorted[y]!);
    return all;
  }
  const cap = options.maxPosting ?? Math.max(64, Math.ceil(2 * Math.sqrt(n)));
  // One posting map per kind of key: no key strings to build, and rare words keyed by id.
  const byPath = new Map<string, number[]>();
  const byItem = new Map<string, number[]>();
  const byTitleWord = new Map<number, number[]>();
  const byRareWord = new Map<number, number[]>();
  for (const i of eligible) {
    const f = corpus.features[i]!;
    // A path too common to anchor a pair alone (see PATH_ANCHOR) would only add pairs that
    // share nothing rarer: one file in 150 handoffs is 11,000 pairs of unrelated work.
    for (const [key, weight] of f.pathWeights) if (weight >= PATH_ANCHOR) post(byPath, key, i);
    for (const item of f.items) post(byItem, item.norm, i);
    for (const id of titlePrefix(corpus, f.titleVec)) post(byTitleWord, id, i);
    // Rare words (at most three handoffs use each): postings of two or three, cheap and complete
    // for pairs anchored by rare shared words.
    for (const id of f.rareIds) post(byRareWord, id, i);
  }
  const seen = new Set<number>();
  const pairs: number[] = [];
  for (const postings of [byPath, byItem, byTitleWord, byRareWord] as Map<unknown, number[]>[]) {
    for (const list of postings.values()) {
      if (list.length < 2 || list.length > cap) continue;
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const a = Math.min(list[x]!, list[y]!);
          const b = Math.max(list[x]!, list[y]!);
          const key = a * n + b;
          if (seen.has(key)) continue;
          seen.add(key);
          pairs.push(a, b);
        }
      }
    }
  }
  return pairs;
}

function post<K>(postings: Map<K, number[]>, key: K, i: number): void {
  const list = postings.get(key);
  if (!list) postings.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

/**
 * The title words to index: the rarest ones, in one order every title shares (fewest handoffs
 * first, then token id), up to where the words left over weigh too little to reach the anchor
 * similarity on their own. Two titles whose cosine reaches `ANCHOR_TITLE` share a word in both
 * prefixes: the first word they share (in that order) is in each one's prefix, since otherwise
 * all they share lies in a left-over part whose norm is below `ANCHOR_TITLE`, and the cosine of
 * unit vectors is at most that norm. Weighted, not counted: a count of words (keep n - 0.6n + 1)
 * misses a title of six equal-weight words and one of its last three.
 */
export function titlePrefix(corpus: Corpus, title: SparseVector): number[] {
  const df = corpus.tokenDf;
  const words = Array.from(title.ids, (id, k) => ({ id, df: df[id] ?? 0, weight: title.weights[k] ?? 0 }));
  words.sort((x, y) => x.df - y.df || x.id - y.id);
  // Left-over norm², summed from the end so no subtraction loses precision; the margin keeps
  // rounding from stopping one word too early.
  const leftOver = new Float64Array(words.length + 1);
  for (let k = words.length - 1; k >= 0; k--)
    leftOver[k] = (leftOver[k + 1] ?? 0) + (words[k]?.weight ?? 0) ** 2;
  const enough = ANCHOR_TITLE * ANCHOR_TITLE * (1 - 1e-9);
  const prefix: number[] = [];
  for (let k = 0; k < words.length && (leftOver[k] ?? 0) >= enough; k++) prefix.push(words[k]?.id ?? 0);
  return prefix;
}

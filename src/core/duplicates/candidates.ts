// Candidate pairs without comparing every pair (in small repositories, up to ALL_PAIRS_UP_TO
// open handoffs, every pair: complete, including pairs anchored by body similarity alone). A pair can only score above the threshold when it
// is anchored (a shared path, a shared checklist item, or nearly the same title; see score.ts), so
// (or two rare words only they share) an inverted index over those four is complete for the pairs that matter:
//   - paths: those heavy enough to anchor on their own (PATH_ANCHOR): the overlap never exceeds
//     the weight of the heaviest shared path;
//   - checklist items: every key, except the very common ones (they weigh ~0 anyway);
//   - title words: prefix filtering. Each title contributes only its rarest words; two titles
//     similar enough to anchor must share one of them.
import type { Corpus } from "./features.js";
import { ALL_PAIRS_UP_TO, PATH_ANCHOR } from "./rare.js";

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
  const byTitleWord = new Map<string, number[]>();
  const byRareWord = new Map<number, number[]>();
  for (const i of eligible) {
    const f = corpus.features[i]!;
    // A path too common to anchor a pair alone (see PATH_ANCHOR) would only add pairs that
    // share nothing rarer: one file in 150 handoffs is 11,000 pairs of unrelated work.
    for (const [key, weight] of f.pathWeights) if (weight >= PATH_ANCHOR) post(byPath, key, i);
    for (const item of f.items) post(byItem, item.norm, i);
    for (const word of titlePrefix(corpus, f.titleWords)) post(byTitleWord, word, i);
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

/** The rarest title words: enough that two titles similar enough to anchor (0.6) share one of these. */
function titlePrefix(corpus: Corpus, words: readonly string[]): string[] {
  if (words.length === 0) return [];
  const ranked = [...words].sort((a, b) => {
    const da = corpus.tokenDf[corpus.tokenId.get(a) ?? 0] ?? 0;
    const db = corpus.tokenDf[corpus.tokenId.get(b) ?? 0] ?? 0;
    return da - db || (a < b ? -1 : a > b ? 1 : 0);
  });
  const keep = words.length - Math.ceil(0.6 * words.length) + 1;
  return ranked.slice(0, Math.max(1, keep));
}

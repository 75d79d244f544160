// Groups of open handoffs that describe the same work, precision first: a wrong merge sends people
// to close a task that was not a duplicate, which is worse than a missed pair.
//
// Grouping is complete linkage, slightly relaxed: edges above the threshold are taken strongest
// first, and two clusters merge only when every cross pair is close (at least `threshold - 0.15`)
// or at least compatible with no evidence against (see `canMerge`), and most are close. Chains
// whose ends disagree (A≈B, B≈C, but A and C ask for different actions) stop at the weak link.
import { stableHash } from "../render/hash.js";
import type { AnalyzedDocument } from "../rules/rule.js";
import { candidatePairs } from "./candidates.js";
import { type ConsolidationIndex, findConsolidations, sameConsolidation } from "./consolidations.js";
import { describeGroup } from "./explain.js";
import { buildCorpus, type Corpus, DenseCosine, type HandoffFeatures } from "./features.js";
import { mayBeDuplicate, type PairEvidence, scorePair } from "./score.js";
import { datesIn } from "./text.js";

export interface DuplicateOptions {
  /** Score at which two handoffs count as the same work (config `duplicates.threshold`). */
  threshold?: number;
  /** Days within which created/due dates count as close (config `duplicates.dateWindowDays`). */
  dateWindowDays?: number;
}

export interface DuplicateGroup {
  /** Stable id for idempotency; see `groupKey`. */
  key: string;
  /** Member paths, earliest first. */
  members: string[];
  /** Mean pair score within the group. */
  score: number;
  /** Weakest pair within the group. */
  minScore: number;
  evidence: string[];
  /** Evidence of every pair within the group. */
  pairs: PairEvidence[];
}

export interface DuplicateAnalysis {
  groups: DuplicateGroup[];
  consolidations: ConsolidationIndex;
  corpus: Corpus;
  /** Evidence between two handoffs by path (computed on demand), or null when either is unknown. */
  pair(a: string, b: string): PairEvidence | null;
  /** Features of a handoff by path. */
  features(path: string): HandoffFeatures | undefined;
}

export function findDuplicates(
  handoffs: readonly AnalyzedDocument[],
  options: DuplicateOptions = {},
): DuplicateAnalysis {
  const threshold = options.threshold ?? 0.6;
  const window = options.dateWindowDays ?? 14;
  const corpus = buildCorpus(handoffs);
  const consolidations = findConsolidations(handoffs);
  const byPath = new Map(corpus.features.map((f) => [f.path, f]));

  // Only open work can be a duplicate. Members of a recorded consolidation are HG202's business.
  const eligible = corpus.features
    .filter(
      (f) =>
        f.open &&
        !f.doc.skipped &&
        !consolidations.selfMarked.has(f.path) &&
        !consolidations.memberOf.has(f.path),
    )
    .map((f) => f.i);

  const cache = new Map<number, PairEvidence>();
  const n = corpus.features.length;
  const evidence = (a: number, b: number): PairEvidence => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const key = x * n + y;
    let e = cache.get(key);
    if (!e) {
      e = scorePair(corpus, corpus.features[x]!, corpus.features[y]!, window);
      cache.set(key, e);
    }
    return e;
  };

  const edges: PairEvidence[] = [];
  const bodies = new DenseCosine(corpus.tokenId.size);
  const pairs = candidatePairs(corpus, eligible);
  for (let k = 0; k < pairs.length; k += 2) {
    const a = pairs[k]!;
    const b = pairs[k + 1]!;
    const fa = corpus.features[a]!;
    const fb = corpus.features[b]!;
    if (sameConsolidation(consolidations, fa.path, fb.path)) continue;
    // Pairs that are not both anchored and worded score at most 0.45: skip the full comparison.
    if (threshold > 0.45 && !mayBeDuplicate(corpus, fa, fb, bodies)) continue;
    const e = evidence(a, b);
    if (e.score >= threshold) edges.push(e);
  }
  edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  // Union-find over clusters, with the complete-linkage check before each merge.
  const clusterOf = new Map<number, number[]>();
  for (const e of edges) {
    const ca = clusterOf.get(e.a) ?? [e.a];
    const cb = clusterOf.get(e.b) ?? [e.b];
    if (ca === cb) continue;
    if (
      !canMerge(ca, cb, threshold, evidence, (x, y) =>
        sameConsolidation(consolidations, corpus.features[x]!.path, corpus.features[y]!.path),
      )
    )
      continue;
    const merged = [...ca, ...cb];
    for (const i of merged) clusterOf.set(i, merged);
  }

  const seen = new Set<number[]>();
  const groups: DuplicateGroup[] = [];
  for (const cluster of clusterOf.values()) {
    if (seen.has(cluster) || cluster.length < 2) continue;
    seen.add(cluster);
    const members = cluster.map((i) => corpus.features[i]!).sort(earliestFirst);
    const pairs: PairEvidence[] = [];
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) pairs.push(evidence(members[x]!.i, members[y]!.i));
    }
    const scores = pairs.map((p) => p.score);
    groups.push({
      key: groupKey(members.map((m) => m.doc)),
      members: members.map((m) => m.path),
      score: round(scores.reduce((s, v) => s + v, 0) / scores.length),
      minScore: round(Math.min(...scores)),
      evidence: describeGroup(corpus, members, pairs),
      pairs,
    });
  }
  groups.sort(
    (a, b) => b.members.length - a.members.length || b.score - a.score || cmp(a.members[0]!, b.members[0]!),
  );

  return {
    groups,
    consolidations,
    corpus,
    pair(a, b) {
      const fa = byPath.get(a);
      const fb = byPath.get(b);
      return fa && fb && fa !== fb ? evidence(fa.i, fb.i) : null;
    },
    features: (path) => byPath.get(path),
  };
}

/**
 * Complete linkage with one allowance: a cross pair below the floor may stay if it is
 * compatible (same or unknown action, same or unknown assignee, no conflict of any kind, some
 * evidence) and most cross pairs are close. Real duplicates are not all alike pairwise: one
 * names the file, another only "the Gemini patches", and both match the third strongly.
 */
function canMerge(
  ca: readonly number[],
  cb: readonly number[],
  threshold: number,
  evidence: (a: number, b: number) => PairEvidence,
  consolidated: (a: number, b: number) => boolean,
): boolean {
  const floor = threshold - 0.15;
  let close = 0;
  let total = 0;
  for (const x of ca) {
    for (const y of cb) {
      if (consolidated(x, y)) return false;
      const e = evidence(x, y);
      total++;
      // Close, unless the two say outright that they are different work: tests of a rule and the
      // rule, or one that names the other as what it follows or sets apart.
      if (e.score >= floor && !saysDifferent(e)) {
        close++;
        continue;
      }
      if (!compatible(e)) return false;
    }
  }
  return close * 2 >= total;
}

function saysDifferent(e: PairEvidence): boolean {
  return (e.action === "different" || e.action === "conflict") && (e.linked || e.separatedBy !== null);
}

function compatible(e: PairEvidence): boolean {
  if (e.action !== "same" && e.action !== "unknown") return false;
  if (
    e.instanceConflict ||
    e.kindConflict ||
    e.intentConflict ||
    e.titleContradiction ||
    e.linked ||
    e.separatedBy ||
    e.batchBy ||
    e.titleOnly
  )
    return false;
  if (e.differentAssignees) return false;
  return e.score >= 0.2;
}

/**
 * The group key: a hash of the earliest member's identity (its `id`, else its path), earliest by
 * created date then path. Chosen over a hash of all member paths because groups grow: a sixth
 * re-issue of the same task arrives later than the first, so the earliest member (and the key,
 * and the consolidated issue it finds by marker) stays the same while the member list changes.
 * It changes only if the earliest handoff is renamed or leaves the group.
 */
export function groupKey(members: readonly AnalyzedDocument[]): string {
  const created = (d: AnalyzedDocument) =>
    d.metadata.created ??
    datesIn(d.path.slice(d.path.lastIndexOf("/") + 1))[0] ??
    datesIn(d.title)[0] ??
    "9999";
  const earliest = [...members].sort((a, b) => cmp(created(a), created(b)) || cmp(a.path, b.path))[0];
  if (!earliest) return "hg-empty";
  return `hg-${stableHash(earliest.metadata.id ?? earliest.path).slice(0, 12)}`;
}

function earliestFirst(a: HandoffFeatures, b: HandoffFeatures): number {
  return cmp(a.created ?? "9999", b.created ?? "9999") || cmp(a.path, b.path);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

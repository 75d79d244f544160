// Evidence between two handoffs and one calibrated score in [0,1].
//
// The score is a logistic combination: each kind of evidence adds or subtracts log-odds. Weights
// were set by reasoning about the failure modes, not fitted to one corpus:
//   - a shared rare file alone is not enough (one person gets several tasks on one file);
//   - similar wording alone is not enough (templates, generated reports);
//   - a different action on the same file ("create" vs "deploy", skeleton vs implementation),
//     a different instance of a series (Phase 1 vs Phase 2, two daily reports) or a report vs a
//     task is strong evidence against;
// so a pair crosses the default threshold (0.6) only with agreeing evidence of two kinds.

import { KNOWN_EXTENSIONS } from "../references/extensions.js";
import { type Action, actionRelation, markersConflict } from "./actions.js";
import type { AcceptanceItem, Corpus, HandoffFeatures } from "./features.js";
import { cosine, type DenseCosine, hasId, ITSELF, isAgentName } from "./features.js";
import { ANCHOR_TITLE, BODY_ANCHOR, BODY_MIN_TERMS, PATH_ANCHOR, RARE_ANCHOR } from "./rare.js";
import { daysBetween, tokenOf } from "./text.js";
import {
  codeNameSlot,
  fileSlot,
  labelledInstances,
  labelledSiblings,
  oneSlot,
  pathSlot,
  qualifiedSlot,
  variantSlot,
} from "./variants.js";

export interface SharedPath {
  key: string;
  display: string;
  found: boolean;
  weight: number;
}

export interface PairEvidence {
  a: number;
  b: number;
  score: number;
  sharedPaths: SharedPath[];
  pathScore: number;
  titleSim: number;
  bodySim: number;
  itemScore: number;
  /** Words only these two handoffs (or one more) use, weighted: 1 each for two, 0.5 for three. */
  rareShared: number;
  rareWords: string[];
  sharedItems: [AcceptanceItem, AcceptanceItem][];
  sameAssignee: string | null;
  differentAssignees: boolean;
  dueDays: number | null;
  createdDays: number | null;
  sharedWikilinks: string[];
  action: "same" | "different" | "conflict" | "unknown";
  sharedAction: Action | null;
  /** One asks to create the shared file, the other relies on it existing. */
  intentConflict: boolean;
  /** "phase 1 vs 2", "different dates in report titles". */
  instanceConflict: string | null;
  /** A report and a task. */
  kindConflict: boolean;
  /** Both are reports: they describe what happened, not work to do. */
  bothReports: boolean;
  /** Titles from one template that differ in one slot ("/health/api" vs "/health/db"). */
  siblingTitles: string | null;
  /** Each title names something specific the other document never mentions. */
  titleContradiction: boolean;
  /** One handoff mentions the other (a follow-up or a parent), which is a relation, not a copy. */
  linked: boolean;
  /**
   * The person (not an agent) who filed both, for the same assignee within a day, under titles
   * that differ: one batch of separate tasks.
   */
  batchBy: string | null;
  /**
   * Alike in title only: both name files and share none, and both say enough for their bodies to
   * count, yet say different things ("Fix station latency alert": the threshold in a Prometheus
   * rule; "Fix station-latency alerts": the Slack formatter). The title then anchors nothing.
   */
  titleOnly: boolean;
  /**
   * One of the two says the other's work is separate ("The debit/credit sign handling (separate
   * handoff, 13 Mar)", "after the Spring Boot upgrade (two handoffs exist for that)"): the path of
   * the handoff that says so.
   */
  separatedBy: string | null;
}

/** Log-odds contributions. Exported for the documentation and for tests that pin the behaviour. */
export const WEIGHTS = {
  bias: -3.8,
  path: 2.6,
  title: 3.0,
  body: 3.6,
  items: 2.4,
  rare: 1.2,
  bodyAgrees: 1.0,
  sameAssignee: 0.7,
  differentAssignees: -0.4,
  datesClose: 0.4,
  datesFar: -0.8,
  wikilinks: 0.3,
  sameAction: 0.5,
  actionDifferent: -1.0,
  actionConflict: -5.0,
  intentConflict: -1.5,
  instanceConflict: -4.0,
  kindConflict: -2.5,
  bothReports: -2.5,
  siblingTitles: -3.5,
  titleContradiction: 0,
  linked: -1.5,
  batch: -3.5,
} as const;

/** Highest score of two handoffs one person filed together (see `batchAuthor`). */
const BATCH_CAP = 0.3;

/** Something concrete in common: any one of these (or rare words, or a body that stands). */
const ANCHOR = { path: PATH_ANCHOR, items: 0.3, title: ANCHOR_TITLE } as const;

/**
 * The same subject in words: any one of these. A body counts from 0.33: below that, two
 * handoffs that share a file and its context but change it in different ways (a volume limit and
 * a cold-chain rule in one `capacity.py`) look alike; across six labelled sets no true pair whose
 * title and checklist did not already agree had a body below 0.35.
 */
const WORDED = { title: 0.3, body: 0.33, items: 0.5 } as const;

export function scorePair(
  corpus: Corpus,
  fa: HandoffFeatures,
  fb: HandoffFeatures,
  windowDays: number,
): PairEvidence {
  // Shared paths, weighted by rarity; overlap against the smaller side so a 200-line assessment
  // that mentions thirty files still matches a three-line task about one of them.
  const sharedPaths: SharedPath[] = [];
  let totalA = 0;
  let totalB = 0;
  for (const key of fa.paths.keys()) totalA += corpus.pathWeight(key);
  for (const key of fb.paths.keys()) totalB += corpus.pathWeight(key);
  let sharedWeight = 0;
  const [small, large] = fa.paths.size <= fb.paths.size ? [fa, fb] : [fb, fa];
  for (const [key, m] of small.paths) {
    if (!large.paths.has(key)) continue;
    const weight = corpus.pathWeight(key);
    sharedWeight += weight;
    const other = large.paths.get(key)!;
    sharedPaths.push({
      key,
      display: m.found ? m.display : longer(m.display, other.display),
      found: m.found,
      weight,
    });
  }
  sharedPaths.sort((x, y) => y.weight - x.weight || x.key.localeCompare(y.key));
  const best = sharedPaths[0]?.weight ?? 0;
  const overlap = sharedWeight > 0 ? sharedWeight / Math.max(1e-9, Math.min(totalA, totalB)) : 0;
  const pathScore = Math.min(1, overlap) * best;

  const titleSim = titleSimilarity(corpus, fa, fb);
  const bodySim = cosine(fa.bodyVec, fb.bodyVec);
  const bodyStands = bodyEvidence(fa, fb, bodySim);

  const { score: itemScore, shared: sharedItems } = itemOverlap(corpus, fa.items, fb.items);
  const { score: rareShared, words: rareWords } = rareOverlap(corpus, fa, fb);

  let sameAssignee: string | null = null;
  for (const n of fa.assignees) if (fb.assignees.has(n)) sameAssignee = n;
  const differentAssignees = sameAssignee === null && fa.assignees.size > 0 && fb.assignees.size > 0;

  const dueDays = daysBetween(fa.due, fb.due);
  const createdDays = daysBetween(fa.created, fb.created);
  const known = [dueDays, createdDays].filter((d): d is number => d !== null);
  const datesClose = known.some((d) => d <= windowDays);
  const datesFar = known.length > 0 && known.every((d) => d > 3 * Math.max(1, windowDays));

  const sharedWikilinks = [...fa.wikilinks].filter((w) => fb.wikilinks.has(w));
  const wikiSim = sharedWikilinks.length / Math.max(1, Math.min(fa.wikilinks.size, fb.wikilinks.size));

  const action = actionRelation(fa.actions, fb.actions);
  const sharedAction = action === "same" ? (fa.actions[0] ?? null) : null;

  const top = sharedPaths[0];
  // Only when the titles do not already agree on the action: a duplicate "create X" may mention
  // X as existing elsewhere in its text, and the parser's reading of one sentence is not the task.
  const intentConflict = top && action !== "same" ? intentsConflict(fa, fb, top.key) : false;

  let instanceConflict = markersConflict(fa.markers, fb.markers);
  // An agent's session notes ("Codex session handoff — 2024-09-09") are one per session: dated like
  // reports, though they may ask for work as a task does.
  const dated = (f: HandoffFeatures) => (f.report || SESSION.test(f.doc.title)) && f.titleDates.length > 0;
  if (!instanceConflict && dated(fa) && dated(fb)) {
    if (!fa.titleDates.some((d) => fb.titleDates.includes(d)))
      instanceConflict =
        fa.report && fb.report ? "reports of different dates" : "sessions of different dates";
  }
  // "ViT-B/16" and "ViT-S/16", "10% labels" and "1% labels": one experiment run per value.
  if (!instanceConflict) {
    const slot = variantSlot(fa.doc.title, fb.doc.title) ?? pathSlot(fa.doc.title, fb.doc.title);
    if (slot) instanceConflict = `variants ${slot}`;
  }
  // "Lakeshore: build the MDM channel" and "Westmere: build the MDM channel": one site each.
  if (!instanceConflict) {
    const says = (f: HandoffFeatures) => (word: string) => {
      const id = corpus.tokenId.get(word);
      return id !== undefined && hasId(f.vocabulary, id) && !onlyInContrast(f.doc.title, f.doc.body, word);
    };
    const labels = labelledInstances(fa.doc.title, fb.doc.title, says(fa), says(fb));
    if (labels) instanceConflict = `instances ${labels}`;
    // "test_solve_batched_jax-handoff.md" and "…_torch-handoff.md": one instance per file.
    const titles = (f: HandoffFeatures) => [f.doc.title, f.doc.metadata.title ?? ""];
    const texts = (f: HandoffFeatures) => `${f.doc.title}\n${f.doc.body}`;
    const files = labels
      ? null
      : fileSlot(fa.path, fb.path, titles(fa), titles(fb), isAgentName, texts(fa), texts(fb));
    // (Years name editions: a handoff may well mention last year's.) A two-word name is named
    // only by both its words.
    const year = files !== null && /^\d+$/.test(files[0]);
    const namesAll = (f: HandoffFeatures, name: string) => name.split(" ").every((w) => says(f)(tokenOf(w)));
    if (files && (year || (!namesAll(fa, files[1]) && !namesAll(fb, files[0]))))
      instanceConflict = `instances ${files[0]} vs ${files[1]}`;
    // "… cannot read RAW.SALESFORCE" and "… no SELECT on new RAW.HUBSPOT tables": one schema each.
    const names = instanceConflict ? null : qualifiedSlot(fa.doc.title, fb.doc.title, isKnownExtension);
    if (names && !says(fa)(tokenOf(names[1])) && !says(fb)(tokenOf(names[0])))
      instanceConflict = `instances ${names[0]} vs ${names[1]}`;
    // "ADT_TO_SUNQUEST_RV" and "ADT_TO_SUNQUEST_SA": each title names its own channel.
    const codes = instanceConflict ? null : codeNameSlot(fa.doc.title, fb.doc.title);
    if (codes) instanceConflict = `instances ${codes[0]} vs ${codes[1]}`;
  }
  const kindConflict = fa.report !== fb.report;
  const bothReports = fa.report && fb.report;
  const siblings = siblingTitles(fa.titleSeq, fb.titleSeq) ?? labelledSiblings(fa.doc.title, fb.doc.title);
  const titleContradiction = contradicts(corpus, fa, fb) && contradicts(corpus, fb, fa);
  const linked = fa.mentionsHandoffs.has(fb.path) || fb.mentionsHandoffs.has(fa.path);
  const batchBy = sameAssignee && titlesDiffer(fa, fb) ? batchAuthor(fa, fb, createdDays) : null;
  const separatedBy = separates(corpus, fa, fb) ? fa.path : separates(corpus, fb, fa) ? fb.path : null;
  const titleOnly =
    sharedPaths.length === 0 &&
    fa.paths.size > 0 &&
    fb.paths.size > 0 &&
    longBodies(fa, fb) &&
    bodySim < WORDED.body;

  const W = WEIGHTS;
  let z = W.bias;
  z += W.path * pathScore + W.title * titleSim + W.body * bodySim + W.items * itemScore;
  z += W.rare * Math.min(1, rareShared / RARE_ANCHOR);
  if (sameAssignee) z += W.sameAssignee;
  if (differentAssignees) z += W.differentAssignees;
  if (datesClose) z += W.datesClose;
  if (datesFar) z += W.datesFar;
  z += W.wikilinks * Math.min(1, wikiSim);
  if (action === "same") z += W.sameAction;
  if (action === "different") z += W.actionDifferent;
  if (action === "conflict") z += W.actionConflict;
  if (intentConflict) z += W.intentConflict;
  if (instanceConflict) z += W.instanceConflict;
  if (kindConflict) z += W.kindConflict;
  if (bothReports) z += W.bothReports;
  if (siblings) z += W.siblingTitles;
  if (titleContradiction) z += W.titleContradiction;
  if (linked) z += W.linked;
  if (batchBy) z += W.batch;
  if (separatedBy) z += W.linked;
  // A body about the same subject with nothing at all against it: same or unnamed action, same
  // or unknown assignee, no conflict of any kind. Paraphrased re-filings look exactly like this.
  if (
    bodyStands &&
    (action === "same" || action === "unknown") &&
    !differentAssignees &&
    !intentConflict &&
    !instanceConflict &&
    !kindConflict &&
    !bothReports &&
    !siblings &&
    !linked &&
    !batchBy &&
    !separatedBy
  )
    z += W.bodyAgrees;
  let score = 1 / (1 + Math.exp(-z));
  // Two kinds of evidence must agree: something concrete in common (a rare file, a checklist,
  // nearly the same title) and the same subject in words. Wording alone is a template.
  // A body about the same subject (cosine >= BODY_ANCHOR over TF-IDF of content words, after the
  // thesaurus) anchors too: paraphrases share neither files nor titles, but their problem
  // statements name the same services, symptoms and numbers.
  const anchored =
    pathScore >= ANCHOR.path ||
    itemScore >= ANCHOR.items ||
    (titleSim >= ANCHOR.title && !titleOnly) ||
    rareShared >= RARE_ANCHOR ||
    bodyStands;
  // Titles that each name something the other never mentions agree only on where the work is
  // (the screen, the queue, the endpoint their shared words name), not on what it is: two fixes
  // to one file ("idempotency key for the upload", "thumbnails for the upload"). Only the body or
  // the checklist can then say the subject is the same.
  const worded =
    (titleSim >= WORDED.title && !titleContradiction && !titleOnly) ||
    bodySim >= WORDED.body ||
    itemScore >= WORDED.items;
  if (!anchored || !worded) score = Math.min(score, 0.45);
  // Two runs of one recurring job (January and February, phase 1 and phase 2) are never the same
  // work, however alike their text: the template makes them identical but for the instance.
  // Capped below the grouping's linkage floor, so a third handoff like both cannot join the two.
  if (instanceConflict) score = Math.min(score, BATCH_CAP);
  // One person's batch is separate tasks however alike the template makes them. Capped below the
  // grouping's linkage floor (threshold - 0.15) too, so a third handoff cannot join the two.
  if (batchBy) score = Math.min(score, BATCH_CAP);
  // An author who says the other work is separate knew of it and told them apart.
  if (separatedBy) score = Math.min(score, BATCH_CAP);

  return {
    a: fa.i,
    b: fb.i,
    score,
    sharedPaths,
    pathScore,
    titleSim,
    bodySim,
    itemScore,
    rareShared,
    rareWords,
    sharedItems,
    sameAssignee,
    differentAssignees,
    dueDays,
    createdDays,
    sharedWikilinks,
    action,
    sharedAction,
    intentConflict,
    instanceConflict,
    kindConflict,
    bothReports,
    siblingTitles: siblings,
    titleContradiction,
    linked,
    batchBy,
    titleOnly,
    separatedBy,
  };
}

/**
 * An author who files two handoffs for one assignee on the same day knows what they wrote: under
 * titles that differ, those are separate tasks of one batch (rotate this key, rotate that one;
 * document `/v1/alerts`, document `/v1/fleets`; raise the timeout, add tests for it). A person
 * remembers the next day too. An agent only within the day: a new session does not remember the
 * last one, and the seed's duplicates are exactly that (claude filed "Deploy Gemini patches" on the
 * 17th and "Deploy api_healer.py" on the 18th, both for russell).
 */
function batchAuthor(fa: HandoffFeatures, fb: HandoffFeatures, createdDays: number | null): string | null {
  if (createdDays === null || createdDays > 1) return null;
  for (const name of fa.authors) {
    if (!fb.authors.has(name)) continue;
    if (createdDays === 0 || !isAgentName(name)) return name;
  }
  return null;
}

/**
 * Each title names something the other does not: "alerts" against "fleets". A re-issue that only
 * adds a word ("Deploy X" and "Deploy X again") or repeats the title is not a different task.
 */
function titlesDiffer(fa: HandoffFeatures, fb: HandoffFeatures): boolean {
  const own = (x: readonly string[], y: readonly string[]) => x.some((w) => !y.includes(w));
  return own(fa.titleSeq, fb.titleSeq) && own(fb.titleSeq, fa.titleSeq);
}

/**
 * Cosine of the titles, except between two titles that each come down to one word most handoffs
 * share: "npm-owner" and "npm-version" are both just "npm" once "owner" and "version" (metadata
 * words) are set aside, and one common word says nothing about the work.
 */
function titleSimilarity(corpus: Corpus, fa: HandoffFeatures, fb: HandoffFeatures): number {
  if (commonWordTitle(corpus, fa) && commonWordTitle(corpus, fb)) return 0;
  return cosine(fa.titleVec, fb.titleVec);
}

function commonWordTitle(corpus: Corpus, f: HandoffFeatures): boolean {
  if (f.titleVec.ids.length !== 1) return false;
  const df = corpus.tokenDf[f.titleVec.ids[0] ?? 0] ?? 0;
  return df > Math.max(2, COMMON_TITLE_SHARE * corpus.n);
}

/** A title word in more than this share of the handoffs is common. */
const COMMON_TITLE_SHARE = 0.1;

/**
 * Shared path weight over the smaller side's total, times the rarest shared path's weight.
 * Overlap against the smaller side so a 200-line assessment that mentions thirty files still
 * matches a three-line task about one of them.
 */
function pathOverlap(fa: HandoffFeatures, fb: HandoffFeatures): number {
  const small = fa.paths.size <= fb.paths.size ? fa : fb;
  const large = small === fa ? fb : fa;
  // Handoffs name a few paths each: a scan of the larger list beats any index.
  const ids = small.pathIds;
  const others = large.pathIds;
  let shared = 0;
  let best = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    let found = false;
    for (let j = 0; j < others.length; j++) {
      if (others[j] === id) {
        found = true;
        break;
      }
    }
    if (!found) continue;
    const w = small.pathIdWeights[k]!;
    shared += w;
    if (w > best) best = w;
  }
  if (shared === 0) return 0;
  return Math.min(1, shared / Math.max(1e-9, Math.min(fa.pathTotal, fb.pathTotal))) * best;
}

/**
 * A cheap upper bound: false when the pair cannot pass the rule at the end of `scorePair` (anchored
 * and worded), and so cannot score above 0.45. Used to skip most candidate pairs in large
 * repositories: most pairs that share a file or a rare word are about different work. Each
 * measure is the one `scorePair` takes, bit for bit; the costly ones (items, the body cosine
 * through `bodies`, which keeps `fa`'s body spread out for the next pair with the same `fa`) are
 * computed only when the cheaper ones do not decide.
 */
export function mayBeDuplicate(
  corpus: Corpus,
  fa: HandoffFeatures,
  fb: HandoffFeatures,
  bodies: DenseCosine,
): boolean {
  const titleSim = titleSimilarity(corpus, fa, fb);
  let itemScore = -1; // -1: not computed (both measures are >= 0)
  let bodySim = -1;
  let anchored =
    pathOverlap(fa, fb) >= ANCHOR.path ||
    rareScore(corpus, fa.rareIds, fb.rareIds) >= RARE_ANCHOR ||
    titleSim >= ANCHOR.title;
  // Two items can only match (Jaccard >= 0.75, two words or more) if they share two words.
  if (!anchored && sharedCount(fa.itemVocabulary, fb.itemVocabulary, 2) >= 2) {
    itemScore = itemOverlapScore(corpus, fa.items, fb.items);
    anchored = itemScore >= ANCHOR.items;
  }
  if (!anchored && longBodies(fa, fb)) {
    bodySim = bodies.cosine(fa.bodyVec, fb.bodyVec);
    anchored = bodyEvidence(fa, fb, bodySim);
  }
  if (!anchored) return false;

  if (titleSim >= WORDED.title) return true;
  if (bodySim < 0) bodySim = bodies.cosine(fa.bodyVec, fb.bodyVec);
  if (bodySim >= WORDED.body) return true;
  // Items that match share a word at least (distinct ids: "retry retry" is one).
  if (sharedCount(fa.itemVocabulary, fb.itemVocabulary, 1) < 1) return false;
  if (itemScore < 0) itemScore = itemOverlapScore(corpus, fa.items, fb.items);
  return itemScore >= WORDED.items;
}

/**
 * Words the two handoffs share that (almost) no other handoff uses: an error string, a function
 * name, a service, a number ("q422", "executorlockmanager"). A word only these two use weighs 1,
 * one a third handoff also uses weighs 0.5. Short words and the handoffs' own names do not count.
 */
export function rareOverlap(
  corpus: Corpus,
  fa: HandoffFeatures,
  fb: HandoffFeatures,
): { score: number; words: string[] } {
  const score = rareScore(corpus, fa.rareIds, fb.rareIds);
  if (score === 0) return { score: 0, words: [] };
  const words: string[] = [];
  forShared(fa.rareIds, fb.rareIds, (id) => words.push(corpus.tokenWord(id)));
  return { score, words };
}

/** The score of `rareOverlap` alone, without collecting the words. */
function rareScore(corpus: Corpus, a: Int32Array, b: Int32Array): number {
  let score = 0;
  forShared(a, b, (id) => {
    score += corpus.tokenDf[id]! <= 2 ? 1 : 0.5;
  });
  return score;
}

/** Calls `visit` with each id two sorted, distinct lists share, in ascending order. */
function forShared(a: Int32Array, b: Int32Array, visit: (id: number) => void): void {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      visit(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
}

function longer(a: string, b: string): string {
  return b.length > a.length ? b : a;
}

/** Checklist items both handoffs ask for (same words, or nearly), weighted by rarity. */
export function itemOverlap(
  corpus: Corpus,
  a: readonly AcceptanceItem[],
  b: readonly AcceptanceItem[],
): { score: number; shared: [AcceptanceItem, AcceptanceItem][] } {
  const shared: [AcceptanceItem, AcceptanceItem][] = [];
  const score = matchItems(corpus, a, b, (x, y) => shared.push([x, y]));
  return { score, shared };
}

/** `itemOverlap(...).score` alone: run for thousands of candidate pairs, it allocates nothing. */
export function itemOverlapScore(
  corpus: Corpus,
  a: readonly AcceptanceItem[],
  b: readonly AcceptanceItem[],
): number {
  return matchItems(corpus, a, b, null);
}

/** Which of the second list's items are taken (reused across calls: no array per pair). */
let usedItems = new Uint8Array(64);

/** Matches each item of `a` to its most similar free item of `b`, and scores the matches. */
function matchItems(
  corpus: Corpus,
  a: readonly AcceptanceItem[],
  b: readonly AcceptanceItem[],
  onMatch: ((x: AcceptanceItem, y: AcceptanceItem) => void) | null,
): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (usedItems.length < b.length) usedItems = new Uint8Array(2 * b.length);
  const used = usedItems;
  used.fill(0, 0, b.length);
  let shared = 0;
  let weight = 0;
  for (const x of a) {
    let bestK = -1;
    let bestSim = 0;
    for (let k = 0; k < b.length; k++) {
      if (used[k]) continue;
      const y = b[k]!;
      const sim = x.norm === y.norm ? 1 : sortedJaccard(x.ids, y.ids);
      if (sim > bestSim) {
        bestSim = sim;
        bestK = k;
      }
    }
    if (bestK >= 0 && bestSim >= 0.75) {
      used[bestK] = 1;
      shared++;
      onMatch?.(x, b[bestK]!);
      weight += corpus.itemWeight(x.norm) * bestSim;
    }
  }
  if (shared === 0) return 0;
  const confidence = Math.min(1, shared / 2);
  return Math.min(1, weight / Math.min(a.length, b.length)) * confidence;
}

/**
 * Two titles from one template that differ in one contiguous slot of at most two words, with at
 * least two words around it in common: "Add a /health/api endpoint" vs "Add a /health/db
 * endpoint", "Feature Report: Budget chart" vs "Feature Report: Meeting summaries". Siblings are
 * parallel tasks, not copies. Words sharing their first five letters count as equal
 * (postgres/postgresql), so a re-issue that rewords one word is not a sibling.
 */
export function siblingTitles(a: readonly string[], b: readonly string[]): string | null {
  const slot = oneSlot(
    a,
    b,
    (x, y) => x === y || (x.length >= 5 && y.length >= 5 && x.slice(0, 5) === y.slice(0, 5)),
  );
  return slot ? `${slot[0].join(" ")} vs ${slot[1].join(" ")}` : null;
}

function plansOnly(s: ReadonlySet<string>): boolean {
  return s.has("planned") && !s.has("exists") && !s.has("created");
}

function reliesOnly(s: ReadonlySet<string>): boolean {
  return (s.has("exists") || s.has("created")) && !s.has("planned");
}

function intentsConflict(fa: HandoffFeatures, fb: HandoffFeatures, key: string): boolean {
  const ia = fa.paths.get(key)?.intents;
  const ib = fb.paths.get(key)?.intents;
  if (!ia || !ib) return false;
  return (plansOnly(ia) && reliesOnly(ib)) || (plansOnly(ib) && reliesOnly(ia));
}

/**
 * `fa` says, in a sentence that calls something separate work ("separate handoff", "out of scope",
 * "two handoffs exist for that"), at least two words of `fb`'s title that its own title lacks, or
 * half of them when there are fewer: "Onboarding strings are a separate task" against "de-DE —
 * onboarding flow strings", whose only words that "German: paywall strings" lacks are "onboarding"
 * and "flow".
 */
function separates(corpus: Corpus, fa: HandoffFeatures, fb: HandoffFeatures): boolean {
  const said = fa.separateWords;
  if (said.size === 0) return false;
  for (const word of fb.titleSeq) if (said.has(`${ITSELF}${word}`)) return true;
  // "Once the export lands (separate task, @priya)": the other work's owner, named as such.
  for (const name of fb.assignees) if (said.has(name) && !fa.assignees.has(name)) return true;
  let shared = 0;
  let distinctive = 0;
  for (const word of fb.titleSeq) {
    // Amounts and numbers ("$19 → $24") are what a sentence about the other work leaves out.
    if (word.length < 3 || /\d/.test(word) || fa.titleSeq.includes(word)) continue;
    distinctive++;
    if (!said.has(word)) continue;
    if (corpus.tokenRarity(corpus.tokenId.get(word) ?? -1) < 0.5) continue;
    if (++shared >= 2) return true;
  }
  return shared >= 1 && 2 * shared >= distinctive;
}

const SESSION = /\bsession\b/i;

function isKnownExtension(ext: string): boolean {
  return KNOWN_EXTENSIONS.has(ext);
}

/**
 * "Same idea as Lakeshore, but for Westmere", "unlike the Pro plan", "same OTLP endpoint as
 * ingest": naming one to set it apart.
 */
const CONTRAST =
  /\b(?:but|unlike|instead of|same (?:\w+ ){0,3}as|like|as (?:we did |done |was done )?(?:for|with|in|on)|mirrors?|copy of)\b/i;

/**
 * Every line of a handoff that names `word` (a token; matched as a word start) sets it apart:
 * the handoff names the other instance only to compare. When no line names it as written (the
 * token is a stem or a synonym), the handoff is taken to name it plainly.
 */
function onlyInContrast(title: string, body: string, word: string): boolean {
  const named = new RegExp(`\\b${word.replace(/[^a-z0-9]/g, "")}`, "i");
  let found = false;
  for (const line of `${title}\n${body}`.split("\n")) {
    if (!named.test(line)) continue;
    if (!CONTRAST.test(line)) return false;
    found = true;
  }
  return found;
}

/** `fa`'s title names a rare, specific word that `fb` never uses anywhere. */
function contradicts(corpus: Corpus, fa: HandoffFeatures, fb: HandoffFeatures): boolean {
  for (const word of fa.titleWords) {
    const id = corpus.tokenId.get(word);
    if (id === undefined || word.length < 4) continue;
    if (corpus.tokenRarity(id) < 0.85 || corpus.tokenDf[id]! < 1) continue;
    if (!hasId(fb.vocabulary, id)) return true;
  }
  return false;
}

/** How many ids two sorted lists share, counting no further than `enough`. */
function sharedCount(a: Int32Array, b: Int32Array, enough: number): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length && shared < enough) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** Jaccard similarity of two sorted, distinct id lists. */
function sortedJaccard(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** Body similarity stands as evidence on its own only between bodies long enough to measure. */
function bodyEvidence(fa: HandoffFeatures, fb: HandoffFeatures, bodySim: number): boolean {
  return bodySim >= BODY_ANCHOR && longBodies(fa, fb);
}

function longBodies(fa: HandoffFeatures, fb: HandoffFeatures): boolean {
  return fa.bodyVec.ids.length >= BODY_MIN_TERMS && fb.bodyVec.ids.length >= BODY_MIN_TERMS;
}

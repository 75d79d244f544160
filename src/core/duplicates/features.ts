// Per-handoff features, computed once, and the corpus statistics (document frequencies) that turn
// shared words and paths into evidence: a path or word most handoffs mention proves nothing.

import { PROJECT_FILES } from "../references/extensions.js";
import type { AnalyzedDocument } from "../rules/rule.js";
import type { ChecklistItem, Intent } from "../types.js";
import {
  type Action,
  actionsOf,
  frontMatterMarkers,
  isReport,
  namedInstances,
  sequenceMarkers,
} from "./actions.js";
import { nameIndex } from "./consolidations.js";
import { RARE_DF, RARE_SHARE } from "./rare.js";
import { datesIn, forEachContentRange, normalizeItem, tokenOf, tokens } from "./text.js";
import { IdList, MONEY_OR_PERCENT, WordIds } from "./word-ids.js";

export interface PathMention {
  /** Canonical key: the resolved path when found, else the written path (bare name for phantoms). */
  key: string;
  /** How to show it: the resolved path, or the path as written. */
  display: string;
  found: boolean;
  intents: Set<Intent>;
}

export interface AcceptanceItem {
  item: ChecklistItem;
  norm: string;
  words: string[];
  /** Sorted distinct token ids of `words`, for fast set comparisons. */
  ids: Int32Array;
}

/** A sparse vector over token ids, sorted by id, L2-normalised. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface HandoffFeatures {
  i: number;
  doc: AnalyzedDocument;
  path: string;
  open: boolean;
  /** Title words plus file-name words, without people's names. */
  titleWords: string[];
  /** The title's own words in order (no file name), for spotting sibling titles. */
  titleSeq: string[];
  titleVec: SparseVector;
  bodyVec: SparseVector;
  /**
   * Every content token id of title and body, sorted and distinct, for "does the other document
   * mention this at all" (see `hasId`).
   */
  vocabulary: Int32Array;
  /** Sorted ids of the rare words in `vocabulary` (see `rareOverlap` in score.ts). */
  rareIds: Int32Array;
  paths: Map<string, PathMention>;
  /** Evidence weight of each path key (see `Corpus.pathWeight`), and their sum. */
  pathWeights: Map<string, number>;
  pathTotal: number;
  /**
   * The same paths as corpus-wide ids, in `pathWeights` order, with their weights: comparing two
   * handoffs' paths (`pathOverlap`, once per candidate pair) then needs no string hashing and no
   * entry arrays from iterating a Map.
   */
  pathIds: Int32Array;
  pathIdWeights: Float64Array;
  /** Other handoffs this one mentions (a follow-up, a parent): a relation, not a duplicate. */
  mentionsHandoffs: Set<string>;
  actions: Action[];
  report: boolean;
  markers: Map<string, string>;
  titleDates: string[];
  assignees: Set<string>;
  /** Names of the author (`created_by`, `author`), lower-cased. */
  authors: Set<string>;
  created?: string;
  due?: string;
  items: AcceptanceItem[];
  /** Sorted distinct token ids over all items, for a cheap "could any items match" check. */
  itemVocabulary: Int32Array;
  wikilinks: Set<string>;
  /** The words of its sentences that call some work separate (see `separateWordsOf`). */
  separateWords: Set<string>;
}

export interface Corpus {
  features: HandoffFeatures[];
  /** Number of handoffs the statistics are over. */
  n: number;
  tokenId: Map<string, number>;
  tokenDf: Int32Array;
  /** The word of a token id. */
  tokenWord(id: number): string;
  pathDf: Map<string, number>;
  itemDf: Map<string, number>;
  /** Rarity of a token id in [0,1]. */
  tokenRarity(id: number): number;
  /** Evidence weight of a path key in [0,1]: rare, specific files weigh most. */
  pathWeight(key: string): number;
  itemWeight(norm: string): number;
}

/** File names every project has: sharing them says nothing about the work. */
const GENERIC_FILES =
  /^(readme(\.\w+)?|changelog(\.\w+)?|license(\.\w+)?|contributing\.md|package(-lock)?\.json|yarn\.lock|pnpm-lock\.yaml|requirements(-\w+)?\.txt|pyproject\.toml|setup\.(py|cfg)|__init__\.py|main\.(py|ts|js|go|rs)|app\.(py|ts|js)|index\.(ts|js|tsx|jsx|md|html)|config\.(py|ts|js|json|ya?ml)|settings\.py|utils?\.(py|ts|js)|\.env(\.\w+)?|dockerfile|docker-compose\.ya?ml|makefile|claude\.md|agents\.md|tsconfig\.json|\.gitignore|conftest\.py|cargo\.toml|go\.mod)$/i;

/**
 * A file name every project has, or an ecosystem's lockfile, manifest or settings file
 * (`.npmrc`, `npm-shrinkwrap.json`): two handoffs naming one says little about their work.
 */
function isGenericFile(name: string): boolean {
  return GENERIC_FILES.test(name) || PROJECT_FILES.has(name);
}

/** Names of agents that appear in titles as authors, not as subjects of work. */
const AGENT_NAMES = [
  "claude",
  "gemini",
  "grok",
  "gpt",
  "codex",
  "cursor",
  "copilot",
  "abacus",
  "devin",
  "aider",
];

/** An agent's name (`claude`, `codex`, …) rather than a person's. */
export function isAgentName(name: string): boolean {
  return AGENT_NAMES.includes(name);
}

export function isOpenStatus(doc: AnalyzedDocument): boolean {
  const s = doc.metadata.status;
  return s === undefined || s === "open" || s === "in_progress" || s === "blocked";
}

export function normalizeAssignee(raw: string | undefined): Set<string> {
  return new Set(assigneeNames(raw));
}

/**
 * The people named in an assignee field, lower-cased. A repository has few people and thousands
 * of handoffs naming them, so each distinct field is read once.
 */
function assigneeNames(raw: string | undefined): readonly string[] {
  if (!raw) return NO_NAMES;
  let names = assigneeCache.get(raw);
  if (names === undefined) {
    const out = new Set<string>();
    for (const part of raw.split(/[,;&/]|\band\b/i)) {
      const name = part
        .replace(/\([^)]*\)/g, " ")
        .replace(/<[^>]*>/g, " ")
        .replace(/@[\w.-]+\.\w+/g, " ")
        .replace(/^[\s@]+/, "")
        // "agent:kite", "bot/renovate": the agent's own name.
        .replace(/^(?:agent|ai|bot)\s*[:/]\s*@?/i, "")
        .trim()
        .toLowerCase()
        // "Tomás" in one handoff, "tomas" in another: one person.
        .normalize("NFD")
        .replace(/\p{M}+/gu, "")
        .split(/\s+/)[0];
      if (name && name.length > 1 && !NOBODY.has(name)) out.add(name);
    }
    names = [...out];
    if (assigneeCache.size > 10_000) assigneeCache.clear();
    assigneeCache.set(raw, names);
  }
  return names;
}

const NO_NAMES: readonly string[] = [];
/**
 * First words of an assignee field that name nobody in particular ("any agent (mobile)",
 * "whoever is on call", "next agent", "TBD"): two such handoffs are not assigned to different people.
 */
const NOBODY = new Set([
  "unassigned",
  "tbd",
  "tba",
  "none",
  "nobody",
  "any",
  "anyone",
  "anybody",
  "whoever",
  "someone",
  "somebody",
  "everyone",
  "all",
  "next",
  "open",
  "available",
  "team",
  "the",
  "whichever",
  // "agent:kite (prepared), needs human release captain": the rest asks for someone.
  "needs",
  "need",
  "requires",
  "waiting",
  "pending",
  "human",
  "help",
  "?",
  "-",
  "—",
]);
const assigneeCache = new Map<string, readonly string[]>();

export function buildCorpus(handoffs: readonly AnalyzedDocument[]): Corpus {
  const handoffPaths = new Set(handoffs.map((d) => d.path));
  // Built on first use: most repositories write no dependency keys.
  let handoffsByName: Map<string, string[]> | undefined;
  const byName = () => {
    handoffsByName ??= nameIndex(handoffs);
    return handoffsByName;
  };
  // People's names make every handoff for one person look alike; they are compared as metadata.
  const names = new Set<string>(AGENT_NAMES);
  for (const doc of handoffs) {
    for (const n of assigneeNames(doc.metadata.assignee)) names.add(n);
    for (const n of assigneeNames(doc.metadata.createdBy)) names.add(n);
  }

  const tokenId = new Map<string, number>();
  const tokenList: string[] = [];
  const dfCounts: number[] = [];
  const idOf = (t: string): number => {
    let id = tokenId.get(t);
    if (id === undefined) {
      id = tokenId.size;
      tokenId.set(t, id);
      tokenList.push(t);
      dfCounts.push(0);
    }
    return id;
  };

  const idsOf = (words: readonly string[]): Int32Array => {
    const ids = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) ids[k] = idOf(words[k]!);
    return ids;
  };

  // Words go from raw word to token id in one lookup (see WordIds): the title's and body's words
  // without people's names, as `tokens(text, names)` reads them; checklist items' words with
  // names, as `normalizeItem` reads a plain item.
  const bodyWords = new WordIds((word) => {
    const token = names.has(word) ? "" : tokenOf(word);
    return token === "" ? -1 : idOf(token);
  }, idOf);
  const itemWords = new WordIds((word) => {
    const token = tokenOf(word);
    return token === "" ? -1 : idOf(token);
  }, idOf);
  const scratch = new IdList();
  const wordsOf = (list: IdList): string[] => {
    const words: string[] = new Array(list.length);
    for (let k = 0; k < list.length; k++) words[k] = tokenList[list.data[k] ?? 0] ?? "";
    return words;
  };
  const bodyIdsOf = (body: string): Int32Array => {
    scratch.clear();
    // Most bodies never write "percent" or "dollar": their lines need no test for them.
    const moneyWords = MONEY_OR_PERCENT.test(body);
    forEachContentRange(
      body,
      (from, to) => bodyWords.readRange(body, from, to, scratch, moneyWords),
      (text) => bodyWords.read(text, scratch),
    );
    return scratch.copy();
  };
  /** The tokens of a title or file name, in order, as `tokens(text, names)` gives them. */
  const titleTokens = (text: string): string[] => {
    scratch.clear();
    bodyWords.read(text, scratch);
    return wordsOf(scratch);
  };
  /**
   * A checklist item's normal form and tokens, as `normalizeItem` gives them, and the tokens'
   * distinct ids, sorted.
   */
  const itemOf = (text: string): { norm: string; words: string[]; ids: Int32Array } => {
    // A plain item (no digits, brackets, camelCase or non-ASCII) has no numbers or quantities
    // for `normalizeItem` to keep apart: its words are all there is, and the word table has
    // already given their ids.
    // Digits go the long way even when glued to a word: `normalizeItem` drops quantity tokens
    // such as `q4`, which the word table would keep.
    scratch.clear();
    if (text.includes("(") || /\d/.test(text) || !itemWords.readPlain(text, scratch)) {
      const norm = normalizeItem(text);
      const words = norm.split(" ").filter(Boolean);
      scratch.clear();
      for (const w of words) scratch.push(idOf(w));
      return { norm, words, ids: sortedDistinctCopy(scratch) };
    }
    const words = wordsOf(scratch);
    return { norm: words.join(" "), words, ids: sortedDistinctCopy(scratch) };
  };

  // Token ids are handed out in first-seen order (title, body, then items, handoff by handoff):
  // vectors are sorted by id, so this order fixes the summation order of every cosine.
  const raw = handoffs.map((doc, i) => {
    // Title first, then file name: token ids are handed out in that order.
    const titleSeq = titleTokens(titleCore(doc.title));
    const fileWords = titleTokens(fileStem(doc.path));
    const titleWords = unique([...titleSeq, ...fileWords]);
    const titleIds = idsOf(titleWords).sort();
    const bodyIds = doc.skipped ? new Int32Array(0) : bodyIdsOf(doc.body).sort();
    const vocabulary = mergeDistinct(titleIds, bodyIds);
    for (let k = 0; k < vocabulary.length; k++) dfCounts[vocabulary[k]!]!++;
    const items = acceptanceItems(doc.checklist, itemOf);
    return { doc, i, titleWords, titleSeq, titleIds, bodyIds, vocabulary, items };
  });

  const n = handoffs.length;
  const tokenDf = Int32Array.from(dfCounts);
  const words: string[] = new Array(tokenId.size);
  for (const [w, id] of tokenId) words[id] = w;
  const idf = new Float64Array(tokenDf.length);
  for (let id = 0; id < idf.length; id++) idf[id] = Math.log((1 + n) / (1 + tokenDf[id]!)) + 1;

  const features: HandoffFeatures[] = raw.map(
    ({ doc, i, titleWords, titleSeq, titleIds, bodyIds, vocabulary, items }) => {
      const { paths, mentionsHandoffs } = pathMentions(doc, handoffPaths);
      for (const other of dependsOn(doc, byName)) if (other !== doc.path) mentionsHandoffs.add(other);
      return new Features(doc, i, {
        titleWords,
        titleSeq,
        titleVec: vectorize(titleIds, idf, false),
        bodyVec: vectorize(bodyIds, idf, true),
        vocabulary,
        rareIds: rareIdsOf(vocabulary, tokenDf, words, n),
        paths,
        mentionsHandoffs,
        items,
        itemVocabulary: itemVocabularyOf(items),
      });
    },
  );

  canonicalizeBareNames(features);
  addFrontMatterFiles(features);
  const separateCues = Int32Array.from(
    SEPARATE_CUE_WORDS.map((w) => tokenId.get(tokenOf(w)) ?? -1).filter((id) => id >= 0),
  );
  for (const f of features) (f as Features).separateCues = separateCues;

  const pathDf = new Map<string, number>();
  const itemDf = new Map<string, number>();
  for (const f of features) {
    for (const key of f.paths.keys()) pathDf.set(key, (pathDf.get(key) ?? 0) + 1);
    for (const norm of new Set(f.items.map((it) => it.norm))) itemDf.set(norm, (itemDf.get(norm) ?? 0) + 1);
  }

  // Rarity in [0,1]: 1 for something only two handoffs share, falling as more handoffs share it.
  // The square root keeps a five-way duplicate's shared file strong in a small repository.
  const rarity = (df: number): number => {
    if (n <= 2 || df <= 2) return 1;
    return Math.min(1, Math.sqrt(Math.log(1 + n / df) / Math.log(1 + n / 2)));
  };
  // In a large repository a file or checklist item in dozens of handoffs is shared
  // infrastructure, whatever fraction of the corpus that is: no one task is that often repeated.
  const specific = (df: number): number => (df <= 8 ? 1 : 1 / (1 + Math.log(df / 8)));
  const weightCache = new Map<string, number>();
  const pathWeight = (key: string): number => {
    let w = weightCache.get(key);
    if (w !== undefined) return w;
    const bare = key.replace(/\/$/, "");
    const df = pathDf.get(key) ?? 1;
    w = rarity(df) * specific(df);
    if (isGenericFile(bare.slice(bare.lastIndexOf("/") + 1))) w *= 0.3;
    if (key.endsWith("/")) w *= 0.5; // a folder is a neighbourhood, not a deliverable
    weightCache.set(key, w);
    return w;
  };
  const pathId = new Map<string, number>();
  for (const f of features) {
    const ids = new Int32Array(f.paths.size);
    const weights = new Float64Array(f.paths.size);
    let k = 0;
    for (const key of f.paths.keys()) {
      const w = pathWeight(key);
      f.pathWeights.set(key, w);
      f.pathTotal += w;
      let id = pathId.get(key);
      if (id === undefined) {
        id = pathId.size;
        pathId.set(key, id);
      }
      ids[k] = id;
      weights[k++] = w;
    }
    f.pathIds = ids;
    f.pathIdWeights = weights;
  }
  return {
    features,
    n,
    tokenId,
    tokenDf,
    tokenWord: (id) => words[id] ?? "",
    pathDf,
    itemDf,
    tokenRarity: (id) => rarity(tokenDf[id] ?? 1),
    pathWeight,
    itemWeight: (norm) => rarity(itemDf.get(norm) ?? 1) * specific(itemDf.get(norm) ?? 1),
  };
}

type EagerFeatures = Pick<
  HandoffFeatures,
  | "titleWords"
  | "titleSeq"
  | "titleVec"
  | "bodyVec"
  | "vocabulary"
  | "rareIds"
  | "paths"
  | "mentionsHandoffs"
  | "items"
  | "itemVocabulary"
>;

const NO_IDS = new Int32Array(0);
const NO_WEIGHTS = new Float64Array(0);

/**
 * One handoff's features. The signals only a full comparison reads (most handoffs never get one in
 * a large repository) are computed on first use, by getters on the prototype: a closure per
 * signal per handoff would be ten thousand more objects for the collector to trace.
 */
class Features implements HandoffFeatures {
  readonly path: string;
  readonly open: boolean;
  readonly titleWords: string[];
  readonly titleSeq: string[];
  readonly titleVec: SparseVector;
  readonly bodyVec: SparseVector;
  readonly vocabulary: Int32Array;
  readonly rareIds: Int32Array;
  readonly paths: Map<string, PathMention>;
  readonly pathWeights = new Map<string, number>();
  pathTotal = 0;
  pathIds: Int32Array = NO_IDS;
  pathIdWeights: Float64Array = NO_WEIGHTS;
  readonly mentionsHandoffs: Set<string>;
  readonly created: string | undefined;
  readonly due: string | undefined;
  readonly items: AcceptanceItem[];
  readonly itemVocabulary: Int32Array;
  private lazyActions: Action[] | undefined;
  private lazyReport: boolean | undefined;
  private lazyMarkers: Map<string, string> | undefined;
  private lazyTitleDates: string[] | undefined;
  private lazyAssignees: Set<string> | undefined;
  private lazyAuthors: Set<string> | undefined;
  private lazyWikilinks: Set<string> | undefined;
  private lazySeparate: Set<string> | undefined;
  /** Token ids of SEPARATE_CUE_WORDS in this corpus (one array shared by all handoffs). */
  separateCues: Int32Array = NO_IDS;

  constructor(
    readonly doc: AnalyzedDocument,
    readonly i: number,
    eager: EagerFeatures,
  ) {
    this.path = doc.path;
    this.open = isOpenStatus(doc);
    this.titleWords = eager.titleWords;
    this.titleSeq = eager.titleSeq;
    this.titleVec = eager.titleVec;
    this.bodyVec = eager.bodyVec;
    this.vocabulary = eager.vocabulary;
    this.rareIds = eager.rareIds;
    this.paths = eager.paths;
    this.mentionsHandoffs = eager.mentionsHandoffs;
    this.created = doc.metadata.created ?? datesIn(fileStem(doc.path))[0] ?? datesIn(doc.title)[0];
    this.due = doc.metadata.due;
    this.items = eager.items;
    this.itemVocabulary = eager.itemVocabulary;
  }

  get actions(): Action[] {
    this.lazyActions ??= actionsOf(titleCore(this.doc.title) || fileStem(this.doc.path));
    return this.lazyActions;
  }

  get report(): boolean {
    this.lazyReport ??= isReport(this.doc.title);
    return this.lazyReport;
  }

  get markers(): Map<string, string> {
    if (!this.lazyMarkers) {
      this.lazyMarkers = sequenceMarkers(this.doc.title);
      // The front matter's title may name the instance the heading leaves out ("Write user-guide
      // page: bigmem" under `title: User guide page for the bigmem partition`).
      const titled = this.doc.metadata.title;
      if (titled && titled !== this.doc.title)
        for (const [kind, name] of namedInstances(titled.toLowerCase()))
          if (!this.lazyMarkers.has(kind)) this.lazyMarkers.set(kind, name);
      for (const [kind, name] of frontMatterMarkers(this.doc.frontMatter)) this.lazyMarkers.set(kind, name);
    }
    return this.lazyMarkers;
  }

  get titleDates(): string[] {
    this.lazyTitleDates ??= datesIn(this.doc.title);
    return this.lazyTitleDates;
  }

  get assignees(): Set<string> {
    this.lazyAssignees ??= normalizeAssignee(this.doc.metadata.assignee);
    return this.lazyAssignees;
  }

  get authors(): Set<string> {
    this.lazyAuthors ??= new Set(assigneeNames(this.doc.metadata.createdBy));
    return this.lazyAuthors;
  }

  get wikilinks(): Set<string> {
    this.lazyWikilinks ??= new Set(this.doc.wikilinks.map((w) => w.toLowerCase()));
    return this.lazyWikilinks;
  }

  get separateWords(): Set<string> {
    this.lazySeparate ??= separateWordsOf(this.doc, this.vocabulary, this.separateCues);
    return this.lazySeparate;
  }
}

/**
 * Words that call other work separate: "(separate handoff, 13 Mar)", "not in scope", "tracked
 * elsewhere", "two handoffs exist for that", "not in the same PR".
 */
const SEPARATE_WORK =
  /\b(?:(?:another |separate |different |existing )(?:handoffs?|tickets?|tasks?|issues?|notes?|prs?)\b(?! (?:above|below))|(?:separate|different) (?:jobs?|pieces? of work)\b|not an? (?:dup|duplicate|copy|re-?file) of\b|not in scope|out of scope|(?:is|are) (?:an? )?separate|tracked (?:separately|elsewhere)|handoffs? exists? for|not in the same pr)\b/i;
/**
 * Every phrase of SEPARATE_WORK holds one of these words, as tokens: a body whose vocabulary has
 * none of them is not searched (a search of every body would cost as much as reading them).
 */
export const SEPARATE_CUE_WORDS = [
  "separate",
  "another",
  "different",
  "existing",
  "scope",
  "tracked",
  "pr",
  "dup",
  "duplicate",
  "copy",
];
const NO_WORDS: Set<string> = new Set();

/** The tokens of a body's lines that say some work is separate (empty for most bodies). */
function separateWordsOf(doc: AnalyzedDocument, vocabulary: Int32Array, cueIds: Int32Array): Set<string> {
  let cue = false;
  for (let k = 0; k < cueIds.length && !cue; k++) cue = hasId(vocabulary, cueIds[k]!);
  if (!cue || doc.skipped || !SEPARATE_WORK.test(doc.body)) return NO_WORDS;
  const out = new Set<string>();
  for (const line of doc.body.split("\n")) {
    if (!SEPARATE_WORK.test(line)) continue;
    for (const t of tokens(line)) out.add(t);
    // "The filter itself is another handoff": the filter is the other work, even when both
    // titles name it ("Test corpus for the mismatch filter", "Pre-bid filter: mismatch").
    for (const m of line.toLowerCase().matchAll(ITSELF_ELSEWHERE))
      for (const t of tokens(m[1]!)) out.add(`${ITSELF}${t}`);
  }
  return out;
}

/** Marks, in a handoff's separate words, a word said to be other work itself. */
export const ITSELF = "itself:";
const ITSELF_ELSEWHERE =
  /\b([a-z][a-z0-9-]{2,})\s+itself\s+(?:is|are|was|will be|lives|goes)\s+(?:in\s+)?(?:another|a separate|a different|its own)\b/g;

/** Rare words worth comparing: shared by at most `RARE_DF` handoffs, long enough to mean something. */
function rareIdsOf(vocabulary: Int32Array, df: Int32Array, words: readonly string[], n: number): Int32Array {
  // Rare means rare in this repository: at most RARE_DF handoffs and at most RARE_SHARE of them.
  // Two of twenty documents sharing a word is ordinary overlap, two of a hundred is not.
  const maxDf = Math.min(RARE_DF, Math.floor(RARE_SHARE * n));
  const out: number[] = [];
  if (maxDf < 2) return new Int32Array(0);
  for (const id of vocabulary) {
    const d = df[id]!;
    if (d < 2 || d > maxDf) continue;
    const w = words[id]!;
    if (w.length < 4 && !w.startsWith("q")) continue;
    out.push(id);
  }
  // Sorted already: the vocabulary is.
  return Int32Array.from(out);
}

/**
 * A title without a parenthesis that only says when the work can start: "Tests for the extractor
 * (after Ben pushes it)" is about tests; the push is another handoff's work.
 */
export function titleCore(title: string): string {
  return title.includes("(") ? title.replace(WHEN_ASIDE, " ").trim() : title;
}

const WHEN_ASIDE =
  /\(\s*(?:after|once|when|until|blocked (?:on|by)|depends on|waiting (?:on|for)|pending)\b[^()]{0,80}\)/gi;

function fileStem(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot >= 0 && MARKDOWN_EXTENSION.test(name.slice(dot)) ? name.slice(0, dot) : name;
}

const MARKDOWN_EXTENSION = /^\.(?:md|markdown|mdx)$/i;

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

function pathMentions(
  doc: AnalyzedDocument,
  handoffPaths: ReadonlySet<string>,
): { paths: Map<string, PathMention>; mentionsHandoffs: Set<string> } {
  const paths = new Map<string, PathMention>();
  const mentionsHandoffs = new Set<string>();
  doc.references.forEach((ref, k) => {
    if (ref.intent === "example" || ref.kind === "wikilink") return;
    const res = doc.resolutions[k];
    if (!res || res.status === "skipped" || res.status === "outside") return;
    let key: string;
    let display: string;
    let found = false;
    if (res.status === "found") {
      if (res.path === "" || res.path === doc.path) return;
      if (handoffPaths.has(res.path)) {
        mentionsHandoffs.add(res.path);
        return;
      }
      key = res.folder ? `${res.path}/` : res.path;
      display = key;
      found = true;
    } else {
      const written = ref.path.replace(/^\.\//, "").replace(/\/+$/, "");
      if (written === "" || (/\.md$/i.test(written) && handoffLike(written))) return;
      // A phantom is written in many ways (bare name, wrong folder): its base name is its identity.
      const base = written.slice(written.lastIndexOf("/") + 1);
      key = ref.folder ? `${written}/` : base.length >= 6 && !isGenericFile(base) ? base : written;
      display = ref.folder ? `${written}/` : written;
    }
    const existing = paths.get(key);
    if (existing) {
      existing.intents.add(ref.intent);
      // Prefer the fullest way of writing it for display.
      if (display.length > existing.display.length && !existing.found) existing.display = display;
    } else paths.set(key, { key, display, found, intents: new Set([ref.intent]) });
  });
  return { paths, mentionsHandoffs };
}

/** Front-matter keys that list the files a handoff is about (`files:`, `files_touched:`, `paths:`). */
const FILES_KEY =
  /^(?:files?|paths?|related_?files|source_?files?|(?:touched|changed|affected|modified)_?files|files_?(?:touched|changed|affected|modified))$/;

/**
 * Files listed in front matter (`files: [Assets/Scripts/Player.cs]`) count as the handoff's paths,
 * as if named in its body: agents often list them there and nowhere else. A listed file another
 * handoff names in its body takes that mention's finding (in the repository or not); any other is
 * taken as found, since nothing says it is missing.
 */
function addFrontMatterFiles(features: HandoffFeatures[]): void {
  let found: Map<string, boolean> | undefined;
  for (const f of features) {
    const fm = f.doc.frontMatter;
    if (!fm) continue;
    for (const [key, value] of Object.entries(fm)) {
      if (!FILES_KEY.test(key.toLowerCase().replace(/[\s-]+/g, "_"))) continue;
      if (!found) {
        found = new Map();
        for (const g of features)
          for (const m of g.paths.values()) found.set(m.key, m.found || found.get(m.key) === true);
      }
      for (const v of Array.isArray(value) ? value : [value]) {
        if (typeof v !== "string") continue;
        for (const written of v.split(/[,\s]+/)) {
          const path = written.replace(/^[`'"]+|[`'"]+$/g, "").replace(/^\.?\//, "");
          if (!path.includes("/") || !/\.[A-Za-z0-9]+$|\/$/.test(path) || f.paths.has(path)) continue;
          f.paths.set(path, { key: path, display: path, found: found.get(path) ?? true, intents: new Set() });
        }
      }
    }
  }
}

/**
 * Front-matter keys that name the work this handoff follows from or belongs to (`depends_on:
 * x.md`, `blocked_by`, `parent`, `follow_up_to`): a relation written down, like a link in the body.
 * Not `related` or `duplicate_of`, which may join copies of one task.
 */
const DEPENDENCY_KEY =
  /^(?:depends_?on|dependencies|blocked_?by|follows|follow_?up_?(?:to|of)|builds_?on|parent|part_?of|epic|requires|prerequisites?|after)$/;

/** The handoffs a document's dependency keys name (see DEPENDENCY_KEY), by path or unique file name. */
function dependsOn(doc: AnalyzedDocument, names: () => ReadonlyMap<string, string[]>): string[] {
  const fm = doc.frontMatter;
  if (!fm) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(fm)) {
    if (!DEPENDENCY_KEY.test(key.toLowerCase().replace(/[\s-]+/g, "_"))) continue;
    const byName = names();
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (typeof v !== "string") continue;
      const written = v.trim().replace(/^[`'"[(<]+|[`'">\])]+$/g, "");
      const name = written.slice(written.lastIndexOf("/") + 1).toLowerCase();
      const hits = byName.get(name);
      if (!hits) continue;
      const exact = hits.find((h) => written.endsWith(h) || h.endsWith(written.replace(/^\.?\//, "")));
      if (exact) out.push(exact);
      else if (hits.length === 1) out.push(hits[0]!);
    }
  }
  return out;
}

function handoffLike(path: string): boolean {
  return /handoff/i.test(path);
}

/**
 * A bare name (`api_healer.py`) written in one handoff and a full path in another are one file
 * when the corpus knows exactly one full path with that base name.
 */
function canonicalizeBareNames(features: HandoffFeatures[]): void {
  const fullByBase = new Map<string, Set<string>>();
  for (const f of features) {
    for (const m of f.paths.values()) {
      if (!m.key.includes("/") || m.key.endsWith("/")) continue;
      const base = m.key.slice(m.key.lastIndexOf("/") + 1);
      let set = fullByBase.get(base);
      if (!set) {
        set = new Set();
        fullByBase.set(base, set);
      }
      set.add(m.key);
    }
  }
  for (const f of features) {
    for (const [key, m] of [...f.paths]) {
      if (key.includes("/")) continue;
      const full = fullByBase.get(key);
      if (!full || full.size !== 1) continue;
      const target = [...full][0]!;
      f.paths.delete(key);
      const existing = f.paths.get(target);
      if (existing) for (const it of m.intents) existing.intents.add(it);
      else f.paths.set(target, { ...m, key: target, display: m.found ? m.display : target });
    }
  }
}

function acceptanceItems(
  checklist: readonly ChecklistItem[],
  itemOf: (text: string) => { norm: string; words: string[]; ids: Int32Array },
): AcceptanceItem[] {
  const out: AcceptanceItem[] = [];
  for (const item of checklist) {
    const { norm, words, ids } = itemOf(item.text);
    if (words.length < 2) continue;
    out.push({ item, norm, words, ids });
  }
  return out;
}

/**
 * Where id lists are merged, sorted and made distinct before the one copy that is kept: every typed
 * array is an object, a buffer and a backing store for the collector, and ten thousand handoffs
 * with a few checklist items each made the throwaway ones most of them.
 */
const work = new IdList();

/** Sorted distinct token ids over all items. */
function itemVocabularyOf(items: readonly AcceptanceItem[]): Int32Array {
  if (items.length === 0) return NO_IDS;
  if (items.length === 1) return items[0]!.ids;
  work.clear();
  for (const it of items) for (let k = 0; k < it.ids.length; k++) work.push(it.ids[k]!);
  return sortedDistinctCopy(work);
}

/** The distinct values of a list, sorted, as a new array (the list is reordered in place). */
function sortedDistinctCopy(list: IdList): Int32Array {
  const data = list.data;
  const length = list.length;
  // Insertion sort: checklist items have a handful of words, and `subarray(…).sort()` would
  // allocate a view to sort them.
  if (length <= 32) {
    for (let k = 1; k < length; k++) {
      const v = data[k]!;
      let j = k - 1;
      while (j >= 0 && data[j]! > v) {
        data[j + 1] = data[j]!;
        j--;
      }
      data[j + 1] = v;
    }
  } else data.subarray(0, length).sort();
  let n = 0;
  for (let k = 0; k < length; k++) if (k === 0 || data[k] !== data[n - 1]) data[n++] = data[k]!;
  return data.slice(0, n);
}

/** The distinct values of two sorted lists together, sorted. */
function mergeDistinct(a: Int32Array, b: Int32Array): Int32Array {
  work.clear();
  const out = work;
  let i = 0;
  let j = 0;
  let last = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out.length === 0 || last !== next) {
      out.push(next);
      last = next;
    }
  }
  return out.copy();
}

/** Whether a sorted id list holds `id` (binary search). */
export function hasId(sorted: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** TF-IDF over token ids (sorted, repeats counted; optionally sublinear tf), L2-normalised. */
function vectorize(sorted: Int32Array, idf: Float64Array, sublinear: boolean): SparseVector {
  let size = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) size++;
  const ids = new Int32Array(size);
  const weights = new Float64Array(size);
  let norm = 0;
  // One pass over the runs of equal ids: a run's length is its count (1 + log 1 = 1, exactly).
  let at = 0;
  for (let k = 0; k < sorted.length; ) {
    const id = sorted[k]!;
    let end = k + 1;
    while (end < sorted.length && sorted[end] === id) end++;
    const count = end - k;
    const w = (sublinear && count > 1 ? 1 + Math.log(count) : 1) * idf[id]!;
    ids[at] = id;
    weights[at++] = w;
    norm += w * w;
    k = end;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < size; k++) weights[k] = weights[k]! / norm;
  return { ids, weights };
}

export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      dot += a.weights[i++]! * b.weights[j++]!;
    } else if (x < y) i++;
    else j++;
  }
  return Math.min(1, dot);
}

/**
 * Cosines of one vector against many others, bit for bit as `cosine` computes them: the same
 * products, added in the same order of ids (a missing id adds an exact zero). The one vector is
 * spread into a dense array once; each other vector is then read straight through, without the
 * branches of a merge. Candidate pairs come in runs with the same first handoff, so this pays.
 */
export class DenseCosine {
  private readonly dense: Float64Array;
  private spread: SparseVector | null = null;

  constructor(dimensions: number) {
    this.dense = new Float64Array(dimensions);
  }

  cosine(a: SparseVector, b: SparseVector): number {
    if (this.spread !== a) this.spreadOut(a);
    const dense = this.dense;
    const ids = b.ids;
    const weights = b.weights;
    let dot = 0;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      dot += dense[id]! * weights[k]!;
    }
    return Math.min(1, dot);
  }

  private spreadOut(a: SparseVector): void {
    const old = this.spread;
    if (old) for (let k = 0; k < old.ids.length; k++) this.dense[old.ids[k]!] = 0;
    for (let k = 0; k < a.ids.length; k++) this.dense[a.ids[k]!] = a.weights[k]!;
    this.spread = a;
  }
}

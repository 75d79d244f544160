// Consolidations that already happened. A consolidated handoff and its own members describe the
// same work on purpose; reporting them as duplicates again would be noise. Three shapes occur:
//   - a member says so in front matter: `consolidated_into: <url or path>` (what we write);
//   - a consolidating document lists its members: "This Handoff Consolidates:", "Supersedes:",
//     "Replaces 5 Phantom Tasks" followed by a list of file names;
//   - a member is a stub: "DEPRECATED", "superseded by `x.md`", "merged into [y](y.md)".
import type { AnalyzedDocument } from "../rules/rule.js";

export interface Consolidation {
  /** The consolidating handoff in the repository, when there is one. */
  consolidator: string | null;
  /** Where the members went: the consolidator's path, or a URL (an issue) from `consolidated_into`. */
  target: string;
  members: string[];
  /** Members the consolidator names in its own list ("This Handoff Consolidates:"). */
  listed: string[];
  /** How the link was found, for messages. */
  how: string;
}

export interface ConsolidationIndex {
  consolidations: Consolidation[];
  /** member path → the consolidations it belongs to. */
  memberOf: Map<string, Consolidation[]>;
  /** Documents that say of themselves that they were superseded (stubs, `consolidated_into`). */
  selfMarked: Set<string>;
  /** Documents that consolidate others (listed members). */
  consolidators: Set<string>;
}

const LIST_INTRO =
  /^\s*(?:[-*]\s*)?(?:\*\*|__)?\s*(?:this (?:handoff|document|task|issue) )?(?:consolidates|supersedes|replaces|merges|combines|folds in|absorbs|subsumes)\b[^\n]*$/i;
const REPLACES_N =
  /\breplaces?\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+){0,2}(?:tasks?|handoffs?|documents?|tickets?|issues?)\b/i;
/** Front-matter keys whose values are the members a consolidation replaces. */
const LIST_KEYS = ["consolidates", "supersedes", "replaces", "merges", "combines"];
/** Every list intro (LIST_INTRO, REPLACES_N) holds one of these words: most bodies hold none. */
const INTRO_WORD = /consolidates|supersedes|replace|merges|combines|folds|absorbs|subsumes/i;
const STUB_TITLE =
  /^\s*\[?(deprecated|superseded|obsolete|replaced|duplicate|consolidated into|merged into)\b/i;
const STUB_LINE =
  /\b(?:superseded|replaced|consolidated|merged|folded|absorbed)\s+(?:by|into|in)\s*:?\s*(?:\[[^\]]*\]\(([^)\s]+)\)|`([^`]+)`|(\S+\.md)\b|(https?:\/\/\S+))/i;
/**
 * Every STUB_LINE match holds this ("superseded by", "merged into"): a body without it is no stub
 * by its text, and needs no search of its head (on the bench's 10,000 handoffs that search was a third of the time spent finding consolidations).
 */
const STUB_VERB = /ed\s+(?:by|in)/i;
/** "> **DEPRECATED** — moved to [`x.md`](x.md)": "moved to" says where only after such a word. */
const STUB_MOVED =
  /\b(?:deprecated|obsolete|this (?:handoff|note|task|ticket|doc|document))\b[^\n]{0,40}?\bmoved\s+to\s*:?\s*(?:\[[^\]]*\]\(([^)\s]+)\)|`([^`]+)`|(\S+\.md)\b|(https?:\/\/\S+))/i;
const STUB_STATUS = /^(deprecated|superseded|obsolete|replaced|duplicate|consolidated|merged)$/i;

export function findConsolidations(handoffs: readonly AnalyzedDocument[]): ConsolidationIndex {
  const byName = nameIndex(handoffs);
  const lookup = (written: string): string | null => {
    const clean = written
      .trim()
      .replace(/^[`'"<[(]+|[`'">\]).,;:]+$/g, "")
      .replace(/#.*$/, "");
    const base = clean.slice(clean.lastIndexOf("/") + 1).toLowerCase();
    const hits = byName.get(base) ?? byName.get(base.replace(/\.md$/, ""));
    return hits && hits.length === 1 ? hits[0]! : null;
  };

  const consolidations: Consolidation[] = [];
  const selfMarked = new Set<string>();
  const byTarget = new Map<string, Consolidation>();
  const targetFor = (target: string, consolidator: string | null, how: string): Consolidation => {
    let c = byTarget.get(target);
    if (!c) {
      c = { consolidator, target, members: [], listed: [], how };
      byTarget.set(target, c);
      consolidations.push(c);
    }
    return c;
  };

  for (const doc of handoffs) {
    if (doc.skipped) continue;
    // 1. A consolidating document and its listed members.
    const listed = listedMembers(doc, lookup).filter((m) => m !== doc.path);
    if (listed.length > 0) {
      const c = targetFor(doc.path, doc.path, `listed in ${doc.path}`);
      c.consolidator = doc.path;
      for (const m of listed) {
        if (!c.members.includes(m)) c.members.push(m);
        if (!c.listed.includes(m)) c.listed.push(m);
      }
    }
    // 2. A member that says where it went.
    const into = doc.metadata.consolidatedInto?.trim();
    const stub = listed.length > 0 ? null : stubTarget(doc);
    const target = into || stub;
    if (into || stub !== null) selfMarked.add(doc.path);
    if (target) {
      const local = /^https?:/i.test(target) ? null : lookup(target);
      const c = targetFor(local ?? target, local, into ? "consolidated_into" : "marked superseded");
      if (local) c.consolidator = local;
      if (!c.members.includes(doc.path) && local !== doc.path) c.members.push(doc.path);
    }
  }

  const memberOf = new Map<string, Consolidation[]>();
  const consolidators = new Set<string>();
  for (const c of consolidations) {
    if (c.consolidator && c.members.length > 0) consolidators.add(c.consolidator);
    for (const m of c.members) {
      const list = memberOf.get(m);
      if (list) list.push(c);
      else memberOf.set(m, [c]);
    }
  }
  return { consolidations, memberOf, selfMarked, consolidators };
}

/** True when a and b belong to one consolidation (as members, or one consolidates the other). */
export function sameConsolidation(index: ConsolidationIndex, a: string, b: string): boolean {
  const ca = index.memberOf.get(a) ?? [];
  const cb = index.memberOf.get(b) ?? [];
  for (const c of ca) {
    if (c.consolidator === b || cb.includes(c)) return true;
  }
  for (const c of cb) if (c.consolidator === a) return true;
  return false;
}

/** Handoff paths by lower-cased file name, with and without `.md`, and by `id` (a name may be in several). */
export function nameIndex(handoffs: readonly AnalyzedDocument[]): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  const add = (key: string, path: string) => {
    const list = byName.get(key);
    if (!list) byName.set(key, [path]);
    else if (!list.includes(path)) list.push(path);
  };
  for (const doc of handoffs) {
    const base = doc.path.slice(doc.path.lastIndexOf("/") + 1).toLowerCase();
    add(base, doc.path);
    add(base.replace(/\.md$/, ""), doc.path);
    if (doc.metadata.id) add(doc.metadata.id.toLowerCase(), doc.path);
  }
  return byName;
}

/** Members named in a "Consolidates:" / "Supersedes:" / "Replaces N tasks" list. */
function listedMembers(doc: AnalyzedDocument, lookup: (written: string) => string | null): string[] {
  const lines = INTRO_WORD.test(doc.body) ? doc.body.split(/\r?\n/) : [];
  const out: string[] = [];
  // Front matter that lists them: `consolidates: [a.md, b.md]`, `supersedes: handoffs/a.md`.
  for (const key of LIST_KEYS) {
    const value = (doc.frontMatter as Record<string, unknown> | undefined)?.[key];
    const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,\s]+/) : [];
    for (const item of items) {
      if (typeof item !== "string") continue;
      const names = namesIn(item);
      for (const name of names.length > 0 ? names : [item]) pushFound(out, lookup(name));
    }
  }
  const isTitleConsolidation = /\bconsolidat/i.test(doc.title) || REPLACES_N.test(doc.title);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!INTRO_WORD.test(line)) continue;
    // Whitespace runs collapsed first: LIST_INTRO's adjacent `\s*` are quadratic on a long blank run.
    const flat = line.replace(/\s+/g, " ");
    const intro = LIST_INTRO.test(flat) || (REPLACES_N.test(flat) && !/^\s*[-*]\s*\[/.test(flat));
    if (!intro) continue;
    // Names on the intro line itself ("Supersedes: `a.md`, `b.md`"), then the list below it.
    for (const name of namesIn(line)) pushFound(out, lookup(name));
    let sawItem = false;
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j]!;
      if (/^\s*$/.test(next)) {
        if (sawItem) break;
        continue;
      }
      if (/^\s*#/.test(next)) break;
      if (!/^\s*(?:[-*+]|\d+[.)])\s+/.test(next)) break;
      sawItem = true;
      for (const name of namesIn(next)) pushFound(out, lookup(name));
    }
  }
  // A consolidating title with references to other handoffs anywhere counts too.
  if (out.length === 0 && isTitleConsolidation) {
    doc.references.forEach((ref, k) => {
      const res = doc.resolutions[k];
      const name = res && res.status === "found" ? res.path : ref.path;
      if (/\.md$/i.test(name)) pushFound(out, lookup(name));
    });
  }
  return out;
}

function pushFound(out: string[], path: string | null): void {
  if (path && !out.includes(path)) out.push(path);
}

/** Candidate file names in a line: code spans, link targets, bare *.md tokens. */
function namesIn(line: string): string[] {
  const names: string[] = [];
  for (const m of line.matchAll(/`([^`]+)`/g)) names.push(m[1]!);
  for (const m of line.matchAll(/\]\(([^)\s]+)\)/g)) names.push(m[1]!);
  for (const m of line.matchAll(/\[\[([^\]|]+)(?:\|[^\]]*)?\]\]/g)) names.push(m[1]!);
  for (const m of line.matchAll(/[\w./-]+\.md\b/gi)) names.push(m[0]);
  return names;
}

/**
 * Where a stub says it went: a path or URL, "" when it says it is superseded without saying
 * where, or null when it is not a stub.
 */
function stubTarget(doc: AnalyzedDocument): string | null {
  // Only the top of the document: a stub says it first. Deeper mentions ("the old parser was
  // replaced by `x.py`") are about code, not about the handoff.
  const head = STUB_VERB.test(doc.body) || /moved\s+to/i.test(doc.body) ? firstLines(doc.body, 12) : null;
  const m = head === null ? null : (STUB_LINE.exec(head) ?? STUB_MOVED.exec(head));
  if (m) {
    const target = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").trim();
    if (/^https?:\/\//i.test(target) || /\.md(#.*)?$/i.test(target)) return target;
  }
  if (STUB_TITLE.test(doc.title)) return "";
  if (doc.metadata.rawStatus && STUB_STATUS.test(doc.metadata.rawStatus.trim())) return "";
  return null;
}

/** The first `count` non-blank lines of a text, joined by "\n", without splitting all of it. */
function firstLines(text: string, count: number): string {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < count && start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    // As split(/\r?\n/): a "\r" before the line break belongs to the break.
    const line = text.slice(
      start,
      end > start && text[end - 1] === "\r" && end < text.length ? end - 1 : end,
    );
    if (line.trim() !== "") lines.push(line);
    start = end + 1;
  }
  return lines.join("\n");
}

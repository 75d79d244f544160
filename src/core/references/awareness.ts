// Document-level awareness: when the author shows anywhere in the document that a path is not
// there yet (planned), gone (removed) or never was (historical), the plain "deploy X" mentions of
// the same path elsewhere in that document are read in that light, not as phantoms.
//
// Only explicit statements spread (a verb, a negation, a "Files to create" list), never a bare
// unchecked item or the mood of a section. Two mentions are the same path when they are written
// the same way or one is a whole-segment suffix of the other (`api.py`, `svc/api.py`).

import type { Intent, Reference } from "../types.js";
import { READERS_OWN } from "./intent.js";

const PRIORITY: Intent[] = ["planned", "removed", "historical"];

/**
 * @param tentative indices of references whose intent rests on a weak signal: never a source.
 */
export function applyAwareness(refs: Reference[], tentative: ReadonlySet<number> = new Set()): void {
  // Written path → its first not-there mention; every whole-segment suffix of such a path → same.
  const byPath = new Map<string, Reference>();
  const bySuffix = new Map<string, Reference>();
  // Folders written as such that the document says do not exist (`static/fonts/` "does NOT exist
  // yet"): the files in them are not there either.
  const byFolder = new Map<string, Reference>();
  // The same folders by each whole-segment suffix, keyed with their line: "`docs/blog/` never
  // existed; ignore `blog/index.md` …" writes the folder from its parent, on the same line only
  // (elsewhere `docs/` beside `apps/docs/` is another folder).
  const byFolderOnLine = new Map<string, Reference>();
  for (const intent of PRIORITY) {
    for (let i = 0; i < refs.length; i++) {
      const r = refs[i]!;
      if (r.intent !== intent || tentative.has(i)) continue;
      const clean = cleanPath(r.path);
      if (!byPath.has(clean)) byPath.set(clean, r);
      if (
        r.path.endsWith("/") &&
        clean !== "" &&
        r.intent === "historical" &&
        r.intentReason.startsWith("negated") &&
        !byFolder.has(clean)
      ) {
        byFolder.set(clean, r);
        for (let at = clean.indexOf("/"); at !== -1; at = clean.indexOf("/", at + 1)) {
          const key = `${r.line}:${clean.slice(at + 1)}`;
          if (!byFolderOnLine.has(key)) byFolderOnLine.set(key, r);
        }
      }

      for (let at = clean.indexOf("/"); at !== -1; at = clean.indexOf("/", at + 1)) {
        const suffix = clean.slice(at + 1);
        if (suffix !== "" && !bySuffix.has(suffix)) bySuffix.set(suffix, r);
      }
    }
  }
  spreadReadersOwn(refs);
  if (byPath.size === 0) return;
  let longer: Map<string, Set<string>> | undefined;
  for (const r of refs) {
    // A created claim gives way only to a removal the same document records as done ("Files
    // created: X" in session 1, "Deleted X" in session 3): the claim was true once.
    if (r.intent !== "exists" && r.intent !== "created") continue;
    const clean = cleanPath(r.path);
    // Same written path, or this mention is a suffix of a not-there path ("api.py" of "svc/api.py").
    let source = byPath.get(clean) ?? bySuffix.get(clean);
    // Or a not-there mention is a suffix of this one ("deploy svc/api.py" after "create api.py").
    for (let at = clean.indexOf("/"); !source && at !== -1; at = clean.indexOf("/", at + 1)) {
      const suffix = clean.slice(at + 1);
      const candidate = byPath.get(suffix);
      if (!candidate) continue;
      longer ??= longerPaths(refs);
      if ((longer.get(suffix)?.size ?? 0) <= 1) source = candidate;
    }
    // Or this file is relied on in a folder the document says does not exist.
    for (
      let at = clean.lastIndexOf("/");
      !source && r.intent === "exists" && at > 0;
      at = clean.lastIndexOf("/", at - 1)
    )
      source = byFolder.get(clean.slice(0, at)) ?? byFolderOnLine.get(`${r.line}:${clean.slice(0, at)}`);
    if (!source) continue;
    if (r.intent === "created" && !gone(source)) continue;
    r.intent = source.intent;
    r.intentReason = `same path is ${source.intent} on line ${source.line} (${source.intentReason})`;
  }
}

/**
 * "add `jest` to the plugins of your `.eslintrc`": the document's other plain mentions of that
 * path ("For `.eslintrc` configs …") are the reader's file too. Written the same way only, and
 * never a link (a link is followed whoever's file it names).
 */
function spreadReadersOwn(refs: Reference[]): void {
  let yours: Map<string, Reference> | undefined;
  for (const r of refs) {
    if (r.intent === "example" && r.intentReason === READERS_OWN) {
      yours ??= new Map();
      const clean = cleanPath(r.path);
      if (!yours.has(clean)) yours.set(clean, r);
    }
  }
  if (!yours) return;
  for (const r of refs) {
    if (r.intent !== "exists" || r.kind === "link" || r.kind === "image" || r.kind === "definition") continue;
    const source = yours.get(cleanPath(r.path));
    if (!source) continue;
    r.intent = "example";
    r.intentReason = `same path is the reader's own on line ${source.line}`;
  }
}

/**
 * `wanted` (indices of the references whose intent is needed) and every other reference that
 * `applyAwareness` could take as their source: the same path, one a whole-segment suffix of the
 * other, or a folder that holds it (also written from its parent). Null (all) stays null.
 */
export function withAwarenessSources(
  refs: readonly Reference[],
  wanted: ReadonlySet<number> | null,
): ReadonlySet<number> | null {
  if (wanted === null || wanted.size === refs.length) return wanted;
  const exact = new Set<string>();
  const withSuffixes = new Set<string>();
  const folders = new Set<string>();
  for (const i of wanted) {
    const clean = cleanPath(refs[i]!.path);
    exact.add(clean);
    withSuffixes.add(clean);
    for (let at = clean.indexOf("/"); at !== -1; at = clean.indexOf("/", at + 1)) {
      withSuffixes.add(clean.slice(at + 1));
      folders.add(clean.slice(0, at));
    }
  }
  const out = new Set(wanted);
  for (let j = 0; j < refs.length; j++) {
    if (out.has(j)) continue;
    const clean = cleanPath(refs[j]!.path);
    const folder = refs[j]!.path.endsWith("/");
    let related = withSuffixes.has(clean) || (folder && folders.has(clean));
    for (let at = clean.indexOf("/"); !related && at !== -1; at = clean.indexOf("/", at + 1))
      related = exact.has(clean.slice(at + 1)) || (folder && folders.has(clean.slice(at + 1)));
    if (related) out.add(j);
  }
  return out;
}

/**
 * Whether a not-there mention outweighs a claim that the file was made: a removal that happened
 * ("deleted", "was removed"; not "delete X later"), or the author saying the file never reached
 * the repository ("`x.yaml` is still only on my machine", "not committed"). A plain "X did not
 * exist" is no such statement: the claim may be what changed that.
 */
function gone(source: Reference): boolean {
  if (source.intent === "removed") return REMOVED_SINCE.test(source.intentReason);
  return source.intent === "historical" && NOT_COMMITTED.test(source.intentReason);
}

const REMOVED_SINCE =
  /\b(?:deleted|removed|dropped|purged|retired|archived|gone|abandoned|scrapped|discarded)\b/;
const NOT_COMMITTED =
  /\b(?:only on (?:my|the|a) |on my (?:machine|laptop|box|computer)|from my (?:machine|laptop)|not (?:yet\s+)?(?:committed|pushed|checked in|tracked|in (?:the\s+)?(?:repo|repository|git))|uncommitted|untracked|gitignored|local(?:ly)? only|only local|never committed)/;

/**
 * Whole-segment suffix → the longer paths the document writes with it. A bare name stands for a
 * longer path only when there is one: beside `openapi/openapi.yaml` and `openapi/v1/openapi.yaml`,
 * "`openapi.yaml` at the root was deleted" says nothing about either.
 */
function longerPaths(refs: readonly Reference[]): Map<string, Set<string>> {
  const longer = new Map<string, Set<string>>();
  for (const r of refs) {
    const clean = cleanPath(r.path);
    for (let at = clean.indexOf("/"); at !== -1; at = clean.indexOf("/", at + 1)) {
      const suffix = clean.slice(at + 1);
      const paths = longer.get(suffix) ?? new Set<string>();
      paths.add(clean);
      longer.set(suffix, paths);
    }
  }
  return longer;
}

function cleanPath(path: string): string {
  return path.replace(/^(?:\.\.?\/)+/, "").replace(/\/$/, "");
}

// From a working tree's uncommitted state to what is worth reporting: each untracked or staged-new
// path classified, new folders grouped into one item, changes to tracked files listed. Pure data;
// the rules HG301-HG304 turn it into findings. Computed once per (working tree, config) and shared.
import type { WorkingTreeState } from "../types.js";
import {
  type Classification,
  type Classifier,
  type UntrackedConfig,
  untrackedClassifier,
  virtualenvRoots,
} from "./classify.js";
import { gitignoreEscape } from "./shell.js";
import type { WorkingTreeDetail } from "./types.js";

export type WorkClass = "implementation" | "documentation" | "artifact";

export interface UntrackedItem {
  class: WorkClass;
  /** A file, or a new folder ending in `/` when the item groups the files under it. */
  path: string;
  /** The files the item covers, sorted. One for a single file. */
  files: string[];
  /** Every file is staged (`git add`ed) but not committed; none is merely untracked. */
  staged: boolean;
  /** Some of the files are staged (the rest untracked). */
  someStaged: boolean;
  /** Why the files got their class (for a group: the first file's reason). */
  reason: string;
  /**
   * True when the item's files are every reportable file under its folder, so a command may name the
   * folder instead of listing files.
   */
  wholeFolder: boolean;
  /** For artifacts: the .gitignore lines that would cover them (already escaped), most general first. */
  ignorePatterns?: string[];
}

/**
 * `stopped-tracking`: removed from the index (`git rm --cached`) but still on disk; git lists it as
 * both deleted and untracked, and it is reported once, here.
 */
export type ChangeKind = "modified" | "deleted" | "renamed" | "unmerged" | "submodule" | "stopped-tracking";

export interface ChangeItem {
  kind: ChangeKind;
  path: string;
  /** For renames: the old path. */
  from?: string;
}

export interface WorkingTreePlan {
  untracked: UntrackedItem[];
  changes: ChangeItem[];
  /** Paths left out, with why (ignored, virtualenv, nested repository). For tests and debugging. */
  skipped: { path: string; reason: string }[];
}

const cache = new WeakMap<WorkingTreeState, WeakMap<UntrackedConfig, WorkingTreePlan>>();

/** The plan for this working tree and config, computed once and shared by the rules. */
export function workingTreePlan(
  tree: WorkingTreeDetail,
  config: UntrackedConfig,
  trackedPaths: readonly string[],
): WorkingTreePlan {
  let byConfig = cache.get(tree);
  if (!byConfig) {
    byConfig = new WeakMap();
    cache.set(tree, byConfig);
  }
  let plan = byConfig.get(config);
  if (!plan) {
    plan = planWorkingTree(tree, config, trackedPaths);
    byConfig.set(config, plan);
  }
  return plan;
}

export function planWorkingTree(
  tree: WorkingTreeDetail,
  config: UntrackedConfig,
  trackedPaths: readonly string[],
): WorkingTreePlan {
  const classifier = untrackedClassifier(config);
  const skipped: { path: string; reason: string }[] = [];
  for (const nested of tree.nested ?? [])
    skipped.push({ path: `${nested}/`, reason: "another repository or worktree" });

  const added = new Set(tree.added ?? []);
  const deleted = new Set(tree.deleted);
  const candidates = [...tree.untracked.filter((p) => !deleted.has(p)), ...added];
  const venvs = virtualenvRoots(candidates);
  const classified: { path: string; c: Classification & { class: WorkClass } }[] = [];
  for (const path of candidates) {
    // git lists a folder with a trailing slash only when it did not enter it: another repository.
    if (path.endsWith("/")) {
      skipped.push({ path, reason: "another repository or worktree" });
      continue;
    }
    if (venvs.some((root) => path.startsWith(root))) {
      skipped.push({ path, reason: "inside a Python virtual environment" });
      continue;
    }
    const c = classifier.classify(path);
    if (c.class === "ignored") skipped.push({ path, reason: c.reason ?? "ignored" });
    else classified.push({ path, c: c as Classification & { class: WorkClass } });
  }

  const committedFolder = committedFolders(trackedPaths, added);
  const items: UntrackedItem[] = [];
  // Files under a new folder (no committed file anywhere below it), by that folder.
  const groups = new Map<string, typeof classified>();
  for (const entry of classified) {
    const root = newFolderRoot(entry.path, committedFolder);
    if (root === null) items.push(single(entry, added, classifier));
    else {
      const list = groups.get(root);
      if (list) list.push(entry);
      else groups.set(root, [entry]);
    }
  }
  for (const [root, entries] of groups) {
    const byClass = new Map<WorkClass, typeof classified>();
    for (const entry of entries) {
      const list = byClass.get(entry.c.class);
      if (list) list.push(entry);
      else byClass.set(entry.c.class, [entry]);
    }
    // Files git would add with the folder but we skipped (agent state, say) make `git add dir/` inexact.
    const foreign = skipped.some((s) => s.path.startsWith(`${root}/`));
    for (const [cls, list] of byClass) {
      if (list.length < config.groupThreshold) {
        for (const entry of list) items.push(single(entry, added, classifier));
        continue;
      }
      const files = list.map((e) => e.path).sort();
      const stagedCount = files.filter((f) => added.has(f)).length;
      const item: UntrackedItem = {
        class: cls,
        path: `${root}/`,
        files,
        staged: stagedCount === files.length,
        someStaged: stagedCount > 0,
        reason: classifier.explain(list[0]!.c, list[0]!.path),
        wholeFolder: byClass.size === 1 && !foreign,
      };
      if (cls === "artifact") {
        item.ignorePatterns = item.wholeFolder
          ? [`/${gitignoreEscape(root)}/`]
          : [...new Set(files.map((f) => ignorePatternFor(f, classifier.isArtifact)))];
      }
      items.push(item);
    }
  }
  return { untracked: sortByPath(items), changes: changes(tree, classifier), skipped };
}

function single(
  entry: { path: string; c: Classification & { class: WorkClass } },
  added: ReadonlySet<string>,
  classifier: Classifier,
): UntrackedItem {
  const staged = added.has(entry.path);
  const item: UntrackedItem = {
    class: entry.c.class,
    path: entry.path,
    files: [entry.path],
    staged,
    someStaged: staged,
    reason: classifier.explain(entry.c, entry.path),
    wholeFolder: false,
  };
  if (entry.c.class === "artifact")
    item.ignorePatterns = [ignorePatternFor(entry.path, classifier.isArtifact)];
  return item;
}

function changes(tree: WorkingTreeDetail, classifier: Classifier): ChangeItem[] {
  const out: ChangeItem[] = [];
  const renamedFrom = new Set<string>();
  const renamedTo = new Map<string, string>();
  for (const r of tree.renamed ?? []) {
    renamedFrom.add(r.from);
    renamedTo.set(r.to, r.from);
  }
  const unmerged = new Set(tree.unmerged ?? []);
  const submodules = new Set(tree.submodules ?? []);
  // Editor and agent state that happens to be tracked is still not the user's deliverable.
  const ignored = (path: string) => classifier.classify(path).class === "ignored";
  for (const path of tree.modified) {
    if (ignored(path)) continue;
    const from = renamedTo.get(path);
    if (from !== undefined) out.push({ kind: "renamed", path, from });
    else if (unmerged.has(path)) out.push({ kind: "unmerged", path });
    else if (submodules.has(path)) out.push({ kind: "submodule", path });
    else out.push({ kind: "modified", path });
  }
  const untracked = new Set(tree.untracked);
  for (const path of tree.deleted) {
    if (renamedFrom.has(path) || ignored(path)) continue;
    out.push({ kind: untracked.has(path) ? "stopped-tracking" : "deleted", path });
  }
  out.sort((a, b) => byCodeUnit(a.path, b.path));
  return out;
}

/** A predicate: does `folder` hold a file that is tracked and not merely staged-new? */
function committedFolders(
  trackedPaths: readonly string[],
  added: ReadonlySet<string>,
): (folder: string) => boolean {
  const folders = new Set<string>();
  for (const path of trackedPaths) {
    if (added.has(path)) continue;
    for (let i = path.lastIndexOf("/"); i > 0; i = path.lastIndexOf("/", i - 1)) {
      const folder = path.slice(0, i);
      if (folders.has(folder)) break;
      folders.add(folder);
    }
  }
  return (folder) => folders.has(folder);
}

/** The topmost folder above `path` with no committed file in it, or null when its folder is committed. */
function newFolderRoot(path: string, committed: (folder: string) => boolean): string | null {
  for (let i = path.indexOf("/"); i !== -1; i = path.indexOf("/", i + 1)) {
    const folder = path.slice(0, i);
    if (!committed(folder)) return folder;
  }
  return null;
}

const PROBE = "hg-probe";

/**
 * The .gitignore line for one artifact, as general as the config's own pattern: a folder name when
 * the folder is what makes it an artifact (`coverage/`), an extension (`*.log`), a file name
 * (`.DS_Store`), else the exact path anchored at the root.
 */
export function ignorePatternFor(path: string, isArtifact: (path: string) => boolean): string {
  const segments = path.split("/");
  const name = segments[segments.length - 1]!;
  for (let i = 0; i < segments.length - 1; i++) {
    const folder = segments[i]!;
    if (isArtifact(`${PROBE}/${folder}/${PROBE}`)) return `${gitignoreEscape(folder)}/`;
    const anchored = segments.slice(0, i + 1).join("/");
    if (isArtifact(`${anchored}/${PROBE}`) && !isArtifact(`${PROBE}/${PROBE}`))
      return `/${gitignoreEscape(anchored)}/`;
  }
  const dot = name.lastIndexOf(".");
  if (dot > 0) {
    const ext = name.slice(dot + 1);
    if (isArtifact(`${PROBE}/${PROBE}.${ext}`)) return `*.${gitignoreEscape(ext)}`;
  }
  if (isArtifact(`${PROBE}/${name}`)) return gitignoreEscape(name);
  return `/${gitignoreEscape(path)}`;
}

/**
 * Items in path order (then class, for a folder grouped under two classes). The keys are unique, so
 * a native sort of them does it, several times faster than a comparator on 30,000 items.
 */
function sortByPath(items: UntrackedItem[]): UntrackedItem[] {
  const byKey = new Map(items.map((item) => [`${item.path}\0${item.class}`, item]));
  return [...byKey.keys()].sort().map((key) => byKey.get(key)!);
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

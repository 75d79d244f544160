// The repository's own ignore rules, read from its tracked `.gitignore` files, for snapshots that
// have no git to ask (a tree read through the GitHub API, a snapshot in memory). A path the
// repository ignores is meant to stay local (checkpoints, build output, logs), so a mention of it
// is never a phantom: a local checkout asks `git check-ignore`, and this gives the App and the
// Action's API path the same answer from the same files. What git reads besides (info/exclude,
// the user's global excludes) is not in the tree and so not here.
import picomatch from "picomatch";
import { exponentialRisk } from "../regex-safety.js";

/** A tracked ignore file: its repository path and its text. */
export interface IgnoreFile {
  path: string;
  text: string;
}

interface IgnoreRule {
  /** The folder of the `.gitignore` ("" at the root, else ending in "/"). */
  base: string;
  negate: boolean;
  /** A trailing "/": matches folders only. */
  folderOnly: boolean;
  match: (path: string) => boolean;
}

/** Bounds on what one repository's rules may cost: a generated ignore file can be huge. */
const MAX_FILES = 200;
const MAX_RULES = 5_000;

export type IgnoreMatcher = (path: string, folder: boolean) => boolean;

/**
 * Whether a repository path is ignored by the rules of `files`, as git decides: the last
 * matching rule wins, a deeper file's rules over a shallower one's, "!" re-includes, and nothing
 * under an ignored folder can be re-included. `folder` says the path names a folder.
 */
export function ignoreMatcher(files: readonly IgnoreFile[]): IgnoreMatcher {
  const rules: IgnoreRule[] = [];
  const wanted = new Set(ignoreFilesOf(files.map((f) => f.path)));
  const ordered = files
    .filter((f) => wanted.has(f.path))
    .sort((a, b) => depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : 1));
  for (const file of ordered) {
    const base = file.path.slice(0, file.path.length - ".gitignore".length);
    for (const line of file.text.split(/\r?\n/)) {
      if (rules.length >= MAX_RULES) break;
      const rule = parseRule(line, base);
      if (rule) rules.push(rule);
    }
  }
  if (rules.length === 0) return () => false;
  const decide = (path: string, folder: boolean): boolean => {
    let ignored = false;
    for (const rule of rules) {
      if (rule.folderOnly && !folder) continue;
      if (rule.base !== "" && !path.startsWith(rule.base)) continue;
      if (rule.match(path)) ignored = !rule.negate;
    }
    return ignored;
  };
  return (path, folder) => {
    const clean = path.replace(/^\.\//, "").replace(/\/+$/, "");
    if (clean === "" || clean.startsWith("../")) return false;
    // Each folder on the way down, then the path itself: an ignored folder ignores all under it.
    for (let at = clean.indexOf("/"); at !== -1; at = clean.indexOf("/", at + 1)) {
      if (decide(clean.slice(0, at), true)) return true;
    }
    return decide(clean, folder);
  };
}

/**
 * The `.gitignore` files among a tree's paths that `ignoreMatcher` reads: the shallowest
 * `MAX_FILES` of them (a snapshot reads these and nothing else for its ignore rules).
 */
export function ignoreFilesOf(paths: readonly string[]): string[] {
  return paths
    .filter((p) => p === ".gitignore" || p.endsWith("/.gitignore"))
    .sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : 1))
    .slice(0, MAX_FILES);
}

function depth(path: string): number {
  let n = 0;
  for (let i = path.indexOf("/"); i !== -1; i = path.indexOf("/", i + 1)) n++;
  return n;
}

/** One line of a `.gitignore` in folder `base`, or null for a blank line, a comment or a rule it cannot read. */
function parseRule(line: string, base: string): IgnoreRule | null {
  // Trailing spaces are dropped unless escaped with a backslash.
  let text = line.replace(/(?<!\\)[ \t]+$/, "");
  if (text === "" || text.startsWith("#")) return null;
  let negate = false;
  if (text.startsWith("!")) {
    negate = true;
    text = text.slice(1);
  } else if (text.startsWith("\\!") || text.startsWith("\\#")) text = text.slice(1);
  const folderOnly = text.endsWith("/");
  text = text.replace(/\/+$/, "");
  if (text === "") return null;
  // A slash at the start or in the middle anchors the rule to its file's folder; otherwise it
  // matches a name at any depth below it.
  const anchored = text.includes("/");
  let glob = base + (anchored ? text.replace(/^\//, "") : `**/${text}`);
  // Git's "x/**" is everything inside x, not x itself, as picomatch would also take it.
  if (glob.endsWith("/**")) glob += "/*";
  try {
    const regex = picomatch.makeRe(glob, { dot: true });
    if (exponentialRisk(regex.source)) return null;
    return { base, negate, folderOnly, match: (path) => regex.test(path) };
  } catch {
    return null;
  }
}

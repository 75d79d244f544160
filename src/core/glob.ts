// Glob and pattern matching over repository paths (posix, repo-relative).
import picomatch from "picomatch";
import { exponentialRisk } from "./regex-safety.js";

export type PathMatcher = (path: string) => boolean;

const NEVER: PathMatcher = () => false;

/** One matcher for a list of globs; `dot: true` so `.github/**` and `**\/.claude/**` behave as users expect. */
export function globMatcher(globs: readonly string[]): PathMatcher {
  if (globs.length === 0) return NEVER;
  const match = picomatch(globs as string[], { dot: true });
  // Most document globs end in a literal extension (`**\/*.md`): a path that ends otherwise cannot
  // match, and testing that first skips picomatch for nearly every file of a large tree.
  const suffixes = globs.map(literalSuffix);
  if (suffixes.some((s) => s === "")) return match;
  const endings = [...new Set(suffixes)];
  return (path) => endings.some((e) => path.endsWith(e)) && match(path);
}

/**
 * The literal text every path matching `glob` ends with (".md" for `**\/handoff*.md`), or "" when
 * the glob ends in a wildcard, class, brace or extglob. Only characters that are literal in every
 * glob dialect count, so the answer is never longer than the truth.
 */
export function literalSuffix(glob: string): string {
  let i = glob.length;
  while (i > 0 && /[A-Za-z0-9._-]/.test(glob[i - 1]!)) i--;
  return glob.slice(i);
}

/**
 * A matcher for config `ignore` entries: `/regex/flags` is a regular expression, anything else a glob.
 * Invalid regular expressions are reported by the config loader, so here they are skipped.
 */
export function patternMatcher(patterns: readonly string[]): PathMatcher {
  const globs: string[] = [];
  const regexes: RegExp[] = [];
  for (const pattern of patterns) {
    const regex = parseSlashRegex(pattern);
    // The config loader refuses patterns that can backtrack exponentially; never run one anyway.
    if (regex && exponentialRisk(regex.source)) continue;
    if (regex) regexes.push(regex);
    else if (!isSlashRegex(pattern)) globs.push(pattern);
  }
  const glob = globMatcher(globs);
  return (path) => glob(path) || regexes.some((re) => re.test(path));
}

export function isSlashRegex(pattern: string): boolean {
  return /^\/.+\/[a-z]*$/s.test(pattern);
}

/** `/src\/.*\.py/i` → RegExp, or null when not written between slashes or invalid. */
export function parseSlashRegex(pattern: string): RegExp | null {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(pattern);
  if (!m) return null;
  try {
    return new RegExp(m[1]!, m[2]);
  } catch {
    return null;
  }
}

// Glob and pattern matching over repository paths (posix, repo-relative).
import picomatch from "picomatch";
import { exponentialRisk } from "./regex-safety.js";

export type PathMatcher = (path: string) => boolean;

const NEVER: PathMatcher = () => false;

/** One matcher for a list of globs; `dot: true` so `.github/**` and `**\/.claude/**` behave as users expect. */
export function globMatcher(globs: readonly string[]): PathMatcher {
  if (globs.length === 0) return NEVER;
  return picomatch(globs as string[], { dot: true });
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

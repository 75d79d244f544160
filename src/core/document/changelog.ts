// A changelog's newest entry speaks of the commit being checked ("Added `src/x.ts`" that is not
// there is a claim to flag); the entries of older releases name the files of those releases,
// renamed and deleted since, and are history.

import type { Heading } from "../markdown/scan.js";

const CHANGELOG =
  /(?:^|\/)(?:(?:CHANGELOG|Changelog|changelog)[^/]*|HISTORY|History|history|CHANGES|Changes|changes|NEWS|News)\.md$/;
/** A release's heading: "[Unreleased]", "1.4.0 - 2024-05-20", "v2", "2024-05-20". */
const RELEASE = /\bunreleased\b|\d+\.\d+|\b\d{4}-\d{2}-\d{2}\b|^\[?v\d+\]?(?:\s|$)/i;

export const OLDER_RELEASE = "an entry of an older release (changelog)";

/**
 * The first line of a changelog's older releases: the release heading after the newest release at
 * the depth of the first (`## [1.3.0]` after `## [1.4.0]`). An "Unreleased" entry on top does not
 * count as the newest release: the latest one is still what the commit ships (`## [Unreleased]`
 * with a plan, then `## [2.3.0]` being cut). Null for any other document, or a changelog of one
 * release.
 */
export function olderReleasesFrom(path: string, headings: readonly Heading[]): number | null {
  if (!CHANGELOG.test(path)) return null;
  let first = headings.find((h) => RELEASE.test(h.text));
  if (!first) return null;
  const after = (h: Heading) => h.line > first!.line && h.depth <= first!.depth && RELEASE.test(h.text);
  if (UNRELEASED.test(first.text)) first = headings.find(after) ?? first;
  const next = headings.find(after);
  return next ? next.line : null;
}

const UNRELEASED = /\bunreleased\b/i;

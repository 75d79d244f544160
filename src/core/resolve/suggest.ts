// "Did you mean" for a path that is not in the tree: a case mistake, the same name elsewhere,
// the nearest name by edit distance, and where history knows, the commit that removed or moved it.
import type { PathFate } from "../types.js";
import type { PathIndex } from "./path-index.js";

const MAX_SAME_NAME = 3;

export function suggestionsFor(
  path: string,
  index: PathIndex,
  fates: ReadonlyMap<string, PathFate>,
): string[] {
  const out: string[] = [];
  const fate = fates.get(path);
  if (fate) out.push(describeFate(fate));
  const caseMatch = index.caseInsensitive(path);
  if (caseMatch) out.push(`did you mean ${caseMatch}? (paths are case-sensitive)`);
  const sameName = index.sameBasename(path).filter((p) => p !== caseMatch);
  if (sameName.length > 0 && sameName.length <= MAX_SAME_NAME) {
    for (const p of sameName) out.push(`did you mean ${p}? (same name, other folder)`);
  } else if (sameName.length > MAX_SAME_NAME) {
    out.push(`${sameName.length} files named ${sameName[0]!.split("/").pop()} exist; write a longer path`);
  }
  if (!caseMatch && sameName.length === 0) {
    for (const p of index.nearest(path)) out.push(`did you mean ${p}?`);
  }
  return out;
}

export function describeFate(fate: PathFate): string {
  const short = fate.commit.slice(0, 7);
  const when = fate.date ? ` on ${fate.date.slice(0, 10)}` : "";
  return fate.renamedTo
    ? `moved to ${fate.renamedTo} in ${short}${when} ("${fate.subject}")`
    : `deleted in ${short}${when} ("${fate.subject}")`;
}

// Document-level awareness: when the author shows anywhere in the document that a path is not
// there yet (planned), gone (removed) or never was (historical), the plain "deploy X" mentions of
// the same path elsewhere in that document are read in that light, not as phantoms.

import type { Intent, Reference } from "../types.js";

const PRIORITY: Intent[] = ["planned", "removed", "historical"];

export function applyAwareness(refs: Reference[]): void {
  // Full path → first not-there mention; basename → first not-there mention with that basename.
  const byPath = new Map<string, Reference>();
  const byBase = new Map<string, Reference>();
  for (const intent of PRIORITY) {
    for (const r of refs) {
      if (r.intent !== intent) continue;
      const { clean, base } = split(r.path);
      if (!byPath.has(clean)) byPath.set(clean, r);
      if (!byBase.has(base)) byBase.set(base, r);
    }
  }
  if (byPath.size === 0) return;
  for (const r of refs) {
    if (r.intent !== "exists") continue;
    const { clean, base, bare } = split(r.path);
    // A bare name matches any path with that basename; a full path matches itself or a bare name.
    const source = byPath.get(clean) ?? (bare ? byBase.get(base) : byPath.get(base));
    if (!source) continue;
    r.intent = source.intent;
    r.intentReason = `same path is ${source.intent} on line ${source.line} (${source.intentReason})`;
  }
}

function split(path: string): { clean: string; base: string; bare: boolean } {
  const clean = path.replace(/^(?:\.\.?\/)+/, "").replace(/\/$/, "");
  const slash = clean.lastIndexOf("/");
  return { clean, base: slash === -1 ? clean : clean.slice(slash + 1), bare: slash === -1 };
}

import { suggestionsFor } from "../resolve/suggest.js";
import { q, readersProjectFile, references, renamedAway } from "./references.js";
import { type Draft, type Rule, referenceDraft } from "./rule.js";

export const HG102: Rule = {
  id: "HG102",
  name: "uncommitted-claim",
  defaultSeverity: { handoff: "error", document: "error" },
  summary:
    'A document claims a file was created or changed ("Files created:", "Added X", "- [x] Create X", "✅ X"), but the file is not in the commit.',
  explanation:
    "Reports written by agents list their deliverables. When a listed file is not in the commit, the work either sits uncommitted in one machine's working tree (and is lost with it) or was never produced while the task was marked done. Either way the next reader is told something false.",
  fix: "If the file exists locally, commit it (`git add <path>`). If it was never created, do the work or correct the report.",
  examples: {
    fires: "**Files created:**\n```\nsrc/backend/search/semantic_search.py\n```   <!-- never git added -->",
    passes:
      "**Files created:**\n```\nsrc/backend/search/semantic_search.py\n```   <!-- committed in this change -->",
  },
  check(ctx) {
    const drafts: Draft[] = [];
    const workingTree = ctx.snapshot.workingTree;
    const untracked = workingTree?.untracked ?? [];
    const untrackedSet = new Set(untracked);
    for (const { doc, ref, resolution, index } of references(ctx.documents)) {
      if (ref.intent !== "created" || resolution.status !== "missing") continue;
      // "- `a.py` → `b.py`" under "Files modified", with `b.py` in the tree: the rename is the change.
      if (renamedAway(doc, index)) continue;
      // A path the repository ignores is meant to stay local (logs, build output, editor state).
      if (ctx.ignored.has(resolution.path)) continue;
      // Documentation naming the reader's `package-lock.json` or `.npmrc` (see readersProjectFile).
      if (readersProjectFile(doc, ref, ctx.index)) continue;
      const target = resolution.path;
      const local =
        untrackedSet.has(target) || (ref.folder && untracked.some((p) => p.startsWith(`${target}/`)));
      let message: string;
      const suggestions: string[] = [];
      if (local) {
        message = `${q(ref.path)} is listed as created (${ref.intentReason}); it exists in the working tree but was never committed.`;
        suggestions.push(`git add ${shellQuote(target)} && git commit`);
      } else if (workingTree) {
        message = `${q(ref.path)} is listed as created (${ref.intentReason}), but it was never created: it is neither in the commit nor in the working tree.`;
      } else {
        message = `${q(ref.path)} is listed as created (${ref.intentReason}), but it is not in the commit.`;
      }
      suggestions.push(...suggestionsFor(target, ctx.index, ctx.fates));
      drafts.push(referenceDraft(doc, ref, target, message, { suggestions }));
    }
    return drafts;
  },
};

export function shellQuote(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}

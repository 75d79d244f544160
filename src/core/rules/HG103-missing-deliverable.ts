import { q, references } from "./references.js";
import { type Draft, type Rule, referenceDraft } from "./rule.js";

const DONE = new Set(["done"]);

export const HG103: Rule = {
  id: "HG103",
  name: "missing-deliverable",
  defaultSeverity: { handoff: "error", document: "off" },
  summary: "A handoff marked done still names planned files that do not exist.",
  explanation:
    'A handoff that says it is done while a deliverable it planned ("Create X", "Files to create") is not in the repository is the failure where tasks are marked complete and nothing was produced.',
  fix: "Commit the deliverable, or reopen the handoff (`status: open`) until it exists, or strike the item if it was dropped.",
  examples: {
    fires: "---\nstatus: done\n---\n- [ ] Create `src/search/index.py`   <!-- never created -->",
    passes: "---\nstatus: in_progress\n---\n- [ ] Create `src/search/index.py`",
  },
  check(ctx) {
    const drafts: Draft[] = [];
    for (const { doc, ref, resolution } of references(ctx.documents)) {
      if (doc.class !== "handoff" || !DONE.has(doc.metadata.status ?? "")) continue;
      if (ref.intent !== "planned" || resolution.status !== "missing") continue;
      const message = `This handoff is marked ${doc.metadata.rawStatus ?? "done"}, but its planned deliverable ${q(ref.path)} does not exist (${ref.intentReason}).`;
      drafts.push(referenceDraft(doc, ref, resolution.path, message));
    }
    return drafts;
  },
};

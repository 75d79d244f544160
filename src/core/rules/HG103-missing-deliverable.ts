import { ANOTHERS_WORK, saysNotThere } from "../references/intent.js";
import { q, references } from "./references.js";
import { type AnalyzedDocument, type Draft, type Rule, referenceDraft } from "./rule.js";

const DONE = new Set(["done"]);

export const HG103: Rule = {
  id: "HG103",
  name: "missing-deliverable",
  defaultSeverity: { handoff: "error", document: "off" },
  summary: "A handoff marked done still names planned files that do not exist.",
  explanation:
    'A handoff that says it is done while a deliverable it planned ("Create X", "Files to create") is not in the repository is the failure where tasks are marked complete and nothing was produced. A file the handoff leaves to someone else ("Wait for Gemini to create X, then deploy it"), or says itself is not there yet ("X does NOT exist yet, it is only on my machine"), is not reported.',
  fix: "Commit the deliverable, or reopen the handoff (`status: open`) until it exists, or strike the item if it was dropped.",
  examples: {
    fires: "---\nstatus: done\n---\n- [ ] Create `src/search/index.py`   <!-- never created -->",
    passes: "---\nstatus: in_progress\n---\n- [ ] Create `src/search/index.py`",
  },
  check(ctx) {
    const drafts: Draft[] = [];
    const toldAbsent = new Map<AnalyzedDocument, Set<string>>();
    for (const { doc, ref, resolution } of references(ctx.documents)) {
      if (doc.class !== "handoff" || !DONE.has(doc.metadata.status ?? "")) continue;
      if (ref.intent !== "planned" || resolution.status !== "missing") continue;
      // "Wait for Gemini to create X" (and the mentions that take their reading from it): planned,
      // but Gemini's to deliver, not this handoff's.
      if (ref.intentReason.includes(ANOTHERS_WORK)) continue;
      // "X does NOT exist yet, it is still only on my machine" … "Files to create: X": the handoff
      // itself says the file is not there; nobody is told it was delivered.
      let absent = toldAbsent.get(doc);
      if (!absent) {
        absent = new Set(doc.references.filter(saysNotThere).map((r) => r.path));
        toldAbsent.set(doc, absent);
      }
      if (absent.has(ref.path)) continue;
      const message = `This handoff is marked ${doc.metadata.rawStatus ?? "done"}, but its planned deliverable ${q(ref.path)} does not exist (${ref.intentReason}).`;
      drafts.push(referenceDraft(doc, ref, resolution.path, message));
    }
    return drafts;
  },
};

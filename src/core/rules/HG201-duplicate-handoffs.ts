import { analyzeDuplicates } from "../duplicates/cache.js";
import type { AnalyzedDocument, Draft, Rule } from "./rule.js";

export const CONSOLIDATE_HINT =
  "comment `/consolidate` on an issue or PR, or run `handoff-guard consolidate`";

export const HG201: Rule = {
  id: "HG201",
  name: "duplicate-handoffs",
  defaultSeverity: { handoff: "warning", document: "off" },
  summary: "Two or more open handoffs describe the same work.",
  explanation:
    "When the same task is handed off several times (re-issued with new dates, paraphrased by another agent), people and agents work from different copies: one copy is finished while another still looks open, and each copy carries part of the acceptance criteria. The evidence is shared rare files, similar titles and descriptions, the same assignee, close dates and shared checklist items; a different action on the same file (create vs deploy, skeleton vs implementation) counts against, and two handoffs one author filed for the same assignee under different titles, the same day (a person: or the next), are a batch of separate tasks, never duplicates.",
  fix: "Fold the group into one consolidated handoff or issue: comment `/consolidate` on an issue or pull request, or run `handoff-guard consolidate --apply`. If they are different work, say how they differ in their titles, or silence the rule in one of them.",
  examples: {
    fires:
      "handoffs/a.md: `# Deploy api_healer.py` ... deploy `crewai-service/api_healer.py` (assigned to russell)\nhandoffs/b.md: `# Deploy Gemini's healer patches` ... ship `api_healer.py` to Render (assigned to russell)",
    passes:
      "handoffs/a.md: `# Create api_healer.py` (assigned to gemini)\nhandoffs/b.md: `# Deploy api_healer.py` (assigned to russell)",
  },
  async check(ctx) {
    const { duplicates } = ctx.config;
    if (!duplicates.enabled) return [];
    const handoffs = await ctx.allHandoffs();
    const analysis = analyzeDuplicates(handoffs, {
      threshold: duplicates.threshold,
      dateWindowDays: duplicates.dateWindowDays,
    });
    const checked = new Set(ctx.documents.map((d) => d.path));
    const byPath = new Map(handoffs.map((d) => [d.path, d]));
    const drafts: Draft[] = [];
    for (const group of analysis.groups) {
      // On a pull request, only groups the change touches; on a full scan, every group.
      if (!group.members.some((m) => checked.has(m))) continue;
      const evidence = group.evidence.join("; ");
      for (const member of group.members) {
        const doc = byPath.get(member)!;
        const others = group.members.filter((m) => m !== member);
        const who = others.length === 1 ? "another open handoff" : `${others.length} other open handoffs`;
        drafts.push({
          path: member,
          line: titleLine(doc),
          column: 1,
          target: null,
          raw: null,
          intent: null,
          message: `This handoff and ${who} describe the same work (score ${group.score.toFixed(2)}): ${evidence}. Others: ${others.join(", ")}. To fold them into one, ${CONSOLIDATE_HINT}.`,
          suggestions: [],
          related: others,
          class: doc.class,
        });
      }
    }
    return drafts;
  },
};

function titleLine(doc: AnalyzedDocument): number {
  return doc.headings.find((h) => h.depth === 1)?.line ?? 1;
}

import { isOpen } from "./references.js";
import type { Draft, Rule } from "./rule.js";

export const HG402: Rule = {
  id: "HG402",
  name: "overdue-handoff",
  defaultSeverity: { handoff: "notice", document: "off" },
  summary: "An open handoff is past its due date (reported by hygiene scans).",
  explanation:
    "Handoffs past their due date are either done and not closed, or stuck. Either way the board lies. This rule depends on the date, so it runs in hygiene scans, not on pull requests.",
  fix: "Close the handoff (`status: done`), move the due date, or consolidate it with newer handoffs for the same work.",
  examples: {
    fires: "---\nstatus: open\ndue: 2026-02-21\n---   <!-- checked on 2026-03-01 -->",
    passes: "---\nstatus: done\ndue: 2026-02-21\n---",
  },
  check(ctx) {
    if (!ctx.hygiene) return [];
    const today = ctx.now.toISOString().slice(0, 10);
    const drafts: Draft[] = [];
    for (const doc of ctx.documents) {
      if (doc.class !== "handoff" || !isOpen(doc) || !doc.metadata.due) continue;
      if (doc.metadata.due >= today) continue;
      const days = Math.round((Date.parse(today) - Date.parse(doc.metadata.due)) / 86_400_000);
      drafts.push({
        path: doc.path,
        line: 1,
        column: 1,
        target: null,
        raw: null,
        intent: null,
        message: `This handoff is ${doc.metadata.status ?? "open"} and was due ${doc.metadata.due} (${days} day${days === 1 ? "" : "s"} ago)${doc.metadata.assignee ? `; assigned to ${doc.metadata.assignee}` : ""}.`,
        suggestions: [],
        related: [],
        class: doc.class,
      });
    }
    return drafts;
  },
};

import { findConsolidations } from "../duplicates/consolidations.js";
import { isOpenStatus } from "../duplicates/features.js";
import type { Draft, Rule } from "./rule.js";

export const HG202: Rule = {
  id: "HG202",
  name: "consolidated-still-open",
  defaultSeverity: { handoff: "warning", document: "off" },
  summary: "A handoff folded into a consolidation is still open.",
  explanation:
    'After a consolidation the members must say so, or the next agent reading the repository picks up a copy of the task that is already being done elsewhere. This fires when a handoff is listed by a consolidating handoff ("This Handoff Consolidates:", "Supersedes:") but is still open, or carries `consolidated_into` while its status is still open.',
  fix: "Set `status: consolidated` and `consolidated_into: <consolidated issue or handoff>` in its front matter (`handoff-guard consolidate --apply` does this), or remove it from the consolidation's list if it is separate work.",
  examples: {
    fires: "---\nstatus: open\nconsolidated_into: https://github.com/acme/app/issues/42\n---",
    passes: "---\nstatus: consolidated\nconsolidated_into: https://github.com/acme/app/issues/42\n---",
  },
  async check(ctx) {
    const handoffs = await ctx.allHandoffs();
    const index = findConsolidations(handoffs);
    const checked = new Set(ctx.documents.map((d) => d.path));
    const drafts: Draft[] = [];
    for (const doc of handoffs) {
      const memberships = index.memberOf.get(doc.path);
      if (!memberships || doc.skipped || !isOpenStatus(doc)) continue;
      const into = doc.metadata.consolidatedInto?.trim();
      let message: string | null = null;
      let related: string[] = [];
      if (into) {
        // `consolidated_into` without a status says enough; with an open status it contradicts itself.
        if (doc.metadata.status === undefined) continue;
        message = `This handoff says \`consolidated_into: ${into}\` but ${doc.metadata.status === undefined ? "has no status, so it still reads as open" : `its status is still ${doc.metadata.rawStatus ?? doc.metadata.status}`}. Set \`status: consolidated\` so no one picks it up again.`;
        related = memberships.flatMap((c) => (c.consolidator ? [c.consolidator] : []));
      } else {
        const listed = memberships.find(
          (c) => c.consolidator && c.consolidator !== doc.path && c.listed.includes(doc.path),
        );
        if (index.selfMarked.has(doc.path)) {
          // "DEPRECATED — superseded by X" over `status: open`, or over no status at all (which
          // reads as open): the text knows, the status does not, and boards and agents read it.
          const by = (listed ?? memberships.find((c) => c.consolidator && c.consolidator !== doc.path))
            ?.consolidator;
          message = `This handoff says it was superseded${by ? ` by \`${by}\`` : ""} but ${doc.metadata.status === undefined ? "has no status, so it still reads as open" : `its status is still ${doc.metadata.rawStatus ?? doc.metadata.status}`}. Set \`status: consolidated\`${by ? ` and \`consolidated_into: ${by}\`` : ""} so no one picks it up again.`;
          related = by ? [by] : [];
        } else {
          if (!listed) continue;
          message = `This handoff is consolidated into \`${listed.consolidator}\` but is still ${doc.metadata.rawStatus ?? doc.metadata.status ?? "open (no status)"}. Set \`status: consolidated\` and \`consolidated_into: ${listed.consolidator}\`, or run \`handoff-guard consolidate --apply\`.`;
          related = [listed.consolidator!];
        }
      }
      if (!checked.has(doc.path) && !related.some((r) => checked.has(r))) continue;
      drafts.push({
        path: doc.path,
        line: doc.headings.find((h) => h.depth === 1)?.line ?? 1,
        column: 1,
        target: null,
        raw: null,
        intent: null,
        message,
        suggestions: [],
        related,
        class: doc.class,
      });
    }
    return drafts;
  },
};

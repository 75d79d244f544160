import { isOpen, q, references, removedByChange } from "./references.js";
import { type Draft, type Rule, referenceDraft } from "./rule.js";

export const HG106: Rule = {
  id: "HG106",
  name: "reference-broken-by-change",
  defaultSeverity: { handoff: "error", document: "warning" },
  summary: "The change under check deletes or renames a file that an open handoff relies on.",
  explanation:
    "Handoffs are read after the change lands. Deleting or moving a file that an open handoff tells someone to deploy or edit breaks the handoff silently; the author of the change is the one who knows where the file went.",
  fix: "Update the handoff in the same change (point it at the new path), or keep the file, or close the handoff if the work is moot.",
  examples: {
    fires:
      "(the pull request renames crewai-service/healer.py to crewai-service/api_healer.py)\nDeploy `crewai-service/healer.py`.",
    passes: "(the same pull request also updates the handoff)\nDeploy `crewai-service/api_healer.py`.",
  },
  async check(ctx) {
    const removed = removedByChange(ctx.snapshot.change);
    if (removed.size === 0) return [];
    const removedPaths = [...removed.keys()];
    const drafts: Draft[] = [];
    const open = (await ctx.allHandoffs()).filter(isOpen);
    for (const { doc, ref, resolution } of references(open)) {
      if (ref.intent !== "exists" && ref.intent !== "created") continue;
      if (resolution.status !== "missing") continue;
      const hit = removed.has(resolution.path)
        ? resolution.path
        : uniqueSuffix(removedPaths, ref.path.replace(/^\.\//, "").replace(/\/+$/, ""));
      if (!hit) continue;
      const movedTo = removed.get(hit) ?? null;
      const message = movedTo
        ? `This change moves ${q(hit)} to ${q(movedTo)}, but this open handoff still refers to ${q(ref.path)}. Update the reference.`
        : `This change deletes ${q(hit)}, which this open handoff relies on (${ref.intentReason}).`;
      drafts.push(
        referenceDraft(doc, ref, hit, message, {
          suggestions: movedTo ? [`replace ${ref.path} with ${movedTo}`] : [],
          related: movedTo ? [movedTo] : [],
        }),
      );
    }
    return drafts;
  },
};

function uniqueSuffix(paths: readonly string[], partial: string): string | null {
  if (!partial) return null;
  const matches = paths.filter((p) => p === partial || p.endsWith(`/${partial}`));
  return matches.length === 1 ? matches[0]! : null;
}

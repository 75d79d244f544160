import { q, references } from "./references.js";
import { type Draft, type Rule, referenceDraft } from "./rule.js";

export const HG104: Rule = {
  id: "HG104",
  name: "line-out-of-range",
  defaultSeverity: { handoff: "warning", document: "warning" },
  summary: "A line anchor (`file.py#L10-L20`, `file.py:120`) points past the end of the file.",
  explanation:
    "Line anchors rot when a file shrinks: the reader lands on the wrong code or on nothing. GitHub shows no error for an out-of-range anchor.",
  fix: "Update the anchor to the lines meant, or link to a commit (`/blob/<sha>/path#L10`) so the lines stay fixed.",
  examples: {
    fires: "See [the retry loop](src/retry.py#L400-L420)   <!-- src/retry.py has 120 lines -->",
    passes: "See [the retry loop](src/retry.py#L40-L60)",
  },
  async check(ctx) {
    const lineCount = ctx.snapshot.lineCount?.bind(ctx.snapshot);
    if (!lineCount) return [];
    const candidates = [...references(ctx.documents)].filter(
      ({ ref, resolution }) => ref.range && resolution.status === "found" && !resolution.folder,
    );
    const counts = new Map<string, Promise<number | null>>();
    for (const { resolution } of candidates) {
      if (resolution.status !== "found") continue;
      if (!counts.has(resolution.path))
        counts.set(
          resolution.path,
          lineCount(resolution.path).catch(() => null),
        );
    }
    const drafts: Draft[] = [];
    for (const { doc, ref, resolution } of candidates) {
      if (resolution.status !== "found" || !ref.range) continue;
      const count = await counts.get(resolution.path)!;
      if (count === null || ref.range.end <= count) continue;
      const lines =
        ref.range.start === ref.range.end
          ? `line ${ref.range.start}`
          : `lines ${ref.range.start}-${ref.range.end}`;
      const message = `${q(ref.raw)} points at ${lines}, but ${q(resolution.path)} has ${count} line${count === 1 ? "" : "s"}.`;
      drafts.push(referenceDraft(doc, ref, resolution.path, message));
    }
    return drafts;
  },
};

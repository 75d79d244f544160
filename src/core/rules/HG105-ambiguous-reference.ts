import { q, references } from "./references.js";
import { type Draft, type Rule, referenceDraft } from "./rule.js";

const SHOWN = 5;

export const HG105: Rule = {
  id: "HG105",
  name: "ambiguous-reference",
  defaultSeverity: { handoff: "notice", document: "notice" },
  summary: "A bare file name matches several tracked files, so the reader cannot tell which one is meant.",
  explanation:
    "`config.py` is clear in a repository with one of them and a guess in a repository with five. The check cannot verify a reference it cannot resolve, and neither can the reader.",
  fix: "Write enough of the path to make it unique (`services/api/config.py`).",
  examples: {
    fires: "Edit `config.py`.   <!-- api/config.py and worker/config.py both exist -->",
    passes: "Edit `api/config.py`.",
  },
  check(ctx) {
    const drafts: Draft[] = [];
    for (const { doc, ref, resolution } of references(ctx.documents)) {
      if (resolution.status !== "ambiguous") continue;
      if (ref.intent !== "exists" && ref.intent !== "created") continue;
      const n = resolution.candidates.length;
      const shown = resolution.candidates.slice(0, SHOWN).map(q).join(", ");
      const message = `${q(ref.path)} matches ${n} tracked files (${shown}${n > SHOWN ? ", ..." : ""}); write a longer path.`;
      drafts.push(
        referenceDraft(doc, ref, ref.path, message, {
          suggestions: resolution.candidates.slice(0, SHOWN).map((c) => `did you mean ${c}?`),
          related: resolution.candidates,
        }),
      );
    }
    return drafts;
  },
};

import { changeDraft } from "../untracked/findings.js";
import { workingTreePlan } from "../untracked/plan.js";
import type { Rule } from "./rule.js";

export const HG304: Rule = {
  id: "HG304",
  name: "uncommitted-change",
  defaultSeverity: { handoff: "warning", document: "warning" },
  summary:
    "A tracked file is modified, deleted, renamed or in conflict in the working tree, and that is not committed.",
  explanation:
    "A fix that exists only as an uncommitted edit is not in the pull request, not in CI and not on the next machine, while the report describing it says it is done. One finding per file; a rename is one finding at its new path.",
  fix: "Commit the change with the command given, or undo it with the restore command.",
  examples: {
    fires: " M src/autopack/autonomous_executor.py   (git status: modified, not committed)",
    passes: "src/autopack/autonomous_executor.py with the change committed",
  },
  check(ctx) {
    const tree = ctx.snapshot.workingTree;
    if (!tree) return [];
    return workingTreePlan(tree, ctx.config.untracked, ctx.snapshot.paths).changes.map(changeDraft);
  },
};

import { deliverableDraft } from "../untracked/findings.js";
import { workingTreePlan } from "../untracked/plan.js";
import type { Rule } from "./rule.js";

export const HG302: Rule = {
  id: "HG302",
  name: "untracked-documentation",
  defaultSeverity: { handoff: "warning", document: "warning" },
  summary: "A documentation file (or a new folder of them) sits in the working tree but is in no commit.",
  explanation:
    "Handoffs, reports, plans and debug notes that were never committed cannot guide anyone else: the next agent reads the repository, not your disk. A file that matches no untracked pattern (a CSV, an image, a script without an extension) is reported here too, as a warning rather than an error, because it is not clearly code.",
  fix: "Commit the documents with the command given, or delete them if they were scratch notes. To stop a kind of file from being reported, add a glob to `untracked.ignore` (or to .gitignore).",
  examples: {
    fires: "?? docs/DBG-009_MULTIPLE_EXECUTOR_INSTANCES.md   (git status: never added)",
    passes: "docs/DBG-009_MULTIPLE_EXECUTOR_INSTANCES.md committed in HEAD",
  },
  check(ctx) {
    const tree = ctx.snapshot.workingTree;
    if (!tree) return [];
    return workingTreePlan(tree, ctx.config.untracked, ctx.snapshot.paths)
      .untracked.filter((item) => item.class === "documentation")
      .map(deliverableDraft);
  },
};

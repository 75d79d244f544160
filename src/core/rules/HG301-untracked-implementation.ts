import { deliverableDraft } from "../untracked/findings.js";
import { workingTreePlan } from "../untracked/plan.js";
import type { Rule } from "./rule.js";

export const HG301: Rule = {
  id: "HG301",
  name: "untracked-implementation",
  defaultSeverity: { handoff: "error", document: "error" },
  summary: "A source file (or a new folder of them) sits in the working tree but is in no commit.",
  explanation:
    "Work that was never committed exists on one machine only: tests may pass there while the pull request, the next agent and production never see the code, and a report that lists it as created is false. It happened: an executor wrote five implementation files that passed 40 tests locally and marked the task done, but never ran `git add`. Files git ignores, editor and agent state (`.claude/`, `.cursor/`, `.idea/`, `.vscode/`), `node_modules/`, virtual environments and nested repositories are never reported. A new folder with many files is one finding.",
  fix: "Commit the files with the command given (it stages and commits exactly them), or delete them if they are not part of the work. To stop a kind of file from being reported, add a glob to `untracked.ignore` (or to .gitignore).",
  examples: {
    fires: "?? src/backend/search/semantic_search.py   (git status: never added)",
    passes: "src/backend/search/semantic_search.py committed in HEAD",
  },
  check(ctx) {
    const tree = ctx.snapshot.workingTree;
    if (!tree) return [];
    return workingTreePlan(tree, ctx.config.untracked, ctx.snapshot.paths)
      .untracked.filter((item) => item.class === "implementation")
      .map(deliverableDraft);
  },
};

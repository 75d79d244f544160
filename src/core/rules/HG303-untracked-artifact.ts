import { artifactDraft } from "../untracked/findings.js";
import { workingTreePlan } from "../untracked/plan.js";
import type { Rule } from "./rule.js";

export const HG303: Rule = {
  id: "HG303",
  name: "untracked-artifact",
  defaultSeverity: { handoff: "notice", document: "notice" },
  summary: "A log, patch, dump, coverage report or temp file sits untracked in the working tree.",
  explanation:
    "Generated files are not work to commit, but left untracked and unignored they clutter `git status` until someone commits them by accident with `git add -A`, or mistakes them for deliverables. The fix is to ignore the kind of file once, or to delete it.",
  fix: "Run the .gitignore command given (it appends the narrowest useful pattern: a folder such as `coverage/`, an extension such as `*.log`, or the exact path), or delete the file.",
  examples: {
    fires: "?? executor_run_7fadd5.log   (git status: untracked, not ignored)",
    passes: "executor_run_7fadd5.log with `*.log` in .gitignore",
  },
  async check(ctx) {
    const tree = ctx.snapshot.workingTree;
    if (!tree) return [];
    const items = workingTreePlan(tree, ctx.config.untracked, ctx.snapshot.paths).untracked.filter(
      (item) => item.class === "artifact",
    );
    if (items.length === 0) return [];
    // Appending to a .gitignore whose last line has no newline would glue the pattern onto it.
    const gitignore = ctx.index.files.has(".gitignore") ? await ctx.snapshot.read(".gitignore") : null;
    const lacksNewline = gitignore !== null && gitignore.length > 0 && !gitignore.endsWith("\n");
    return items.map((item) => artifactDraft(item, lacksNewline));
  },
};

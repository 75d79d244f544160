// What the local adapter knows about a working tree beyond the shared WorkingTreeState contract.
// The extra lists are optional so a plain WorkingTreeState (tests, other adapters) still works.
import type { WorkingTreeState } from "../types.js";

export interface WorkingTreeDetail extends WorkingTreeState {
  /**
   * New files in the index that are in no commit (`git add`ed, or `git add -N`): a deliverable that
   * is staged but not committed. Not listed in `modified` or `untracked`.
   */
  added?: readonly string[];
  /**
   * Renames not yet committed. `to` is also listed in `modified` and `from` in `deleted`, so readers
   * of the plain contract see both sides; HG304 reports the pair once.
   */
  renamed?: readonly { from: string; to: string }[];
  /** Paths with unresolved merge conflicts (also listed in `modified`). */
  unmerged?: readonly string[];
  /** Submodules whose checked-out commit differs from the recorded one (also in `modified`). */
  submodules?: readonly string[];
  /**
   * Untracked folders holding another repository or worktree (a `.git` inside). git does not look
   * into them; they are never findings. Listed without a trailing slash.
   */
  nested?: readonly string[];
}

export type UntrackedClass = "implementation" | "documentation" | "artifact" | "ignored";

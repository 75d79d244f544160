// Plan items in words: the message (what, why it matters, what to do) and the exact commands.
import type { Draft } from "../rules/rule.js";
import type { ChangeItem, UntrackedItem } from "./plan.js";
import { commitCommand, deleteCommand, gitignoreCommand, quotePath } from "./shell.js";

/** Files named in a grouped finding's message; the rest are counted ("and 30 more"). */
export const LISTED_FILES = 20;

const NOUN: Record<UntrackedItem["class"], [string, string]> = {
  implementation: ["an implementation file", "implementation files"],
  documentation: ["a documentation file", "documentation files"],
  artifact: [
    "a generated artifact (log, patch, dump or temp file)",
    "generated artifacts (logs, patches, dumps, temp files)",
  ],
};

function state(item: UntrackedItem): string {
  if (item.staged) return "staged with `git add` but never committed";
  if (item.someStaged) return "not committed (some staged, some untracked)";
  return "not tracked by git";
}

function listFiles(item: UntrackedItem): string {
  const shown = item.files.slice(0, LISTED_FILES).map((f) => `\`${f.slice(item.path.length)}\``);
  const more = item.files.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}

function what(item: UntrackedItem): string {
  if (item.files.length === 1) return `\`${item.path}\` is ${NOUN[item.class][0]} ${state(item)}`;
  return `New folder \`${item.path}\` holds ${item.files.length} ${NOUN[item.class][1]} ${state(item)}: ${listFiles(item)}`;
}

/** The paths a command should name: the folder when it covers exactly these files, else each file. */
function targets(item: UntrackedItem): string[] {
  return item.files.length > 1 && item.wholeFolder ? [item.path] : item.files;
}

/** HG301 and HG302: a deliverable that is in no commit. */
export function deliverableDraft(item: UntrackedItem): Draft {
  const one = item.files.length === 1;
  const [they, them, are] = one ? ["it", "it", "is"] : ["they", "them", "are"];
  const message =
    `${what(item)}. ${cap(they)} ${are} in no commit, so nobody else can see, review or run ${them}, and ` +
    `${they} will be lost with this working tree (${item.reason}). Commit ${them}, or delete ${them} if ` +
    `${they} ${are} not part of the work.`;
  const subject = one ? item.path : `${item.files.length} files in ${item.path}`;
  return draft(item, message, [commitCommand(targets(item), `Add ${subject}`)]);
}

function cap(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** HG303: a generated file; ignore it or delete it, never commit it. */
export function artifactDraft(item: UntrackedItem, gitignoreLacksNewline: boolean): Draft {
  const them = item.files.length === 1 ? "it" : "them";
  const patterns = item.ignorePatterns ?? [];
  const message =
    `${what(item)} (${item.reason}). Such files do not belong in the repository: add ` +
    `${patterns.map((p) => `\`${p}\``).join(", ")} to .gitignore so git stops offering ${them}, or delete ${them}.`;
  return draft(item, message, [
    gitignoreCommand(patterns, gitignoreLacksNewline, item.someStaged ? targets(item) : []),
    deleteCommand(targets(item), item.someStaged),
  ]);
}

/** HG304: a tracked file changed in the working tree or index, not committed. */
export function changeDraft(change: ChangeItem): Draft {
  const path = change.path;
  const p = quotePath(path);
  const tail =
    "The commit does not contain this change, so a report or handoff describing the work does not match what others will check out.";
  // `git commit -- <paths>` commits exactly those paths as they are in the working tree, whatever
  // else is staged.
  const commit = (message: string, ...list: string[]) =>
    `git commit -m ${quotePath(message)} -- ${list.map(quotePath).join(" ")}`;
  const restore = `git restore --source=HEAD --staged --worktree -- ${p}`;
  switch (change.kind) {
    case "modified":
      return changeDraftOf(
        change,
        `\`${path}\` is modified but not committed. ${tail} Commit it, or restore it if the change is not wanted.`,
        [commit(`Update ${path}`, path), restore],
      );
    case "deleted":
      return changeDraftOf(
        change,
        `\`${path}\` is deleted but the deletion is not committed. ${tail} Commit the deletion, or restore the file.`,
        [commit(`Remove ${path}`, path), restore],
      );
    case "stopped-tracking":
      // `git commit -- <path>` would commit the file as it is on disk, undoing the removal; this one
      // has to commit the index as staged.
      return changeDraftOf(
        change,
        `\`${path}\` was removed from git (\`git rm --cached\`) but is still on disk, and the removal is not committed. ${tail} Commit the removal (and add the file to .gitignore if it should stay local), or track it again.`,
        [`git commit -m ${quotePath(`Stop tracking ${path}`)}`, `git add -- ${p}`],
      );
    case "renamed": {
      const from = change.from ?? "";
      const folder = from.includes("/")
        ? `mkdir -p -- ${quotePath(from.slice(0, from.lastIndexOf("/")))} && `
        : "";
      return changeDraftOf(
        change,
        `\`${from}\` was renamed to \`${path}\`, but the rename is not committed. ${tail} Commit it, or move it back.`,
        [commit(`Rename ${from} to ${path}`, from, path), `${folder}git mv -- ${p} ${quotePath(from)}`],
      );
    }
    case "unmerged":
      return changeDraftOf(
        change,
        `\`${path}\` has unresolved merge conflicts. ${tail} Resolve the conflict markers, then stage it and commit the merge.`,
        [`git add -- ${p} && git commit --no-edit`],
      );
    case "submodule":
      return changeDraftOf(
        change,
        `Submodule \`${path}\` has a different commit checked out than the one recorded, and the new pointer is not committed. ${tail} Commit the new pointer, or check out the recorded commit.`,
        [commit(`Update submodule ${path}`, path), `git submodule update -- ${p}`],
      );
  }
}

function draft(item: UntrackedItem, message: string, suggestions: string[]): Draft {
  return {
    path: item.path,
    line: 1,
    column: 1,
    target: item.path,
    raw: null,
    intent: null,
    message,
    suggestions,
    related: item.files.length > 1 ? item.files : [],
    class: "handoff",
  };
}

function changeDraftOf(change: ChangeItem, message: string, suggestions: string[]): Draft {
  return {
    path: change.path,
    line: 1,
    column: 1,
    target: change.path,
    raw: null,
    intent: null,
    message,
    suggestions,
    related: change.from ? [change.from] : [],
    class: "handoff",
  };
}

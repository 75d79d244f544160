// The local-git source of truth: a RepoSnapshot of a checkout, built from a handful of git calls
// (never one per file). Tracked paths come from the index, so a file staged for the next commit
// counts as tracked and a file staged for deletion (`git rm`) does not; a file deleted only in the
// working tree is still tracked (the index has it) and reads from the index.
import { realpath, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { countLines } from "../core/snapshot/memory.js";
import type { ChangeSet, PathFate, RepoSnapshot } from "../core/types.js";
import type { WorkingTreeDetail } from "../core/untracked/types.js";
import { commandError, git, gitText, NotAGitRepositoryError } from "./git.js";
import { LOG_FORMAT, parseFateLog, parseLsFiles, parseNameStatus, parseStatusV2 } from "./parse.js";
import { readIndexBlob, readWorkingFile } from "./read.js";

export interface LocalSnapshotOptions {
  /** Read the working tree's uncommitted state (`git status`) into `workingTree`. */
  untracked?: boolean;
  /** A ref: `change` lists what `<ref>...HEAD` added, changed, deleted and renamed. */
  changedSince?: string;
  /** Commits searched by `history` (newest first). Default 5,000. */
  historyLimit?: number;
  /** Files larger than this read as null. Default 64 MiB. */
  maxReadBytes?: number;
  /**
   * With `untracked`: return before `git status` finishes and hand its result over as
   * `pendingWorkingTree`, so documents are parsed while git walks the working tree.
   */
  deferWorkingTree?: boolean;
}

export interface LocalSnapshot extends RepoSnapshot {
  /** Absolute path of the working tree root (`git rev-parse --show-toplevel`). */
  topLevel: string;
  /** The folder the snapshot was loaded from, relative to the root, with a trailing `/` ("" at the root). */
  prefix: string;
  /** Tracked submodule paths (gitlinks). Their contents are never read. */
  submodules: readonly string[];
  /** Tracked paths outside a sparse checkout (skip-worktree): read from the index. */
  sparsePaths: readonly string[];
  workingTree?: WorkingTreeDetail;
}

/** `--changed-since` names something git cannot find. */
export class UnknownRevisionError extends Error {
  override readonly name = "UnknownRevisionError";
  constructor(
    readonly ref: string,
    detail: string,
  ) {
    super(
      `--changed-since ${JSON.stringify(ref)}: ${detail}. Pass a branch, tag or commit that exists locally ` +
        "(fetch it first with `git fetch origin <branch>`; in GitHub Actions check out with `fetch-depth: 0`).",
    );
  }
}

const DEFAULT_HISTORY_LIMIT = 5000;
const DEFAULT_MAX_READ = 64 * 1024 * 1024;

export async function loadLocalSnapshot(
  dir: string,
  options: LocalSnapshotOptions = {},
): Promise<LocalSnapshot> {
  const { top, prefix } = await locate(resolve(dir));
  const maxBytes = options.maxReadBytes ?? DEFAULT_MAX_READ;
  const listed = gitText(top, ["ls-files", "-z", "-s", "-t"]);
  // `git status` starts once the index is listed: run together, its walk of the working tree
  // slowed the listing (which everything waits for) from about 50 to 220 ms on 100,000 files.
  const status = options.untracked
    ? listed.then(() =>
        gitText(top, [
          "status",
          "--porcelain=v2",
          "-z",
          "--untracked-files=all",
          // A submodule's own edits are its business; a moved submodule pointer is ours.
          "--ignore-submodules=dirty",
          "--renames",
        ]),
      )
    : null;
  const pendingTree = status && options.deferWorkingTree ? status.then(parseStatusV2) : null;
  // Handled here so a failure before anyone awaits it is not an unhandled rejection; whoever
  // awaits `pendingWorkingTree` still sees the error.
  pendingTree?.catch(() => {});
  status?.catch(() => {});
  const [realTop, commit, indexText, statusText] = await Promise.all([
    realpath(top),
    headCommit(top),
    listed,
    pendingTree ? null : status,
  ]);
  const change =
    options.changedSince === undefined ? undefined : await loadChange(top, options.changedSince, commit);

  const listing = parseLsFiles(indexText);
  const { paths, submodules } = listing;
  const sparsePaths = listing.sparse;
  const symlinks = new Set(listing.symlinks);
  const noRead = new Set(submodules);
  const fromIndex = new Set(sparsePaths);
  // Built on the first read: a run that reads nothing (verify on a clean tree) does not pay for it.
  let tracked: Set<string> | undefined;
  const realFolders = new Map<string, string | null>();

  const read = async (path: string): Promise<string | null> => {
    tracked ??= new Set(paths);
    if (!tracked.has(path) || noRead.has(path)) return null;
    if (fromIndex.has(path)) return readIndexBlob(top, path, maxBytes);
    const outcome = await readWorkingFile(path, { realTop, maxBytes, realFolders });
    if ("text" in outcome) return outcome.text;
    // Deleted in the working tree only: the index still holds the tracked content. A dangling
    // symlink's blob is its target's name, not content, so it stays null.
    if ("missing" in outcome && !symlinks.has(path)) return readIndexBlob(top, path, maxBytes);
    return null;
  };

  const lines = new Map<string, number | null>();
  let fates: Promise<FateIndex> | undefined;
  const snapshot: LocalSnapshot = {
    root: top,
    topLevel: top,
    prefix,
    commit,
    paths,
    submodules,
    sparsePaths,
    read,
    async lineCount(path) {
      if (!lines.has(path)) {
        const text = await read(path);
        lines.set(path, text === null ? null : countLines(text));
      }
      return lines.get(path) ?? null;
    },
    async history(wanted) {
      fates ??= loadFates(top, commit, options.historyLimit ?? DEFAULT_HISTORY_LIMIT);
      return (await fates).lookup(wanted);
    },
    async ignored(wanted) {
      return checkIgnored(top, wanted);
    },
  };
  if (statusText !== null) snapshot.workingTree = parseStatusV2(statusText);
  if (pendingTree) snapshot.pendingWorkingTree = pendingTree;
  if (change) snapshot.change = change;
  return snapshot;
}

async function locate(dir: string): Promise<{ top: string; prefix: string }> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new NotAGitRepositoryError(dir, "it is not a folder");
  } catch (error) {
    if (error instanceof NotAGitRepositoryError) throw error;
    throw new NotAGitRepositoryError(dir, "the folder does not exist", { cause: error });
  }
  const args = ["rev-parse", "--show-toplevel", "--show-prefix"];
  const result = await git(dir, args);
  if (result.code !== 0) {
    const cause = commandError(args, result);
    if (/not a git repository/i.test(result.stderr)) {
      throw new NotAGitRepositoryError(dir, "no .git found in it or any parent folder", { cause });
    }
    if (/must be run in a work tree/i.test(result.stderr)) {
      throw new NotAGitRepositoryError(
        dir,
        "it is a bare repository or a .git folder, with no working tree",
        {
          cause,
        },
      );
    }
    throw cause;
  }
  const [top = "", prefix = ""] = result.stdout.toString("utf8").split("\n");
  return { top: resolve(top), prefix };
}

async function headCommit(top: string): Promise<string | null> {
  const result = await git(top, ["rev-parse", "-q", "--verify", "HEAD^{commit}"]);
  // No commits yet: HEAD names an unborn branch.
  return result.code === 0 ? result.stdout.toString("utf8").trim() : null;
}

async function loadChange(top: string, ref: string, commit: string | null): Promise<ChangeSet> {
  if (ref === "" || ref.startsWith("-")) throw new UnknownRevisionError(ref, "not a valid ref");
  if (commit === null)
    throw new UnknownRevisionError(ref, "the repository has no commits yet to compare with");
  const verify = await git(top, ["rev-parse", "-q", "--verify", `${ref}^{commit}`]);
  if (verify.code !== 0) throw new UnknownRevisionError(ref, "git does not know this revision");
  const diff = (range: string[]) =>
    git(top, ["diff", "--name-status", "-z", "-M", "--no-ext-diff", ...range, "--"]);
  // Three dots: what HEAD changed since it forked from ref, the way a pull request shows it.
  let result = await diff([`${ref}...HEAD`]);
  if (result.code !== 0 && /no merge base/i.test(result.stderr)) result = await diff([ref, "HEAD"]);
  if (result.code !== 0) throw commandError(["diff", `${ref}...HEAD`], result);
  return parseNameStatus(result.stdout.toString("utf8"), ref);
}

interface FateIndex {
  lookup(paths: readonly string[]): Map<string, PathFate>;
}

/** One bounded `git log` pass over deletions and renames; folders are answered from their files. */
async function loadFates(top: string, commit: string | null, limit: number): Promise<FateIndex> {
  if (commit === null) return { lookup: () => new Map() };
  // Bound the walk itself, not only the output: `-n` counts matching commits and could walk all
  // of a long history. The commit `limit` steps back is the exclusive lower end of the range.
  const boundary = (await gitText(top, ["rev-list", "-n", "1", `--skip=${limit}`, commit])).trim();
  const range = boundary ? `${boundary}..${commit}` : commit;
  const log = await gitText(top, [
    "log",
    "--no-show-signature",
    "--diff-filter=DR",
    "-M",
    "--name-status",
    "-z",
    `--format=${LOG_FORMAT}`,
    range,
    "--",
  ]);
  const files = parseFateLog(log);
  let folders: Map<string, PathFate> | undefined;
  return {
    lookup(paths) {
      const found = new Map<string, PathFate>();
      for (const raw of paths) {
        const path = raw.replace(/\/+$/, "");
        let fate = files.get(path);
        if (!fate) {
          folders ??= folderFates(files);
          fate = folders.get(path);
        }
        if (fate) found.set(raw, fate);
      }
      return found;
    },
  };
}

/**
 * A folder's fate is its newest file fate (the map is newest first). A rename that kept the file's
 * place inside the folder moved the folder: `renamedTo` is the new folder.
 */
function folderFates(files: Map<string, PathFate>): Map<string, PathFate> {
  const folders = new Map<string, PathFate>();
  for (const fate of files.values()) {
    for (let i = fate.path.lastIndexOf("/"); i > 0; i = fate.path.lastIndexOf("/", i - 1)) {
      const folder = fate.path.slice(0, i);
      if (folders.has(folder)) continue;
      const inside = fate.path.slice(i);
      const entry: PathFate = { path: folder, commit: fate.commit, date: fate.date, subject: fate.subject };
      if (fate.renamedTo?.endsWith(inside)) entry.renamedTo = fate.renamedTo.slice(0, -inside.length);
      folders.set(folder, entry);
    }
  }
  return folders;
}

/** One `git check-ignore` call for every path asked about (exit 1 just means none is ignored). */
async function checkIgnored(top: string, paths: readonly string[]): Promise<Set<string>> {
  const asked = paths.filter((p) => p.length > 0 && !p.includes("\0"));
  if (asked.length === 0) return new Set();
  const result = await git(top, ["check-ignore", "--no-index", "-z", "--stdin"], `${asked.join("\0")}\0`);
  if (result.code !== 0 && result.code !== 1) return new Set();
  return new Set(
    result.stdout
      .toString("utf8")
      .split("\0")
      .filter((p) => p.length > 0)
      .map((p) => p.replace(/\/+$/, "")),
  );
}

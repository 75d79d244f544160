// Parsers for git's NUL-separated (-z) output. Pure functions over strings, so they are easy to test
// with hand-written input. With -z git writes paths raw: spaces, newlines, tabs and non-ASCII included.

import type { ChangeSet, PathFate } from "../core/types.js";
import type { WorkingTreeDetail } from "../core/untracked/types.js";
import { splitNul } from "./git.js";

export interface IndexListing {
  /** Every tracked path, in index order (sorted by bytes), each once. */
  paths: string[];
  /** Gitlinks (mode 160000): submodules. */
  submodules: string[];
  /** Symbolic links (mode 120000). */
  symlinks: string[];
  /** skip-worktree entries (sparse checkout): tracked, but deliberately absent from the working tree. */
  sparse: string[];
}

/**
 * `git ls-files -z -s -t`: `<tag> <mode> <object> <stage>\t<path>`. Unmerged paths appear once per
 * stage; they are listed once. Parsed in place over the whole output, one string per path: with
 * 100,000 files, per-entry objects and intermediate strings cost more in garbage collection than
 * the parsing itself.
 */
export function parseLsFiles(text: string): IndexListing {
  const paths: string[] = [];
  const submodules: string[] = [];
  const symlinks: string[] = [];
  const sparse: string[] = [];
  let last = "";
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\0", start);
    if (end === -1) end = text.length;
    const tab = text.indexOf("\t", start);
    if (tab !== -1 && tab < end) {
      const path = text.slice(tab + 1, end);
      if (path !== last) {
        last = path;
        paths.push(path);
        // Fixed columns: tag at 0, mode at 2..8.
        if (text.startsWith("160000", start + 2)) submodules.push(path);
        else if (text.startsWith("120000", start + 2)) symlinks.push(path);
        if (text.charCodeAt(start) === 83 /* S */) sparse.push(path);
      }
    }
    start = end + 1;
  }
  return { paths, submodules, symlinks, sparse };
}

/** The first `count` space-separated fields of a record, and the rest (a path, which may hold spaces). */
function fields(record: string, count: number): { fields: string[]; rest: string } {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < count; i++) {
    const space = record.indexOf(" ", start);
    if (space === -1) return { fields: out, rest: "" };
    out.push(record.slice(start, space));
    start = space + 1;
  }
  return { fields: out, rest: record.slice(start) };
}

/**
 * `git status --porcelain=v2 -z --untracked-files=all`. Ignored files never appear (no --ignored).
 * An untracked entry ending in `/` is a folder git did not enter: another repository or worktree.
 */
export function parseStatusV2(text: string): Required<WorkingTreeDetail> {
  const untracked: string[] = [];
  const modified: string[] = [];
  const deleted: string[] = [];
  const added: string[] = [];
  const renamed: { from: string; to: string }[] = [];
  const unmerged: string[] = [];
  const submodules: string[] = [];
  const nested: string[] = [];
  const records = splitNul(text);
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    const kind = record[0];
    if (kind === "?") {
      const path = record.slice(2);
      if (path.endsWith("/")) nested.push(path.slice(0, -1));
      else untracked.push(path);
    } else if (kind === "1") {
      // 1 <XY> <sub> <mH> <mI> <mW> <hH> <hI> <path>
      const { fields: f, rest: path } = fields(record, 8);
      const xy = f[1] ?? "..";
      const sub = f[2] ?? "N...";
      const [x, y] = [xy[0], xy[1]];
      if (x === "A" || y === "A") added.push(path);
      else if (x === "D" || y === "D") deleted.push(path);
      else {
        modified.push(path);
        if (sub.startsWith("S")) submodules.push(path);
      }
    } else if (kind === "2") {
      // 2 <XY> <sub> <mH> <mI> <mW> <hH> <hI> <Xscore> <path>NUL<origPath>
      const { fields: f, rest: path } = fields(record, 9);
      const from = records[++i] ?? "";
      const xy = f[1] ?? "..";
      if (xy.includes("C")) added.push(path);
      else {
        renamed.push({ from, to: path });
        modified.push(path);
        deleted.push(from);
      }
    } else if (kind === "u") {
      // u <XY> <sub> <m1> <m2> <m3> <mW> <h1> <h2> <h3> <path>
      const { rest: path } = fields(record, 10);
      unmerged.push(path);
      modified.push(path);
    }
    // `#` headers (only with --branch) and `!` ignored entries (only with --ignored) are not asked for.
  }
  // git orders entries by kind, then path; consumers (and tests) want each list in path order.
  for (const list of [untracked, modified, deleted, added, unmerged, submodules, nested])
    list.sort(byCodeUnit);
  renamed.sort((a, b) => byCodeUnit(a.to, b.to));
  return { untracked, modified, deleted, added, renamed, unmerged, submodules, nested };
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `git diff --name-status -z -M`: `<status>NUL<path>NUL` or, for renames and copies,
 * `R<score>NUL<from>NUL<to>NUL`.
 */
export function parseNameStatus(text: string, base: string): ChangeSet {
  const changed: string[] = [];
  const deleted: string[] = [];
  const renamed: { from: string; to: string }[] = [];
  const records = splitNul(text);
  for (let i = 0; i < records.length; i++) {
    const status = records[i]!;
    const code = status[0];
    if (code === "R" || code === "C") {
      const from = records[++i] ?? "";
      const to = records[++i] ?? "";
      if (code === "R") renamed.push({ from, to });
      // A renamed or copied document is a document the change touched: check it too.
      changed.push(to);
    } else {
      const path = records[++i] ?? "";
      if (code === "D") deleted.push(path);
      else changed.push(path);
    }
  }
  return { base, changed, deleted, renamed };
}

export const LOG_FORMAT = "%x1e%H%x1f%cI%x1f%s";

/**
 * `git log --diff-filter=DR -M --name-status -z --format=<LOG_FORMAT>`, newest first. Each deleted
 * or renamed-away path maps to the newest commit that did it (the first one seen).
 */
export function parseFateLog(text: string): Map<string, PathFate> {
  const fates = new Map<string, PathFate>();
  const records = splitNul(text);
  let commit = "";
  let date = "";
  let subject = "";
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    if (record.startsWith("\x1e")) {
      const [hash = "", when = "", ...words] = record.slice(1).split("\x1f");
      commit = hash;
      date = when;
      subject = words.join("\x1f");
      continue;
    }
    // The first status after a header is preceded by the newline that ends the header line.
    const status = record.startsWith("\n") ? record.slice(1) : record;
    if (status.startsWith("R")) {
      const from = records[++i] ?? "";
      const to = records[++i] ?? "";
      if (!fates.has(from)) fates.set(from, { path: from, commit, date, subject, renamedTo: to });
    } else if (status.startsWith("D")) {
      const path = records[++i] ?? "";
      if (!fates.has(path)) fates.set(path, { path, commit, date, subject });
    } else {
      i++; // a status we did not ask for: skip its path
    }
  }
  return fates;
}

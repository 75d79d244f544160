// Shared vocabulary of the pure core. Everything here is plain data: adapters (CLI, Action, App)
// build a RepoSnapshot, the core returns findings, renderers turn findings into strings.

export type Severity = "error" | "warning" | "notice";
export type SeveritySetting = Severity | "off";

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** What a document means when it mentions a path. Only `exists` and `created` can be phantoms. */
export type Intent =
  | "exists" // the document relies on the file: deploy, see, run, edit it
  | "planned" // the file is to be created: "create X", "(to be created)", "- [ ] Create X"
  | "created" // the document claims it was created or changed: "Files created:", "- [x] Add X", "✅ X"
  | "removed" // the document says it was deleted, moved away, or does not exist
  | "historical" // the mention is about the past or quoted: "X did NOT exist", "> deploy X"
  | "example"; // placeholders, globs, URLs, routes, env values: never a repository path

export type ReferenceKind =
  | "link" // [text](target)
  | "image" // ![alt](target)
  | "definition" // [label]: target
  | "code" // `inline code`
  | "fence" // a path listed on its own line inside a fenced block
  | "prose" // a bare path-like token in running text
  | "wikilink"; // [[name]]

export interface LineRange {
  start: number;
  end: number;
}

/** A mention of a repository path inside a document, with where it stands and what it means. */
export interface Reference {
  kind: ReferenceKind;
  /** Exactly as written, including anchors (`../src/a.py#L10-L20`). */
  raw: string;
  /** Path as written, anchors stripped, escapes and %-encoding decoded, `./` removed. Posix separators. */
  path: string;
  /** 1-based line and column of `raw` in the document (front matter lines count). */
  line: number;
  column: number;
  /** Line anchor (`#L10-L20`, `#L10`, `file.py:120`). */
  range?: LineRange;
  /** Written with a trailing slash: must resolve to a folder. */
  folder: boolean;
  intent: Intent;
  /** Plain words saying why this intent was chosen ("section 'Files created'", "checked task item"). */
  intentReason: string;
  /**
   * A wikilink's other part: `[[Text|Page]]` names its page second on a GitHub wiki, first in
   * Obsidian (`[[Page|Text]]`), so either may be the note.
   */
  alias?: string;
  /**
   * Followed by an arrow to the next mention, with no word saying what the arrow means
   * (`src/server.ts` → `src/index.ts`): a rename when the next one is in the tree and this one
   * is not, a flow from one file to another otherwise.
   */
  arrowNext?: true;
}

export type DocumentClass = "handoff" | "document";

export type HandoffStatus = "open" | "in_progress" | "blocked" | "done" | "consolidated" | "archived";

/** Known metadata, merged from front matter (wins) and bold body lines (`**Status**: open`). */
export interface DocumentMetadata {
  id?: string;
  title?: string;
  status?: HandoffStatus;
  /** The status as written, before normalisation. */
  rawStatus?: string;
  assignee?: string;
  priority?: "critical" | "high" | "medium" | "low";
  /** ISO date (YYYY-MM-DD). */
  due?: string;
  created?: string;
  createdBy?: string;
  consolidatedInto?: string;
  /** Rule ids listed under front matter `handoff-guard: { ignore: [...] }`. */
  ignoreRules: string[];
}

/** A problem with the document itself (HG401), with its position. */
export interface DocumentProblem {
  line: number;
  column: number;
  key?: string;
  message: string;
}

/** A checklist item (`- [ ] ...` / `- [x] ...`), used for HG103 and for merging acceptance lists. */
export interface ChecklistItem {
  line: number;
  checked: boolean;
  text: string;
  /** Nearest heading above the item. */
  section: string;
}

/** A suppression comment in the document. `rules` empty means every rule. */
export interface Suppression {
  kind: "next-line" | "block";
  rules: string[];
  /** Lines (1-based, inclusive) the suppression covers. */
  fromLine: number;
  toLine: number;
}

export interface ParsedDocument {
  path: string;
  class: DocumentClass;
  /** First H1, else front matter title, else file name. */
  title: string;
  metadata: DocumentMetadata;
  /** Raw front matter object as parsed (unknown keys kept), or null. */
  frontMatter: Record<string, unknown> | null;
  /** Number of lines the front matter block occupies (0 when none), for line arithmetic. */
  frontMatterLines: number;
  problems: DocumentProblem[];
  references: Reference[];
  checklist: ChecklistItem[];
  headings: { line: number; depth: number; text: string }[];
  wikilinks: string[];
  suppressions: Suppression[];
  /** Document body text without front matter, for similarity measures. */
  body: string;
  lineCount: number;
  /** Set when the document could not be read as text (binary, too large, invalid): it was skipped. */
  skipped?: string;
}

/** Where a path went, from history: the last commit that deleted or renamed it. */
export interface PathFate {
  path: string;
  commit: string;
  date: string;
  subject: string;
  /** Set when the path was renamed. */
  renamedTo?: string;
}

/** Uncommitted state of a working tree, when the snapshot has one (CLI, Action; never the App). */
export interface WorkingTreeState {
  /** Untracked, not ignored files (repo-relative, posix). */
  untracked: readonly string[];
  /** Tracked files modified but not committed (staged or not). */
  modified: readonly string[];
  /** Tracked files deleted in the working tree or index but not committed. */
  deleted: readonly string[];
}

/** The change under check (a pull request, a push, `--changed-since`). */
export interface ChangeSet {
  base: string;
  /** Added or modified paths. */
  changed: readonly string[];
  deleted: readonly string[];
  renamed: readonly { from: string; to: string }[];
}

/**
 * A read-only view of a repository at one commit. The core sees the repository only through this.
 * Local git and the GitHub API each provide one.
 */
export interface RepoSnapshot {
  /** Display name of the root (a directory or owner/repo). */
  root: string;
  commit: string | null;
  /** Every tracked file at the commit, repo-relative, posix separators. */
  paths: readonly string[];
  /** Text of a tracked file, or null when it cannot be read as text. */
  read(path: string): Promise<string | null>;
  /** Number of lines of a tracked file (for line anchors), or null when unknown. */
  lineCount?(path: string): Promise<number | null>;
  /** Where paths went, from history; absent when history is not available. */
  history?(paths: readonly string[]): Promise<Map<string, PathFate>>;
  /**
   * Which of `paths` the repository's ignore rules (.gitignore, info/exclude) cover. A file the
   * repository ignores is meant to stay local, so a mention of it is never a phantom.
   */
  ignored?(paths: readonly string[]): Promise<Set<string>>;
  workingTree?: WorkingTreeState;
  /**
   * The working tree's state while it is still being read (`git status` on a large checkout takes
   * as long as parsing thousands of documents). `check` awaits it after analysing the documents.
   * A snapshot sets at most one of `workingTree` and `pendingWorkingTree`.
   */
  pendingWorkingTree?: Promise<WorkingTreeState>;
  change?: ChangeSet;
  /** Link to a file at the commit, for rendered issues (`https://github.com/o/r/blob/<sha>/<path>`). */
  linkTo?(path: string, line?: number): string;
}

export type RuleId =
  | "HG101"
  | "HG102"
  | "HG103"
  | "HG104"
  | "HG105"
  | "HG106"
  | "HG201"
  | "HG202"
  | "HG301"
  | "HG302"
  | "HG303"
  | "HG304"
  | "HG401"
  | "HG402";

/** One finding. Field names and meanings are the stable JSON contract (version 1). */
export interface Finding {
  rule: RuleId;
  name: string;
  severity: Severity;
  /** The document (or untracked file) the finding is about, repo-relative. */
  path: string;
  line: number;
  column: number;
  /** The repository path as resolved or intended, when the finding is about one. */
  target: string | null;
  /** The reference as written. */
  raw: string | null;
  intent: Intent | null;
  message: string;
  suggestions: string[];
  related: string[];
}

export interface CheckStats {
  documents: number;
  references: number;
  durationMs: number;
  /** Documents skipped (binary, too large, unreadable), with the reason. */
  skipped: { path: string; reason: string }[];
}

export interface CheckResult {
  version: 1;
  root: string;
  commit: string | null;
  findings: Finding[];
  stats: CheckStats;
}

// A RepoSnapshot held in memory: for tests, benchmarks and the GitHub adapter's assembled trees.
import type { ChangeSet, PathFate, RepoSnapshot, WorkingTreeState } from "../types.js";

export interface MemorySnapshotOptions {
  root?: string;
  commit?: string | null;
  workingTree?: WorkingTreeState;
  change?: ChangeSet;
  history?: Record<string, PathFate>;
  linkBase?: string;
}

/** `files` maps tracked paths to their text. */
export function memorySnapshot(
  files: Record<string, string>,
  options: MemorySnapshotOptions = {},
): RepoSnapshot {
  const paths = Object.keys(files).sort();
  const snapshot: RepoSnapshot = {
    root: options.root ?? ".",
    commit: options.commit ?? null,
    paths,
    async read(path) {
      return Object.hasOwn(files, path) ? files[path]! : null;
    },
    async lineCount(path) {
      if (!Object.hasOwn(files, path)) return null;
      return countLines(files[path]!);
    },
  };
  if (options.workingTree) snapshot.workingTree = options.workingTree;
  if (options.change) snapshot.change = options.change;
  if (options.history) {
    const history = options.history;
    snapshot.history = async (wanted) => {
      const found = new Map<string, PathFate>();
      for (const path of wanted) if (history[path]) found.set(path, history[path]);
      return found;
    };
  }
  if (options.linkBase) {
    const base = options.linkBase;
    snapshot.linkTo = (path, line) => `${base}/${encodePath(path)}${line ? `#L${line}` : ""}`;
  }
  return snapshot;
}

/** Lines as an editor counts them: a trailing newline does not start a new line. */
export function countLines(text: string): number {
  if (text.length === 0) return 0;
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return text.endsWith("\n") ? n - 1 : n;
}

export function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

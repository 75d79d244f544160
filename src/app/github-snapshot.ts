// A RepoSnapshot read from the GitHub API in a fixed, small number of requests:
//   1. one recursive tree of the head commit (paths; a truncated tree is completed folder by folder),
//   2. one GraphQL query (per 250 files) reading the config file and every document that must be
//      read: the documents the change touched, plus every handoff when cross-document rules need
//      them (HG106 when files are deleted or renamed, HG201 duplicates),
//   3. at most one more GraphQL query for the line counts that line anchors need (lazy, batched).
// The change itself (pull request files or compare) is passed in.
import { CONFIG_PATHS, ConfigError, parseConfig } from "../core/config/load.js";
import { type Config, defaultConfig } from "../core/config/schema.js";
import { analyzeDocuments, documentClassifier } from "../core/engine.js";
import { ignoreFilesOf } from "../core/resolve/gitignore.js";
import { countLines, encodePath } from "../core/snapshot/memory.js";
import type { ChangeSet, RepoSnapshot } from "../core/types.js";
import { BlobReader } from "./blob-reader.js";
import type { AppOctokit, RepoInfo } from "./octokit.js";
import { ancestors, completeTree, folderOf, loadTree, type TreeListing } from "./tree.js";

export interface SnapshotRequest {
  octokit: AppOctokit;
  repo: RepoInfo;
  commit: string;
  /** The change under check (awaited alongside the tree request); absent for a full scan (hygiene). */
  change?: ChangeSet | Promise<ChangeSet>;
  /** Full scans: read every document (default), or only the handoffs (/consolidate). */
  scope?: "documents" | "handoffs";
}

export interface LoadedConfig {
  config: Config;
  /** The config file read, or null for defaults. */
  file: string | null;
  /** Set when the file is invalid; `config` is then the defaults. */
  error: ConfigError | null;
}

export interface GitHubSnapshot {
  snapshot: RepoSnapshot;
  config: LoadedConfig;
  /** Documents to check: those the change touched, or every document for a full scan. */
  documents: string[];
  change: ChangeSet | undefined;
  /** Things the summary must say about how the data was read (truncated tree, fallbacks). */
  notes: string[];
}

export async function loadGitHubSnapshot(request: SnapshotRequest): Promise<GitHubSnapshot> {
  const { octokit, repo, commit } = request;
  const notes: string[] = [];
  const [listing, change] = await Promise.all([loadTree(octokit, repo, commit), request.change]);
  const reader = new BlobReader({
    octokit,
    repo,
    commit,
    blobSha: (p) => listing.shas.get(p),
    onFallback: (reason) => notes.push(reason),
  });

  // One query reads the config and, guessed with the default globs (the config is not known yet),
  // the documents to check and the handoffs that cross-document rules (HG106, HG201) compare with.
  const guess = memo(documentClassifier(defaultConfig()));
  const configCandidates = listing.truncated
    ? [...CONFIG_PATHS]
    : CONFIG_PATHS.filter((p) => listing.shas.has(p));
  const only = request.scope ?? "documents";
  // The ignore rules go in the same query: a missing path they cover is never a phantom.
  await reader.prefetch([
    ...configCandidates,
    ...wanted(listing.paths, change, guess, only),
    ...ignoreFilesOf(listing.paths),
  ]);
  const config = await loadConfig(reader, configCandidates);

  const classify = config.file ? memo(documentClassifier(config.config)) : guess;
  if (listing.truncated && change) {
    // Changed files are known to exist at the head even when the listing cut them off.
    const have = new Set(listing.paths);
    for (const p of change.changed) if (!have.has(p)) listing.paths.push(p);
  }
  const documents = change
    ? change.changed.filter((p) => classify(p))
    : wanted(listing.paths, change, classify, only);
  // Only when the config's globs differ from the defaults does this read anything new.
  await reader.prefetch(wanted(listing.paths, change, classify, only));

  const snapshot = buildSnapshot(request, listing, reader, change);
  if (listing.truncated) {
    await completeForReferences(snapshot, config.config, listing, reader, documents);
    notes.push(
      `GitHub truncated the file list of this very large repository; the folders of the checked documents and of their references (${listing.walked.length}) were listed one by one. Bare file names are matched only within the folders read.`,
    );
  }
  return { snapshot: { ...snapshot, paths: [...listing.paths].sort() }, config, documents, change, notes };
}

/**
 * What must be read: the documents to check (changed ones, or all for a full scan) and, when
 * there is anything to check, every handoff: the core compares changed handoffs with all open
 * ones (HG201), looks for references to deleted or renamed files in all of them (HG106), and
 * reads them for suppressions. Reading them here puts them in the same batched query.
 */
function wanted(
  paths: readonly string[],
  change: ChangeSet | undefined,
  classify: (path: string) => "handoff" | "document" | null,
  scope: "documents" | "handoffs",
): string[] {
  if (!change) return paths.filter((p) => (scope === "handoffs" ? classify(p) === "handoff" : classify(p)));
  const out = new Set(change.changed.filter((p) => classify(p)));
  const removes = change.deleted.length > 0 || change.renamed.length > 0;
  if (removes || out.size > 0) {
    for (const p of paths) if (classify(p) === "handoff") out.add(p);
  }
  return [...out];
}

/** Classifying 100,000 paths against a dozen globs is not free: do it once per path. */
function memo<T>(fn: (path: string) => T): (path: string) => T {
  const seen = new Map<string, T>();
  return (path) => {
    let value = seen.get(path);
    if (value === undefined && !seen.has(path)) {
      value = fn(path);
      seen.set(path, value);
    }
    return value as T;
  };
}

/** The config at a commit or branch, in ONE GraphQL request (every candidate file at once). */
export async function readConfigAt(octokit: AppOctokit, repo: RepoInfo, rev: string): Promise<LoadedConfig> {
  const reader = new BlobReader({ octokit, repo, commit: rev });
  await reader.prefetch(CONFIG_PATHS);
  return loadConfig(reader, CONFIG_PATHS);
}

async function loadConfig(reader: BlobReader, candidates: readonly string[]): Promise<LoadedConfig> {
  for (const file of candidates) {
    const text = await reader.read(file);
    if (text === null) continue;
    try {
      return { config: parseConfig(text, file), file, error: null };
    } catch (error) {
      if (error instanceof ConfigError) return { config: defaultConfig(), file, error };
      throw error;
    }
  }
  return { config: defaultConfig(), file: null, error: null };
}

function buildSnapshot(
  request: SnapshotRequest,
  listing: TreeListing,
  reader: BlobReader,
  change: ChangeSet | undefined,
): RepoSnapshot {
  const { repo, commit } = request;
  const blobBase = `${repo.htmlUrl.replace(/\/+$/, "")}/blob/${commit}`;
  const snapshot: RepoSnapshot = {
    root: `${repo.owner}/${repo.repo}`,
    commit,
    paths: listing.paths,
    read: (path) => reader.read(path),
    async lineCount(path) {
      const text = await reader.read(path);
      return text === null ? null : countLines(text);
    },
    linkTo: (path, line) => `${blobBase}/${encodePath(path)}${line ? `#L${line}` : ""}`,
  };
  if (change) snapshot.change = change;
  return snapshot;
}

/** Truncated tree: list the folders the checked documents' unresolved references point into. */
async function completeForReferences(
  snapshot: RepoSnapshot,
  config: Config,
  listing: TreeListing,
  reader: BlobReader,
  documents: readonly string[],
): Promise<void> {
  const folders = new Set<string>([""]);
  for (const doc of documents) folders.add(folderOf(doc));
  const analyzed = await analyzeDocuments({ ...snapshot, paths: listing.paths }, config, documents);
  for (const doc of analyzed) {
    doc.resolutions.forEach((resolution, i) => {
      if (resolution.status !== "missing") return;
      const ref = doc.references[i]!;
      const path = ref.path.replace(/^\/+/, "").replace(/\/+$/, "");
      const relative = normalize(`${folderOf(doc.path)}/${path}`);
      for (const candidate of [path, relative]) {
        if (!candidate) continue;
        folders.add(candidate); // the path itself, when it is a folder
        for (const up of ancestors(candidate)) folders.add(up);
      }
    });
  }
  await completeTree(listing, reader, folders);
}

/** Resolves `.` and `..` segments; null-safe for paths that climb out of the root (returns ""). */
function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (!part || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}

// The change under check, as the core's ChangeSet: from a pull request's files (paginated) or,
// for a push, from the compare API. Statuses follow GitHub: added, modified, removed, renamed,
// copied, changed, unchanged.
import type { ChangeSet } from "../core/types.js";
import type { AppOctokit, RepoCoords } from "./octokit.js";

export interface ChangedFile {
  filename: string;
  status: string;
  previous_filename?: string | undefined;
}

export function toChangeSet(base: string, files: readonly ChangedFile[]): ChangeSet {
  const changed: string[] = [];
  const deleted: string[] = [];
  const renamed: { from: string; to: string }[] = [];
  for (const f of files) {
    if (f.status === "removed") deleted.push(f.filename);
    else if (f.status === "renamed" && f.previous_filename) {
      renamed.push({ from: f.previous_filename, to: f.filename });
      changed.push(f.filename);
    } else if (f.status !== "unchanged") changed.push(f.filename);
  }
  return { base, changed, deleted, renamed };
}

/** Files of a pull request: one request for up to 100 files, GitHub caps the list at 3000. */
export async function pullRequestChange(
  octokit: AppOctokit,
  repo: RepoCoords,
  pullNumber: number,
  baseSha: string,
): Promise<ChangeSet> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100,
  });
  return toChangeSet(baseSha, files);
}

/**
 * Files changed between two commits (a push): ONE compare request. GitHub lists every changed file
 * (up to 300) on the first page whatever `per_page` says about commits, so one commit is asked for.
 */
export async function compareChange(
  octokit: AppOctokit,
  repo: RepoCoords,
  base: string,
  head: string,
): Promise<ChangeSet> {
  const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${base}...${head}`,
    per_page: 1,
  });
  return toChangeSet(base, data.files ?? []);
}

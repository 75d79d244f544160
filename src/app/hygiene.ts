// A hygiene scan of one repository's default branch through the API, kept in the single living
// hygiene issue (the shared module the Action uses too).
import { check } from "../core/engine.js";
import { renderMarkdown } from "../core/render/index.js";
import { encodePath } from "../core/snapshot/memory.js";
import { type HygieneOutcome, syncHygieneIssue } from "../github/hygiene-issue.js";
import { loadGitHubSnapshot } from "./github-snapshot.js";
import type { AppOctokit, RepoInfo } from "./octokit.js";

export interface HygieneScan {
  repository: string;
  commit: string;
  findings: number;
  outcome: HygieneOutcome | null;
  /** Set when the scan could not run (config error); nothing was written. */
  skipped?: string;
}

export async function scanRepository(octokit: AppOctokit, repo: RepoInfo): Promise<HygieneScan> {
  const repository = `${repo.owner}/${repo.repo}`;
  const { data: branch } = await octokit.rest.repos.getBranch({ ...repo, branch: repo.defaultBranch });
  const commit = branch.commit.sha;
  const loaded = await loadGitHubSnapshot({ octokit, repo, commit });
  const { config } = loaded;
  if (config.error) {
    return {
      repository,
      commit,
      findings: 0,
      outcome: null,
      skipped: `invalid config: ${config.error.message}`,
    };
  }
  const result = await check(loaded.snapshot, config.config, { hygiene: true, untracked: false });
  // Links at the branch, not the commit, so that an unchanged report leaves the issue untouched.
  const base = `${repo.htmlUrl.replace(/\/+$/, "")}/blob/${encodePath(repo.defaultBranch)}`;
  const body = renderMarkdown(result, {
    title: config.config.hygiene.title,
    linkTo: (path, line) => `${base}/${encodePath(path)}#L${line}`,
    fullOutputHint: "`npx handoff-guard check` in a checkout of the default branch",
  });
  const outcome = await syncHygieneIssue(octokit, repo, {
    label: config.config.hygiene.label,
    title: config.config.hygiene.title,
    body: loaded.notes.length ? `${body}\n\n${loaded.notes.map((n) => `> ${n}`).join("\n")}` : body,
    clean: result.findings.length === 0,
    scannedAt: `${commit.slice(0, 12)} of ${repo.defaultBranch}`,
  });
  return { repository, commit, findings: result.findings.length, outcome };
}

// One check of one commit: snapshot from the API, the core's check, and the check-run outcome.
// The same path serves pull requests (change = the PR's files) and pushes (change = compare).
import type { ConfigError } from "../core/config/load.js";
import { check } from "../core/engine.js";
import type { Annotation } from "../core/render/index.js";
import { countBySeverity, renderMarkdown, toAnnotations } from "../core/render/index.js";
import type { ChangeSet, CheckResult } from "../core/types.js";
import { type CheckOutcome, MAX_ANNOTATIONS } from "./check-run.js";
import { loadGitHubSnapshot } from "./github-snapshot.js";
import type { AppOctokit, RepoInfo } from "./octokit.js";

export interface CommitCheck {
  octokit: AppOctokit;
  repo: RepoInfo;
  headSha: string;
  /** Loads the change under check; runs in parallel with the tree request. */
  change: () => Promise<ChangeSet>;
}

export async function checkCommit(request: CommitCheck): Promise<CheckOutcome> {
  const { octokit, repo, headSha } = request;
  const loaded = await loadGitHubSnapshot({ octokit, repo, commit: headSha, change: request.change() });
  const { config } = loaded;
  const change = loaded.change!;
  if (config.error) return configOutcome(config.error, change.changed.includes(config.error.file));
  if (loaded.documents.length === 0 && change.deleted.length === 0 && change.renamed.length === 0) {
    return {
      conclusion: "success",
      title: "No handoffs or documents changed",
      summary: `## handoff-guard\n\n✅ This change touches no handoff or Markdown document and deletes or renames no file, so there was nothing to check.${notesText(loaded.notes)}`,
      annotations: [],
    };
  }
  const result = await check(loaded.snapshot, config.config, {
    documents: loaded.documents,
    untracked: false,
  });
  return resultOutcome(result, loaded.snapshot.linkTo, loaded.notes);
}

export function resultOutcome(
  result: CheckResult,
  linkTo: ((path: string, line?: number) => string) | undefined,
  notes: readonly string[] = [],
): CheckOutcome {
  const counts = countBySeverity(result.findings);
  const summary =
    renderMarkdown(result, {
      ...(linkTo ? { linkTo: (p: string, l: number) => linkTo(p, l) } : {}),
      fullOutputHint: "the annotations of this check run, or `npx handoff-guard check` in a checkout",
    }) + notesText(notes);
  const parts = [
    counts.error && `${counts.error} error${counts.error === 1 ? "" : "s"}`,
    counts.warning && `${counts.warning} warning${counts.warning === 1 ? "" : "s"}`,
    counts.notice && `${counts.notice} notice${counts.notice === 1 ? "" : "s"}`,
  ].filter(Boolean);
  const docs = `${result.stats.documents} document${result.stats.documents === 1 ? "" : "s"}`;
  return {
    conclusion: counts.error > 0 ? "failure" : "success",
    title: parts.length > 0 ? `${parts.join(", ")} in ${docs}` : `No findings in ${docs}`,
    summary,
    annotations: toAnnotations(result.findings, { max: MAX_ANNOTATIONS }),
  };
}

/**
 * An invalid config: a failure when this change edited the file (it broke it), neutral otherwise
 * (the check could not run, and the change is not to blame). Either way, annotated on its line.
 */
export function configOutcome(error: ConfigError, changedHere: boolean): CheckOutcome {
  const annotation: Annotation = {
    path: error.file,
    start_line: error.line,
    end_line: error.line,
    annotation_level: "failure",
    title: "handoff-guard: invalid configuration",
    message: error.message,
  };
  const why = changedHere
    ? "This change edits the configuration file and leaves it invalid."
    : "The configuration file at this commit is invalid, so the documents were not checked.";
  return {
    conclusion: changedHere ? "failure" : "neutral",
    title: "Invalid handoff-guard configuration",
    summary: `## handoff-guard: invalid configuration\n\n${why}\n\n\`${error.file}\` line ${error.line}, column ${error.column}: ${error.message}\n\nFix the file (the JSON schema for editors is \`schema/handoff-guard.schema.json\`), then push again.`,
    annotations: [annotation],
  };
}

function notesText(notes: readonly string[]): string {
  return notes.length ? `\n\n### How the data was read\n\n${notes.map((n) => `- ${n}`).join("\n")}\n` : "";
}

// hygiene mode (schedule, workflow_dispatch): a full scan of the checkout (the default branch) and
// the single living hygiene issue. The step fails only when it cannot run, not on findings: the
// issue is the report.
import { check } from "../core/engine.js";
import { renderMarkdown } from "../core/render/index.js";
import { findHygieneIssues, HygieneWriteForbidden, syncHygieneIssue } from "../github/hygiene-issue.js";
import { loadLocalSnapshot } from "../local/index.js";
import { loadConfigFile } from "../node/config-file.js";
import { blobLink, type ModeContext } from "./context.js";
import { octokitFor, repoOf } from "./octokit.js";
import { publish } from "./report.js";

export async function runHygieneMode(ctx: ModeContext): Promise<number> {
  const snapshot = await loadLocalSnapshot(ctx.workspace, { untracked: ctx.inputs.untracked });
  const { config } = await loadConfigFile(snapshot.topLevel, ctx.inputs.config || undefined, ctx.workspace);
  const result = await check(snapshot, config, { untracked: ctx.inputs.untracked, hygiene: true });

  const branch =
    ctx.event.payload.repository?.default_branch ?? ctx.env["GITHUB_REF_NAME"] ?? snapshot.commit ?? "HEAD";
  // Links at the branch, not the commit, so that an unchanged report leaves the issue untouched.
  const link = blobLink(ctx, branch);
  const body = renderMarkdown(result, {
    title: config.hygiene.title,
    linkTo: (path, line) => link(path, line),
    fullOutputHint: "the `findings-file` output of the scheduled handoff-guard run",
  });
  const clean = result.findings.length === 0;
  const repo = repoOf(ctx);
  const octokit = octokitFor(ctx);
  const scannedAt = `${snapshot.commit?.slice(0, 12) ?? "the checkout"} of ${branch}`;

  // The living issue describes the default branch; a manual run on another branch only reports.
  const defaultBranch = ctx.event.payload.repository?.default_branch;
  const ref = ctx.env["GITHUB_REF_NAME"];
  const otherBranch =
    !!defaultBranch && !!ref && ref !== defaultBranch && ctx.env["GITHUB_REF_TYPE"] !== "tag";
  if (otherBranch && !ctx.inputs["dry-run"]) {
    ctx.io.annotate(
      "notice",
      `This run scanned ${ref}, not the default branch ${defaultBranch}: the hygiene issue is left as it is. ` +
        "Run it on the default branch (the schedule always does) to update the issue.",
      { title: "handoff-guard: not the default branch" },
    );
  }

  let note: string;
  if (ctx.inputs["dry-run"] || otherBranch) {
    note = await dryRunNote(ctx, clean, () => findHygieneIssues(octokit, repo, config.hygiene.label));
  } else {
    try {
      const outcome = await syncHygieneIssue(octokit, repo, {
        label: config.hygiene.label,
        title: config.hygiene.title,
        body,
        clean,
        scannedAt,
      });
      const where = outcome.issue ? ` #${outcome.issue.number} (${outcome.issue.url})` : "";
      note = `Hygiene issue: ${outcome.action}${where}.`;
      if (outcome.closedDuplicates.length > 0) {
        note += ` Closed duplicate(s): ${outcome.closedDuplicates.map((n) => `#${n}`).join(", ")}.`;
      }
      if (outcome.issue) await ctx.io.setOutput("hygiene-issue", outcome.issue.url);
    } catch (error) {
      if (!(error instanceof HygieneWriteForbidden)) throw error;
      note = `Hygiene issue not written: ${error.message}`;
      ctx.io.annotate("notice", note, { title: "handoff-guard: read-only token" });
    }
  }
  ctx.io.info(note);
  await publish(ctx, result, {
    markdown: { title: config.hygiene.title, linkTo: (path, line) => link(path, line) },
    scope: `Hygiene scan of every document at ${scannedAt}. ${note}`,
  });
  return 0;
}

async function dryRunNote(
  ctx: ModeContext,
  clean: boolean,
  find: () => Promise<{ number: number; state: string }[]>,
): Promise<string> {
  let existing: { number: number; state: string } | undefined;
  try {
    existing = (await find())[0];
  } catch (error) {
    ctx.io.info(
      `Dry run: could not read existing issues (${error instanceof Error ? error.message : error}).`,
    );
  }
  const would = clean
    ? existing?.state === "open"
      ? `close #${existing.number}`
      : "do nothing (clean, no open hygiene issue)"
    : !existing
      ? "create the hygiene issue"
      : existing.state === "open"
        ? `update #${existing.number} if the report changed`
        : `reopen #${existing.number}`;
  return `Dry run: nothing was written; a real run would ${would}.`;
}

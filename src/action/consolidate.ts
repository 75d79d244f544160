// consolidate mode (issue_comment whose first line is `/consolidate ...`): the shared command
// handler with plans from the checkout (the default branch, as actions/checkout gives it).
import type { Config } from "../core/config/schema.js";
import { type ConsolidateCommand, parseCommand } from "../github/command.js";
import { handleConsolidateComment, previewText } from "../github/consolidate-command.js";
import { plansFor } from "../github/plans.js";
import { type LocalSnapshot, loadLocalSnapshot } from "../local/index.js";
import { loadConfigFile } from "../node/config-file.js";
import { blobLink, type ModeContext } from "./context.js";
import { octokitFor, repoOf } from "./octokit.js";

export async function runConsolidateMode(ctx: ModeContext): Promise<number> {
  const { payload } = ctx.event;
  const comment = payload.comment;
  const issue = payload.issue;
  if (!comment || !issue) {
    ctx.io.annotate(
      "error",
      `consolidate mode needs an issue_comment event; this run was triggered by "${ctx.event.name}".`,
      {
        title: "handoff-guard: wrong event",
      },
    );
    return 1;
  }
  if (payload.action && payload.action !== "created") {
    ctx.io.info(`Ignoring an edited or deleted comment (action: ${payload.action}).`);
    return 0;
  }
  const parsed = parseCommand(comment.body);
  if (!parsed.ok && parsed.reason === "not-a-command") {
    ctx.io.info("The comment's first line is not /consolidate: nothing to do.");
    return 0;
  }

  const snapshot = await loadLocalSnapshot(ctx.workspace, { untracked: false });
  const { config } = await loadConfigFile(snapshot.topLevel, ctx.inputs.config || undefined, ctx.workspace);
  const link = blobLink(ctx, snapshot.commit ?? "HEAD");
  const plan = (command: ConsolidateCommand) => plansFor(snapshot, config, command, link);

  if (ctx.inputs["dry-run"]) return dryRun(ctx, parsed, plan);

  const repo = repoOf(ctx);
  const outcome = await handleConsolidateComment(
    octokitFor(ctx),
    { repo, issueNumber: issue.number, comment: { id: comment.id, body: comment.body, user: comment.user } },
    {
      least: ctx.inputs["allowed-permission"] ?? config.consolidate.permission,
      plan,
      apply: applyOptions(ctx, snapshot, config),
    },
  );
  const lines = [`## handoff-guard /consolidate`, "", `Status: **${outcome.status}**. ${outcome.message}`];
  if (outcome.replyUrl) lines.push("", `Reply: ${outcome.replyUrl}`);
  for (const o of outcome.outcomes) {
    lines.push("", `- ${o.issue.url} (${o.issue.created ? "created" : "updated"})`);
    if (o.pullRequest) lines.push(`  - pull request: ${o.pullRequest.url}`);
    for (const note of o.notes) lines.push(`  - ${note}`);
  }
  await ctx.io.appendSummary(`${lines.join("\n")}\n`);
  await ctx.io.setOutput("consolidated-issues", outcome.outcomes.map((o) => o.issue.url).join(" "));
  ctx.io.info(`/consolidate: ${outcome.status}. ${outcome.message}`);
  for (const o of outcome.outcomes)
    for (const note of o.notes) ctx.io.annotate("notice", note, { title: "handoff-guard" });
  if (outcome.status === "refused" || outcome.status === "invalid") {
    ctx.io.annotate("notice", `/consolidate ${outcome.status}: ${outcome.message}`, {
      title: "handoff-guard",
    });
  }
  if (outcome.status === "failed") {
    ctx.io.annotate("error", `/consolidate failed: ${outcome.message}`, { title: "handoff-guard" });
    return 1;
  }
  return 0;
}

function applyOptions(ctx: ModeContext, snapshot: LocalSnapshot, config: Config) {
  const baseBranch = ctx.event.payload.repository?.default_branch ?? ctx.env["GITHUB_REF_NAME"] ?? "main";
  if (!snapshot.commit)
    throw new Error("the checkout has no commit to base the consolidation pull request on.");
  return {
    baseBranch,
    baseSha: snapshot.commit,
    readFile: (path: string) => snapshot.read(path),
    label: config.consolidate.label,
    issueLabel: config.consolidate.issueLabel,
    pullRequest: config.consolidate.pullRequest,
  };
}

async function dryRun(
  ctx: ModeContext,
  parsed: ReturnType<typeof parseCommand>,
  plan: (command: ConsolidateCommand) => ReturnType<typeof plansFor>,
): Promise<number> {
  let text: string;
  if (!parsed.ok) text = parsed.reason === "invalid" ? parsed.message : "not a command";
  else if (parsed.command.kind === "issues")
    text = "Issue groups are planned from the issues; nothing to preview offline.";
  else {
    const planned = await plan(parsed.command);
    text = planned.ok
      ? planned.plans.length === 0
        ? "No duplicate handoffs found."
        : previewText(planned.plans, "Dry run (`dry-run: true`): nothing was written.")
      : planned.message;
  }
  await ctx.io.appendSummary(`## handoff-guard /consolidate (dry run)\n\n${text}\n`);
  ctx.io.info(text);
  return 0;
}

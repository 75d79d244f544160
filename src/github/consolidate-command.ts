// `/consolidate` from a comment, end to end on GitHub: parse, acknowledge (eyes), check the
// commenter's permission, plan, apply each group, react (rocket or confused) and reply with links.
// Shared by the Action (issue_comment) and the App (issue_comment.created).
import { markerFor } from "../core/duplicates/index.js";
import { type GitHubClient, isForbidden, type RepoRef } from "./client.js";
import { type ConsolidateCommand, parseCommand } from "./command.js";
import {
  type ApplyOptions,
  type ApplyOutcome,
  applyConsolidation,
  type ConsolidationTarget,
} from "./consolidation.js";
import { checkPermission, type PermissionLevel } from "./permission.js";

export interface CommentEvent {
  repo: RepoRef;
  /** Issue or pull request the comment is on. */
  issueNumber: number;
  comment: {
    id: number;
    body: string | null | undefined;
    user: { login: string; type?: string | undefined };
  };
}

export interface CommandSetup {
  least: PermissionLevel;
  /** Plans for a file-based command (every group, or the named one). */
  plan(
    command: ConsolidateCommand,
  ): Promise<{ ok: true; plans: ConsolidationTarget[] } | { ok: false; message: string }>;
  apply: Omit<ApplyOptions, "repo" | "origin">;
}

export type CommandStatus =
  | "ignored"
  | "invalid"
  | "refused"
  | "previewed"
  | "nothing"
  | "applied"
  | "failed";

export interface CommandOutcome {
  status: CommandStatus;
  message: string;
  outcomes: ApplyOutcome[];
  replyUrl?: string;
}

export async function handleConsolidateComment(
  octokit: GitHubClient,
  event: CommentEvent,
  setup: CommandSetup,
): Promise<CommandOutcome> {
  const parsed = parseCommand(event.comment.body);
  if (!parsed.ok && parsed.reason === "not-a-command")
    return { status: "ignored", message: "not a command", outcomes: [] };
  const { repo } = event;
  const react = (content: "eyes" | "rocket" | "confused") =>
    octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: event.comment.id, content });
  const reply = async (body: string) =>
    (await octokit.rest.issues.createComment({ ...repo, issue_number: event.issueNumber, body: cap(body) }))
      .data.html_url;
  const user = event.comment.user;

  // Bots are ignored without a word, so two bots can never answer each other.
  if (user.type === "Bot" || user.login.endsWith("[bot]")) {
    return { status: "ignored", message: `@${user.login} is a bot`, outcomes: [] };
  }
  await react("eyes");
  if (!parsed.ok) {
    await react("confused");
    const replyUrl = await reply(`@${user.login} ${parsed.message}`);
    return { status: "invalid", message: parsed.message, outcomes: [], replyUrl };
  }
  const decision = await checkPermission(octokit, repo, user, setup.least);
  if (!decision.allowed) {
    await react("confused");
    const replyUrl = await reply(
      `@${user.login} /consolidate was refused: ${decision.reason} Ask a maintainer to run it, or to raise your permission.`,
    );
    return { status: "refused", message: decision.reason, outcomes: [], replyUrl };
  }

  const command = parsed.command;
  try {
    const planned =
      command.kind === "issues" ? await issuePlan(octokit, repo, command.issues) : await setup.plan(command);
    if (!planned.ok) {
      await react("confused");
      const replyUrl = await reply(`@${user.login} /consolidate: ${planned.message}`);
      return { status: "invalid", message: planned.message, outcomes: [], replyUrl };
    }
    if (planned.plans.length === 0) {
      await react("rocket");
      const message =
        "No duplicate handoffs found: every open handoff describes different work. Nothing to consolidate.";
      return { status: "nothing", message, outcomes: [], replyUrl: await reply(`@${user.login} ${message}`) };
    }
    if (command.dryRun) {
      await react("rocket");
      const replyUrl = await reply(
        previewText(planned.plans, `@${user.login} dry run: nothing was changed.`),
      );
      return { status: "previewed", message: "dry run", outcomes: [], replyUrl };
    }
    const outcomes: ApplyOutcome[] = [];
    for (const plan of planned.plans) {
      outcomes.push(
        await applyConsolidation(octokit, plan, { ...setup.apply, repo, origin: event.issueNumber }),
      );
    }
    await react("rocket");
    const replyUrl = await reply(resultText(`@${user.login}`, planned.plans, outcomes));
    return { status: "applied", message: "applied", outcomes, replyUrl };
  } catch (error) {
    const message = isForbidden(error)
      ? "the token may not write issues here (it needs `issues: write`)."
      : error instanceof Error
        ? error.message
        : String(error);
    await react("confused").catch(() => {});
    const replyUrl = await reply(`@${user.login} /consolidate failed: ${message}`).catch(() => undefined);
    return { status: "failed", message, outcomes: [], ...(replyUrl ? { replyUrl } : {}) };
  }
}

/** `/consolidate #12 #15`: the named issues are the group; there are no files to mark. */
async function issuePlan(
  octokit: GitHubClient,
  repo: RepoRef,
  numbers: number[],
): Promise<{ ok: true; plans: ConsolidationTarget[] } | { ok: false; message: string }> {
  const issues = [];
  for (const number of [...numbers].sort((a, b) => a - b)) {
    const found = await octokit.rest.issues.get({ ...repo, issue_number: number }).catch(() => null);
    if (!found) return { ok: false, message: `#${number} is not an issue in ${repo.owner}/${repo.repo}.` };
    if (found.data.pull_request)
      return { ok: false, message: `#${number} is a pull request, not a handoff issue.` };
    issues.push(found.data);
  }
  const key = `hg-issues-${issues.map((i) => i.number).join("-")}`;
  const marker = markerFor(key);
  const first = issues[0]!;
  const body = [
    marker,
    "",
    `This issue consolidates **${issues.length} handoff issues** named together in a /consolidate comment. Work from here.`,
    "",
    "| Issue | Title | State |",
    "| --- | --- | --- |",
    ...issues.map((i) => `| #${i.number} | ${i.title.replace(/[|\n\r]/g, " ")} | ${i.state} |`),
    "",
  ].join("\n");
  return {
    ok: true,
    plans: [
      {
        key,
        marker,
        title: `Consolidated: ${first.title} (replaces ${issues.length} issues)`.slice(0, 250),
        body,
        members: [],
        patches: [],
        memberIssues: issues.map((i) => i.number),
      },
    ],
  };
}

export function previewText(plans: readonly ConsolidationTarget[], intro: string): string {
  const out = [intro, "", `${plans.length} group(s) would be consolidated:`, ""];
  for (const plan of plans) {
    const members = plan.members.map((m) => `\`${m.path}\``);
    const issues = (plan.memberIssues ?? []).map((n) => `#${n}`);
    out.push(`- **${plan.title}** (key \`${plan.key}\`): ${[...members, ...issues].join(", ")}`);
  }
  out.push("", "Comment `/consolidate` to apply.");
  return out.join("\n");
}

function resultText(
  who: string,
  plans: readonly ConsolidationTarget[],
  outcomes: readonly ApplyOutcome[],
): string {
  const out = [`${who} consolidated ${outcomes.length} group(s):`, ""];
  outcomes.forEach((o, i) => {
    const plan = plans[i]!;
    out.push(`- ${o.issue.url} (${o.issue.created ? "created" : "updated in place"}): ${plan.title}`);
    if (o.closedIssues.length > 0)
      out.push(`  - closed as duplicates: ${o.closedIssues.map((n) => `#${n}`).join(", ")}`);
    if (o.pullRequest) {
      out.push(
        `  - pull request marking the member files: ${o.pullRequest.url}${o.pullRequest.created ? "" : " (updated)"}`,
      );
    }
    for (const note of o.notes) out.push(`  - ${note}`);
  });
  return out.join("\n");
}

function cap(body: string): string {
  return body.length > 60_000 ? `${body.slice(0, 59_000)}\n\n… (cut to fit GitHub's comment limit)` : body;
}

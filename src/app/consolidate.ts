// `/consolidate` on issue_comment.created: the shared command flow (src/github), fed with the
// default branch read through the API. Commands on the same repository run one at a time in this
// process; across replicas the shared module converges on one issue and one pull request.
import type { Probot } from "probot";
import { parseCommand } from "../github/command.js";
import { type CommandOutcome, handleConsolidateComment } from "../github/consolidate-command.js";
import { plansFor } from "../github/plans.js";
import { repoInfo } from "./checks.js";
import { issueCommentEvent, parsePayload } from "./events.js";
import { loadGitHubSnapshot, readConfigAt } from "./github-snapshot.js";
import type { AppOctokit, RepoInfo } from "./octokit.js";

const queues = new Map<string, Promise<unknown>>();

/** Runs `job` after every earlier job for the same key (per-repository serialisation). */
function serialize<T>(key: string, job: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.catch(() => {}).then(job);
  queues.set(key, next);
  void next.finally(() => {
    if (queues.get(key) === next) queues.delete(key);
  });
  return next;
}

export function registerConsolidate(app: Probot): void {
  app.on("issue_comment.created", async (context) => {
    // Cheap filters first: most comments are not commands and cost no API call.
    const parsed = parseCommand((context.payload.comment as { body?: unknown }).body);
    if (!parsed.ok && parsed.reason === "not-a-command") return;
    // Bots (the App itself included) are ignored without a word; edits never arrive here.
    if (context.isBot) return;
    const event = parsePayload(issueCommentEvent, context.payload, "issue_comment");
    const repo = repoInfo(event.repository);
    const outcome = await serialize(`${repo.owner}/${repo.repo}`, () =>
      consolidate(context.octokit, repo, event),
    );
    context.log.info({ status: outcome.status, reply: outcome.replyUrl }, `/consolidate: ${outcome.message}`);
  });
}

async function consolidate(
  octokit: AppOctokit,
  repo: RepoInfo,
  event: ReturnType<typeof issueCommentEvent.parse>,
): Promise<CommandOutcome> {
  // Only the config is read before the permission check (one request); the handoffs are read in
  // plan(), once the commenter is known to be allowed.
  const early = await readConfigAt(octokit, repo, repo.defaultBranch);
  const settings = early.config.consolidate;
  const apply = {
    baseBranch: repo.defaultBranch,
    baseSha: "", // set by plan(), which the shared flow always runs before applying
    readFile: async (_path: string): Promise<string | null> => null,
    label: settings.label,
    issueLabel: settings.issueLabel,
    pullRequest: settings.pullRequest,
  };
  return handleConsolidateComment(
    octokit,
    {
      repo: { owner: repo.owner, repo: repo.repo },
      issueNumber: event.issue.number,
      comment: { id: event.comment.id, body: event.comment.body, user: event.comment.user },
    },
    {
      least: settings.permission,
      async plan(command) {
        if (early.error) {
          return {
            ok: false,
            message: `the configuration is invalid, so nothing was planned: ${early.error.message}`,
          };
        }
        const { data: branch } = await octokit.rest.repos.getBranch({ ...repo, branch: repo.defaultBranch });
        const loaded = await loadGitHubSnapshot({
          octokit,
          repo,
          commit: branch.commit.sha,
          scope: "handoffs",
        });
        apply.baseSha = branch.commit.sha;
        apply.readFile = (path) => loaded.snapshot.read(path);
        return plansFor(loaded.snapshot, loaded.config.config, command, loaded.snapshot.linkTo);
      },
      apply,
    },
  );
}

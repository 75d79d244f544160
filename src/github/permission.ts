// Who may run `/consolidate`: the collaborator permission API decides, never the comment's
// author_association (which says nothing about write access). Bots are refused outright, so the
// App's own replies (or another bot quoting a command) can never trigger it.
import type { GitHubClient, RepoRef } from "./client.js";
import { statusOf } from "./client.js";

export const PERMISSION_LEVELS = ["read", "triage", "write", "maintain", "admin"] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

export type PermissionDecision =
  | { allowed: true; level: PermissionLevel }
  | { allowed: false; level: PermissionLevel | "none"; reason: string };

export function rank(level: string): number {
  return (PERMISSION_LEVELS as readonly string[]).indexOf(level);
}

export async function checkPermission(
  octokit: GitHubClient,
  repo: RepoRef,
  user: { login: string; type?: string | undefined },
  least: PermissionLevel,
): Promise<PermissionDecision> {
  if (user.type === "Bot" || user.login.endsWith("[bot]")) {
    return {
      allowed: false,
      level: "none",
      reason: `@${user.login} is a bot; bots cannot run /consolidate.`,
    };
  }
  let level: PermissionLevel | "none";
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
      ...repo,
      username: user.login,
    });
    // role_name is finer (maintain, triage); `permission` folds them into admin/write/read.
    const named = data.role_name && rank(data.role_name) >= 0 ? data.role_name : data.permission;
    level = rank(named) >= 0 ? (named as PermissionLevel) : "none";
  } catch (error) {
    if (statusOf(error) === 404) level = "none";
    else throw error;
  }
  if (level !== "none" && rank(level) >= rank(least)) return { allowed: true, level };
  return {
    allowed: false,
    level,
    reason:
      `@${user.login} has ${level === "none" ? "no" : `\`${level}\``} permission on ${repo.owner}/${repo.repo}; ` +
      `/consolidate needs at least \`${least}\` (set by \`consolidate.permission\` in .github/handoff-guard.yml` +
      " or the Action's `allowed-permission` input).",
  };
}

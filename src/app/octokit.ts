// The Octokit the App is handed by Probot, and the repository coordinates every call needs.
import type { ProbotOctokit } from "probot";

export type AppOctokit = InstanceType<typeof ProbotOctokit>;

export interface RepoCoords {
  owner: string;
  repo: string;
}

/** Where links point: the repository's html_url from the payload (GitHub Enterprise Server too). */
export interface RepoInfo extends RepoCoords {
  htmlUrl: string;
  defaultBranch: string;
}

/** An Error that keeps its cause and says how to fix it. */
export class AppError extends Error {
  constructor(
    message: string,
    readonly fix: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "AppError";
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const status = (error as { status?: unknown }).status;
    return typeof status === "number" ? `${error.message} (HTTP ${status})` : error.message;
  }
  return String(error);
}

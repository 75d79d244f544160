// Running git: one process per question, output collected as bytes and split on NUL by the caller.
// Every failure becomes an error that says what went wrong and how to fix it.
import { spawn } from "node:child_process";

/** The folder is not inside a git working tree. The CLI maps this to exit 2. */
export class NotAGitRepositoryError extends Error {
  override readonly name = "NotAGitRepositoryError";
  constructor(
    readonly dir: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(
      `${dir} is not inside a git repository (${detail}). handoff-guard checks a git checkout: ` +
        "run it in the repository folder (or pass that folder as the argument), or run `git init` there first.",
      options,
    );
  }
}

/** The git executable could not be started. */
export class GitNotFoundError extends Error {
  override readonly name = "GitNotFoundError";
  constructor(options?: { cause?: unknown }) {
    super(
      "git is not installed or not on PATH. Install git (https://git-scm.com/downloads) and make sure " +
        "`git --version` works in the same shell.",
      options,
    );
  }
}

/** A git command failed for a reason other than the two above. */
export class GitCommandError extends Error {
  override readonly name = "GitCommandError";
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
    hint?: string,
  ) {
    super(
      `git ${args.join(" ")} failed${exitCode === null ? "" : ` with exit code ${exitCode}`}: ` +
        `${stderr.trim() || "(no output)"}${hint ? `\n${hint}` : ""}`,
    );
  }
}

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number | null;
}

// Messages are matched in English below, and paths must come out raw (with -z they do; quotepath
// off keeps non-ASCII readable in anything that is not -z). Optional locks off: a read-only scan
// must never take .git/index.lock and race with the user's own git commands.
const GIT_ENV = {
  LC_ALL: "C",
  LANGUAGE: "C",
  GIT_OPTIONAL_LOCKS: "0",
  GIT_TERMINAL_PROMPT: "0",
  GIT_PAGER: "cat",
};
const GIT_PREFIX = ["-c", "core.quotepath=false", "-c", "color.ui=false"];

// Variables that point git at some other repository. A git hook exports them for the repository
// that runs the hook; the folder we were asked about decides instead.
const LOCATING = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_COMMON_DIR",
  "GIT_PREFIX",
  "GIT_NAMESPACE",
];

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...GIT_ENV };
  for (const key of LOCATING) delete env[key];
  return env;
}

/**
 * Run git in `cwd`, resolving with stdout as bytes whatever the exit code; rejects only when git
 * cannot be started. `input` is written to stdin.
 */
export function git(cwd: string, args: readonly string[], input?: string | Buffer): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", [...GIT_PREFIX, ...args], {
      cwd,
      env: gitEnv(),
      stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
      windowsHide: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(error.code === "ENOENT" ? new GitNotFoundError({ cause: error }) : error);
    });
    child.on("close", (code) => {
      resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8"), code });
    });
    if (input !== undefined && child.stdin) child.stdin.end(input);
  });
}

/** Run git and return stdout as UTF-8 text; a non-zero exit throws GitCommandError. */
export async function gitText(cwd: string, args: readonly string[]): Promise<string> {
  const result = await git(cwd, args);
  if (result.code !== 0) throw commandError(args, result);
  return result.stdout.toString("utf8");
}

export function commandError(args: readonly string[], result: GitResult): GitCommandError {
  return new GitCommandError(args, result.code, result.stderr, hintFor(result.stderr));
}

function hintFor(stderr: string): string | undefined {
  if (/dubious ownership/i.test(stderr)) {
    return (
      "The repository belongs to another user, so git refuses to read it. If you trust it, run " +
      "`git config --global --add safe.directory <repository folder>` (in GitHub Actions, check out " +
      "with actions/checkout, which does this for you)."
    );
  }
  return undefined;
}

/** Split NUL-separated output; the trailing terminator yields no empty last entry. */
export function splitNul(text: string): string[] {
  if (text.length === 0) return [];
  const parts = text.split("\0");
  if (parts[parts.length - 1] === "") parts.pop();
  return parts;
}

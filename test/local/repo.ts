// Real temporary git repositories for tests: created with `git init` in a temp folder, real commits.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

// A test run inside a git hook inherits GIT_DIR and friends, which would point every command at
// the outer repository. Strip them.
const env: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.startsWith("GIT_")),
);
Object.assign(env, {
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.com",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.com",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
});

export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  write(path: string, text: string | Buffer): void;
  commit(message: string): string;
  cleanup(): void;
}

const made: string[] = [];

export function tempDir(prefix = "hg-local-"): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  made.push(dir);
  return dir;
}

export function cleanupAll(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function runGit(cwd: string, args: string[]): string {
  return execFileSync("git", args, { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** A fresh repository with `files` written (not committed). */
export function makeRepo(files: Record<string, string> = {}, dir = tempDir()): TempRepo {
  runGit(dir, ["init", "-q", "-b", "main"]);
  runGit(dir, ["config", "commit.gpgsign", "false"]);
  const repo: TempRepo = {
    dir,
    git: (...args) => runGit(dir, args),
    write(path, text) {
      const full = join(dir, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    },
    commit(message) {
      runGit(dir, ["add", "-A"]);
      runGit(dir, ["commit", "-q", "--allow-empty", "-m", message]);
      return runGit(dir, ["rev-parse", "HEAD"]).trim();
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
  for (const [path, text] of Object.entries(files)) repo.write(path, text);
  return repo;
}

/** A repository with `files` committed. */
export function committedRepo(files: Record<string, string>): TempRepo {
  const repo = makeRepo(files);
  repo.commit("initial");
  return repo;
}

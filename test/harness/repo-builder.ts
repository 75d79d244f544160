import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Real temporary git repositories with real commits, for tests. */

export type Files = Record<string, string | null>;

export interface TestRepo {
  /** The repository directory (with a work tree). */
  dir: string;
  git(...args: string[]): string;
  /** Writes (string) or deletes (null) files, commits them on the current branch, returns the new SHA. */
  commit(files: Files, message?: string): string;
  /** Creates and checks out `name` (from the current HEAD or `from`). */
  branch(name: string, from?: string): void;
  checkout(name: string): void;
  /** `git mv` then commit; returns the new SHA. */
  rename(from: string, to: string, message?: string): string;
  sha(ref?: string): string;
  remove(): void;
}

const ENV = {
  GIT_AUTHOR_NAME: "Test Author",
  GIT_AUTHOR_EMAIL: "author@example.test",
  GIT_COMMITTER_NAME: "Test Author",
  GIT_COMMITTER_EMAIL: "author@example.test",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
};

const live = new Set<string>();

/** Creates a repository whose first commit holds `files` on `branch` (default "main"). */
export function createRepo(files: Files = {}, options: { branch?: string; message?: string } = {}): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), "fake-gh-repo-"));
  live.add(dir);
  const git = (...args: string[]): string =>
    execFileSync("git", ["-C", dir, ...args], {
      env: { ...process.env, ...ENV },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 256 * 1024 * 1024,
    }).trim();
  git("init", "--quiet", `--initial-branch=${options.branch ?? "main"}`);
  git("config", "commit.gpgsign", "false");
  const repo: TestRepo = {
    dir,
    git,
    commit(changes, message = "Update files") {
      for (const [path, content] of Object.entries(changes)) {
        const full = join(dir, path);
        if (content === null) {
          git("rm", "--quiet", "-r", "--cached", "--ignore-unmatch", "--", path);
          rmSync(full, { recursive: true, force: true });
        } else {
          mkdirSync(dirname(full), { recursive: true });
          writeFileSync(full, content);
          git("add", "--", path);
        }
      }
      git("commit", "--quiet", "--allow-empty", "-m", message);
      return git("rev-parse", "HEAD");
    },
    branch(name, from) {
      git("checkout", "--quiet", "-b", name, ...(from ? [from] : []));
    },
    checkout(name) {
      git("checkout", "--quiet", name);
    },
    rename(from, to, message = `Rename ${from} to ${to}`) {
      mkdirSync(dirname(join(dir, to)), { recursive: true });
      git("mv", from, to);
      git("commit", "--quiet", "-m", message);
      return git("rev-parse", "HEAD");
    },
    sha(ref = "HEAD") {
      return git("rev-parse", ref);
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
      live.delete(dir);
    },
  };
  repo.commit(files, options.message ?? "Initial commit");
  return repo;
}

/** Removes every repository created by createRepo that is still on disk. */
export function removeAllRepos(): void {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
  live.clear();
}

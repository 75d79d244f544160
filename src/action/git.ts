// The few git questions the Action asks of the checkout, beyond what the local snapshot does:
// whether a commit is present, and fetching the base of a pull request into a shallow clone.
import { execFile } from "node:child_process";

export interface GitRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function git(cwd: string, args: readonly string[]): Promise<GitRun> {
  return new Promise((resolve) => {
    execFile(
      "git",
      ["-c", "core.quotepath=false", ...args],
      { cwd, env: { ...process.env, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0" }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  return (await git(cwd, ["cat-file", "-e", `${sha}^{commit}`])).code === 0;
}

export async function isShallow(cwd: string): Promise<boolean> {
  return (await git(cwd, ["rev-parse", "--is-shallow-repository"])).stdout.trim() === "true";
}

export type EnsureCommit = { ok: true; fetched: boolean } | { ok: false; message: string };

/**
 * Make `sha` available locally: present already, or fetched with `git fetch --depth=1 origin <sha>`
 * (GitHub serves any reachable commit by SHA). On failure, say exactly what to change.
 */
export async function ensureCommit(cwd: string, sha: string, what: string): Promise<EnsureCommit> {
  if (!/^[0-9a-f]{40}$/i.test(sha))
    return { ok: false, message: `${what} ${JSON.stringify(sha)} is not a commit SHA.` };
  if (await hasCommit(cwd, sha)) return { ok: true, fetched: false };
  const shallow = await isShallow(cwd);
  const args = ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", sha];
  const fetched = await git(cwd, args);
  if (fetched.code === 0 && (await hasCommit(cwd, sha))) return { ok: true, fetched: true };
  return {
    ok: false,
    message:
      `handoff-guard needs the ${what} ${sha.slice(0, 12)} to see what this change deletes or renames, but the ` +
      `${shallow ? "shallow " : ""}checkout does not have it and \`git ${args.join(" ")}\` failed: ` +
      `${fetched.stderr.trim().split("\n").slice(-2).join(" ") || `exit code ${fetched.code}`}. ` +
      "Fix: in the actions/checkout step set `fetch-depth: 0` (full history, which also lets handoff-guard say " +
      "where a missing file went), or `fetch-depth: 2` for a pull request's merge commit; and keep the " +
      "`origin` remote and its credentials (`persist-credentials: true`, the default).",
  };
}

import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CatFile } from "./cat-file.js";

/** Plumbing over a real git repository on disk (bare or with a work tree). */

export class GitError extends Error {
  constructor(
    message: string,
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(message);
  }
}

export interface GitRunOptions {
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Exit codes that are not errors (returned as an empty buffer). */
  allow?: number[];
}

export function runGit(dir: string, args: string[], options: GitRunOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["-C", dir, ...args], {
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else if (code !== null && options.allow?.includes(code)) resolve(Buffer.alloc(0));
      else {
        const stderr = Buffer.concat(err).toString("utf8");
        reject(new GitError(`git ${args.join(" ")} failed (${code}): ${stderr.trim()}`, code, stderr));
      }
    });
    child.stdin.on("error", () => {});
    child.stdin.end(options.input ?? "");
  });
}

export interface TreeEntry {
  path: string;
  mode: string;
  type: "blob" | "tree" | "commit";
  sha: string;
  size?: number;
}

export interface Signature {
  name: string;
  email: string;
  date: string;
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  author: Signature;
  committer: Signature;
  message: string;
}

export type FileStatus = "added" | "modified" | "removed" | "renamed" | "copied" | "changed";

export interface FileChange {
  filename: string;
  previous_filename?: string;
  status: FileStatus;
  sha: string;
  additions: number;
  deletions: number;
  changes: number;
}

/** A change for `buildTree`: `sha: null` deletes the path. */
export interface TreeChange {
  path: string;
  mode: string;
  type: "blob" | "tree" | "commit";
  sha: string | null;
}

const SHA_RE = /^[0-9a-f]{40}$/;

function safeRev(rev: string): boolean {
  return rev !== "" && !rev.startsWith("-") && !/[\s\0]/.test(rev) && !rev.includes("..");
}

function parseSignature(line: string): Signature {
  const m = /^(.*) <([^>]*)> (\d+) ([+-]\d{4})$/.exec(line);
  if (!m) return { name: line, email: "", date: new Date(0).toISOString() };
  return {
    name: m[1]!,
    email: m[2]!,
    date: new Date(Number(m[3]) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z"),
  };
}

export class GitRepo {
  private readonly catFile: CatFile;

  constructor(readonly dir: string) {
    this.catFile = new CatFile(dir);
  }

  /** Stops the long-lived object reader. */
  close(): void {
    this.catFile.close();
  }

  run(args: string[], options?: GitRunOptions): Promise<Buffer> {
    return runGit(this.dir, args, options);
  }

  async text(args: string[], options?: GitRunOptions): Promise<string> {
    return (await this.run(args, options)).toString("utf8");
  }

  /** Resolves a SHA, branch, tag or full ref to an object of `kind`; null when absent. */
  async resolve(rev: string, kind: "commit" | "tree" | "any" = "commit"): Promise<string | null> {
    if (!safeRev(rev)) return null;
    if (SHA_RE.test(rev)) {
      const object = await this.catFile.read(rev);
      if (object && (kind === "any" || object.type === kind)) return rev;
      if (!object || object.type !== "commit" || kind !== "tree") return null;
    }
    const suffix = kind === "any" ? "" : `^{${kind}}`;
    const out = await this.text(["rev-parse", "--verify", "--quiet", `${rev}${suffix}`], { allow: [1, 128] });
    const sha = out.trim();
    return SHA_RE.test(sha) ? sha : null;
  }

  async objectType(sha: string): Promise<string | null> {
    return (await this.catFile.read(sha))?.type ?? null;
  }

  private readonly treeCache = new Map<string, TreeEntry[]>();

  /** `git ls-tree`; recursive listings include the trees themselves, as GitHub's do. Cached by SHA. */
  async lsTree(treeish: string, recursive: boolean): Promise<TreeEntry[]> {
    const key = `${treeish}:${recursive}`;
    const cached = this.treeCache.get(key);
    if (cached) return cached;
    const entries = await this.lsTreeUncached(treeish, recursive);
    if (SHA_RE.test(treeish)) {
      if (this.treeCache.size >= 16) this.treeCache.delete(this.treeCache.keys().next().value!);
      this.treeCache.set(key, entries);
    }
    return entries;
  }

  private async lsTreeUncached(treeish: string, recursive: boolean): Promise<TreeEntry[]> {
    const args = ["ls-tree", "-l", "-z", "--full-tree"];
    if (recursive) args.push("-r", "-t");
    args.push(treeish);
    const out = await this.text(args);
    const entries: TreeEntry[] = [];
    for (const record of out.split("\0")) {
      if (!record) continue;
      const tab = record.indexOf("\t");
      const [mode, type, sha, size] = record.slice(0, tab).split(/\s+/);
      const entry: TreeEntry = {
        path: record.slice(tab + 1),
        mode: mode!,
        type: type as TreeEntry["type"],
        sha: sha!,
      };
      if (type === "blob") entry.size = Number(size);
      entries.push(entry);
    }
    return entries;
  }

  async readBlob(sha: string): Promise<Buffer | null> {
    const object = await this.catFile.read(sha);
    return object?.type === "blob" ? object.data : null;
  }

  async readCommit(rev: string): Promise<CommitInfo | null> {
    const sha = await this.resolve(rev, "commit");
    if (!sha) return null;
    const raw = (await this.catFile.read(sha))!.data.toString("utf8");
    const split = raw.indexOf("\n\n");
    const header = split >= 0 ? raw.slice(0, split) : raw;
    const message = split >= 0 ? raw.slice(split + 2) : "";
    const info: CommitInfo = {
      sha,
      tree: "",
      parents: [],
      author: parseSignature(""),
      committer: parseSignature(""),
      message: message.replace(/\n$/, ""),
    };
    for (const line of header.split("\n")) {
      const space = line.indexOf(" ");
      const key = line.slice(0, space);
      const value = line.slice(space + 1);
      if (key === "tree") info.tree = value;
      else if (key === "parent") info.parents.push(value);
      else if (key === "author") info.author = parseSignature(value);
      else if (key === "committer") info.committer = parseSignature(value);
    }
    return info;
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    const out = await this.text(["merge-base", a, b], { allow: [1] });
    return out.trim() || null;
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    try {
      await this.run(["merge-base", "--is-ancestor", ancestor, descendant]);
      return true;
    } catch (error) {
      if (error instanceof GitError && error.code === 1) return false;
      throw error;
    }
  }

  /** Commits reachable from `head` but not `base`, oldest first. */
  async revList(base: string | null, head: string): Promise<string[]> {
    const range = base ? [`${base}..${head}`] : [head];
    const out = await this.text(["rev-list", "--reverse", ...range]);
    return out.split("\n").filter(Boolean);
  }

  /** Files changed between two commits, with rename detection (GitHub's `files` entries, without `patch`). */
  async diff(base: string | null, head: string): Promise<FileChange[]> {
    const from = base ?? (await this.emptyTree());
    const raw = await this.text(["diff-tree", "-r", "-M", "-z", "--raw", "--no-commit-id", from, head]);
    const numstat = await this.text([
      "diff-tree",
      "-r",
      "-M",
      "-z",
      "--numstat",
      "--no-commit-id",
      from,
      head,
    ]);
    const counts = new Map<string, [number, number]>();
    const nparts = numstat.split("\0");
    for (let i = 0; i < nparts.length; i++) {
      const part = nparts[i]!;
      if (!part) continue;
      const [add, del, path] = part.split("\t");
      const a = add === "-" ? 0 : Number(add);
      const d = del === "-" ? 0 : Number(del);
      if (path === "") {
        i += 2; // rename: "\0old\0new"
        counts.set(nparts[i]!, [a, d]);
      } else if (path !== undefined) counts.set(path, [a, d]);
    }
    const files: FileChange[] = [];
    const parts = raw.split("\0");
    for (let i = 0; i < parts.length; i++) {
      const meta = parts[i]!;
      if (!meta.startsWith(":")) continue;
      const [, , , newSha, statusRaw] = meta.slice(1).split(" ");
      const letter = (statusRaw ?? "M").charAt(0);
      const path = parts[++i]!;
      let file: FileChange;
      if (letter === "R" || letter === "C") {
        const target = parts[++i]!;
        file = {
          filename: target,
          previous_filename: path,
          status: letter === "R" ? "renamed" : "copied",
          sha: newSha!,
          additions: 0,
          deletions: 0,
          changes: 0,
        };
      } else {
        const status: FileStatus =
          letter === "A" ? "added" : letter === "D" ? "removed" : letter === "M" ? "modified" : "changed";
        file = { filename: path, status, sha: newSha!, additions: 0, deletions: 0, changes: 0 };
      }
      const [a, d] = counts.get(file.filename) ?? [0, 0];
      file.additions = a;
      file.deletions = d;
      file.changes = a + d;
      files.push(file);
    }
    return files;
  }

  async emptyTree(): Promise<string> {
    return (await this.text(["hash-object", "-t", "tree", "-w", "--stdin"], { input: "" })).trim();
  }

  async writeBlob(data: Buffer): Promise<string> {
    return (await this.text(["hash-object", "-w", "--stdin"], { input: data })).trim();
  }

  /** Builds a tree from `baseTree` (or empty) plus `changes`, through a throw-away index. */
  async buildTree(baseTree: string | null, changes: TreeChange[]): Promise<string> {
    const tmp = mkdtempSync(join(tmpdir(), "fake-gh-index-"));
    const env = { GIT_INDEX_FILE: join(tmp, "index") };
    try {
      if (baseTree) await this.run(["read-tree", baseTree], { env });
      else await this.run(["read-tree", "--empty"], { env });
      const lines: string[] = [];
      const existing = baseTree ? await this.text(["ls-files", "-z"], { env }) : "";
      const present = existing.split("\0").filter(Boolean);
      for (const change of changes) {
        const path = change.path.replace(/^\/+|\/+$/g, "");
        if (change.sha === null) {
          for (const p of present) {
            if (p === path || p.startsWith(`${path}/`)) lines.push(`0 ${"0".repeat(40)}\t${p}`);
          }
          continue;
        }
        // Replacing a path drops whatever was below it (a file replacing a directory).
        for (const p of present) if (p.startsWith(`${path}/`)) lines.push(`0 ${"0".repeat(40)}\t${p}`);
        if (change.type === "tree") {
          for (const entry of await this.lsTree(change.sha, true)) {
            if (entry.type !== "tree") lines.push(`${entry.mode} ${entry.sha}\t${path}/${entry.path}`);
          }
        } else {
          lines.push(`${change.mode} ${change.sha}\t${path}`);
        }
      }
      if (lines.length)
        await this.run(["update-index", "--index-info"], { env, input: `${lines.join("\n")}\n` });
      return (await this.text(["write-tree"], { env })).trim();
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  async commitTree(
    tree: string,
    parents: string[],
    message: string,
    author: Signature,
    committer: Signature = author,
  ): Promise<string> {
    const args = ["commit-tree", tree];
    for (const p of parents) args.push("-p", p);
    const env = {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: author.date,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_COMMITTER_DATE: committer.date,
    };
    return (await this.text(args, { input: message, env })).trim();
  }

  /** Atomic update; with `expectedOld`, fails (returns false) when the ref moved meanwhile. */
  async updateRef(ref: string, sha: string, expectedOld?: string | null): Promise<boolean> {
    const args = ["update-ref", ref, sha];
    if (expectedOld !== undefined) args.push(expectedOld ?? "0".repeat(40));
    try {
      await this.run(args);
      return true;
    } catch (error) {
      if (expectedOld !== undefined && error instanceof GitError) return false;
      throw error;
    }
  }

  async deleteRef(ref: string): Promise<void> {
    await this.run(["update-ref", "-d", ref]);
  }

  async listRefs(prefix = "refs/"): Promise<{ ref: string; sha: string; type: string }[]> {
    const out = await this.text(["for-each-ref", "--format=%(refname) %(objectname) %(objecttype)", prefix]);
    return out
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const [ref, sha, type] = line.split(" ");
        return { ref: ref!, sha: sha!, type: type! };
      });
  }

  async refSha(ref: string): Promise<string | null> {
    const out = await this.text(["rev-parse", "--verify", "--quiet", ref], { allow: [1, 128] });
    const sha = out.trim();
    return SHA_RE.test(sha) ? sha : null;
  }

  async fetch(from: string, refspec: string): Promise<void> {
    await this.run(["fetch", "--quiet", "--no-tags", from, refspec]);
  }
}

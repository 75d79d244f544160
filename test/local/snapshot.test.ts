import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  GitNotFoundError,
  loadLocalSnapshot,
  NotAGitRepositoryError,
  UnknownRevisionError,
} from "../../src/local/index.js";
import { cleanupAll, committedRepo, makeRepo, runGit, tempDir } from "./repo.js";

afterAll(cleanupAll);

const runCommand = (cmd: string, args: string[]) => execFileSync(cmd, args);

describe("loadLocalSnapshot: tracked tree", () => {
  it("lists tracked files from the index, the commit, and reads working-tree text", async () => {
    const repo = committedRepo({ "README.md": "# hi\nline 2\n", "src/a.py": "print(1)\n" });
    const snap = await loadLocalSnapshot(repo.dir, {});
    expect(snap.paths).toEqual(["README.md", "src/a.py"]);
    expect(snap.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(snap.topLevel).toBe(repo.dir);
    expect(snap.root).toBe(repo.dir);
    expect(snap.prefix).toBe("");
    expect(await snap.read("README.md")).toBe("# hi\nline 2\n");
    expect(await snap.lineCount?.("README.md")).toBe(2);
    expect(await snap.read("missing.md")).toBeNull();
    expect(snap.workingTree).toBeUndefined();
    expect(snap.change).toBeUndefined();
  });

  it("reads the working-tree version of a modified file", async () => {
    const repo = committedRepo({ "a.md": "old\n" });
    repo.write("a.md", "new\n");
    const snap = await loadLocalSnapshot(repo.dir, {});
    expect(await snap.read("a.md")).toBe("new\n");
  });

  it("counts a staged-new file as tracked and a file staged for deletion as not tracked", async () => {
    const repo = committedRepo({ "gone.md": "x\n", "keep.md": "k\n" });
    repo.write("new.md", "n\n");
    repo.git("add", "new.md");
    repo.git("rm", "-q", "gone.md");
    const snap = await loadLocalSnapshot(repo.dir, { untracked: true });
    expect(snap.paths).toEqual(["keep.md", "new.md"]);
    expect(snap.workingTree?.added).toEqual(["new.md"]);
    expect(snap.workingTree?.deleted).toEqual(["gone.md"]);
  });

  it("hands the working tree over as a promise when asked to defer it, with the same content", async () => {
    const repo = committedRepo({ "gone.md": "x\n", "keep.md": "k\n" });
    repo.write("new.md", "n\n");
    repo.git("add", "new.md");
    repo.write("notes/draft.md", "d\n");
    const now = await loadLocalSnapshot(repo.dir, { untracked: true });
    const deferred = await loadLocalSnapshot(repo.dir, { untracked: true, deferWorkingTree: true });
    expect(deferred.workingTree).toBeUndefined();
    expect(now.workingTree?.untracked).toEqual(["notes/draft.md"]);
    expect(await deferred.pendingWorkingTree).toEqual(now.workingTree);
  });

  it("reads a file deleted only in the working tree from the index", async () => {
    const repo = committedRepo({ "doc.md": "from the index\n" });
    rmSync(join(repo.dir, "doc.md"));
    const snap = await loadLocalSnapshot(repo.dir, { untracked: true });
    expect(snap.paths).toContain("doc.md");
    expect(await snap.read("doc.md")).toBe("from the index\n");
    expect(snap.workingTree?.deleted).toEqual(["doc.md"]);
  });

  it("returns null for binary files", async () => {
    const repo = makeRepo();
    repo.write("img.md", Buffer.from([0x89, 0x50, 0x00, 0x01, 0x02]));
    repo.commit("binary");
    const snap = await loadLocalSnapshot(repo.dir, {});
    expect(await snap.read("img.md")).toBeNull();
    expect(await snap.lineCount?.("img.md")).toBeNull();
  });

  it("reads every size whole: empty, small, at and past the reader's buffer, and none over the byte cap", async () => {
    // 256 KiB is the reader's one-call buffer; the sizes around it take its other path.
    const kib = 1024;
    const ascii = (n: number) => "line\n".repeat(Math.ceil(n / 5)).slice(0, n);
    const files: Record<string, string> = {
      "empty.md": "",
      "small.md": "ok\n",
      "under.md": ascii(256 * kib - 1),
      "edge.md": ascii(256 * kib),
      "over.md": ascii(256 * kib + 1),
      "accents.md": "é".repeat(140 * kib), // 280 KiB of UTF-8 in 140 Ki characters
      "huge.md": ascii(900_000),
    };
    const repo = committedRepo(files);
    const snap = await loadLocalSnapshot(repo.dir, {});
    for (const [name, text] of Object.entries(files)) expect(await snap.read(name)).toBe(text);
    // Read in turn: a short file after a long one gets only its own bytes.
    expect(await snap.read("small.md")).toBe(files["small.md"]);
    const capped = await loadLocalSnapshot(repo.dir, { maxReadBytes: 100_000 });
    expect(await capped.read("small.md")).toBe(files["small.md"]);
    expect(await capped.read("over.md")).toBeNull();
    expect(await capped.read("huge.md")).toBeNull();
    const tight = await loadLocalSnapshot(repo.dir, { maxReadBytes: 2 });
    expect(await tight.read("small.md")).toBeNull();
  });

  it("reads no content from a FIFO or a folder standing at a tracked path", async () => {
    const repo = committedRepo({ "pipe.md": "committed\n", "dir.md": "committed\n" });
    rmSync(join(repo.dir, "pipe.md"));
    runCommand("mkfifo", [join(repo.dir, "pipe.md")]);
    rmSync(join(repo.dir, "dir.md"));
    mkdirSync(join(repo.dir, "dir.md"));
    const snap = await loadLocalSnapshot(repo.dir, {});
    expect(await snap.read("pipe.md")).toBeNull();
    expect(await snap.read("dir.md")).toBeNull();
  });

  it("never follows a symlink out of the root, but follows one inside it", async () => {
    const outside = tempDir("hg-outside-");
    writeFileSync(join(outside, "secret.md"), "secret\n");
    const repo = committedRepo({ "docs/real.md": "real\n" });
    symlinkSync(join(outside, "secret.md"), join(repo.dir, "leak.md"));
    symlinkSync("docs/real.md", join(repo.dir, "alias.md"));
    symlinkSync(outside, join(repo.dir, "linkdir"));
    repo.git("add", "leak.md", "alias.md", "linkdir");
    repo.commit("links");
    const snap = await loadLocalSnapshot(repo.dir, {});
    expect(snap.paths).toEqual(expect.arrayContaining(["leak.md", "alias.md", "linkdir"]));
    expect(await snap.read("leak.md")).toBeNull();
    expect(await snap.read("linkdir")).toBeNull();
    expect(await snap.read("alias.md")).toBe("real\n");
    expect(await snap.read("../secret.md")).toBeNull();
    expect(await snap.read("/etc/passwd")).toBeNull();
  });

  it("refuses a tracked path whose parent folder was replaced by a symlink to outside", async () => {
    const outside = tempDir("hg-outside-");
    writeFileSync(join(outside, "x.md"), "outside\n");
    const repo = committedRepo({ "docs/x.md": "inside\n" });
    rmSync(join(repo.dir, "docs"), { recursive: true });
    symlinkSync(outside, join(repo.dir, "docs"));
    const snap = await loadLocalSnapshot(repo.dir, {});
    expect(await snap.read("docs/x.md")).toBeNull();
  });
});

describe("loadLocalSnapshot: awkward paths", () => {
  const names = [
    "with space.md",
    "new\nline.md",
    "ünïcödé/файл.md",
    "tab\there.md",
    'quote"s.md',
    "-dash.md",
  ];

  it("keeps spaces, newlines, tabs, quotes and non-ASCII exactly (tracked and untracked)", async () => {
    const files = Object.fromEntries(names.map((n) => [n, `text of ${n}\n`]));
    const repo = committedRepo(files);
    for (const n of names) repo.write(`untracked/${n}`, "u\n");
    const snap = await loadLocalSnapshot(repo.dir, { untracked: true });
    expect([...snap.paths].sort()).toEqual([...names].sort());
    for (const n of names) expect(await snap.read(n)).toBe(`text of ${n}\n`);
    expect([...(snap.workingTree?.untracked ?? [])].sort()).toEqual(
      names.map((n) => `untracked/${n}`).sort(),
    );
  });
});

describe("loadLocalSnapshot: repository shapes", () => {
  it("works in a repository with no commits yet", async () => {
    const repo = makeRepo({ "a.py": "x\n", "b.md": "y\n" });
    repo.git("add", "a.py");
    const snap = await loadLocalSnapshot(repo.dir, { untracked: true });
    expect(snap.commit).toBeNull();
    expect(snap.paths).toEqual(["a.py"]);
    expect(await snap.read("a.py")).toBe("x\n");
    expect(snap.workingTree?.added).toEqual(["a.py"]);
    expect(snap.workingTree?.untracked).toEqual(["b.md"]);
    expect(await snap.history?.(["a.py"])).toEqual(new Map());
    await expect(loadLocalSnapshot(repo.dir, { changedSince: "main" })).rejects.toBeInstanceOf(
      UnknownRevisionError,
    );
  });

  it("runs from a subfolder with repo-relative paths", async () => {
    const repo = committedRepo({ "docs/guide/a.md": "a\n", "top.md": "t\n" });
    repo.write("docs/guide/new.md", "n\n");
    const snap = await loadLocalSnapshot(join(repo.dir, "docs", "guide"), { untracked: true });
    expect(snap.topLevel).toBe(repo.dir);
    expect(snap.prefix).toBe("docs/guide/");
    expect(snap.paths).toEqual(["docs/guide/a.md", "top.md"]);
    expect(await snap.read("top.md")).toBe("t\n");
    expect(snap.workingTree?.untracked).toEqual(["docs/guide/new.md"]);
  });

  it("throws NotAGitRepositoryError outside a repository, naming the folder and the fix", async () => {
    const dir = tempDir("hg-plain-");
    const error = await loadLocalSnapshot(dir, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotAGitRepositoryError);
    const message = (error as Error).message;
    expect(message).toContain(dir);
    expect(message).toContain("git init");
    expect((error as Error).cause).toBeDefined();
  });

  it("throws NotAGitRepositoryError for a folder that does not exist", async () => {
    const dir = join(tempDir("hg-plain-"), "nope");
    await expect(loadLocalSnapshot(dir, {})).rejects.toThrow(/does not exist/);
  });

  it("says clearly when git is not installed", async () => {
    const repo = committedRepo({ "a.md": "a\n" });
    const path = process.env.PATH;
    process.env.PATH = join(repo.dir, "no-bin-here");
    try {
      const error = await loadLocalSnapshot(repo.dir, {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GitNotFoundError);
      expect((error as Error).message).toMatch(/git is not installed/);
    } finally {
      process.env.PATH = path;
    }
  });

  it("treats a submodule as one tracked path and never reads or lists its contents", async () => {
    const sub = committedRepo({ "inner.md": "inner\n", "lib/x.py": "x\n" });
    const repo = committedRepo({ "README.md": "r\n" });
    repo.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", sub.dir, "vendor/sub");
    repo.commit("add submodule");
    const snap = await loadLocalSnapshot(repo.dir, { untracked: true });
    expect(snap.paths).toEqual([".gitmodules", "README.md", "vendor/sub"]);
    expect(snap.submodules).toEqual(["vendor/sub"]);
    expect(await snap.read("vendor/sub")).toBeNull();
    expect(await snap.read("vendor/sub/inner.md")).toBeNull();
    expect(snap.workingTree?.untracked).toEqual([]);
    expect(snap.workingTree?.modified).toEqual([]);

    // Edits inside the submodule are its own business...
    writeFileSync(join(repo.dir, "vendor/sub/inner.md"), "changed\n");
    writeFileSync(join(repo.dir, "vendor/sub/stray.py"), "s\n");
    const dirty = await loadLocalSnapshot(repo.dir, { untracked: true });
    expect(dirty.workingTree?.modified).toEqual([]);
    expect(dirty.workingTree?.untracked).toEqual([]);

    // ...but a new commit checked out in it is an uncommitted change of ours.
    runGit(join(repo.dir, "vendor/sub"), ["add", "-A"]);
    runGit(join(repo.dir, "vendor/sub"), [
      "-c",
      "user.name=T",
      "-c",
      "user.email=t@example.com",
      "commit",
      "-qm",
      "bump",
    ]);
    const moved = await loadLocalSnapshot(repo.dir, { untracked: true });
    expect(moved.workingTree?.modified).toEqual(["vendor/sub"]);
    expect(moved.workingTree?.submodules).toEqual(["vendor/sub"]);
  });

  it("handles a sparse checkout: skipped paths are tracked, absent on disk, read from the index", async () => {
    const repo = committedRepo({ "keep/a.md": "a\n", "away/b.md": "b from index\n", "top.md": "t\n" });
    repo.git("sparse-checkout", "set", "--no-cone", "/keep/", "/top.md");
    const snap = await loadLocalSnapshot(repo.dir, { untracked: true });
    expect(snap.paths).toEqual(["away/b.md", "keep/a.md", "top.md"]);
    expect(snap.sparsePaths).toEqual(["away/b.md"]);
    expect(await snap.read("away/b.md")).toBe("b from index\n");
    expect(await snap.lineCount?.("away/b.md")).toBe(1);
    expect(snap.workingTree?.deleted).toEqual([]);
  });

  it("lists unmerged paths as modified and unmerged", async () => {
    const repo = committedRepo({ "c.md": "base\n" });
    repo.git("checkout", "-q", "-b", "other");
    repo.write("c.md", "other\n");
    repo.commit("other");
    repo.git("checkout", "-q", "main");
    repo.write("c.md", "main\n");
    repo.commit("main");
    try {
      repo.git("merge", "-q", "other");
    } catch {
      // the conflict is the point
    }
    const snap = await loadLocalSnapshot(repo.dir, { untracked: true });
    expect(snap.paths).toEqual(["c.md"]);
    expect(snap.workingTree?.unmerged).toEqual(["c.md"]);
    expect(snap.workingTree?.modified).toEqual(["c.md"]);
  });
});

describe("loadLocalSnapshot: working tree", () => {
  it("reports untracked, modified, deleted and renamed; ignored files and nested repositories stay out", async () => {
    const repo = committedRepo({
      ".gitignore": "*.secret\nbuild/\n",
      "mod.py": "1\n",
      "del.md": "d\n",
      "old/name.py": "rename me\nwith enough content to be detected as a rename\n",
    });
    repo.write("mod.py", "2\n");
    rmSync(join(repo.dir, "del.md"));
    mkdirSync(join(repo.dir, "new"));
    repo.git("mv", "old/name.py", "new/name.py");
    repo.write("src/search/a.py", "a\n");
    repo.write("keys.secret", "k\n");
    repo.write("build/out.js", "o\n");
    mkdirSync(join(repo.dir, "worktree"));
    runGit(join(repo.dir, "worktree"), ["init", "-q"]);
    writeFileSync(join(repo.dir, "worktree", "inside.py"), "i\n");
    const wt = (await loadLocalSnapshot(repo.dir, { untracked: true })).workingTree!;
    expect(wt.untracked).toEqual(["src/search/a.py"]);
    expect(wt.modified).toEqual(["mod.py", "new/name.py"]);
    expect(wt.deleted).toEqual(["del.md", "old/name.py"]);
    expect(wt.renamed).toEqual([{ from: "old/name.py", to: "new/name.py" }]);
    expect(wt.nested).toEqual(["worktree"]);
    expect(wt.added).toEqual([]);
  });
});

describe("loadLocalSnapshot: history", () => {
  it("maps deleted and renamed paths (and their folders) to the newest commit that did it", async () => {
    const repo = committedRepo({
      "api_healer.py": "healer\n",
      "old/mod.py": "a module with some content so rename detection sees it\n",
    });
    repo.git("rm", "-q", "api_healer.py");
    const deletion = repo.commit("Remove api_healer.py");
    repo.git("mv", "old", "newplace");
    const rename = repo.commit("Move old to newplace");
    const snap = await loadLocalSnapshot(repo.dir, {});
    const fates = await snap.history!(["api_healer.py", "old/mod.py", "old/", "never.py"]);
    expect(fates.get("api_healer.py")).toMatchObject({
      path: "api_healer.py",
      commit: deletion,
      subject: "Remove api_healer.py",
    });
    expect(fates.get("api_healer.py")?.date).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(fates.get("api_healer.py")?.renamedTo).toBeUndefined();
    expect(fates.get("old/mod.py")).toMatchObject({ commit: rename, renamedTo: "newplace/mod.py" });
    expect(fates.get("old/")).toMatchObject({ path: "old", commit: rename, renamedTo: "newplace" });
    expect(fates.has("never.py")).toBe(false);
  });

  it("searches only the last historyLimit commits", async () => {
    const repo = committedRepo({ "early.md": "e\n", "late.md": "l\n" });
    repo.git("rm", "-q", "early.md");
    repo.commit("remove early");
    for (let i = 0; i < 3; i++) {
      repo.write(`f${i}.md`, `${i}\n`);
      repo.commit(`c${i}`);
    }
    repo.git("rm", "-q", "late.md");
    repo.commit("remove late");
    const snap = await loadLocalSnapshot(repo.dir, { historyLimit: 2 });
    const fates = await snap.history!(["early.md", "late.md"]);
    expect([...fates.keys()]).toEqual(["late.md"]);
  });
});

describe("loadLocalSnapshot: changedSince", () => {
  it("lists changed, deleted and renamed paths since the fork point", async () => {
    const repo = committedRepo({
      "keep.md": "k\n",
      "gone.md": "g\n",
      "docs/old name.md": "a document long enough for git to see the rename clearly\n",
    });
    repo.git("checkout", "-q", "-b", "feature");
    repo.write("keep.md", "changed\n");
    repo.write("added.md", "new\n");
    repo.git("rm", "-q", "gone.md");
    repo.git("mv", "docs/old name.md", "docs/new näme.md");
    repo.commit("feature work");
    const snap = await loadLocalSnapshot(repo.dir, { changedSince: "main" });
    expect(snap.change).toEqual({
      base: "main",
      changed: ["added.md", "docs/new näme.md", "keep.md"],
      deleted: ["gone.md"],
      renamed: [{ from: "docs/old name.md", to: "docs/new näme.md" }],
    });
  });

  it("rejects an unknown ref with a how-to-fix message", async () => {
    const repo = committedRepo({ "a.md": "a\n" });
    await expect(loadLocalSnapshot(repo.dir, { changedSince: "origin/nope" })).rejects.toThrow(
      /fetch-depth: 0/,
    );
    await expect(loadLocalSnapshot(repo.dir, { changedSince: "--output=x" })).rejects.toBeInstanceOf(
      UnknownRevisionError,
    );
  });

  it("falls back to a two-dot diff when the ref shares no history with HEAD", async () => {
    const repo = committedRepo({ "a.md": "a\n" });
    repo.git("checkout", "-q", "--orphan", "island");
    repo.git("rm", "-rq", "--cached", ".");
    rmSync(join(repo.dir, "a.md"));
    repo.write("b.md", "b\n");
    repo.commit("island");
    const snap = await loadLocalSnapshot(repo.dir, { changedSince: "main" });
    expect(snap.change?.changed).toEqual(["b.md"]);
    expect(snap.change?.deleted).toEqual(["a.md"]);
  });
});

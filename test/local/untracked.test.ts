import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadLocalSnapshot } from "../../src/local/index.js";
import { cleanupAll, committedRepo, makeRepo, runGit, type TempRepo } from "./repo.js";
import { byRule, config, type RuleFinding, workingTreeFindings } from "./rules-ctx.js";

afterAll(cleanupAll);

async function findings(repo: TempRepo, cfg = config()): Promise<RuleFinding[]> {
  return workingTreeFindings(await loadLocalSnapshot(repo.dir, { untracked: true }), cfg);
}

/** Suggested command `i` of a finding (failing the test when there is none). */
function cmd(finding: RuleFinding | undefined, i: number): string {
  const command = finding?.suggestions[i];
  if (command === undefined) throw new Error(`no suggestion ${i} in ${JSON.stringify(finding)}`);
  return command;
}

/** Run a suggested command the way a user would paste it. */
function sh(repo: TempRepo, command: string): void {
  execFileSync("bash", ["-c", command], {
    cwd: repo.dir,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "T",
      GIT_AUTHOR_EMAIL: "t@example.com",
      GIT_COMMITTER_NAME: "T",
      GIT_COMMITTER_EMAIL: "t@example.com",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function status(repo: TempRepo): string[] {
  return runGit(repo.dir, ["status", "--porcelain=v1", "-z", "--untracked-files=all"])
    .split("\0")
    .filter(Boolean);
}

/** The seed's story: five search-feature files and docs never added, a stray log, agent state. */
function seedRepo(): TempRepo {
  const repo = committedRepo({
    ".gitignore": "*.secret\nbuild/\n",
    "src/backend/app.py": "app\n",
    "src/autopack/autonomous_executor.py": "executor\n",
    "docs/README.md": "# docs\n",
  });
  for (const f of [
    "__init__.py",
    "embedding_service.py",
    "semantic_search.py",
    "tests/__init__.py",
    "tests/test_semantic_search.py",
  ]) {
    repo.write(`src/backend/search/${f}`, `# ${f}\n`);
  }
  repo.write("docs/DBG-009_MULTIPLE_EXECUTOR_INSTANCES.md", "# DBG-009\n");
  repo.write("docs/BUILD-048_EXECUTOR_INSTANCE_MANAGEMENT.md", "# BUILD-048\n");
  repo.write("executor_run.log", "log\n");
  repo.write(".claude/settings.local.json", "{}\n");
  repo.write("api.secret", "k\n");
  repo.write("build/out.js", "o\n");
  repo.write("src/autopack/autonomous_executor.py", "executor, fixed\n");
  return repo;
}

describe("working-tree rules on the seed's story", () => {
  it("flags the search feature as one implementation finding, docs, the log, and the uncommitted fix", async () => {
    const repo = seedRepo();
    const all = await findings(repo);
    const hg301 = byRule(all, "HG301");
    expect(hg301).toHaveLength(1);
    expect(hg301[0]).toMatchObject({
      path: "src/backend/search/",
      line: 1,
      column: 1,
      target: "src/backend/search/",
    });
    expect(hg301[0]!.related).toEqual([
      "src/backend/search/__init__.py",
      "src/backend/search/embedding_service.py",
      "src/backend/search/semantic_search.py",
      "src/backend/search/tests/__init__.py",
      "src/backend/search/tests/test_semantic_search.py",
    ]);
    expect(hg301[0]!.message).toContain("5 implementation files not tracked by git");
    expect(hg301[0]!.suggestions).toEqual([
      "git add -- 'src/backend/search/' && git commit -m 'Add 5 files in src/backend/search/' -- 'src/backend/search/'",
    ]);

    expect(byRule(all, "HG302").map((f) => f.path)).toEqual([
      "docs/BUILD-048_EXECUTOR_INSTANCE_MANAGEMENT.md",
      "docs/DBG-009_MULTIPLE_EXECUTOR_INSTANCES.md",
    ]);
    const hg303 = byRule(all, "HG303");
    expect(hg303.map((f) => f.path)).toEqual(["executor_run.log"]);
    expect(hg303[0]!.suggestions).toEqual(["echo '*.log' >> .gitignore", "rm -- 'executor_run.log'"]);
    expect(byRule(all, "HG304").map((f) => f.path)).toEqual(["src/autopack/autonomous_executor.py"]);

    // Silent: agent state, ignored files, ignored folders.
    const paths = all.flatMap((f) => [f.path, ...f.related]);
    expect(paths.some((p) => p.includes(".claude") || p.includes("secret") || p.startsWith("build/"))).toBe(
      false,
    );
  });

  it("the suggested commands do what they say", async () => {
    const repo = seedRepo();
    const all = await findings(repo);
    for (const f of [...byRule(all, "HG301"), ...byRule(all, "HG302")]) sh(repo, cmd(f, 0));
    sh(repo, cmd(byRule(all, "HG303")[0], 0));
    sh(repo, cmd(byRule(all, "HG304")[0], 0));
    // Left over: only the agent state folder, which we never report.
    expect(status(repo)).toEqual([" M .gitignore", "?? .claude/settings.local.json"]);
    // The .gitignore edit is itself a change to commit.
    const after = await findings(repo);
    expect(after.map((f) => [f.rule, f.path])).toEqual([["HG304", ".gitignore"]]);
  });
});

describe("what is never reported", () => {
  it("skips node_modules, virtualenvs, editor and agent state, nested repositories and worktrees", async () => {
    const repo = committedRepo({ "README.md": "r\n" });
    repo.write("node_modules/pkg/index.js", "x\n");
    repo.write("web/node_modules/pkg/index.js", "x\n");
    repo.write(".venv/lib/site.py", "x\n");
    repo.write("myenv/pyvenv.cfg", "home = /usr\n");
    repo.write("myenv/lib/python3.12/site-packages/x.py", "x\n");
    for (const d of [".claude", ".cursor", ".idea", ".vscode", ".codex", ".windsurf"])
      repo.write(`${d}/state.json`, "{}\n");
    repo.write(".aider.chat.history.md", "chat\n");
    mkdirSync(join(repo.dir, "other-repo"));
    runGit(join(repo.dir, "other-repo"), ["init", "-q"]);
    writeFileSync(join(repo.dir, "other-repo", "inside.py"), "x\n");
    repo.git("branch", "side");
    repo.git("worktree", "add", "-q", "wt", "side");
    expect(await findings(repo)).toEqual([]);
    const snap = await loadLocalSnapshot(repo.dir, { untracked: true });
    expect(snap.workingTree?.nested).toEqual(["other-repo", "wt"]);
  });

  it("honours untracked.ignore, on top of the built-in folders", async () => {
    const repo = committedRepo({ "README.md": "r\n" });
    repo.write("scratch/a.py", "x\n");
    repo.write("keep.py", "x\n");
    repo.write(".claude/x.json", "{}\n");
    const all = await findings(repo, config({ untracked: { ignore: ["scratch/**"] } }));
    expect(all.map((f) => f.path)).toEqual(["keep.py"]);
  });

  it("reports nothing when the tree is clean", async () => {
    const repo = committedRepo({ "a.py": "a\n", "docs/x.md": "x\n" });
    expect(await findings(repo)).toEqual([]);
  });
});

describe("grouping", () => {
  it("lists at most 20 files in the message, every file in related", async () => {
    const repo = committedRepo({ "README.md": "r\n" });
    for (let i = 0; i < 30; i++) repo.write(`newpkg/mod${String(i).padStart(2, "0")}.py`, "x\n");
    const [f, ...rest] = await findings(repo);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "HG301", path: "newpkg/" });
    expect(f!.related).toHaveLength(30);
    expect(f!.message).toContain("`mod19.py` and 10 more");
    expect(f!.message).not.toContain("mod20.py");
  });

  it("reports files one by one below the threshold, and in folders that hold committed files", async () => {
    const repo = committedRepo({ "src/app.py": "a\n" });
    for (const n of ["a", "b", "c"]) repo.write(`small/${n}.py`, "x\n");
    for (const n of ["d", "e", "f", "g", "h"]) repo.write(`src/${n}.py`, "x\n");
    const all = await findings(repo);
    expect(all.map((f) => f.path)).toEqual([
      "small/a.py",
      "small/b.py",
      "small/c.py",
      "src/d.py",
      "src/e.py",
      "src/f.py",
      "src/g.py",
      "src/h.py",
    ]);
    expect(all.every((f) => f.related.length === 0)).toBe(true);
    const threshold3 = await findings(repo, config({ untracked: { groupThreshold: 3 } }));
    expect(threshold3.map((f) => f.path)).toContain("small/");
  });

  it("splits a mixed new folder by kind and names files when the folder is not all one kind", async () => {
    const repo = committedRepo({ "README.md": "r\n" });
    for (const n of ["a", "b", "c", "d"]) repo.write(`feature/${n}.py`, "x\n");
    repo.write("feature/run.log", "log\n");
    const all = await findings(repo);
    const [impl] = byRule(all, "HG301");
    expect(impl!.path).toBe("feature/");
    // `git add feature/` would also add run.log, so the command names the four files.
    expect(impl!.suggestions[0]).toBe(
      "git add -- 'feature/a.py' 'feature/b.py' 'feature/c.py' 'feature/d.py' && git commit -m 'Add 4 files in feature/' -- 'feature/a.py' 'feature/b.py' 'feature/c.py' 'feature/d.py'",
    );
    expect(byRule(all, "HG303").map((f) => f.path)).toEqual(["feature/run.log"]);
    sh(repo, cmd(impl, 0));
    expect(status(repo)).toEqual(["?? feature/run.log"]);
  });

  it("groups artifacts and ignores a whole new artifact folder in one line", async () => {
    const repo = committedRepo({ "README.md": "r\n" });
    for (const n of ["a", "b", "c", "d", "e"]) repo.write(`coverage/lcov-report/${n}.html`, "x\n");
    const [f, ...rest] = await findings(repo);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "HG303", path: "coverage/" });
    expect(f!.suggestions).toEqual(["echo '/coverage/' >> .gitignore", "rm -r -- 'coverage/'"]);
    sh(repo, cmd(f, 0));
    expect(status(repo)).toEqual(["?? .gitignore"]);
  });
});

describe("staged but not committed", () => {
  it("reports a staged-new file as uncommitted work, with a command that commits only it", async () => {
    const repo = committedRepo({ "src/app.py": "a\n" });
    repo.write("src/new.py", "n\n");
    repo.write("src/other.py", "o\n");
    repo.git("add", "src/new.py", "src/other.py");
    const all = await findings(repo);
    expect(all.map((f) => [f.rule, f.path])).toEqual([
      ["HG301", "src/new.py"],
      ["HG301", "src/other.py"],
    ]);
    expect(all[0]!.message).toContain("staged with `git add` but never committed");
    sh(repo, cmd(all[0], 0));
    expect(status(repo)).toEqual(["A  src/other.py"]);
  });

  it("in a repository with no commits, everything is uncommitted work", async () => {
    const repo = makeRepo({ "main.py": "m\n", "NOTES.md": "n\n" });
    repo.git("add", "main.py");
    const all = await findings(repo);
    expect(all.map((f) => [f.rule, f.path])).toEqual([
      ["HG301", "main.py"],
      ["HG302", "NOTES.md"],
    ]);
    sh(repo, cmd(all[0], 0));
    sh(repo, cmd(all[1], 0));
    expect(status(repo)).toEqual([]);
  });

  it("takes a staged artifact out of the index when ignoring it", async () => {
    const repo = committedRepo({ "README.md": "r\n" });
    repo.write("dump.sql.bak", "x\n");
    repo.git("add", "dump.sql.bak");
    const [f] = await findings(repo);
    expect(f).toMatchObject({ rule: "HG303", path: "dump.sql.bak" });
    expect(f!.suggestions[0]).toBe(
      "echo '*.bak' >> .gitignore && git rm -r -q --cached --ignore-unmatch -- 'dump.sql.bak'",
    );
    sh(repo, cmd(f, 0));
    expect(status(repo)).toEqual(["?? .gitignore"]);
  });
});

describe("HG304 uncommitted changes", () => {
  it("reports modified, deleted and renamed files once each, with commands that commit or undo them", async () => {
    const repo = committedRepo({
      "mod.py": "1\n",
      "gone.md": "g\n",
      "old/name.py": "a file with enough content for rename detection to work\n",
    });
    repo.write("mod.py", "2\n");
    rmSync(join(repo.dir, "gone.md"));
    mkdirSync(join(repo.dir, "new"));
    repo.git("mv", "old/name.py", "new/name.py");
    const all = await findings(repo);
    expect(all.map((f) => [f.rule, f.path, f.related])).toEqual([
      ["HG304", "gone.md", []],
      ["HG304", "mod.py", []],
      ["HG304", "new/name.py", ["old/name.py"]],
    ]);
    expect(all[0]!.message).toContain("is deleted but the deletion is not committed");
    expect(all[1]!.message).toContain("modified but not committed");
    expect(all[2]!.message).toContain("was renamed to `new/name.py`");
    for (const f of all) sh(repo, cmd(f, 0));
    expect(status(repo)).toEqual([]);
    expect(repo.git("ls-files").split("\n").filter(Boolean)).toEqual(["mod.py", "new/name.py"]);
  });

  it("the undo commands restore the committed state", async () => {
    const repo = committedRepo({ "mod.py": "1\n", "gone.md": "g\n" });
    repo.write("mod.py", "2\n");
    repo.git("rm", "-q", "gone.md");
    const all = await findings(repo);
    expect(all.map((f) => f.path)).toEqual(["gone.md", "mod.py"]);
    for (const f of all) sh(repo, cmd(f, 1));
    expect(status(repo)).toEqual([]);
  });

  it("reports an unresolved merge conflict", async () => {
    const repo = committedRepo({ "c.md": "base\n" });
    repo.git("checkout", "-q", "-b", "other");
    repo.write("c.md", "other\n");
    repo.commit("other");
    repo.git("checkout", "-q", "main");
    repo.write("c.md", "main\n");
    repo.commit("main");
    expect(() => repo.git("merge", "-q", "other")).toThrow();
    const [f, ...rest] = await findings(repo);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "HG304", path: "c.md" });
    expect(f!.message).toContain("unresolved merge conflicts");
  });
});

describe("awkward names in commands", () => {
  const names = [
    "with space.py",
    "it's.py",
    "new\nline.py",
    "-rf.py",
    "ünï cödé.md",
    "$(touch pwned).py",
    "a*b?.log",
  ];

  it("quotes every path so the commands act on exactly that file", async () => {
    const repo = committedRepo({ "README.md": "r\n" });
    for (const n of names) repo.write(`lib/${n}`, "x\n");
    repo.write("lib/keep.txt", "k\n");
    repo.commit("lib");
    for (const n of names) repo.write(n, "x\n");
    const all = await findings(repo);
    expect(all.map((f) => f.path).sort()).toEqual([...names].sort());
    for (const f of all) {
      // One line each, even for a newline in the name.
      for (const s of f.suggestions) expect(s).not.toContain("\n");
      sh(repo, cmd(f, 0));
    }
    expect(status(repo)).toEqual(["?? .gitignore"]);
    expect(repo.git("ls-files", "-z").split("\0")).not.toContain("pwned");
    expect(runGit(repo.dir, ["check-ignore", "-q", "a*b?.log"])).toBe("");
  });

  it("a .gitignore without a final newline gets one before the pattern", async () => {
    const repo = committedRepo({ ".gitignore": "*.secret" });
    repo.write("trace.log", "x\n");
    const [f] = await findings(repo);
    expect(f!.suggestions[0]).toBe("echo >> .gitignore && echo '*.log' >> .gitignore");
    sh(repo, cmd(f, 0));
    repo.write("x.secret", "s\n");
    expect(status(repo)).toEqual([" M .gitignore"]);
  });
});

describe("HG304 edge cases", () => {
  it("reports `git rm --cached` once, as a removal kept on disk, not also as untracked work", async () => {
    const repo = committedRepo({ "config.local.py": "secret\n", "app.py": "a\n" });
    repo.git("rm", "-q", "--cached", "config.local.py");
    const all = await findings(repo);
    expect(all.map((f) => [f.rule, f.path])).toEqual([["HG304", "config.local.py"]]);
    expect(all[0]!.message).toContain("still on disk");
    sh(repo, cmd(all[0], 0));
    expect(status(repo)).toEqual(["?? config.local.py"]);
  });

  it("moves a rename back into a folder that no longer exists", async () => {
    const repo = committedRepo({
      "old/deep/name.py": "a file with enough content for rename detection to work\n",
    });
    repo.git("mv", "old", "fresh");
    const [f] = await findings(repo);
    expect(f).toMatchObject({ rule: "HG304", path: "fresh/deep/name.py", related: ["old/deep/name.py"] });
    sh(repo, cmd(f, 1));
    expect(status(repo)).toEqual([]);
  });

  it("reports a submodule whose checked-out commit moved, and its commands work", async () => {
    const sub = committedRepo({ "lib.py": "l\n" });
    const repo = committedRepo({ "README.md": "r\n" });
    repo.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", sub.dir, "deps/sub");
    repo.commit("submodule");
    const inner = join(repo.dir, "deps/sub");
    writeFileSync(join(inner, "lib.py"), "l2\n");
    runGit(inner, ["-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-qam", "bump"]);
    const [f, ...rest] = await findings(repo);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "HG304", path: "deps/sub" });
    expect(f!.message).toContain("Submodule `deps/sub`");
    sh(repo, cmd(f, 0));
    expect(status(repo)).toEqual([]);
  });
});

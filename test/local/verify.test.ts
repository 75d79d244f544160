import { afterAll, describe, expect, it } from "vitest";
import { runVerify } from "../../src/cli/verify.js";
import type { Config } from "../../src/core/config/schema.js";
import { NotAGitRepositoryError } from "../../src/local/index.js";
import { cleanupAll, committedRepo, tempDir } from "./repo.js";
import { config } from "./rules-ctx.js";

afterAll(cleanupAll);

const REPORT = `# Advanced search phase: completion report

**Status**: done

## Files Created

\`\`\`
src/backend/search/__init__.py
src/backend/search/semantic_search.py
src/backend/search/ranking.py
\`\`\`
`;

function verify(dir: string, format: "text" | "json" = "text", cfg: Config = config()) {
  return runVerify({ dir, config: cfg, format, fullErrors: true });
}

describe("handoff-guard verify", () => {
  it("FAILs with every uncommitted deliverable and every claim the commit cannot back", async () => {
    const repo = committedRepo({ "docs/REPORT.md": REPORT, "src/backend/app.py": "app\n" });
    repo.write("src/backend/search/__init__.py", "\n");
    repo.write("src/backend/search/semantic_search.py", "def search(): ...\n");
    repo.write("docs/NOTES.md", "# notes\n");
    repo.write("run.log", "log\n");
    const { exitCode, output } = await verify(repo.dir);
    expect(exitCode).toBe(1);
    expect(output).toMatch(/^handoff-guard verify: FAIL\n/);
    expect(output).toContain("FAIL HG301 untracked-implementation src/backend/search/__init__.py");
    expect(output).toContain("FAIL HG301 untracked-implementation src/backend/search/semantic_search.py");
    expect(output).toContain("FAIL HG302 untracked-documentation docs/NOTES.md");
    // The report's claims: two exist only in the working tree, one was never created at all.
    expect(output).toMatch(
      /HG102 uncommitted-claim docs\/REPORT\.md:8:1\n.*exists in the working tree but was never committed/,
    );
    expect(output).toMatch(/docs\/REPORT\.md:10:1\n.*`src\/backend\/search\/ranking\.py`.*never created/);
    expect(output).toContain("note HG303 untracked-artifact run.log");
    expect(output).toContain(
      "fix: git add -- 'docs/NOTES.md' && git commit -m 'Add docs/NOTES.md' -- 'docs/NOTES.md'",
    );
  });

  it("PASSes once the work is committed (artifacts alone do not fail it)", async () => {
    const repo = committedRepo({ "docs/REPORT.md": REPORT.replace("src/backend/search/ranking.py\n", "") });
    repo.write("src/backend/search/__init__.py", "\n");
    repo.write("src/backend/search/semantic_search.py", "def search(): ...\n");
    repo.commit("search feature");
    repo.write("debug.log", "log\n");
    const { exitCode, output } = await verify(repo.dir);
    expect(output).toMatch(/^handoff-guard verify: PASS\n/);
    expect(output).toContain("note HG303");
    expect(exitCode).toBe(0);
  });

  it("FAILs on uncommitted changes to tracked files", async () => {
    const repo = committedRepo({ "src/fix.py": "old\n" });
    repo.write("src/fix.py", "new\n");
    const { exitCode, output } = await verify(repo.dir);
    expect(exitCode).toBe(1);
    expect(output).toContain("FAIL HG304 uncommitted-change src/fix.py");
  });

  it("never truncates a message or a file list", async () => {
    const long = `${"very-long-folder-name-".repeat(5)}x/${"and-a-deeper-folder-".repeat(5)}y`;
    const repo = committedRepo({ "README.md": "r\n" });
    for (let i = 0; i < 40; i++) repo.write(`${long}/module_${i}.py`, "x\n");
    const { output } = await verify(repo.dir);
    const messageLine = output.split("\n").find((l) => l.includes("New folder"));
    expect(messageLine?.length).toBeGreaterThan(400);
    expect(messageLine).toContain("Commit them, or delete them if they are not part of the work.");
    for (let i = 0; i < 40; i++) expect(output).toContain(`${long}/module_${i}.py`);
    expect(output).toContain("files (40):");
  });

  it("prints JSON with the verdict and each section's findings", async () => {
    const repo = committedRepo({ "README.md": "r\n" });
    repo.write("tool.py", "x\n");
    const { exitCode, output } = await verify(repo.dir, "json");
    expect(exitCode).toBe(1);
    const json = JSON.parse(output);
    expect(json).toMatchObject({ version: 1, verdict: "FAIL", root: repo.dir });
    expect(json.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(json.uncommittedDeliverables).toHaveLength(1);
    expect(json.uncommittedDeliverables[0]).toMatchObject({
      rule: "HG301",
      name: "untracked-implementation",
      severity: "error",
      path: "tool.py",
      line: 1,
      column: 1,
      suggestions: ["git add -- 'tool.py' && git commit -m 'Add tool.py' -- 'tool.py'"],
    });
    expect(json.unbackedClaims).toEqual([]);
    expect(json.uncommittedChanges).toEqual([]);
    expect(json.notes).toEqual([]);
  });

  it("checks the working tree even when the config turned untracked checks off, but honours rules: off", async () => {
    const repo = committedRepo({ "README.md": "r\n" });
    repo.write("tool.py", "x\n");
    repo.write("notes.md", "n\n");
    const disabled = config({ untracked: { enabled: false }, rules: { HG302: "off" } });
    const { exitCode, output } = await verify(repo.dir, "text", disabled);
    expect(exitCode).toBe(1);
    expect(output).toContain("HG301");
    expect(output).not.toContain("HG302");
  });

  it("escapes control characters in paths so the report stays one finding per entry", async () => {
    const repo = committedRepo({ "README.md": "r\n" });
    repo.write("evil\u001b[2Jname.py", "x\n");
    const { output } = await verify(repo.dir);
    expect(output).not.toContain("\u001b");
    expect(output).toContain("evil\\u001b[2Jname.py");
  });

  it("throws NotAGitRepositoryError outside a repository (the CLI exits 2)", async () => {
    await expect(verify(tempDir("hg-plain-"))).rejects.toBeInstanceOf(NotAGitRepositoryError);
  });
});

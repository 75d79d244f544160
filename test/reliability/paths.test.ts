// Hostile paths: `../../etc/passwd`, absolute paths, symlinks in the repository pointing outside it,
// NUL bytes and 4,000-character paths. Nothing outside the repository root is read, followed or
// written, through the CLI (dist/cli.js on real git repositories) and through the local snapshot.
import { readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadLocalSnapshot } from "../../src/local/index.js";
import { cli } from "../cli/run-cli.js";
import { cleanupAll, committedRepo, makeRepo, tempDir } from "../local/repo.js";

afterAll(cleanupAll);

const MARKER = "SECRET-OUTSIDE-MARKER";

/** A folder outside every repository, with files that must never be read. */
function outsideFolder(): string {
  const dir = tempDir("hg-outside-");
  writeFileSync(join(dir, "secret.txt"), `${MARKER}\nline 2\n`);
  writeFileSync(join(dir, "handoff.md"), `# Leak\n\n${MARKER}: deploy \`leak_marker_phantom.py\`.\n`);
  writeFileSync(join(dir, "config.yml"), `rules:\n  HG101: off\n# ${MARKER}\n`);
  return dir;
}

/** A 4,000-character path: 20 folders of 199 characters and a file. */
function longPath(name: string): string {
  const folders = Array.from({ length: 20 }, (_, i) => `${String(i).padStart(2, "0")}${"d".repeat(197)}`);
  return [...folders, name].join("/");
}

describe("local snapshot read: hostile paths", () => {
  it("reads nothing outside the root, never throws, and still reads long tracked paths", async () => {
    const outside = outsideFolder();
    const long = longPath("deep.md");
    expect(long.length).toBeGreaterThanOrEqual(4000);
    const repo = committedRepo({ "docs/a.md": "inside\n", [long]: "deep\n" });
    symlinkSync(join(outside, "secret.txt"), join(repo.dir, "docs/abs-link.txt"));
    symlinkSync(
      relative(join(repo.dir, "docs"), join(outside, "secret.txt")),
      join(repo.dir, "docs/rel-link.txt"),
    );
    repo.git("add", "docs/abs-link.txt", "docs/rel-link.txt");
    repo.commit("links");
    const snap = await loadLocalSnapshot(repo.dir, {});
    const hostile = [
      "../../etc/passwd",
      "/etc/passwd",
      join(outside, "secret.txt"),
      "docs/../../secret.txt",
      `docs/${relative(join(repo.dir, "docs"), join(outside, "secret.txt"))}`,
      "docs/abs-link.txt",
      "docs/rel-link.txt",
      "docs/a.md\u0000",
      "docs/\u0000/../../etc/passwd",
      "\u0000",
      "",
      longPath("missing.md"),
      "x".repeat(4096),
      `${"../".repeat(1400)}etc/passwd`,
    ];
    for (const path of hostile) {
      expect(await snap.read(path), JSON.stringify(path.slice(0, 80))).toBeNull();
      expect(await snap.lineCount?.(path)).toBeNull();
    }
    expect(await snap.read("docs/a.md")).toBe("inside\n");
    expect(await snap.read(long)).toBe("deep\n");
    expect(await snap.lineCount?.(long)).toBe(1);
  });
});

describe("CLI: hostile references, symlinks and long paths", () => {
  it("reports references that leave the root as phantoms without reading their targets", () => {
    const outside = outsideFolder();
    const long = longPath("deep.py");
    const repo = makeRepo({ "src/app.py": "a\nb\nc\n", [long]: "x = 1\n" });
    const fromHandoffs = relative(join(repo.dir, "_agents/_handoffs"), outside);
    const handoff = [
      "# Paths",
      "",
      "Deploy `../../etc/passwd` and `/etc/passwd` now.",
      "See [passwd](../../../../../../../../etc/passwd#L1) and [abs](/etc/passwd#L3).",
      `Run \`${fromHandoffs}/secret.txt#L9\` and \`${join(outside, "secret.txt")}#L9\`.`,
      "Edit `data/link.txt#L9` and [rel link](../../data/rel-link.txt#L9).",
      "Deploy [nul](a%00b.py) and `docs/nul%00.md#L2`.",
      `Deploy \`${long}#L1\` and \`${longPath("missing.py")}\`.`,
      "",
    ].join("\n");
    repo.write("_agents/_handoffs/paths.md", handoff);
    repo.write(
      "docs/notes.md",
      `# Notes\n\nSee [secret](${relative(join(repo.dir, "docs"), outside)}/secret.txt#L9).\n`,
    );
    symlinkSync(join(outside, "secret.txt"), join(repo.dir, "data-link.tmp"));
    repo.write("data/.keep", "");
    symlinkSync(join(outside, "secret.txt"), join(repo.dir, "data/link.txt"));
    symlinkSync(
      relative(join(repo.dir, "data"), join(outside, "secret.txt")),
      join(repo.dir, "data/rel-link.txt"),
    );
    // A handoff that is a symlink to a document outside the repository: never read.
    symlinkSync(join(outside, "handoff.md"), join(repo.dir, "_agents/_handoffs/leak.md"));
    rmSync(join(repo.dir, "data-link.tmp"));
    repo.commit("hostile paths");

    const run = cli(["check", repo.dir, "--format", "json", "--no-untracked"], repo.dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain(MARKER);
    expect(run.stdout).not.toContain("leak_marker_phantom");
    const out = JSON.parse(run.stdout) as { findings: { rule: string; raw: string | null; path: string }[] };
    // Line anchors into files outside the root are never counted: no HG104 (out of range) at all.
    expect(out.findings.filter((f) => f.rule === "HG104")).toEqual([]);
    // The long tracked path is not a phantom; a path with a NUL byte is reported, escaped.
    const raws = out.findings.map((f) => f.raw ?? "");
    expect(raws.some((r) => r.startsWith(long))).toBe(false);
    expect(raws).toContain("a%00b.py");
    // Every finding is about a document inside the repository.
    for (const f of out.findings) expect(f.path.startsWith("/") || f.path.startsWith("..")).toBe(false);
    for (const format of ["text", "markdown"]) {
      const other = cli(["check", repo.dir, "--format", format, "--no-untracked"], repo.dir);
      expect(other.code).toBe(1);
      expect(other.stdout + other.stderr).not.toContain(MARKER);
    }
  });

  it("never reads a default config file that is a symlink to outside the repository", () => {
    const outside = outsideFolder();
    const repo = makeRepo({ "_agents/_handoffs/a.md": "# A\n\nDeploy `missing_file.py`.\n" });
    repo.write(".github/.keep", "");
    symlinkSync(join(outside, "config.yml"), join(repo.dir, ".github/handoff-guard.yml"));
    repo.commit("config symlink");
    const run = cli(["check", repo.dir, "--no-untracked"], repo.dir);
    // Refused with a reason (exit 2), not silently read: the outside config would turn HG101 off.
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(".github/handoff-guard.yml");
    expect(run.stderr).toMatch(/outside the repository/);
    expect(run.stdout + run.stderr).not.toContain(MARKER);
  });

  it("reads a config file that is a symlink inside the repository", () => {
    const repo = makeRepo({
      "_agents/_handoffs/a.md": "# A\n\nDeploy `missing_file.py`.\n",
      "config/hg.yml": "rules:\n  HG101: off\n",
    });
    repo.write(".github/.keep", "");
    symlinkSync("../config/hg.yml", join(repo.dir, ".github/handoff-guard.yml"));
    repo.commit("config symlink inside");
    const run = cli(["check", repo.dir, "--no-untracked"], repo.dir);
    expect(run.code).toBe(0);
  });

  it("consolidate --apply never writes through a symlink to outside the repository", () => {
    const outside = outsideFolder();
    const body = (who: string) =>
      `---\nstatus: open\nassigned_to: ${who}\ndue: 2026-02-18\n---\n# Deploy api_healer.py to Render\n\nDeploy \`crewai-service/api_healer.py\` to Render and verify the /health endpoint.\n\n- [ ] Deploy crewai-service/api_healer.py\n- [ ] Verify /health returns 200\n`;
    const repo = committedRepo({
      "crewai-service/main.py": "app = 1\n",
      "_agents/_handoffs/deploy-a.md": body("russell"),
      "_agents/_handoffs/deploy-b.md": body("russell"),
    });
    // Find where --apply writes the consolidated handoff, then undo it.
    const first = cli(["consolidate", repo.dir, "--apply"], repo.dir);
    expect(first.code, first.stderr).toBe(0);
    const created = repo
      .git("status", "--porcelain", "--untracked-files=all")
      .split("\n")
      .filter((l) => l.startsWith("?? "));
    expect(created).toHaveLength(1);
    const target = created[0]!.slice(3);
    repo.git("checkout", "--", ".");
    repo.git("clean", "-fdq");
    // The consolidated handoff's own path is a symlink to a file outside the repository.
    const victim = join(outside, "victim.md");
    writeFileSync(victim, "untouched\n");
    symlinkSync(victim, join(repo.dir, target!));
    const run = cli(["consolidate", repo.dir, "--apply"], repo.dir);
    expect(readFileSync(victim, "utf8")).toBe("untouched\n");
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/outside the repository|symlink/);
  });
});

describe("writeWorkingFile (consolidate --apply)", () => {
  it("refuses `..`, absolute paths, NUL bytes and symlinked folders to outside; writes inside", async () => {
    const { writeWorkingFile, OutsideRootError } = await import("../../src/local/index.js");
    const outside = tempDir("hg-outside-");
    const repo = committedRepo({ "docs/a.md": "a\n" });
    symlinkSync(outside, join(repo.dir, "out"));
    for (const path of [
      "../x.md",
      "/tmp/x.md",
      "docs/\u0000.md",
      "",
      "out/x.md",
      "out/new/deeper/x.md",
      "docs/../../x.md",
    ]) {
      await expect(writeWorkingFile(repo.dir, path, "pwned\n"), JSON.stringify(path)).rejects.toBeInstanceOf(
        OutsideRootError,
      );
    }
    expect(readdirSync(outside)).toEqual([]);
    await writeWorkingFile(repo.dir, "docs/new/b.md", "b\n");
    expect(readFileSync(join(repo.dir, "docs/new/b.md"), "utf8")).toBe("b\n");
  });
});

// The tracked-.gitignore reader (for snapshots with no git to ask) against git itself: the same
// rules, the same paths, the same answer as `git check-ignore --no-index`.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/schema.js";
import { check } from "../../src/core/engine/check.js";
import { ignoreMatcher } from "../../src/core/resolve/gitignore.js";
import { memorySnapshot } from "../../src/core/snapshot/memory.js";

const dir = mkdtempSync(join(tmpdir(), "hg-gitignore-"));
spawnSync("git", ["init", "-q"], { cwd: dir });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * What git says: the paths of `asked` it ignores. `git check-ignore --no-index` tells a folder from
 * a file by what is on disk, so folders are made as empty folders and file paths are kept off
 * any folder (see `askable`).
 */
function gitIgnored(files: Record<string, string>, asked: readonly [string, boolean][]): Set<string> {
  for (const entry of readdirSync(dir)) if (entry !== ".git") rmSync(join(dir, entry), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  for (const [path, folder] of asked) if (folder) mkdirSync(join(dir, path), { recursive: true });
  const input = asked.map(([p]) => `${p}\0`).join("");
  const out = spawnSync("git", ["check-ignore", "--no-index", "-z", "--stdin"], { cwd: dir, input });
  return new Set(out.stdout.toString("utf8").split("\0").filter(Boolean));
}

/** The asked paths without a file path that names a folder made for another entry (or `a/`). */
function askable(asked: readonly [string, boolean][]): [string, boolean][] {
  const folders = new Set(["a"]);
  for (const [path, folder] of asked) {
    if (!folder) continue;
    const parts = path.split("/");
    for (let i = 1; i <= parts.length; i++) folders.add(parts.slice(0, i).join("/"));
  }
  const seen = new Set<string>();
  return asked.filter(([path, folder]) => {
    if (seen.has(path) || (!folder && folders.has(path))) return false;
    seen.add(path);
    return true;
  });
}

function ours(files: Record<string, string>, asked: readonly [string, boolean][]): Set<string> {
  const isIgnored = ignoreMatcher(Object.entries(files).map(([path, text]) => ({ path, text })));
  return new Set(asked.filter(([p, folder]) => isIgnored(p, folder)).map(([p]) => p));
}

describe("ignore rules read from tracked .gitignore files", () => {
  it("answers as git check-ignore does, for hand-picked rules", () => {
    const files = {
      ".gitignore": [
        "# checkpoints and build output",
        "build/",
        "*.pkl",
        "!keep.pkl",
        "/models/*",
        "!/models/.gitkeep",
        "logs/**/*.log",
        "docs/",
        "\\#literal",
        "trailing   ",
        "",
      ].join("\n"),
      "a/.gitignore": "*.tmp\n!important.pkl\n/only-here.txt\n",
    };
    const asked: [string, boolean][] = [
      ["build", false],
      ["build/x.js", false],
      ["a/build/y", false],
      ["x.pkl", false],
      ["keep.pkl", false],
      ["models/a.pkl", false],
      ["models/.gitkeep", false],
      ["models/sub/a.txt", false],
      ["logs/a/b.log", false],
      ["logs/b.log", false],
      ["a/x.tmp", false],
      ["a/important.pkl", false],
      ["a/only-here.txt", false],
      ["a/b/only-here.txt", false],
      ["only-here.txt", false],
      ["docs/x.md", false],
      ["docs", false],
      ["#literal", false],
      ["trailing", false],
      ["src/app.py", false],
    ];
    const expected = gitIgnored(files, asked);
    expect(ours(files, [["build", true]])).toEqual(new Set(["build"]));
    expect(expected.has("models/a.pkl")).toBe(true);
    expect(ours(files, asked)).toEqual(expected);
  });

  it("answers as git check-ignore does, for random rules and paths", () => {
    const segment = fc.constantFrom(
      "a",
      "b",
      "build",
      "x1",
      "c.log",
      "d.pkl",
      "*",
      "*.log",
      "**",
      "x?",
      "[ab]",
    );
    const rule = fc
      .tuple(
        fc.constantFrom("", "!"),
        fc.constantFrom("", "/"),
        fc.array(segment, { minLength: 1, maxLength: 3 }),
        fc.constantFrom("", "/"),
      )
      .map(([neg, lead, segs, trail]) => `${neg}${lead}${segs.join("/")}${trail}`);
    const name = fc.constantFrom("a", "b", "build", "x1", "c.log", "d.pkl", "e");
    const path = fc.tuple(fc.array(name, { minLength: 1, maxLength: 4 }), fc.boolean());
    fc.assert(
      fc.property(
        fc.array(rule, { maxLength: 6 }),
        fc.array(rule, { maxLength: 4 }),
        fc.array(path, { minLength: 1, maxLength: 25 }),
        (root, nested, paths) => {
          const files = { ".gitignore": root.join("\n"), "a/.gitignore": nested.join("\n") };
          const asked = askable(paths.map(([segs, folder]) => [segs.join("/"), folder] as [string, boolean]));
          expect(ours(files, asked)).toEqual(gitIgnored(files, asked));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("keeps a snapshot with no git from reporting an ignored checkpoint as a phantom", async () => {
    const doc =
      "# Experiments\n\nCheckpoint: see `models/baseline.pkl`. Code in `src/train.py` and `src/eval.py`.\n";
    const files = { "EXPERIMENTS.md": doc, "src/train.py": "", ".gitignore": "*.pkl\n" };
    const { findings } = await check(memorySnapshot(files), defaultConfig(), { untracked: false });
    expect(findings.map((f) => `${f.rule} ${f.target}`)).toEqual(["HG101 src/eval.py"]);
    const without = await check(memorySnapshot({ ...files, ".gitignore": "" }), defaultConfig(), {
      untracked: false,
    });
    expect(without.findings.map((f) => `${f.rule} ${f.target}`).sort()).toEqual([
      "HG101 models/baseline.pkl",
      "HG101 src/eval.py",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { parseFateLog, parseLsFiles, parseNameStatus, parseStatusV2 } from "../../src/local/parse.js";

const Z = "\0";
const H = "0".repeat(40);

describe("git output parsers", () => {
  it("ls-files -s -t: modes, skip-worktree, unmerged stages listed once, odd paths", () => {
    const text = [
      `H 100644 ${H} 0\tsp ace.md`,
      `S 100644 ${H} 0\taway/b.md`,
      `H 160000 ${H} 0\tvendor/sub`,
      `M 100644 ${H} 1\tc.md`,
      `M 100644 ${H} 2\tc.md`,
      `M 100644 ${H} 3\tc.md`,
      `H 100644 ${H} 0\tnew\nline\t.md`,
    ].join(Z);
    expect(parseLsFiles(`${text}${Z}`)).toEqual({
      paths: ["sp ace.md", "away/b.md", "vendor/sub", "c.md", "new\nline\t.md"],
      submodules: ["vendor/sub"],
      symlinks: [],
      sparse: ["away/b.md"],
    });
    expect(parseLsFiles(`H 120000 ${H} 0\tlink`)).toEqual({
      paths: ["link"],
      submodules: [],
      symlinks: ["link"],
      sparse: [],
    });
  });

  it("status v2: every entry kind", () => {
    const m = `100644 100644 100644 ${H} ${H}`;
    const text = [
      `1 .M N... ${m} mod ified.py`,
      `1 M. N... ${m} staged.py`,
      `1 .T N... ${m} type.sh`,
      `1 A. N... 000000 100644 100644 ${"0".repeat(40)} ${H} added.py`,
      `1 AD N... 000000 100644 000000 ${"0".repeat(40)} ${H} added-then-removed.py`,
      `1 .A N... 000000 000000 100644 ${"0".repeat(40)} ${"0".repeat(40)} intent.py`,
      `1 D. N... 100644 000000 000000 ${H} ${"0".repeat(40)} gone.md`,
      `1 .D N... ${m} gone-too.md`,
      `1 .M SC.. 160000 160000 160000 ${H} ${H} vendor/sub`,
      `2 R. N... ${m} R100 to dir/new name.py`,
      "from dir/old name.py",
      `2 C. N... ${m} C75 copy.py`,
      "orig.py",
      `u UU N... 100644 100644 100644 100644 ${H} ${H} ${H} conflict.md`,
      "? untracked file.py",
      "? nested/",
      "? new\nline.md",
    ].join(Z);
    expect(parseStatusV2(`${text}${Z}`)).toEqual({
      untracked: ["new\nline.md", "untracked file.py"],
      modified: ["conflict.md", "mod ified.py", "staged.py", "to dir/new name.py", "type.sh", "vendor/sub"],
      deleted: ["from dir/old name.py", "gone-too.md", "gone.md"],
      added: ["added-then-removed.py", "added.py", "copy.py", "intent.py"],
      renamed: [{ from: "from dir/old name.py", to: "to dir/new name.py" }],
      unmerged: ["conflict.md"],
      submodules: ["vendor/sub"],
      nested: ["nested"],
    });
  });

  it("diff --name-status -z: adds, modifies, deletes, renames and copies", () => {
    const text = [
      "A",
      "new.md",
      "M",
      "mod.md",
      "D",
      "gone.md",
      "R087",
      "old.md",
      "renamed.md",
      "C100",
      "a.md",
      "b.md",
    ].join(Z);
    expect(parseNameStatus(`${text}${Z}`, "main")).toEqual({
      base: "main",
      changed: ["new.md", "mod.md", "renamed.md", "b.md"],
      deleted: ["gone.md"],
      renamed: [{ from: "old.md", to: "renamed.md" }],
    });
  });

  it("log --name-status -z: newest fate wins, paths that begin with a newline survive", () => {
    const text = [
      `\x1e${"a".repeat(40)}\x1f2025-01-02T00:00:00+00:00\x1fRemove x\x1fwith separator`,
      "\nD",
      "x.py",
      "R100",
      "\nodd.md",
      "even.md",
      `\x1e${"b".repeat(40)}\x1f2025-01-01T00:00:00+00:00\x1fOlder`,
      "\nD",
      "x.py",
      "M",
      "ignored.md",
    ].join(Z);
    const fates = parseFateLog(`${text}${Z}`);
    expect(fates.get("x.py")).toEqual({
      path: "x.py",
      commit: "a".repeat(40),
      date: "2025-01-02T00:00:00+00:00",
      subject: "Remove x\x1fwith separator",
    });
    expect(fates.get("\nodd.md")?.renamedTo).toBe("even.md");
    expect(fates.has("ignored.md")).toBe(false);
  });
});

// A submodule is one entry in git's tree, not a folder: files inside it are another repository's,
// and a handoff naming them must not be told they are missing.
import { afterAll, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/schema.js";
import { check } from "../../src/core/engine/check.js";
import { loadLocalSnapshot } from "../../src/local/git-snapshot.js";
import { cleanupAll, committedRepo, makeRepo, runGit } from "./repo.js";

afterAll(cleanupAll);

describe("submodules", () => {
  it("reads a mention inside a submodule as another repository's file, and the submodule as a folder", async () => {
    const lib = committedRepo({ "src/parser.c": "int x;\n" });
    const repo = makeRepo({
      "NOTES.md": [
        "# Notes",
        "",
        "The parser lives in `vendor/lib/src/parser.c`; see the whole library in `vendor/lib/`.",
        "Deploy `scripts/deploy.sh` after that.",
        "",
      ].join("\n"),
    });
    runGit(repo.dir, ["-c", "protocol.file.allow=always", "submodule", "add", "-q", lib.dir, "vendor/lib"]);
    repo.commit("notes and a submodule");
    const snapshot = await loadLocalSnapshot(repo.dir, {});
    expect(snapshot.paths).toContain("vendor/lib");
    const { findings } = await check(snapshot, defaultConfig(), { untracked: false });
    // The one phantom left is the repository's own missing script.
    expect(findings.map((f) => `${f.rule} ${f.target}`)).toEqual(["HG101 scripts/deploy.sh"]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance, normalize, PathIndex } from "../../src/core/resolve/path-index.js";

const index = new PathIndex([
  "README.md",
  "crewai-service/main.py",
  "crewai-service/settings.py",
  "docs/DBG-008.md",
  "docs/guide/setup.md",
  "api/config.py",
  "worker/config.py",
  "src/backend/search/semantic_search.py",
]);

describe("PathIndex.resolve", () => {
  it("resolves relative to the document's folder first", () => {
    expect(index.resolve("setup.md", "docs/guide/index.md", false, false)).toMatchObject({
      status: "found",
      path: "docs/guide/setup.md",
      via: "relative",
    });
    expect(index.resolve("../DBG-008.md", "docs/guide/index.md", false, false)).toMatchObject({
      status: "found",
      path: "docs/DBG-008.md",
    });
  });

  it("then from the repository root", () => {
    expect(index.resolve("crewai-service/main.py", "docs/x.md", false, false)).toMatchObject({
      status: "found",
      via: "root",
    });
    expect(index.resolve("/crewai-service/main.py", "docs/x.md", false, false)).toMatchObject({
      status: "found",
    });
  });

  it("is case-exact", () => {
    expect(index.resolve("readme.md", "x.md", false, true).status).toBe("missing");
    expect(index.caseInsensitive("readme.md")).toBe("README.md");
  });

  it("resolves bare names and partial paths by unique suffix only when allowed", () => {
    expect(index.resolve("semantic_search.py", "docs/x.md", false, true)).toMatchObject({
      status: "found",
      path: "src/backend/search/semantic_search.py",
      via: "suffix",
    });
    expect(index.resolve("search/semantic_search.py", "docs/x.md", false, true).status).toBe("found");
    expect(index.resolve("semantic_search.py", "docs/x.md", false, false).status).toBe("missing");
  });

  it("reports several suffix matches as ambiguous", () => {
    const r = index.resolve("config.py", "docs/x.md", false, true);
    expect(r).toMatchObject({ status: "ambiguous" });
    if (r.status === "ambiguous") expect(r.candidates.sort()).toEqual(["api/config.py", "worker/config.py"]);
  });

  it("treats a trailing slash as a folder", () => {
    expect(index.resolve("crewai-service/", "x.md", true, true)).toMatchObject({
      status: "found",
      folder: true,
    });
    expect(index.resolve("search/", "x.md", true, true)).toMatchObject({
      status: "found",
      path: "src/backend/search",
    });
    expect(index.resolve("crewai-service/main.py/", "x.md", true, true).status).toBe("missing");
  });

  it("reads a mention from the root whose first folder the repository lacks as a path elsewhere", () => {
    // "the index lives on the cluster under `/proj/genomics/refs/`": a machine's path, not the repo's
    expect(index.resolve("/proj/genomics/refs/", "docs/x.md", true, true).status).toBe("outside");
    // near-misses: the same in a link (GitHub reads it from the root), a folder the repository has
    expect(index.resolve("/proj/genomics/refs/", "docs/x.md", true, false).status).toBe("missing");
    expect(index.resolve("/crewai-service/api_healer.py", "docs/x.md", false, true).status).toBe("missing");
  });

  it("never resolves outside the root", () => {
    expect(index.resolve("../../etc/passwd", "docs/x.md", false, true).status).toBe("outside");
    expect(index.resolve("../../../README.md", "docs/x.md", false, true).status).toBe("outside");
  });

  it("reports a missing path as the reader would expect it", () => {
    expect(index.resolve("crewai-service/api_healer.py", "_agents/h.md", false, true)).toEqual({
      status: "missing",
      path: "crewai-service/api_healer.py",
    });
    expect(index.resolve("./notes.md", "docs/x.md", false, true)).toEqual({
      status: "missing",
      path: "docs/notes.md",
    });
  });
});

describe("did-you-mean helpers", () => {
  it("finds the nearest names by edit distance", () => {
    expect(index.nearest("crewai-service/setings.py")).toContain("crewai-service/settings.py");
    expect(index.nearest("totally/unrelated_name.py")).toEqual([]);
  });

  it("does not offer another member of a numbered series as a typo", () => {
    const numbered = new PathIndex(["src/executor_61.py", "src/executor_7.py", "src/exector_0.py"]);
    expect(numbered.nearest("src/executor_0.py")).toEqual(["src/exector_0.py"]);
  });

  it("finds exactly what comparing against every tracked name finds", () => {
    // The sorted-basename walk skips whole runs of names; a brute-force scan is the reference.
    // A two-letter alphabet keeps many names within one or two edits of each other.
    const name = fc.stringMatching(/^[ab]{2,9}(\.1)?$/);
    const query = fc.stringMatching(/^[ab]{4,9}(\.1)?$/);
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 60 }), query, (names, query) => {
        const files = names.map((n, i) => `d${i % 3}/${n}`);
        const tree = new PathIndex(files);
        const max = query.length <= 3 ? 0 : query.length <= 7 ? 1 : 2;
        const digitless = (s: string) => s.replace(/[0-9]+/g, "#");
        const expected = files
          .map((f) => ({ f, d: editDistance(f.slice(3), query, max) }))
          .filter(({ f, d }) => max > 0 && d > 0 && d <= max && digitless(f.slice(3)) !== digitless(query))
          .map(({ f, d }) => ({ f, score: d + (f.startsWith("d0/") ? 0 : 0.5) }))
          .sort((a, b) => a.score - b.score || a.f.localeCompare(b.f))
          .map(({ f }) => f);
        expect(tree.nearest(`d0/${query}`, files.length)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it("normalizes and refuses to climb above the root", () => {
    expect(normalize("docs", "../a/./b.md")).toBe("a/b.md");
    expect(normalize("", "../a.md")).toBeNull();
  });

  it("bounds edit distance", () => {
    expect(editDistance("kitten", "sitting", 5)).toBe(3);
    expect(editDistance("aaaaaaaa", "bbbbbbbb", 2)).toBe(3);
  });
});

describe("missing links", () => {
  it("are reported relative to their document, as GitHub resolves them", () => {
    expect(index.resolve("DBG-009.md", "docs/report.md", false, false)).toEqual({
      status: "missing",
      path: "docs/DBG-009.md",
    });
  });
});

describe("Godot's res:// paths", () => {
  const godot = new PathIndex([
    "game/project.godot",
    "game/scenes/player.tscn",
    "game/scripts/player.gd",
    "tools/editor/project.godot",
    "tools/editor/main.tscn",
    "docs/architecture.md",
  ]);
  it("resolve from the folder of the only project.godot, wherever the document is", () => {
    const one = new PathIndex(["game/project.godot", "game/scenes/player.tscn", "docs/architecture.md"]);
    expect(one.resolve("res://scenes/player.tscn", "docs/architecture.md", false, true)).toMatchObject({
      status: "found",
      path: "game/scenes/player.tscn",
    });
    expect(one.resolve("res://scenes/bat.tscn", "docs/architecture.md", false, true)).toEqual({
      status: "missing",
      path: "game/scenes/bat.tscn",
    });
  });
  it("claim nothing for a document outside every project when there are several", () => {
    expect(godot.resolve("res://scenes/player.tscn", "docs/architecture.md", false, true)).toMatchObject({
      status: "outside",
    });
  });
  it("resolve from the project above the document", () => {
    expect(godot.resolve("res://scenes/player.tscn", "game/NOTES.md", false, true)).toMatchObject({
      status: "found",
      path: "game/scenes/player.tscn",
    });
    expect(godot.resolve("res://scenes/bat.tscn", "game/NOTES.md", false, true)).toEqual({
      status: "missing",
      path: "game/scenes/bat.tscn",
    });
  });
  it("resolve from the nearest project above the document when there are several", () => {
    expect(godot.resolve("res://main.tscn", "tools/editor/NOTES.md", false, true)).toMatchObject({
      status: "found",
      path: "tools/editor/main.tscn",
    });
  });
  it("claim nothing when the project's root is unknown", () => {
    expect(index.resolve("res://scenes/player.tscn", "docs/x.md", false, true)).toMatchObject({
      status: "outside",
    });
  });
});

describe("a mention that climbs above the root", () => {
  const tree = new PathIndex(["_handoffs/notes.md", "routes/CLAUDE.md", "lib/search.ts"]);
  it("names a sibling repository when, read from the document, it lands in no folder there is", () => {
    expect(tree.resolve("../billing-infra/compose.yml", "_handoffs/notes.md", false, true)).toMatchObject({
      status: "outside",
    });
  });
  it("is still this repository's file when it lands in one of its folders", () => {
    expect(tree.resolve("../lib/weights.ts", "routes/CLAUDE.md", false, true)).toEqual({
      status: "missing",
      path: "lib/weights.ts",
    });
  });
  it("is still this repository's file when it lands beside the document's folder, deeper down", () => {
    const docs = new PathIndex(["docs/sprints/oncall.md", "docs/architecture/overview.md"]);
    expect(docs.resolve("../runbooks/redis-failover.md", "docs/sprints/oncall.md", false, true)).toEqual({
      status: "missing",
      path: "docs/runbooks/redis-failover.md",
    });
    // near-miss: the tree has that file elsewhere, so the path is written from that file's folder
    const fns = new PathIndex(["docs/plans/share.md", "supabase/functions/_shared/cors.ts"]);
    expect(fns.resolve("../_shared/cors.ts", "docs/plans/share.md", false, true)).toMatchObject({
      status: "outside",
    });
  });
  it("is resolved from the document as GitHub does in a link", () => {
    expect(tree.resolve("../billing-infra/compose.yml", "_handoffs/notes.md", false, false)).toEqual({
      status: "missing",
      path: "billing-infra/compose.yml",
    });
  });
});

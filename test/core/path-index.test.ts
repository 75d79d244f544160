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

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, ownerRepo, startFixture } from "./fixture.js";

describe("git reads on real repositories", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture();
  });
  afterAll(() => f.close());

  it("GET repo reports the default branch from HEAD", async () => {
    const { data } = await f.octokit.rest.repos.get(ownerRepo);
    expect(data).toMatchObject({
      name: "widgets",
      full_name: "acme/widgets",
      default_branch: "main",
      private: false,
    });
    expect(data.owner.login).toBe("acme");
  });

  it("GET git/trees recursive lists trees and blobs with real SHAs", async () => {
    const head = f.repo.sha();
    const { data } = await f.octokit.rest.git.getTree({ ...ownerRepo, tree_sha: head, recursive: "1" });
    expect(data.sha).toBe(f.repo.sha("HEAD^{tree}"));
    expect(data.truncated).toBe(false);
    expect(data.tree.map((e) => `${e.type} ${e.path}`)).toEqual([
      "blob README.md",
      "tree docs",
      "blob docs/handoff.md",
      "tree src",
      "blob src/index.ts",
      "tree src/util",
      "blob src/util/strings.ts",
    ]);
    const readme = data.tree.find((e) => e.path === "README.md")!;
    expect(readme.sha).toBe(f.repo.git("rev-parse", "HEAD:README.md"));
    expect(readme.size).toBe(10);
    expect(readme.mode).toBe("100644");
  });

  it("GET git/trees without recursive lists the top level; accepts a branch name; 404 on unknown", async () => {
    const { data } = await f.octokit.rest.git.getTree({ ...ownerRepo, tree_sha: "main" });
    expect(data.tree.map((e) => e.path)).toEqual(["README.md", "docs", "src"]);
    await expect(
      f.octokit.rest.git.getTree({ ...ownerRepo, tree_sha: "f".repeat(40) }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });

  it("GET git/blobs returns base64 content", async () => {
    const sha = f.repo.git("rev-parse", "HEAD:docs/handoff.md");
    const { data } = await f.octokit.rest.git.getBlob({ ...ownerRepo, file_sha: sha });
    expect(data.encoding).toBe("base64");
    expect(Buffer.from(data.content, "base64").toString()).toContain("src/missing.ts");
    expect(data.size).toBe(Buffer.byteLength("# Handoff\n\nSee `src/index.ts` and `src/missing.ts`.\n"));
    await expect(
      f.octokit.rest.git.getBlob({ ...ownerRepo, file_sha: "0".repeat(40) }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });
});

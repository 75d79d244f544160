// Regression (found by scripts/load-app.mjs): the tree and GraphQL bodies are read unparsed
// (native JSON.parse); Octokit then keeps only the body stream, which undici cancels when its
// Response object is garbage-collected first. Under load, a collection between the answer and the
// parse completed checks as neutral: "Response body object should not be disturbed or locked".
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { ProbotOctokit } from "probot";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BlobReader } from "../../src/app/blob-reader.js";
import { loadTree } from "../../src/app/tree.js";
import { createRepo, type FakeGitHub, startGitHub, type TestRepo } from "../harness/index.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

describe("unparsed response bodies survive a garbage collection before they are read", () => {
  let gh: FakeGitHub;
  let repo: TestRepo;
  let octokit: InstanceType<typeof ProbotOctokit>;

  beforeAll(async () => {
    gh = await startGitHub();
    const files: Record<string, string> = {};
    for (let i = 0; i < 50; i++) files[`src/f${i}.py`] = `x = ${i}\n`;
    files["docs/a.md"] = "# A\n";
    repo = createRepo(files);
    await gh.addRepo("acme", "widgets", repo.dir);
    const inst = gh.install({ account: "acme" });
    octokit = new ProbotOctokit({ auth: { token: gh.installationToken(inst.id).token }, baseUrl: gh.url });
    // After every answer: collect, then let finalizers run (as a timer or a throttling queue would).
    octokit.hook.after("request", async () => {
      gc();
      await new Promise((r) => setTimeout(r, 20));
      gc();
      await new Promise((r) => setTimeout(r, 20));
    });
  });
  afterAll(async () => {
    await gh.close();
    repo.remove();
  });

  it("the recursive tree", async () => {
    const listing = await loadTree(octokit, { owner: "acme", repo: "widgets" }, repo.sha());
    expect(listing.paths).toHaveLength(51);
  });

  it("batched GraphQL reads", async () => {
    const since = gh.requests.length;
    const reader = new BlobReader({ octokit, repo: { owner: "acme", repo: "widgets" }, commit: repo.sha() });
    const [a, f1] = await Promise.all([reader.read("docs/a.md"), reader.read("src/f1.py")]);
    expect([a, f1]).toEqual(["# A\n", "x = 1\n"]);
    // Read through GraphQL, not the REST fallback.
    expect(gh.requests.slice(since).map((r) => `${r.route} ${r.status}`)).toEqual(["POST /graphql 200"]);
  });
});

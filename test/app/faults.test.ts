// Faults on the GitHub side never leave a check run hanging: retries absorb 5xx bursts and
// secondary rate limits, and a persistent failure still completes the run as neutral.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OWNER, REPO, startApp, type TestApp } from "./support.js";

const TREE = "GET /repos/{owner}/{repo}/git/trees/{tree_sha}";
const CREATE = "POST /repos/{owner}/{repo}/check-runs";
const UPDATE = "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}";
const FILES = "GET /repos/{owner}/{repo}/pulls/{pull_number}/files";

describe("App: faults", () => {
  let t: TestApp;
  let branch = 0;

  beforeAll(async () => {
    t = await startApp({ "README.md": "# Service\n", "src/app.py": "x = 1\n" });
  });
  afterAll(async () => t.close());
  beforeEach(() => t.gh.faults.clear());

  async function openPr(): Promise<{ head: string; payload: unknown }> {
    t.repo.checkout("main");
    t.repo.branch(`b${++branch}`);
    const head = t.repo.commit({
      [`handoffs/h${branch}.md`]: "# H\n\n**Status**: open\n\nDeploy `src/missing.py`.\n",
    });
    const payload = await t.gh.openPullRequest({ owner: OWNER, repo: REPO, head: `b${branch}` });
    return { head, payload };
  }

  it("a burst of 5xx answers is retried and the check run completes with the real verdict", async () => {
    const { head, payload } = await openPr();
    const faults = [
      t.gh.faults.add({ route: TREE, status: 502, times: 2 }),
      t.gh.faults.add({ route: FILES, status: 500, times: 1 }),
      t.gh.faults.add({ route: UPDATE, status: 503, times: 2 }),
    ];
    expect((await t.gh.deliver(t.webhookUrl, "pull_request", payload)).status).toBe(200);
    expect(faults.map((f) => f.hits)).toEqual([2, 1, 2]);
    const run = t.gh.checkRuns(OWNER, REPO, head)[0]!;
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(run.annotations.some((a) => a.title?.includes("HG101"))).toBe(true);
  });

  it("a secondary rate limit is waited out (retry-after) and the check run completes", async () => {
    const { head, payload } = await openPr();
    const limits = [
      t.gh.faults.add({ route: CREATE, kind: "secondary-rate-limit", retryAfter: 1, times: 1 }),
      t.gh.faults.add({ route: UPDATE, kind: "secondary-rate-limit", retryAfter: 1, times: 1 }),
    ];
    expect((await t.gh.deliver(t.webhookUrl, "pull_request", payload)).status).toBe(200);
    expect(limits.map((f) => f.hits)).toEqual([1, 1]);
    const runs = t.gh.checkRuns(OWNER, REPO, head);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: "completed", conclusion: "failure" });
  });

  it("data that cannot be read completes the run as neutral with the reason", async () => {
    const { head, payload } = await openPr();
    t.gh.faults.add({ route: TREE, status: 500 });
    await t.gh.deliver(t.webhookUrl, "pull_request", payload);
    const run = t.gh.checkRuns(OWNER, REPO, head)[0]!;
    expect(run).toMatchObject({ status: "completed", conclusion: "neutral" });
    expect(run.output.summary).toContain("could not run");
    expect(run.output.summary).toContain("500");
  });
});

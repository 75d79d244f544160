// A pull request's head branch deleted while the App is checking it: the check run always
// completes. While the commit is still readable (GitHub keeps it under refs/pull/N/head), the real
// verdict; once GitHub answers 404/422 for it, neutral with the reason. Never left in progress.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OWNER, REPO, startApp, type TestApp } from "../app/support.js";

const TREE = "GET /repos/{owner}/{repo}/git/trees/{tree_sha}";
const FILES = "GET /repos/{owner}/{repo}/pulls/{pull_number}/files";
const GRAPHQL = "POST /graphql";

describe("App: head branch deleted mid-run", () => {
  let t: TestApp;
  let branch = 0;

  beforeAll(async () => {
    t = await startApp({ "README.md": "# Service\n", "src/app.py": "x = 1\n" });
  });
  afterAll(async () => t.close());
  beforeEach(() => t.gh.faults.clear());

  async function openPr(): Promise<{ name: string; head: string; payload: unknown }> {
    t.repo.checkout("main");
    const name = `gone-${++branch}`;
    t.repo.branch(name);
    const head = t.repo.commit({
      [`handoffs/h${branch}.md`]: "# H\n\n**Status**: open\n\nDeploy `src/missing.py`.\n",
    });
    const payload = await t.gh.openPullRequest({ owner: OWNER, repo: REPO, head: name });
    t.repo.checkout("main");
    return { name, head, payload };
  }

  /** Delivers `payload` and runs `during` once the App is inside the held request. */
  async function deliverDeleting(payload: unknown, held: { hits: number }, during: () => void) {
    const delivery = t.gh.deliver(t.webhookUrl, "pull_request", payload);
    while (held.hits === 0) await new Promise((r) => setTimeout(r, 5));
    during();
    return delivery;
  }

  it("the branch deleted between the webhook and the tree read: the real verdict (the commit is still readable)", async () => {
    const { name, head, payload } = await openPr();
    const held = t.gh.faults.add({ route: TREE, latencyMs: 300, times: 1 });
    const res = await deliverDeleting(payload, held, () => t.repo.git("branch", "-D", name));
    expect(res.status).toBe(200);
    expect(t.repo.git("branch", "--list", name)).toBe("");
    const runs = t.gh.checkRuns(OWNER, REPO, head);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(runs[0]!.annotations.some((a) => a.title?.includes("HG101"))).toBe(true);
  });

  it("the commit no longer readable (404 on the tree once the branch is gone): neutral with the reason", async () => {
    const { name, head, payload } = await openPr();
    const held = t.gh.faults.add({ route: FILES, latencyMs: 200, times: 1 });
    const gone = t.gh.faults.add({ route: TREE, status: 404, message: "Not Found" });
    const res = await deliverDeleting(payload, held, () => t.repo.git("branch", "-D", name));
    expect(res.status).toBe(200);
    expect(gone.hits).toBeGreaterThan(0);
    const runs = t.gh.checkRuns(OWNER, REPO, head);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: "completed", conclusion: "neutral" });
    expect(runs[0]!.output.summary).toContain("could not run");
    expect(runs[0]!.output.summary).toContain("404");
  });

  it("422 for the ref on the pull request's files and on reads: neutral with the reason", async () => {
    const { name, head, payload } = await openPr();
    t.repo.git("branch", "-D", name);
    t.gh.faults.add({ route: FILES, status: 422, message: "No commit found for the ref" });
    t.gh.faults.add({ route: GRAPHQL, status: 422, message: "No commit found for the ref" });
    const res = await t.gh.deliver(t.webhookUrl, "pull_request", payload);
    expect(res.status).toBe(200);
    const runs = t.gh.checkRuns(OWNER, REPO, head);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: "completed", conclusion: "neutral" });
    expect(runs[0]!.output.summary).toContain("422");
  });
});

// Other ways a check starts: a bad config, a push to the default branch, a re-run, a truncated tree.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkRunPayload,
  installationPayload,
  installationRepositoriesPayload,
  pushPayload,
} from "../harness/index.js";
import { OWNER, REPO, startApp, type TestApp } from "./support.js";

const open = (body: string) => `# Task\n\n**Status**: open\n\n${body}\n`;

describe("App: config, push, re-run", () => {
  let t: TestApp;
  let n = 0;

  beforeAll(async () => {
    t = await startApp({
      "README.md": "# R\n",
      "src/real.py": "x = 1\n",
      ".github/handoff-guard.yml": "rules:\n  HG104: warning\n",
    });
  });
  afterAll(async () => t.close());

  async function pr(files: Record<string, string | null>) {
    t.repo.checkout("main");
    t.repo.branch(`topic-${++n}`);
    const head = t.repo.commit(files);
    const payload = await t.gh.openPullRequest({ owner: OWNER, repo: REPO, head: `topic-${n}` });
    await t.gh.deliver(t.webhookUrl, "pull_request", payload);
    return t.gh.checkRuns(OWNER, REPO, head)[0]!;
  }

  it("a PR that breaks the config fails, annotated on the config line", async () => {
    const run = await pr({
      ".github/handoff-guard.yml": "rules:\n  HG104: warning\n  HG101: loud\n",
      "handoffs/x.md": open("Deploy `src/real.py`."),
    });
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(run.annotations).toHaveLength(1);
    expect(run.annotations[0]).toMatchObject({ path: ".github/handoff-guard.yml", start_line: 3 });
    expect(run.annotations[0]!.message).toContain("Allowed");
  });

  it("a push to the default branch checks the documents it changed", async () => {
    t.repo.checkout("main");
    const before = t.repo.sha();
    const after = t.repo.commit({ "handoffs/pushed.md": open("Run `scripts/ghost.sh` first.") });
    const repo = t.gh.requireRepo(`${OWNER}/${REPO}`);
    const payload = await pushPayload(t.gh, { repo, ref: "refs/heads/main", before, after });
    await t.gh.deliver(t.webhookUrl, "push", payload);
    const run = t.gh.checkRuns(OWNER, REPO, after)[0]!;
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(run.annotations.find((a) => a.title?.includes("HG101"))).toMatchObject({
      path: "handoffs/pushed.md",
      start_line: 5,
    });
    // A push to another branch is left to its pull request.
    t.repo.branch("side");
    const side = t.repo.commit({ "handoffs/side.md": open("Run `scripts/ghost.sh`.") });
    await t.gh.deliver(
      t.webhookUrl,
      "push",
      await pushPayload(t.gh, { repo, ref: "refs/heads/side", before: after, after: side }),
    );
    expect(t.gh.checkRuns(OWNER, REPO, side)).toHaveLength(0);
  });

  it("check_run.rerequested runs the check again at the same head", async () => {
    const run = await pr({ "handoffs/again.md": open("Deploy `src/nowhere.py`.") });
    const repo = t.gh.requireRepo(`${OWNER}/${REPO}`);
    await t.gh.deliver(
      t.webhookUrl,
      "check_run",
      checkRunPayload(t.gh, { repo, run, action: "rerequested" }),
    );
    const runs = t.gh.checkRuns(OWNER, REPO, run.headSha);
    expect(runs).toHaveLength(2);
    expect(runs[1]).toMatchObject({ status: "completed", conclusion: "failure" });
  });
});

describe("App: a tree GitHub truncates", () => {
  let t: TestApp;

  beforeAll(async () => {
    const files: Record<string, string> = { "README.md": "# Big\n" };
    for (let i = 0; i < 300; i++) files[`pkg/m${String(i).padStart(3, "0")}/mod.py`] = `x = ${i}\n`;
    files["zz/deep/target.py"] = "y = 1\n";
    t = await startApp(files);
    t.gh.faults.truncateTreesAt = 100;
  });
  afterAll(async () => t.close());

  it("lists the folders it needs instead, and says so in the summary", async () => {
    t.repo.branch("big");
    const head = t.repo.commit({
      "handoffs/h.md": open("Edit `zz/deep/target.py`, then deploy `zz/deep/ghost.py`."),
    });
    const payload = await t.gh.openPullRequest({ owner: OWNER, repo: REPO, head: "big" });
    await t.gh.deliver(t.webhookUrl, "pull_request", payload);
    const run = t.gh.checkRuns(OWNER, REPO, head)[0]!;
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    const phantoms = run.annotations.filter((a) => a.title?.includes("HG101"));
    expect(phantoms).toHaveLength(1);
    expect(phantoms[0]!.message).toContain("zz/deep/ghost.py");
    expect(run.output.summary).toContain("truncated");
  });
});

describe("App: installation events", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ "README.md": "# R\n" });
  });
  afterAll(async () => t.close());

  it("are acknowledged without any API call (all state lives in GitHub)", async () => {
    const inst = t.gh.state.installations.get(t.installationId)!;
    const repo = t.gh.requireRepo(`${OWNER}/${REPO}`);
    const before = t.gh.requests.length;
    const a = await t.gh.deliver(
      t.webhookUrl,
      "installation",
      installationPayload(t.gh, { installation: inst, action: "created" }),
    );
    const b = await t.gh.deliver(
      t.webhookUrl,
      "installation_repositories",
      installationRepositoriesPayload(t.gh, { installation: inst, action: "added", repositories: [repo] }),
    );
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(t.gh.requests.length).toBe(before);
  });
});

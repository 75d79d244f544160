// End to end: signed pull_request webhooks into Probot's real server, against the loopback GitHub.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiCalls, OWNER, REPO, startApp, type TestApp } from "./support.js";

const HANDOFF = "_agents/_handoffs/2026-01-12-deploy-healer.md";
const handoff = (target: string) =>
  [
    "# Deploy the API healer",
    "",
    "**Status**: open",
    "",
    `Deploy \`${target}\` to production.`,
    "See `src/present.py` for the retry loop.",
    "",
  ].join("\n");

describe("App: pull request checks", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startApp({
      "README.md": "# Service\n",
      "src/present.py": "print('hi')\n",
      "crewai-service/healer.py": "def heal():\n    pass\n",
      "_agents/_handoffs/2026-01-01-old.md":
        "# Old\n\n**Status**: open\n\nEdit `crewai-service/healer.py` before release.\n",
    });
  });
  afterAll(async () => t.close());

  it("fails a PR adding a handoff that references a missing file, annotated on its line", async () => {
    t.repo.branch("add-handoff");
    const head = t.repo.commit({ [HANDOFF]: handoff("crewai-service/api_healer.py") }, "Add handoff");
    const payload = await t.gh.openPullRequest({ owner: OWNER, repo: REPO, head: "add-handoff" });
    const since = t.gh.requests.length;

    const res = await t.gh.deliver(t.webhookUrl, "pull_request", payload);
    expect(res.status).toBe(200);

    const runs = t.gh.checkRuns(OWNER, REPO, head);
    expect(runs).toHaveLength(1);
    const run = runs[0]!;
    expect(run).toMatchObject({ name: "handoff-guard", status: "completed", conclusion: "failure" });
    const phantom = run.annotations.find((a) => a.title?.includes("HG101"));
    expect(phantom).toMatchObject({ path: HANDOFF, start_line: 5, end_line: 5, annotation_level: "failure" });
    expect(phantom!.message).toContain("crewai-service/api_healer.py");
    expect(run.output.summary).toContain("HG101");

    // create, PR files, head tree, one GraphQL read, complete.
    const calls = apiCalls(t.gh, since);
    if (process.env["SHOW_CALLS"]) console.log(calls);
    expect(calls.length).toBeLessThanOrEqual(6);
    expect(calls).toContain("POST /graphql 200");
  });

  it("passes once a new commit fixes the reference", async () => {
    const head = t.repo.commit({ [HANDOFF]: handoff("crewai-service/healer.py") }, "Point at the real file");
    const payload = await t.gh.synchronizePullRequest(OWNER, REPO, 1);
    expect(payload.pull_request.head.sha).toBe(head);

    const res = await t.gh.deliver(t.webhookUrl, "pull_request", payload);
    expect(res.status).toBe(200);
    const runs = t.gh.checkRuns(OWNER, REPO, head);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: "completed", conclusion: "success" });
    expect(runs[0]!.annotations.filter((a) => a.annotation_level === "failure")).toEqual([]);
  });

  it("passes a handoff naming a file inside a submodule (another repository's file)", async () => {
    // A gitlink as `git submodule add` records it: one "commit" entry in the tree.
    t.repo.git("update-index", "--add", "--cacheinfo", `160000,${t.repo.sha()},vendor/lib`);
    const head = t.repo.commit(
      {
        [HANDOFF]: `${handoff("crewai-service/healer.py")}Patch \`vendor/lib/src/parser.c\` upstream first.\n`,
      },
      "Name a file of the vendored library",
    );
    const payload = await t.gh.synchronizePullRequest(OWNER, REPO, 1);
    expect(payload.pull_request.head.sha).toBe(head);
    expect((await t.gh.deliver(t.webhookUrl, "pull_request", payload)).status).toBe(200);
    const runs = t.gh.checkRuns(OWNER, REPO, head);
    expect(runs[0]).toMatchObject({ status: "completed", conclusion: "success" });
    expect(runs[0]!.annotations.filter((a) => a.message.includes("vendor/lib"))).toEqual([]);
  });
});

describe("App: changes that break open handoffs, and webhook authenticity", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startApp({
      "README.md": "# Service\n",
      "crewai-service/healer.py": "def heal():\n    pass\n",
      "scripts/cleanup.sh": "#!/bin/sh\n",
      "_agents/_handoffs/2026-01-01-release.md":
        "# Release the healer\n\n**Status**: open\n\nEdit `crewai-service/healer.py` before release.\nRun `scripts/cleanup.sh` afterwards.\n",
    });
  });
  afterAll(async () => t.close());

  it("fails a PR that renames or deletes files an open handoff relies on (HG106 says where it went)", async () => {
    t.repo.branch("move-healer");
    t.repo.rename("crewai-service/healer.py", "crewai-service/api_healer.py");
    const head = t.repo.commit({ "scripts/cleanup.sh": null }, "Drop the cleanup script");
    const payload = await t.gh.openPullRequest({ owner: OWNER, repo: REPO, head: "move-healer" });

    expect((await t.gh.deliver(t.webhookUrl, "pull_request", payload)).status).toBe(200);
    const run = t.gh.checkRuns(OWNER, REPO, head)[0]!;
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    const hg106 = run.annotations.filter((a) => a.title?.includes("HG106"));
    expect(hg106.map((a) => a.start_line).sort()).toEqual([5, 6]);
    const moved = hg106.find((a) => a.start_line === 5)!;
    expect(moved.path).toBe("_agents/_handoffs/2026-01-01-release.md");
    expect(moved.message).toContain("crewai-service/api_healer.py");
    expect(hg106.find((a) => a.start_line === 6)!.message).toContain("deletes");
  });

  it("rejects a webhook with an invalid signature and changes nothing", async () => {
    const payload = await t.gh.synchronizePullRequest(OWNER, REPO, 1);
    const runs = t.gh.state.checkRuns.length;
    const requests = t.gh.requests.length;
    const res = await t.gh.deliver(t.webhookUrl, "pull_request", payload, { signature: "sha256=deadbeef" });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    await new Promise((r) => setTimeout(r, 100));
    expect(t.gh.state.checkRuns.length).toBe(runs);
    expect(t.gh.requests.length).toBe(requests);
  });
});

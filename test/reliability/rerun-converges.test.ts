// A re-run after a partial failure converges: one consolidated issue and one pull request for the
// group, one hygiene issue, never two. The first run fails after its first write (a 5xx burst that
// outlasts Octokit's retries); the second run (a new command, a new scan) picks up what exists.
import { afterEach, describe, expect, it } from "vitest";
import { filesIn, OWNER, REPO, startApp, type TestApp } from "../app/support.js";

const SEED = new URL("../fixtures/consolidation-seed/repo/", import.meta.url).pathname;
const CONSOLIDATED = "handoff-guard:consolidated";
const HYGIENE = "handoff-guard:hygiene";
const SECRET = "s3cret-for-the-hygiene-endpoint";
const CREATE_PULL = "POST /repos/{owner}/{repo}/pulls";
const LIST_ISSUES = "GET /repos/{owner}/{repo}/issues";
const CREATE_ISSUE = "POST /repos/{owner}/{repo}/issues";

describe("re-run after a partial failure", () => {
  let t: TestApp | null = null;
  afterEach(async () => {
    await t?.close();
    t = null;
  });

  it("/consolidate: the pull request failed after the issue was created; the next command leaves one issue and one pull request", async () => {
    t = await startApp(filesIn(SEED));
    const app = t;
    app.gh.setPermission(OWNER, REPO, "wes", "write");
    const tracking = app.gh.createIssue({
      owner: OWNER,
      repo: REPO,
      title: "API crisis tracking",
      user: "wes",
    });
    const comment = () =>
      app.gh.addComment({
        owner: OWNER,
        repo: REPO,
        issueNumber: tracking.number,
        body: "/consolidate",
        user: "wes",
      });
    const consolidated = () => app.gh.issues(OWNER, REPO).filter((i) => i.labels.includes(CONSOLIDATED));
    const pulls = () => app.gh.pulls(OWNER, REPO);

    // First run: every attempt at opening the pull request answers 502 (retries exhausted).
    const burst = app.gh.faults.add({ route: CREATE_PULL, status: 502 });
    const first = comment();
    expect((await app.gh.deliver(app.webhookUrl, "issue_comment", first)).status).toBe(200);
    expect(burst.hits).toBeGreaterThan(1); // retried before giving up
    expect(consolidated()).toHaveLength(1); // the partial state: issue created...
    expect(pulls()).toHaveLength(0); // ...pull request not
    const firstId = (first["comment"] as { id: number }).id;
    const firstReactions = app.gh.reactions(OWNER, REPO, { comment: firstId }).map((r) => r.content);
    expect(firstReactions).not.toContain("rocket");

    // Second run, once GitHub recovers: a new comment.
    app.gh.faults.clear();
    expect((await app.gh.deliver(app.webhookUrl, "issue_comment", comment())).status).toBe(200);
    expect(consolidated()).toHaveLength(1);
    expect(consolidated()[0]!.state).toBe("open");
    expect(pulls()).toHaveLength(1);

    // A third run changes nothing: still one of each.
    await app.gh.deliver(app.webhookUrl, "issue_comment", comment());
    expect(consolidated()).toHaveLength(1);
    expect(pulls()).toHaveLength(1);
    expect(app.gh.issues(OWNER, REPO).filter((i) => i.title.startsWith("Consolidated:"))).toHaveLength(1);
  });

  it("hygiene: the first scan failed after creating the issue; the next scan updates that issue", async () => {
    const handoff = (target: string) => `# Ship it\n\n**Status**: open\n\nDeploy \`${target}\` today.\n`;
    t = await startApp(
      { "README.md": "# R\n", "handoffs/a.md": handoff("src/ghost.py") },
      { appOptions: { hygiene: { secret: SECRET } } },
    );
    const app = t;
    const trigger = async () => {
      const res = await fetch(`${app.baseUrl}/api/hygiene`, {
        method: "POST",
        headers: { authorization: `Bearer ${SECRET}`, "content-type": "application/json" },
        body: "{}",
      });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    };
    const hygiene = () => app.gh.issues(OWNER, REPO).filter((i) => i.labels.includes(HYGIENE));

    // First scan: the listing before the create succeeds, every listing after it answers 502.
    const burst = app.gh.faults.add({ route: LIST_ISSUES, status: 502, skip: 1 });
    await trigger();
    expect(burst.hits).toBeGreaterThan(1);
    expect(hygiene()).toHaveLength(1);

    app.gh.faults.clear();
    app.repo.commit({ "handoffs/b.md": handoff("src/phantom.py") }, "Another handoff");
    const second = await trigger();
    expect(second.status).toBe(200);
    expect((second.json["scans"] as { action: string }[])[0]!.action).toBe("updated");
    expect(hygiene()).toHaveLength(1);
    expect(hygiene()[0]!.state).toBe("open");
    expect(hygiene()[0]!.body).toContain("src/phantom.py");
  });

  it("lost answers (the write happened, the answer was a 502, Octokit retried): still one issue and one pull request", async () => {
    t = await startApp(filesIn(SEED));
    const app = t;
    app.gh.setPermission(OWNER, REPO, "wes", "write");
    const tracking = app.gh.createIssue({
      owner: OWNER,
      repo: REPO,
      title: "API crisis tracking",
      user: "wes",
    });
    const comment = () =>
      app.gh.addComment({
        owner: OWNER,
        repo: REPO,
        issueNumber: tracking.number,
        body: "/consolidate",
        user: "wes",
      });
    const consolidated = () => app.gh.issues(OWNER, REPO).filter((i) => i.labels.includes(CONSOLIDATED));
    const openPulls = () =>
      app.gh.pulls(OWNER, REPO).filter((p) => app.gh.state.issue(p.repoId, p.number)?.state === "open");

    const lost = [
      app.gh.faults.add({ route: CREATE_ISSUE, status: 502, times: 1, afterHandling: true }),
      app.gh.faults.add({ route: CREATE_PULL, status: 502, times: 1, afterHandling: true }),
    ];
    await app.gh.deliver(app.webhookUrl, "issue_comment", comment());
    expect(lost.map((f) => f.hits)).toEqual([1, 1]);
    expect(consolidated().filter((i) => i.state === "open")).toHaveLength(1);
    expect(openPulls()).toHaveLength(1);

    await app.gh.deliver(app.webhookUrl, "issue_comment", comment());
    expect(consolidated()).toHaveLength(1);
    expect(consolidated()[0]!.state).toBe("open");
    expect(openPulls()).toHaveLength(1);
  });

  it("hygiene: a lost answer on the issue creation still leaves one open hygiene issue", async () => {
    const handoff = (target: string) => `# Ship it\n\n**Status**: open\n\nDeploy \`${target}\` today.\n`;
    t = await startApp(
      { "README.md": "# R\n", "handoffs/a.md": handoff("src/ghost.py") },
      { appOptions: { hygiene: { secret: SECRET } } },
    );
    const app = t;
    const trigger = () =>
      fetch(`${app.baseUrl}/api/hygiene`, {
        method: "POST",
        headers: { authorization: `Bearer ${SECRET}`, "content-type": "application/json" },
        body: "{}",
      }).then((r) => r.json());
    const openHygiene = () =>
      app.gh.issues(OWNER, REPO).filter((i) => i.labels.includes(HYGIENE) && i.state === "open");

    const lost = app.gh.faults.add({ route: CREATE_ISSUE, status: 502, times: 1, afterHandling: true });
    await trigger();
    expect(lost.hits).toBe(1);
    expect(openHygiene()).toHaveLength(1);
    await trigger();
    expect(openHygiene()).toHaveLength(1);
  });
});

// Webhooks and commands an attacker or a confused integration can send to the App (its real HTTP
// server, signed webhooks through the loopback GitHub): unsigned or wrongly signed deliveries,
// replays, payloads missing fields, and /consolidate from people and bots who may not run it.
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesIn, OWNER, REPO, startApp, type TestApp } from "../app/support.js";

const SEED = new URL("../fixtures/consolidation-seed/repo/", import.meta.url).pathname;
const LABEL = "handoff-guard:consolidated";

describe("App: webhook authenticity, replays and malformed payloads", () => {
  let t: TestApp;
  let head = "";
  let payload: Record<string, unknown>;

  beforeAll(async () => {
    t = await startApp({ "README.md": "# r\n", "src/app.py": "x = 1\n" });
    t.repo.branch("feature");
    head = t.repo.commit({ "handoffs/h.md": "# H\n\n**Status**: open\n\nDeploy `src/missing.py`.\n" });
    payload = (await t.gh.openPullRequest({ owner: OWNER, repo: REPO, head: "feature" })) as Record<
      string,
      unknown
    >;
  });
  afterAll(async () => t.close());

  const settle = () => new Promise((r) => setTimeout(r, 100));

  it("refuses a delivery without a signature, or signed with another secret, and changes nothing", async () => {
    const runs = t.gh.state.checkRuns.length;
    const requests = t.gh.requests.length;
    const body = JSON.stringify(payload);
    const other = `sha256=${createHmac("sha256", "not-the-secret").update(body).digest("hex")}`;
    const attempts = [
      await fetch(t.webhookUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-github-event": "pull_request",
          "x-github-delivery": "d-nosig",
        },
        body,
      }),
      await t.gh.deliver(t.webhookUrl, "pull_request", payload, { signature: other }),
      await t.gh.deliver(t.webhookUrl, "pull_request", payload, { signature: "sha256=" }),
      await t.gh.deliver(t.webhookUrl, "pull_request", payload, { signature: "sha1=abc" }),
      await t.gh.deliver(t.webhookUrl, "pull_request", payload, {
        signature: `${other}${"0".repeat(10_000)}`,
      }),
    ];
    for (const res of attempts) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    await settle();
    expect(t.gh.state.checkRuns.length).toBe(runs);
    expect(t.gh.requests.length).toBe(requests);
  });

  it("a replayed delivery (same X-GitHub-Delivery) causes no second check run", async () => {
    const first = await t.gh.deliver(t.webhookUrl, "pull_request", payload, { deliveryId: "replayed-1" });
    expect(first.status).toBe(200);
    expect(t.gh.checkRuns(OWNER, REPO, head)).toHaveLength(1);
    const writes = t.gh.requests.filter((r) => r.method !== "GET").length;
    for (let i = 0; i < 3; i++) {
      const again = await t.gh.deliver(t.webhookUrl, "pull_request", payload, { deliveryId: "replayed-1" });
      expect(again.status).toBeLessThan(300);
    }
    await settle();
    expect(t.gh.checkRuns(OWNER, REPO, head)).toHaveLength(1);
    expect(t.gh.requests.filter((r) => r.method !== "GET").length).toBe(writes);
    expect(t.gh.checkRuns(OWNER, REPO, head)[0]).toMatchObject({
      status: "completed",
      conclusion: "failure",
    });
  });

  it("payloads missing fields are ignored without a crash, and the server keeps serving", async () => {
    const pr = payload["pull_request"] as Record<string, unknown>;
    const broken: [string, unknown][] = [
      ["pull_request", {}],
      ["pull_request", { action: "opened" }],
      ["pull_request", { ...payload, installation: undefined }],
      ["pull_request", { ...payload, pull_request: { ...pr, head: {} } }],
      ["pull_request", { ...payload, pull_request: { ...pr, head: { sha: "../../etc/passwd" } } }],
      ["pull_request", { ...payload, repository: { name: "widgets" } }],
      ["pull_request", { ...payload, pull_request: null }],
      ["push", { ref: "refs/heads/main", installation: payload["installation"] }],
      ["check_suite", { action: "requested", installation: payload["installation"] }],
      ["check_run", { action: "rerequested", check_run: {}, installation: payload["installation"] }],
      ["issue_comment", { action: "created", installation: payload["installation"] }],
      [
        "issue_comment",
        { action: "created", comment: { body: "/consolidate" }, installation: payload["installation"] },
      ],
      ["installation", { action: "created" }],
      ["ping", { zen: "x" }],
      ["unknown_event", { action: "x" }],
      ["pull_request", []],
      ["pull_request", "just a string"],
    ];
    const runs = t.gh.state.checkRuns.length;
    for (const [event, body] of broken) {
      const res = await t.gh.deliver(t.webhookUrl, event, body);
      expect(res.status, `${event} ${JSON.stringify(body).slice(0, 80)}`).toBeLessThan(600);
    }
    await settle();
    expect(t.gh.state.checkRuns.length).toBe(runs);
    // Still serving: a good delivery after all of that completes its check run.
    t.repo.commit({ "handoffs/h.md": "# H\n\n**Status**: open\n\nDeploy `src/app.py`.\n" });
    const sync = await t.gh.synchronizePullRequest(OWNER, REPO, 1);
    expect((await t.gh.deliver(t.webhookUrl, "pull_request", sync)).status).toBe(200);
    const pull = sync as { pull_request: { head: { sha: string } } };
    expect(t.gh.checkRuns(OWNER, REPO, pull.pull_request.head.sha)[0]).toMatchObject({
      status: "completed",
      conclusion: "success",
    });
  });
});

describe("App: /consolidate from people and bots who may not run it", () => {
  let t: TestApp;
  let tracking: number;

  beforeAll(async () => {
    t = await startApp(filesIn(SEED));
    t.gh.setPermission(OWNER, REPO, "rita", "read");
    t.gh.setPermission(OWNER, REPO, "nina", "none");
    t.gh.setPermission(OWNER, REPO, "tia", "triage");
    t.gh.setPermission(OWNER, REPO, "wes", "write");
    tracking = t.gh.createIssue({
      owner: OWNER,
      repo: REPO,
      title: "API crisis tracking",
      user: "wes",
    }).number;
  });
  afterAll(async () => t.close());

  const consolidated = () => t.gh.issues(OWNER, REPO).filter((i) => i.labels.includes(LABEL));
  const comment = (user: string, body: string, issueNumber = tracking) =>
    t.gh.addComment({ owner: OWNER, repo: REPO, issueNumber, body, user }) as Record<string, unknown>;
  const idOf = (p: Record<string, unknown>) => (p["comment"] as { id: number }).id;
  const reactionsOn = (p: Record<string, unknown>) =>
    t.gh.reactions(OWNER, REPO, { comment: idOf(p) }).map((r) => r.content);
  const lastReply = (issueNumber = tracking) => t.gh.comments(OWNER, REPO, issueNumber).at(-1)!.body;

  it("users without write permission (none, read, triage) are refused with a reason", async () => {
    for (const user of ["nina", "rita", "tia", "stranger"]) {
      const p = comment(user, "/consolidate");
      expect((await t.gh.deliver(t.webhookUrl, "issue_comment", p)).status).toBe(200);
      expect(reactionsOn(p)).toContain("confused");
      expect(lastReply()).toContain(`@${user}`);
      expect(lastReply()).toContain("refused");
    }
    expect(consolidated()).toHaveLength(0);
    expect(t.gh.pulls(OWNER, REPO)).toHaveLength(0);
  });

  it("bots, the App itself, and edited or deleted comments are ignored without an API call", async () => {
    const since = t.gh.requests.length;
    const bot = comment("dependabot[bot]", "/consolidate");
    (bot["comment"] as { user: { type: string } }).user.type = "Bot";
    (bot["sender"] as { type: string }).type = "Bot";
    const self = comment("handoff-guard[bot]", "/consolidate #1 #2");
    (self["comment"] as { user: { type: string } }).user.type = "Bot";
    (self["sender"] as { type: string }).type = "Bot";
    (self["comment"] as Record<string, unknown>)["performed_via_github_app"] = {
      id: 1,
      slug: "handoff-guard",
    };
    const edited = { ...comment("wes", "/consolidate"), action: "edited" };
    const deleted = { ...comment("wes", "/consolidate"), action: "deleted" };
    for (const p of [bot, self, edited, deleted])
      expect((await t.gh.deliver(t.webhookUrl, "issue_comment", p)).status).toBe(200);
    expect(t.gh.requests.length - since).toBe(0);
    expect(consolidated()).toHaveLength(0);
  });

  it("a huge comment: a command line over the limit is refused with a reason; text after the first line is ignored", async () => {
    const long = comment("wes", `/consolidate ${"a.md ".repeat(20_000)}`);
    expect((await t.gh.deliver(t.webhookUrl, "issue_comment", long)).status).toBe(200);
    expect(reactionsOn(long)).toContain("confused");
    expect(lastReply()).toMatch(/longer than 1000 characters/);
    const many = comment("wes", `/consolidate ${Array.from({ length: 60 }, (_, i) => `f${i}.md`).join(" ")}`);
    expect((await t.gh.deliver(t.webhookUrl, "issue_comment", many)).status).toBe(200);
    expect(lastReply()).toMatch(/at most 50 arguments/);
    const big = comment("wes", `/consolidate dry-run\n${"junk /consolidate ".repeat(3_500)}`);
    expect((await t.gh.deliver(t.webhookUrl, "issue_comment", big)).status).toBe(200);
    expect(reactionsOn(big)).toContain("rocket");
    expect(lastReply()).toContain("dry run");
    const hostile = comment("wes", "/consolidate ../../etc/passwd a.md");
    expect((await t.gh.deliver(t.webhookUrl, "issue_comment", hostile)).status).toBe(200);
    expect(lastReply()).toMatch(/inside the repository/);
    expect(consolidated()).toHaveLength(0);
  });

  it("on a locked issue: a reader is still refused; a writer's command runs once", async () => {
    const locked = t.gh.createIssue({ owner: OWNER, repo: REPO, title: "Locked thread", user: "wes" }).number;
    const issue = t.gh.issues(OWNER, REPO).find((i) => i.number === locked)!;
    (issue as { locked: boolean }).locked = true;
    const reader = comment("rita", "/consolidate", locked);
    (reader["issue"] as { locked: boolean }).locked = true;
    expect((await t.gh.deliver(t.webhookUrl, "issue_comment", reader)).status).toBe(200);
    expect(reactionsOn(reader)).toContain("confused");
    expect(consolidated()).toHaveLength(0);
    const writer = comment("wes", "/consolidate", locked);
    (writer["issue"] as { locked: boolean }).locked = true;
    expect((await t.gh.deliver(t.webhookUrl, "issue_comment", writer)).status).toBe(200);
    expect(await t.gh.deliver(t.webhookUrl, "issue_comment", writer)).toMatchObject({ status: 200 });
    expect(consolidated()).toHaveLength(1);
  });
});

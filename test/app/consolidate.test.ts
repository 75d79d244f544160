// /consolidate end to end: permission, reactions, one consolidated issue and one pull request under
// redelivery and concurrent commands (also across two App replicas).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesIn, OWNER, REPO, startApp, startServer, type TestApp } from "./support.js";

const SEED = new URL("../fixtures/consolidation-seed/repo/", import.meta.url).pathname;
const LABEL = "handoff-guard:consolidated";

describe("App: /consolidate", () => {
  let t: TestApp;
  let tracking: number;

  beforeAll(async () => {
    t = await startApp(filesIn(SEED));
    t.gh.setPermission(OWNER, REPO, "rita", "read");
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
  const openConsolidated = () => consolidated().filter((i) => i.state === "open");
  const openPulls = () =>
    t.gh.pulls(OWNER, REPO).filter((p) => t.gh.state.issue(p.repoId, p.number)?.state === "open");
  const comment = (user: string, body: string) =>
    t.gh.addComment({ owner: OWNER, repo: REPO, issueNumber: tracking, body, user });
  const reactionsOn = (commentId: number) =>
    t.gh.reactions(OWNER, REPO, { comment: commentId }).map((r) => r.content);
  const idOf = (payload: Record<string, unknown>) => (payload["comment"] as { id: number }).id;

  it("ignores comments that are not commands, edited comments and bots, with no API call", async () => {
    const before = t.gh.requests.length;
    await t.gh.deliver(t.webhookUrl, "issue_comment", comment("wes", "Looks good to me"));
    const edited = { ...comment("wes", "/consolidate"), action: "edited" };
    await t.gh.deliver(t.webhookUrl, "issue_comment", edited);
    const bot = comment("handoff-guard[bot]", "/consolidate");
    (bot["comment"] as { user: { type: string } }).user.type = "Bot";
    (bot["sender"] as { type: string }).type = "Bot";
    await t.gh.deliver(t.webhookUrl, "issue_comment", bot);
    expect(t.gh.requests.length - before).toBe(0);
  });

  it("refuses a read-only user with a confused reaction and a reply", async () => {
    const payload = comment("rita", "/consolidate");
    const since = t.gh.requests.length;
    expect((await t.gh.deliver(t.webhookUrl, "issue_comment", payload)).status).toBe(200);
    // Refused before any handoff is read: only the config (one GraphQL query) was looked at.
    const routes = t.gh.requests.slice(since).map((r) => r.route);
    expect(routes).not.toContain("GET /repos/{owner}/{repo}/git/trees/{tree_sha}");
    expect(routes.filter((r) => r === "POST /graphql")).toHaveLength(1);
    expect(reactionsOn(idOf(payload))).toEqual(["eyes", "confused"]);
    const reply = t.gh.comments(OWNER, REPO, tracking).at(-1)!;
    expect(reply.body).toContain("@rita");
    expect(reply.body).toContain("refused");
    expect(reply.body).toContain("`write`");
    expect(consolidated()).toHaveLength(0);
    expect(t.gh.pulls(OWNER, REPO)).toHaveLength(0);
  });

  it("dry-run only replies with the preview", async () => {
    const payload = comment("wes", "/consolidate dry-run");
    await t.gh.deliver(t.webhookUrl, "issue_comment", payload);
    expect(reactionsOn(idOf(payload))).toEqual(["eyes", "rocket"]);
    expect(t.gh.comments(OWNER, REPO, tracking).at(-1)!.body).toContain("dry run");
    expect(consolidated()).toHaveLength(0);
  });

  it("from a writer creates one consolidated issue and one pull request, and replies with links", async () => {
    const payload = comment("wes", "/consolidate");
    expect((await t.gh.deliver(t.webhookUrl, "issue_comment", payload)).status).toBe(200);
    expect(reactionsOn(idOf(payload))).toEqual(["eyes", "rocket"]);
    expect(openConsolidated()).toHaveLength(1);
    expect(openPulls()).toHaveLength(1);
    const issue = openConsolidated()[0]!;
    expect(issue.title).toMatch(/^Consolidated:/);
    const reply = t.gh.comments(OWNER, REPO, tracking).at(-1)!.body;
    expect(reply).toContain(`/issues/${issue.number}`);
    expect(reply).toContain("pull request");

    // A redelivery of the same webhook changes nothing but the reply.
    expect((await t.gh.deliver(t.webhookUrl, "issue_comment", payload)).status).toBe(200);
    expect(openConsolidated()).toHaveLength(1);
    expect(consolidated()).toHaveLength(1);
    expect(openPulls()).toHaveLength(1);
  });

  it("two concurrent commands, on one replica and on two, still leave one issue and one pull request", async () => {
    const replica = await startServer(t.gh);
    try {
      const [a, b, c] = [
        comment("wes", "/consolidate"),
        comment("wes", "/consolidate"),
        comment("wes", "/consolidate"),
      ];
      const results = await Promise.all([
        t.gh.deliver(t.webhookUrl, "issue_comment", a),
        t.gh.deliver(t.webhookUrl, "issue_comment", b),
        t.gh.deliver(replica.webhookUrl, "issue_comment", c),
      ]);
      expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    } finally {
      await replica.server.stop();
    }
    expect(openConsolidated()).toHaveLength(1);
    expect(openPulls()).toHaveLength(1);
  });
});

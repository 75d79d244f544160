import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkRunPayload,
  checkSuitePayload,
  installationPayload,
  installationRepositoriesPayload,
  issueCommentPayload,
  pushPayload,
  sendWebhook,
} from "../harness/index.js";
import { type Fixture, ownerRepo, startFixture } from "./fixture.js";

interface Received {
  headers: IncomingMessage["headers"];
  body: string;
}

describe("webhook sender and payload builders", () => {
  let f: Fixture;
  let server: Server;
  let url: string;
  const received: Received[] = [];

  beforeAll(async () => {
    f = await startFixture();
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString() });
        res.writeHead(202).end("ok");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await f.close();
  });

  it("signs the exact body with X-Hub-Signature-256 and sets the event and delivery headers", async () => {
    const result = await sendWebhook(url, "ping", { zen: "Keep it logically awesome." }, "s3cret", {
      deliveryId: "d-1",
    });
    expect(result).toMatchObject({ status: 202, deliveryId: "d-1" });
    const last = received.at(-1)!;
    expect(last.headers["x-github-event"]).toBe("ping");
    expect(last.headers["x-github-delivery"]).toBe("d-1");
    expect(last.headers["content-type"]).toBe("application/json");
    const expected = `sha256=${createHmac("sha256", "s3cret").update(last.body).digest("hex")}`;
    expect(last.headers["x-hub-signature-256"]).toBe(expected);
    await f.gh.deliver(url, "ping", {});
    const secret = f.gh.appCredentials().webhookSecret;
    const body = received.at(-1)!.body;
    expect(received.at(-1)!.headers["x-hub-signature-256"]).toBe(
      `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`,
    );
  });

  it("push: commits with added/removed/modified from git, installation and repository", async () => {
    const repo = f.gh.requireRepo("acme/widgets");
    const before = f.repo.sha();
    f.repo.commit({ "docs/a.md": "a\n", "README.md": null }, "one");
    const after = f.repo.commit({ "docs/a.md": "a2\n" }, "two");
    const payload = await pushPayload(f.gh, { repo, ref: "refs/heads/main", before, after });
    expect(payload).toMatchObject({
      ref: "refs/heads/main",
      before,
      after,
      created: false,
      deleted: false,
      installation: { id: f.installationId },
      repository: { full_name: "acme/widgets", default_branch: "main", owner: { login: "acme" } },
      sender: { login: "acme" },
      head_commit: { id: after, modified: ["docs/a.md"] },
    });
    const commits = payload["commits"] as { added: string[]; removed: string[] }[];
    expect(commits).toHaveLength(2);
    expect(commits[0]).toMatchObject({ added: ["docs/a.md"], removed: ["README.md"] });
  });

  it("check_suite and check_run payloads reference the app, head SHA and open pull requests", async () => {
    const repo = f.gh.requireRepo("acme/widgets");
    f.repo.branch("feature");
    const head = f.repo.commit({ "docs/b.md": "b\n" }, "b");
    await f.gh.openPullRequest({ owner: "acme", repo: "widgets", head: "feature" });
    const suite = checkSuitePayload(f.gh, {
      repo,
      headSha: head,
      headBranch: "feature",
      action: "rerequested",
    });
    expect(suite).toMatchObject({
      action: "rerequested",
      check_suite: {
        head_sha: head,
        head_branch: "feature",
        app: { id: f.gh.appCredentials().appId },
        pull_requests: [{ number: 1 }],
      },
      installation: { id: f.installationId },
    });
    const { data } = await f.octokit.rest.checks.create({
      ...ownerRepo,
      name: "handoff-guard",
      head_sha: head,
    });
    const run = f.gh.state.checkRuns.find((r) => r.id === data.id)!;
    const payload = checkRunPayload(f.gh, { repo, run, action: "rerequested" });
    expect(payload).toMatchObject({
      action: "rerequested",
      check_run: {
        id: data.id,
        name: "handoff-guard",
        head_sha: head,
        check_suite: { id: run.checkSuiteId },
        pull_requests: [{ number: 1 }],
      },
    });
  });

  it("issue_comment edited carries changes.body.from", () => {
    const repo = f.gh.requireRepo("acme/widgets");
    const issue = f.gh.createIssue({ owner: "acme", repo: "widgets", title: "t" });
    const created = f.gh.addComment({
      owner: "acme",
      repo: "widgets",
      issueNumber: issue.number,
      body: "/consolidate",
      user: "bob",
    });
    const comment = f.gh.state.comments.find((c) => c.id === (created["comment"] as { id: number }).id)!;
    const edited = issueCommentPayload(f.gh, { repo, issue, comment, action: "edited", from: "/consolidat" });
    expect(edited).toMatchObject({
      action: "edited",
      changes: { body: { from: "/consolidat" } },
      sender: { login: "bob" },
    });
  });

  it("installation and installation_repositories", () => {
    const inst = f.gh.state.installations.get(f.installationId)!;
    const created = installationPayload(f.gh, { installation: inst, action: "created" });
    expect(created).toMatchObject({
      action: "created",
      installation: {
        id: inst.id,
        account: { login: "acme" },
        app_id: f.gh.appCredentials().appId,
        repository_selection: "all",
      },
      repositories: [{ full_name: "acme/widgets" }],
    });
    const added = installationRepositoriesPayload(f.gh, {
      installation: inst,
      action: "added",
      repositories: [f.gh.requireRepo("acme/widgets")],
    });
    expect(added).toMatchObject({
      action: "added",
      repositories_added: [{ full_name: "acme/widgets" }],
      repositories_removed: [],
    });
  });
});

describe("pagination", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture();
    for (let i = 1; i <= 45; i++)
      f.gh.createIssue({ owner: "acme", repo: "widgets", title: `issue ${i}`, labels: ["bulk"] });
  });
  afterAll(() => f.close());

  it("issues list: per_page/page with Link next/last/prev/first, paginate() walks all pages", async () => {
    const first = await f.octokit.rest.issues.listForRepo({ ...ownerRepo, per_page: 20, direction: "asc" });
    expect(first.data.map((i) => i.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(first.headers.link).toMatch(/page=2[^>]*>; rel="next"/);
    expect(first.headers.link).toMatch(/page=3[^>]*>; rel="last"/);
    const second = await f.octokit.rest.issues.listForRepo({ ...ownerRepo, per_page: 20, page: 2 });
    expect(second.headers.link).toContain('rel="prev"');
    expect(second.headers.link).toContain('rel="first"');
    const last = await f.octokit.rest.issues.listForRepo({ ...ownerRepo, per_page: 20, page: 3 });
    expect(last.data).toHaveLength(5);
    expect(last.headers.link).not.toContain('rel="next"');
    const all = await f.octokit.paginate(f.octokit.rest.issues.listForRepo, { ...ownerRepo, per_page: 100 });
    expect(all).toHaveLength(45);
    const defaults = await f.octokit.rest.issues.listForRepo({ ...ownerRepo });
    expect(defaults.data).toHaveLength(30);
  });

  it("search results paginate too", async () => {
    const items = await f.octokit.paginate(f.octokit.rest.search.issuesAndPullRequests, {
      q: 'repo:acme/widgets is:issue label:"bulk"',
      per_page: 10,
    });
    expect(items).toHaveLength(45);
    expect(f.gh.count("GET /search/issues")).toBe(5);
  });
});

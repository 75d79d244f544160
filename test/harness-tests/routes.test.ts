import { createPrivateKey, sign } from "node:crypto";
import { Octokit } from "@octokit/rest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, ownerRepo, quietLog, startFixture } from "./fixture.js";

/** Every registered route answers 2xx on real git data at least once (a sweep; behaviour is tested elsewhere). */

function appJwt(f: Fixture): string {
  const app = f.gh.appCredentials();
  const now = Math.floor(Date.now() / 1000);
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const data = `${enc({ alg: "RS256", typ: "JWT" })}.${enc({ iss: app.appId, iat: now - 30, exp: now + 540 })}`;
  return `${data}.${sign("RSA-SHA256", Buffer.from(data), createPrivateKey(app.privateKey)).toString("base64url")}`;
}

describe("route sweep", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture();
  });
  afterAll(() => f.close());

  it("hits every route with a success status", async () => {
    const r = f.octokit.request;
    const o = ownerRepo;
    const main = f.repo.sha();
    const tree = f.repo.sha("HEAD^{tree}");
    const blob = f.repo.git("rev-parse", "HEAD:README.md");

    await r("GET /repos/{owner}/{repo}", o);
    await r("GET /repos/{owner}/{repo}/branches/{branch}", { ...o, branch: "main" });
    await r("GET /repos/{owner}/{repo}/contents", o);
    await r("GET /repos/{owner}/{repo}/contents/{path}", { ...o, path: "README.md" });
    const put = await r("PUT /repos/{owner}/{repo}/contents/{path}", {
      ...o,
      path: "tmp.md",
      message: "add",
      content: "eA==",
    });
    await r("DELETE /repos/{owner}/{repo}/contents/{path}", {
      ...o,
      path: "tmp.md",
      message: "rm",
      sha: put.data.content?.sha ?? "",
    });
    const head = f.repo.sha("main");
    await r("GET /repos/{owner}/{repo}/commits", { ...o, sha: "main", path: "tmp.md" });
    await r("GET /repos/{owner}/{repo}/commits/{ref}", { ...o, ref: head });
    await r("GET /repos/{owner}/{repo}/compare/{basehead}", { ...o, basehead: `${main}...${head}` });

    await r("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", { ...o, tree_sha: tree, recursive: "1" });
    await r("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", { ...o, file_sha: blob });
    const b = await r("POST /repos/{owner}/{repo}/git/blobs", { ...o, content: "new", encoding: "utf-8" });
    const t = await r("POST /repos/{owner}/{repo}/git/trees", {
      ...o,
      base_tree: tree,
      tree: [{ path: "n.md", mode: "100644", type: "blob", sha: b.data.sha }],
    });
    const c = await r("POST /repos/{owner}/{repo}/git/commits", {
      ...o,
      message: "m",
      tree: t.data.sha,
      parents: [head],
    });
    await r("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", { ...o, commit_sha: c.data.sha });
    await r("POST /repos/{owner}/{repo}/git/refs", { ...o, ref: "refs/heads/work", sha: head });
    await r("PATCH /repos/{owner}/{repo}/git/refs/{ref}", { ...o, ref: "heads/work", sha: c.data.sha });
    await r("GET /repos/{owner}/{repo}/git/ref/{ref}", { ...o, ref: "heads/work" });
    await r("GET /repos/{owner}/{repo}/git/refs", o);
    await r("GET /repos/{owner}/{repo}/git/refs/{ref}", { ...o, ref: "heads" });
    await r("GET /repos/{owner}/{repo}/git/matching-refs/{ref}", { ...o, ref: "heads/" });

    const pr = await r("POST /repos/{owner}/{repo}/pulls", { ...o, title: "PR", head: "work", base: "main" });
    const pull_number = pr.data.number;
    await r("GET /repos/{owner}/{repo}/pulls", { ...o, state: "all" });
    await r("GET /repos/{owner}/{repo}/pulls/{pull_number}", { ...o, pull_number });
    await r("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { ...o, pull_number });
    await r("GET /repos/{owner}/{repo}/pulls/{pull_number}/commits", { ...o, pull_number });
    const closed = await r("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", {
      ...o,
      pull_number,
      state: "closed",
    });
    expect(closed.data.state).toBe("closed");
    await r("DELETE /repos/{owner}/{repo}/git/refs/{ref}", { ...o, ref: "heads/work" });

    const run = await r("POST /repos/{owner}/{repo}/check-runs", { ...o, name: "n", head_sha: head });
    const check_run_id = run.data.id;
    await r("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
      ...o,
      check_run_id,
      conclusion: "success",
      output: {
        title: "t",
        summary: "s",
        annotations: [
          { path: "README.md", start_line: 1, end_line: 1, annotation_level: "notice", message: "m" },
        ],
      },
    });
    await r("GET /repos/{owner}/{repo}/check-runs/{check_run_id}", { ...o, check_run_id });
    await r("GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations", { ...o, check_run_id });
    await r("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", { ...o, ref: head });

    const issue = await r("POST /repos/{owner}/{repo}/issues", { ...o, title: "i", labels: ["a"] });
    const issue_number = issue.data.number;
    await r("GET /repos/{owner}/{repo}/issues", o);
    await r("GET /repos/{owner}/{repo}/issues/{issue_number}", { ...o, issue_number });
    await r("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { ...o, issue_number, body: "b" });
    const comment = await r("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...o,
      issue_number,
      body: "c",
    });
    const comment_id = comment.data.id;
    await r("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...o, issue_number });
    await r("GET /repos/{owner}/{repo}/issues/comments", o);
    await r("GET /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...o, comment_id });
    await r("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...o, comment_id, body: "c2" });
    const cr = await r("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
      ...o,
      comment_id,
      content: "eyes",
    });
    await r("GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", { ...o, comment_id });
    await r("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}", {
      ...o,
      comment_id,
      reaction_id: cr.data.id,
    });
    const ir = await r("POST /repos/{owner}/{repo}/issues/{issue_number}/reactions", {
      ...o,
      issue_number,
      content: "rocket",
    });
    await r("GET /repos/{owner}/{repo}/issues/{issue_number}/reactions", { ...o, issue_number });
    await r("DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}", {
      ...o,
      issue_number,
      reaction_id: ir.data.id,
    });
    await r("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...o, comment_id });
    await r("POST /repos/{owner}/{repo}/labels", { ...o, name: "b" });
    await r("GET /repos/{owner}/{repo}/labels", o);
    await r("GET /repos/{owner}/{repo}/labels/{name}", { ...o, name: "b" });
    await r("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", { ...o, issue_number, labels: ["b"] });
    await r("PUT /repos/{owner}/{repo}/issues/{issue_number}/labels", {
      ...o,
      issue_number,
      labels: ["a", "b"],
    });
    await r("GET /repos/{owner}/{repo}/issues/{issue_number}/labels", { ...o, issue_number });
    await r("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
      ...o,
      issue_number,
      name: "a",
    });
    await r("GET /repos/{owner}/{repo}/collaborators/{username}/permission", { ...o, username: "someone" });
    await r("GET /search/issues", { q: "repo:acme/widgets is:issue" });
    await r("POST /graphql", {
      query: `query($owner: String!, $name: String!, $e: String!) { repository(owner: $owner, name: $name) { f: object(expression: $e) { ... on Blob { text } } } }`,
      owner: "acme",
      name: "widgets",
      e: `${head}:README.md`,
    });
    await r("GET /installation/repositories");
    await r("GET /rate_limit");

    const app = new Octokit({ baseUrl: f.gh.url, auth: appJwt(f), log: quietLog }).request;
    await app("GET /app");
    await app("GET /app/installations");
    await app("GET /app/installations/{installation_id}", { installation_id: f.installationId });
    await app("POST /app/installations/{installation_id}/access_tokens", {
      installation_id: f.installationId,
    });
    await app("GET /repos/{owner}/{repo}/installation", o);
    await app("GET /orgs/{org}/installation", { org: "acme" });
    await app("GET /users/{username}/installation", { username: "acme" });

    const ok = new Set(f.gh.requests.filter((q) => q.status < 300).map((q) => q.route));
    const missing = f.gh.router.all
      .map((route) => `${route.method} ${route.template}`)
      .filter((name) => !ok.has(name));
    expect(missing).toEqual([]);
    expect(f.gh.requests.filter((q) => q.status >= 300)).toEqual([]);
  });

  it("unknown routes answer 404 with GitHub's error body and are logged without a route", async () => {
    const res = await fetch(`${f.gh.url}/repos/acme/widgets/deployments`, {
      headers: { authorization: `token ${f.token}` },
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ message: "Not Found", documentation_url: expect.any(String) });
    expect(f.gh.requests.at(-1)).toMatchObject({ route: null, status: 404 });
  });
});

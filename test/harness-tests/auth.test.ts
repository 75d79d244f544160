import { createPrivateKey, generateKeyPairSync, sign } from "node:crypto";
import { Octokit } from "@octokit/rest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createRepo,
  type FakeGitHub,
  READ_ONLY_PERMISSIONS,
  startGitHub,
  type TestRepo,
} from "../harness/index.js";
import { quietLog } from "./fixture.js";

function jwt(privateKeyPem: string, claims: Record<string, unknown>): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const data = `${enc({ alg: "RS256", typ: "JWT" })}.${enc(claims)}`;
  return `${data}.${sign("RSA-SHA256", Buffer.from(data), createPrivateKey(privateKeyPem)).toString("base64url")}`;
}

describe("authentication: app JWT, installation tokens, Actions token, PAT", () => {
  let gh: FakeGitHub;
  let repos: TestRepo[];
  let appJwt: string;
  let installationId: number;
  const now = () => Math.floor(Date.now() / 1000);
  const client = (auth?: string) =>
    new Octokit({ baseUrl: gh.url, log: quietLog, ...(auth ? { auth } : {}) });

  beforeAll(async () => {
    gh = await startGitHub();
    repos = [createRepo({ "a.md": "a\n" }), createRepo({ "b.md": "b\n" }), createRepo({ "c.md": "c\n" })];
    await gh.addRepo("acme", "one", repos[0]!.dir);
    await gh.addRepo("acme", "two", repos[1]!.dir);
    await gh.addRepo("other", "three", repos[2]!.dir, { private: true });
    installationId = gh.install({ account: "acme", repositories: ["acme/one"] }).id;
    const app = gh.appCredentials();
    appJwt = jwt(app.privateKey, { iss: app.appId, iat: now() - 30, exp: now() + 540 });
  });
  afterAll(async () => {
    await gh.close();
    for (const r of repos) r.remove();
  });

  it("every API route needs credentials: 401 without, 401 with an unknown token", async () => {
    await expect(client().rest.repos.get({ owner: "acme", repo: "one" })).rejects.toMatchObject({
      status: 401,
      message: expect.stringContaining("Requires authentication"),
    });
    await expect(client("ghs_nope").rest.repos.get({ owner: "acme", repo: "one" })).rejects.toMatchObject({
      status: 401,
      message: expect.stringContaining("Bad credentials"),
    });
  });

  it("a valid RS256 JWT reads /app and installations, and exchanges for an installation token", async () => {
    const app = client(appJwt);
    const { data } = await app.rest.apps.getAuthenticated();
    expect(data).toMatchObject({
      id: gh.appCredentials().appId,
      slug: "handoff-guard",
      installations_count: 1,
    });
    const installs = await app.rest.apps.listInstallations();
    expect(installs.data.map((i) => i.id)).toEqual([installationId]);
    const byRepo = await app.rest.apps.getRepoInstallation({ owner: "acme", repo: "one" });
    expect(byRepo.data.id).toBe(installationId);
    await expect(app.rest.apps.getRepoInstallation({ owner: "acme", repo: "two" })).rejects.toMatchObject({
      status: 404,
    });

    const { data: token } = await app.rest.apps.createInstallationAccessToken({
      installation_id: installationId,
    });
    expect(token.token).toMatch(/^ghs_/);
    expect(token.permissions).toMatchObject({ checks: "write", contents: "write" });
    const inst = client(token.token);
    expect((await inst.rest.repos.get({ owner: "acme", repo: "one" })).status).toBe(200);
    // Outside the installation's repositories: 404, as GitHub hides them.
    await expect(inst.rest.repos.get({ owner: "acme", repo: "two" })).rejects.toMatchObject({ status: 404 });
    const listed = await inst.rest.apps.listReposAccessibleToInstallation();
    expect(listed.data.repositories.map((r) => r.full_name)).toEqual(["acme/one"]);
    // A JWT is not accepted where an installation token is required, and vice versa.
    await expect(app.rest.repos.get({ owner: "acme", repo: "one" })).rejects.toMatchObject({ status: 401 });
    await expect(inst.rest.apps.getAuthenticated()).rejects.toMatchObject({ status: 401 });
  });

  it("rejects JWTs that are expired, too long-lived, unknown or signed with another key", async () => {
    const app = gh.appCredentials();
    const other = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({
      type: "pkcs1",
      format: "pem",
    });
    const cases = [
      jwt(app.privateKey, { iss: app.appId, iat: now() - 700, exp: now() - 60 }),
      jwt(app.privateKey, { iss: app.appId, iat: now(), exp: now() + 3600 }),
      jwt(app.privateKey, { iss: 1, iat: now() - 30, exp: now() + 540 }),
      jwt(other.toString(), { iss: app.appId, iat: now() - 30, exp: now() + 540 }),
      "eyJhbGciOiJub25lIn0.eyJpc3MiOjF9.",
    ];
    for (const bad of cases) {
      await expect(client(bad).rest.apps.getAuthenticated()).rejects.toMatchObject({ status: 401 });
    }
  });

  it("narrowed tokens: repositories and permissions; write refused with 403", async () => {
    const app = client(appJwt);
    await expect(
      app.rest.apps.createInstallationAccessToken({
        installation_id: installationId,
        permissions: { administration: "write" },
      }),
    ).rejects.toMatchObject({ status: 422 });
    const { data } = await app.rest.apps.createInstallationAccessToken({
      installation_id: installationId,
      repositories: ["one"],
      permissions: { contents: "read", issues: "read" },
    });
    const ro = client(data.token);
    await ro.rest.git.getTree({ owner: "acme", repo: "one", tree_sha: "main" });
    await expect(ro.rest.issues.create({ owner: "acme", repo: "one", title: "x" })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining("Resource not accessible by integration"),
    });
  });

  it("Actions-style GITHUB_TOKEN: github-actions[bot]; read-only variant refuses writes; PAT cannot create check runs", async () => {
    const token = gh.createToken();
    const { data: issue } = await client(token).rest.issues.create({
      owner: "acme",
      repo: "two",
      title: "t",
    });
    expect(issue.user?.login).toBe("github-actions[bot]");
    const run = await client(token).rest.checks.create({
      owner: "acme",
      repo: "two",
      name: "c",
      head_sha: repos[1]!.sha(),
    });
    expect(run.data.app?.slug).toBe("github-actions");

    const readOnly = gh.createToken({ permissions: READ_ONLY_PERMISSIONS, repositories: ["acme/two"] });
    await client(readOnly).rest.issues.get({ owner: "acme", repo: "two", issue_number: issue.number });
    await expect(
      client(readOnly).rest.issues.createComment({
        owner: "acme",
        repo: "two",
        issue_number: issue.number,
        body: "x",
      }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(client(readOnly).rest.repos.get({ owner: "other", repo: "three" })).rejects.toMatchObject({
      status: 404,
    });

    const pat = gh.createToken({ kind: "pat", login: "alice" });
    await expect(
      client(pat).rest.checks.create({ owner: "acme", repo: "two", name: "c", head_sha: repos[1]!.sha() }),
    ).rejects.toMatchObject({ status: 403 });
    const { data: byAlice } = await client(pat).rest.issues.create({
      owner: "acme",
      repo: "two",
      title: "mine",
    });
    expect(byAlice.user?.login).toBe("alice");
  });

  it("rate_limit answers without credentials", async () => {
    const { data } = await client().rest.rateLimit.get();
    expect(data.resources.core.limit).toBe(5000);
  });

  it("expired tokens answer 401", async () => {
    const token = gh.createToken();
    gh.expireTokens();
    await expect(client(token).rest.repos.get({ owner: "acme", repo: "two" })).rejects.toMatchObject({
      status: 401,
    });
  });

  it("@actions/github's getOctokit reaches the fake through GITHUB_API_URL", async () => {
    const previous = process.env["GITHUB_API_URL"];
    process.env["GITHUB_API_URL"] = gh.url;
    try {
      const { getOctokit } = await import("@actions/github");
      const octokit = getOctokit(gh.createToken());
      const { data } = await octokit.rest.repos.get({ owner: "acme", repo: "two" });
      expect(data.full_name).toBe("acme/two");
    } finally {
      if (previous === undefined) delete process.env["GITHUB_API_URL"];
      else process.env["GITHUB_API_URL"] = previous;
    }
  });
});

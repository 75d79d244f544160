import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeMiddleware, Probot } from "probot";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRepo, type FakeGitHub, startGitHub, type TestRepo } from "../harness/index.js";

/** A signed pull_request webhook reaches a minimal Probot app over HTTP; it reads the tree and creates a check run. */

describe("end to end: Probot app against the loopback GitHub", () => {
  let gh: FakeGitHub;
  let repo: TestRepo;
  let server: Server;
  let webhookUrl: string;
  const seen: string[] = [];

  beforeAll(async () => {
    gh = await startGitHub();
    repo = createRepo({
      "README.md": "# Widgets\n",
      "docs/handoff.md": "# Handoff\n",
      ".github/handoff-guard.yml": "failOn: warning\n",
    });
    await gh.addRepo("acme", "widgets", repo.dir);
    gh.install({ account: "acme" });
    const creds = gh.appCredentials();
    const probot = new Probot({
      appId: creds.appId,
      privateKey: creds.privateKey,
      secret: creds.webhookSecret,
      baseUrl: gh.url,
      logLevel: "fatal",
    });
    const middleware = await createNodeMiddleware(
      (app) => {
        app.on("pull_request.opened", async (context) => {
          const pr = context.payload.pull_request;
          seen.push(context.id);
          const { data: tree } = await context.octokit.rest.git.getTree(
            context.repo({ tree_sha: pr.head.sha, recursive: "1" }),
          );
          const docs = tree.tree.filter((e) => e.type === "blob" && e.path?.endsWith(".md"));
          const config = await context.config<{ failOn?: string }>("handoff-guard.yml", {});
          await context.octokit.rest.checks.create(
            context.repo({
              name: "handoff-guard",
              head_sha: pr.head.sha,
              status: "completed",
              conclusion: "success",
              output: {
                title: `Checked (failOn: ${config?.failOn})`,
                summary: `${docs.length} documents: ${docs.map((d) => d.path).join(", ")}`,
              },
            }),
          );
        });
      },
      { probot },
    );
    server = createServer((req, res) => {
      void middleware(req, res, () => {
        res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/github/webhooks`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await gh.close();
    repo.remove();
  });

  it("creates a check run at the PR head from the tree it read", async () => {
    repo.branch("feature");
    const head = repo.commit({ "docs/new-handoff.md": "# New\n" }, "Add handoff");
    const payload = await gh.openPullRequest({ owner: "acme", repo: "widgets", head: "feature" });
    expect(payload.pull_request.head.sha).toBe(head);

    const result = await gh.deliver(webhookUrl, "pull_request", payload, { deliveryId: "delivery-1" });
    expect(result.status).toBe(200);
    expect(seen).toEqual(["delivery-1"]);

    const runs = gh.checkRuns("acme", "widgets", head);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ name: "handoff-guard", status: "completed", conclusion: "success" });
    expect(runs[0]!.app.id).toBe(gh.appCredentials().appId);
    expect(runs[0]!.output.summary).toBe("3 documents: README.md, docs/handoff.md, docs/new-handoff.md");
    expect(runs[0]!.output.title).toBe("Checked (failOn: warning)");

    const routes = gh.requests.map((r) => `${r.route} ${r.status} ${r.auth}`);
    expect(routes).toEqual([
      "POST /app/installations/{installation_id}/access_tokens 201 jwt",
      "GET /repos/{owner}/{repo}/git/trees/{tree_sha} 200 installation",
      "GET /repos/{owner}/{repo}/contents/{path} 200 installation",
      "POST /repos/{owner}/{repo}/check-runs 201 installation",
    ]);
  });

  it("rejects a webhook with a bad signature and changes nothing", async () => {
    const before = gh.state.checkRuns.length;
    const payload = await gh.synchronizePullRequest("acme", "widgets", 1);
    const result = await gh.deliver(
      webhookUrl,
      "pull_request",
      { ...payload, action: "opened" },
      { signature: "sha256=00" },
    );
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(gh.state.checkRuns.length).toBe(before);
  });
});

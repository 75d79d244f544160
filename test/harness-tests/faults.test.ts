import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Fixture, ownerRepo, quietLog, startFixture } from "./fixture.js";

const TREE = "GET /repos/{owner}/{repo}/git/trees/{tree_sha}";
const CREATE_RUN = "POST /repos/{owner}/{repo}/check-runs";

/** An Octokit with the retry and throttling plugins tuned to milliseconds, as a product client would be in tests. */
function resilientOctokit(baseUrl: string, token: string) {
  const Resilient = Octokit.plugin(retry, throttling);
  return new Resilient({
    baseUrl,
    auth: token,
    log: quietLog,
    retry: { retryAfterBaseValue: 1 },
    throttle: {
      retryAfterBaseValue: 10,
      onRateLimit: (_after: number, _opts: unknown, _o: unknown, count: number) => count < 3,
      onSecondaryRateLimit: (_after: number, _opts: unknown, _o: unknown, count: number) => count < 3,
    },
  });
}

describe("fault injection", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture();
  });
  beforeEach(() => {
    f.gh.faults.clear();
    f.gh.requests.length = 0;
  });
  afterAll(() => f.close());

  it("5xx for a number of times, then the real answer (retried by plugin-retry)", async () => {
    const fault = f.gh.faults.add({ route: TREE, status: 502, times: 3 });
    await expect(f.octokit.rest.git.getTree({ ...ownerRepo, tree_sha: "main" })).rejects.toMatchObject({
      status: 502,
    });
    const octokit = resilientOctokit(f.gh.url, f.token);
    const { data } = await octokit.rest.git.getTree({ ...ownerRepo, tree_sha: "main" });
    expect(data.tree.length).toBeGreaterThan(0);
    expect(fault.hits).toBe(3);
    expect(f.gh.requests.map((r) => r.status)).toEqual([502, 502, 502, 200]);
  });

  it("403 secondary rate limit with retry-after; the throttling plugin waits and retries", async () => {
    f.gh.faults.add({ route: CREATE_RUN, kind: "secondary-rate-limit", retryAfter: 1, times: 1 });
    const raw = await fetch(`${f.gh.url}/repos/acme/widgets/check-runs`, {
      method: "POST",
      headers: { authorization: `token ${f.token}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "x", head_sha: f.repo.sha() }),
    });
    expect(raw.status).toBe(403);
    expect(raw.headers.get("retry-after")).toBe("1");
    expect(((await raw.json()) as { message: string }).message).toMatch(/secondary rate limit/);

    f.gh.faults.add({ route: CREATE_RUN, kind: "secondary-rate-limit", retryAfter: 1, times: 1 });
    const octokit = resilientOctokit(f.gh.url, f.token);
    const { data } = await octokit.rest.checks.create({
      ...ownerRepo,
      name: "handoff-guard",
      head_sha: f.repo.sha(),
    });
    expect(data.name).toBe("handoff-guard");
    expect(f.gh.count(CREATE_RUN, 403)).toBe(2);
    expect(f.gh.count(CREATE_RUN, 201)).toBe(1);
    expect(f.gh.checkRuns("acme", "widgets")).toHaveLength(1);
  });

  it("primary rate limit: 403 with x-ratelimit-remaining 0", async () => {
    f.gh.faults.add({ route: TREE, kind: "primary-rate-limit", times: 1 });
    const error = await f.octokit.rest.git
      .getTree({ ...ownerRepo, tree_sha: "main" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, response: { headers: { "x-ratelimit-remaining": "0" } } });
  });

  it("404 on a route, skip lets the first requests through, match narrows by request", async () => {
    f.gh.faults.add({ route: "GET /repos/{owner}/{repo}/contents/{path}", status: 404, skip: 1, times: 1 });
    await f.octokit.rest.repos.getContent({ ...ownerRepo, path: "README.md" });
    await expect(f.octokit.rest.repos.getContent({ ...ownerRepo, path: "README.md" })).rejects.toMatchObject({
      status: 404,
    });
    await f.octokit.rest.repos.getContent({ ...ownerRepo, path: "README.md" });
    f.gh.faults.add({ route: "*", status: 500, match: (r) => r.path.includes("src%2Findex.ts") });
    await expect(
      f.octokit.rest.repos.getContent({ ...ownerRepo, path: "src/index.ts" }),
    ).rejects.toMatchObject({ status: 500 });
    await f.octokit.rest.repos.getContent({ ...ownerRepo, path: "README.md" });
  });

  it("latency delays the real answer", async () => {
    f.gh.faults.add({ route: TREE, latencyMs: 120, times: 1 });
    const started = Date.now();
    const { data } = await f.octokit.rest.git.getTree({ ...ownerRepo, tree_sha: "main" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    expect(data.truncated).toBe(false);
  });

  it("truncated trees past a configured size", async () => {
    f.gh.faults.truncateTreesAt = 3;
    const { data } = await f.octokit.rest.git.getTree({ ...ownerRepo, tree_sha: "main", recursive: "1" });
    expect(data.truncated).toBe(true);
    expect(data.tree).toHaveLength(3);
    const { data: top } = await f.octokit.rest.git.getTree({ ...ownerRepo, tree_sha: "main" });
    expect(top.truncated).toBe(false);
    f.gh.faults.truncateTreesAt = null;
  });

  it("a fault removed stops applying; faults apply through any client (raw fetch too)", async () => {
    const fault = f.gh.faults.add({ route: TREE, status: 503 });
    expect(
      (
        await fetch(`${f.gh.url}/repos/acme/widgets/git/trees/main`, {
          headers: { authorization: `token ${f.token}` },
        })
      ).status,
    ).toBe(503);
    fault.remove();
    expect(
      (
        await fetch(`${f.gh.url}/repos/acme/widgets/git/trees/main`, {
          headers: { authorization: `token ${f.token}` },
        })
      ).status,
    ).toBe(200);
  });
});

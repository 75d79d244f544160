// Scheduled hygiene: POST /api/hygiene (shared secret) and the in-process timer keep ONE living issue.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Scheduler } from "../../src/app/scheduler.js";
import { OWNER, REPO, startApp, type TestApp } from "./support.js";

const SECRET = "s3cret-for-the-hygiene-endpoint";
const LABEL = "handoff-guard:hygiene";

const handoff = (target: string) => `# Ship it\n\n**Status**: open\n\nDeploy \`${target}\` today.\n`;

async function trigger(t: TestApp, secret = SECRET, body: unknown = {}) {
  const res = await fetch(`${t.baseUrl}/api/hygiene`, {
    method: "POST",
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

function hygieneIssues(t: TestApp) {
  return t.gh.issues(OWNER, REPO).filter((i) => i.labels.includes(LABEL));
}

describe("App: hygiene over POST /api/hygiene", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startApp(
      { "README.md": "# R\n", "src/real.py": "x = 1\n", "handoffs/a.md": handoff("src/ghost.py") },
      { appOptions: { hygiene: { secret: SECRET } } },
    );
  });
  afterAll(async () => t.close());

  it("refuses a wrong secret and changes nothing", async () => {
    const before = t.gh.requests.length;
    const res = await trigger(t, "wrong-secret-of-some-length");
    expect(res.status).toBe(401);
    expect(t.gh.requests.length).toBe(before);
    expect(hygieneIssues(t)).toHaveLength(0);
  });

  it("creates the hygiene issue, updates it in place, then closes it when clean", async () => {
    const first = await trigger(t);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ installations: 1, repositories: 1 });
    let issues = hygieneIssues(t);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.state).toBe("open");
    expect(issues[0]!.body).toContain("src/ghost.py");

    t.repo.commit({ "handoffs/b.md": handoff("src/phantom.py") }, "Another handoff");
    const second = await trigger(t, SECRET, { repository: `${OWNER}/${REPO}` });
    expect((second.json["scans"] as { action: string }[])[0]!.action).toBe("updated");
    issues = hygieneIssues(t);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.body).toContain("src/phantom.py");

    t.repo.commit(
      { "handoffs/a.md": handoff("src/real.py"), "handoffs/b.md": null },
      "Fix the handoff, drop the other",
    );
    const third = await trigger(t);
    expect((third.json["scans"] as { action: string }[])[0]!.action).toBe("closed");
    issues = hygieneIssues(t);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.state).toBe("closed");
  });
});

describe("App: hygiene on the in-process timer", () => {
  let t: TestApp;
  let scheduler: Scheduler | null = null;

  beforeAll(async () => {
    t = await startApp(
      { "README.md": "# R\n", "handoffs/a.md": handoff("src/ghost.py") },
      {
        appOptions: {
          hygiene: { intervalMinutes: 0.001, jitterMinutes: 0.0005 },
          onScheduler: (s) => {
            scheduler = s;
          },
        },
      },
    );
  });
  afterAll(async () => {
    scheduler?.stop();
    await scheduler?.idle();
    await t.close();
  });

  it("scans every installed repository on its own and keeps one issue", async () => {
    expect(scheduler).not.toBeNull();
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && t.gh.count("PATCH /repos/{owner}/{repo}/issues/{issue_number}") === 0) {
      if (hygieneIssues(t).length > 0 && t.gh.count("GET /repos/{owner}/{repo}/branches/{branch}") >= 3)
        break;
      await new Promise((r) => setTimeout(r, 50));
    }
    scheduler!.stop();
    await scheduler!.idle();
    const issues = hygieneIssues(t);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.state).toBe("open");
    expect(t.gh.count("GET /repos/{owner}/{repo}/branches/{branch}")).toBeGreaterThanOrEqual(3);
  });
});

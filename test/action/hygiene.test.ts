// hygiene mode, run as a runner runs it, against the loopback GitHub: one living issue.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createRepo,
  type FakeGitHub,
  READ_ONLY_PERMISSIONS,
  startGitHub,
  type TestRepo,
} from "../harness/index.js";
import { checkout, ensureBuilt, runAction } from "./runner.js";

let gh: FakeGitHub;
let origin: TestRepo;
let token: string;
const workspaces: string[] = [];

const phantom = (file: string) =>
  `# Deploy ${file}\n\n**Status**: open\n\nDeploy \`${file}\` to production.\n`;

beforeAll(async () => {
  await ensureBuilt();
  gh = await startGitHub();
  origin = createRepo({
    "README.md": "# Widgets\n",
    "src/app.py": "print(1)\n",
    "handoffs/deploy.md": phantom("src/api_healer.py"),
  });
  await gh.addRepo("acme", "widgets", origin.dir);
  token = gh.createToken();
});

afterAll(async () => {
  await gh?.close();
  origin?.remove();
  for (const dir of workspaces) rmSync(dir, { recursive: true, force: true });
});

async function scan(inputs: Record<string, string> = {}, runToken = token, env: Record<string, string> = {}) {
  const workspace = checkout(origin.dir, "main");
  workspaces.push(workspace);
  const payload = {
    schedule: "17 6 * * 1-5",
    repository: {
      full_name: "acme/widgets",
      name: "widgets",
      owner: { login: "acme" },
      default_branch: "main",
    },
  };
  return runAction({ workspace, event: "schedule", payload, apiUrl: gh.url, token: runToken, inputs, env });
}

const hygieneIssues = () =>
  gh.issues("acme", "widgets").filter((i) => i.labels.includes("handoff-guard:hygiene"));
const patches = () =>
  gh.requests.filter((r) => r.method === "PATCH" && r.route?.endsWith("/issues/{issue_number}"));

describe("hygiene mode", { timeout: 120_000 }, () => {
  it("creates one issue, updates it in place, leaves it alone when unchanged, closes it when clean, reopens it", async () => {
    // 1. Findings: the issue is created, labelled, with the marker.
    const first = await scan();
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(hygieneIssues()).toHaveLength(1);
    const issue = hygieneIssues()[0]!;
    expect(issue.state).toBe("open");
    expect(issue.title).toBe("Handoff hygiene report");
    expect(issue.body).toContain("<!-- handoff-guard:hygiene -->");
    expect(issue.body).toContain("src/api\\_healer.py");
    expect(first.outputs["hygiene-issue"]).toContain(`/issues/${issue.number}`);
    expect(first.summary).toContain("Hygiene issue: created");

    // 2. Findings change: edited in place, never a second issue.
    origin.commit({ "handoffs/second.md": phantom("src/missing_worker.py") }, "Another phantom");
    const second = await scan();
    expect(second.code).toBe(0);
    expect(hygieneIssues()).toHaveLength(1);
    expect(hygieneIssues()[0]!.body).toContain("src/missing\\_worker.py");
    expect(second.summary).toContain("Hygiene issue: updated");

    // Same findings again: no edit at all.
    const edits = patches().length;
    const same = await scan();
    expect(same.summary).toContain("Hygiene issue: unchanged");
    expect(patches().length).toBe(edits);

    // 3. Clean: closed with a comment.
    origin.commit({ "src/api_healer.py": "x = 1\n", "src/missing_worker.py": "y = 2\n" }, "Commit the files");
    const third = await scan();
    expect(third.code).toBe(0);
    expect(hygieneIssues()).toHaveLength(1);
    expect(hygieneIssues()[0]!.state).toBe("closed");
    const comments = gh.comments("acme", "widgets", issue.number);
    expect(comments.at(-1)!.body).toMatch(/No handoff hygiene findings.*closing/);

    // Findings return: the same issue is reopened.
    origin.commit({ "src/missing_worker.py": null }, "Lose a file");
    const fourth = await scan();
    expect(fourth.summary).toContain("Hygiene issue: reopened");
    expect(hygieneIssues()).toHaveLength(1);
    expect(hygieneIssues()[0]!.state).toBe("open");
  });

  it("keeps the oldest when two hygiene issues exist and closes the other as a duplicate", async () => {
    const kept = hygieneIssues()[0]!;
    const extra = gh.createIssue({
      owner: "acme",
      repo: "widgets",
      title: "Handoff hygiene report",
      body: "<!-- handoff-guard:hygiene -->\nstale",
      labels: ["handoff-guard:hygiene"],
    });
    const run = await scan();
    expect(run.code).toBe(0);
    expect(extra.state).toBe("closed");
    expect(extra.stateReason).toBe("duplicate");
    expect(kept.state).toBe("open");
    expect(gh.comments("acme", "widgets", extra.number).at(-1)!.body).toContain(
      `Duplicate of #${kept.number}`,
    );
  });

  it("a manual run on another branch reports without touching the issue", async () => {
    const before = gh.requests.length;
    const run = await scan({}, token, { GITHUB_REF_NAME: "feature/x" });
    expect(run.code).toBe(0);
    expect(run.annotations("notice").some((c) => /not the default branch main/.test(c.message))).toBe(true);
    expect(gh.requests.slice(before).filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("dry-run writes nothing and says what it would do", async () => {
    const before = gh.requests.length;
    const run = await scan({ "dry-run": "true" });
    expect(run.code).toBe(0);
    expect(run.summary).toMatch(/Dry run: nothing was written; a real run would update #\d+/);
    expect(gh.requests.slice(before).filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("with a read-only token, reports and skips the write with a notice", async () => {
    const readOnly = gh.createToken({ permissions: READ_ONLY_PERMISSIONS });
    origin.commit({ "handoffs/third.md": phantom("src/third.py") }, "Third phantom");
    const run = await scan({}, readOnly);
    expect(run.code).toBe(0);
    const notice = run.annotations("notice").find((c) => /may not write issues/.test(c.message));
    expect(notice, run.stdout).toBeDefined();
    expect(run.outputs["errors"]).not.toBe("0");
  });
});

describe("hygiene mode under faults", { timeout: 120_000 }, () => {
  it("retries a transient 502 from GitHub and still keeps one issue", async () => {
    const before = hygieneIssues().length;
    const fault = gh.faults.add({ route: "GET /repos/{owner}/{repo}/issues", status: 502, times: 1 });
    const run = await scan();
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(fault.hits).toBe(1);
    expect(hygieneIssues().length).toBe(before);
  });
});

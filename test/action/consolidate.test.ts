// consolidate mode, run as a runner runs it, against the loopback GitHub.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FILES, TRACKED } from "../core/duplicates/fixtures.js";
import { createRepo, type FakeGitHub, startGitHub, type TestRepo } from "../harness/index.js";
import { checkout, ensureBuilt, runAction } from "./runner.js";

let gh: FakeGitHub;
let origin: TestRepo;
let token: string;
let thread: number;
const workspaces: string[] = [];
const MEMBER = "_agents/_handoffs/handoff-api-healer-deploy-russell-20260218.md";

beforeAll(async () => {
  await ensureBuilt();
  gh = await startGitHub();
  // The healer handoffs of the duplicates fixture: one group of three (deploy), plus a "create" one.
  const files: Record<string, string> = Object.fromEntries(
    Object.entries(FILES).filter(([p]) => p.includes("-api-")),
  );
  for (const path of TRACKED) files[path] ??= "x\n";
  origin = createRepo(files);
  await gh.addRepo("acme", "widgets", origin.dir);
  token = gh.createToken();
  gh.setPermission("acme", "widgets", "alice", "write");
  gh.setPermission("acme", "widgets", "bob", "read");
  thread = gh.createIssue({ owner: "acme", repo: "widgets", title: "Handoff cleanup" }).number;
  gh.createIssue({
    owner: "acme",
    repo: "widgets",
    title: "Deploy the healer",
    body: `Tracked in \`${MEMBER}\`.`,
    labels: ["handoff"],
  });
});

afterAll(async () => {
  await gh?.close();
  origin?.remove();
  for (const dir of workspaces) rmSync(dir, { recursive: true, force: true });
});

async function comment(user: string, body: string, inputs: Record<string, string> = {}) {
  const payload = gh.addComment({ owner: "acme", repo: "widgets", issueNumber: thread, body, user });
  const workspace = checkout(origin.dir, "main");
  workspaces.push(workspace);
  const run = await runAction({ workspace, event: "issue_comment", payload, apiUrl: gh.url, token, inputs });
  const id = (payload as { comment: { id: number } }).comment.id;
  return { run, id, reactions: () => gh.reactions("acme", "widgets", { comment: id }).map((r) => r.content) };
}

const consolidated = () =>
  gh.issues("acme", "widgets").filter((i) => i.labels.includes("handoff-guard:consolidated"));

describe("consolidate mode", { timeout: 120_000 }, () => {
  it("refuses a read-only commenter with a confused reaction and an explanation", async () => {
    const { run, reactions } = await comment("bob", "/consolidate");
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(reactions()).toEqual(["eyes", "confused"]);
    const reply = gh.comments("acme", "widgets", thread).at(-1)!;
    expect(reply.body).toContain("@bob /consolidate was refused");
    expect(reply.body).toContain("needs at least `write`");
    expect(consolidated()).toHaveLength(0);
    expect(run.annotations("notice").some((c) => /refused/.test(c.message))).toBe(true);
  });

  it("creates one consolidated issue and one pull request, and a second run updates them in place", async () => {
    const first = await comment("alice", "/consolidate\nthese are all the healer deploy");
    expect(first.run.code, first.run.stdout + first.run.stderr).toBe(0);
    expect(first.reactions()).toEqual(["eyes", "rocket"]);
    expect(consolidated()).toHaveLength(1);
    const issue = consolidated()[0]!;
    expect(issue.body).toContain("<!-- handoff-guard:consolidated key=");
    expect(issue.title).toMatch(/^Consolidated:/);
    expect(first.run.outputs["consolidated-issues"]).toContain(`/issues/${issue.number}`);

    const handoffIssue = gh.issues("acme", "widgets").find((i) => i.title === "Deploy the healer")!;
    expect(handoffIssue.state).toBe("closed");
    expect(handoffIssue.stateReason).toBe("duplicate");

    const pulls = gh.pulls("acme", "widgets");
    expect(pulls).toHaveLength(1);
    expect(pulls[0]!.headRef).toMatch(/^handoff-guard\/consolidate-hg-/);
    const member = origin.git("show", `${pulls[0]!.headSha}:${MEMBER}`);
    expect(member).toContain("status: consolidated");
    expect(member).toContain(`consolidated_into: https://github.com/acme/widgets/issues/${issue.number}`);

    const reply = gh.comments("acme", "widgets", thread).at(-1)!;
    expect(reply.body).toContain(`/issues/${issue.number}`);
    expect(reply.body).toContain("pull request marking the member files");

    const second = await comment("alice", "/consolidate");
    expect(second.run.code, second.run.stdout + second.run.stderr).toBe(0);
    expect(second.reactions()).toEqual(["eyes", "rocket"]);
    expect(consolidated()).toHaveLength(1);
    expect(gh.pulls("acme", "widgets")).toHaveLength(1);
    expect(gh.comments("acme", "widgets", thread).at(-1)!.body).toContain("updated in place");
  });

  it("two concurrent runs leave one open consolidated issue", async () => {
    const a = comment("alice", "/consolidate");
    const b = comment("alice", "/consolidate");
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra.run.code).toBe(0);
    expect(rb.run.code).toBe(0);
    const open = consolidated().filter(
      (i) => i.state === "open" && (i.body ?? "").includes("handoff-guard:consolidated"),
    );
    expect(open).toHaveLength(1);
    expect(gh.pulls("acme", "widgets").filter((p) => !p.merged)).toHaveLength(1);
  });

  it("dry-run comment only replies with the preview", async () => {
    const before = consolidated().length;
    const { run, reactions } = await comment("alice", "/consolidate dry-run");
    expect(run.code).toBe(0);
    expect(reactions()).toEqual(["eyes", "rocket"]);
    expect(gh.comments("acme", "widgets", thread).at(-1)!.body).toContain("dry run: nothing was changed");
    expect(consolidated().length).toBe(before);
  });

  it("/consolidate #a #b folds handoff issues into one consolidated issue", async () => {
    const a = gh.createIssue({
      owner: "acme",
      repo: "widgets",
      title: "Rotate the API keys",
      labels: ["handoff"],
    });
    const b = gh.createIssue({
      owner: "acme",
      repo: "widgets",
      title: "Rotate API keys (again)",
      labels: ["handoff"],
    });
    const { run, reactions } = await comment("alice", `/consolidate #${a.number} #${b.number}`);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(reactions()).toEqual(["eyes", "rocket"]);
    const made = consolidated().find((i) => i.title.includes("Rotate the API keys"))!;
    expect(made.body).toContain(`key=hg-issues-${a.number}-${b.number}`);
    expect([a.state, a.stateReason, b.state, b.stateReason]).toEqual([
      "closed",
      "duplicate",
      "closed",
      "duplicate",
    ]);
    expect(gh.comments("acme", "widgets", a.number).at(-1)!.body).toContain(
      `Consolidated into #${made.number}`,
    );
  });

  it("without contents: write, skips the pull request and says which permission is missing", async () => {
    const noContents = gh.createToken({
      permissions: { issues: "write", pull_requests: "write", contents: "read", metadata: "read" },
    });
    origin.commit(
      { "_agents/_handoffs/handoff-api-healer-redeploy-russell-20260219.md": `${FILES[MEMBER]}\n` },
      "Re-issue",
    );
    const pullsBefore = gh.pulls("acme", "widgets").length;
    const payload = gh.addComment({
      owner: "acme",
      repo: "widgets",
      issueNumber: thread,
      body: "/consolidate",
      user: "alice",
    });
    const workspace = checkout(origin.dir, "main");
    workspaces.push(workspace);
    const run = await runAction({
      workspace,
      event: "issue_comment",
      payload,
      apiUrl: gh.url,
      token: noContents,
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(gh.pulls("acme", "widgets").length).toBe(pullsBefore);
    const reply = gh.comments("acme", "widgets", thread).at(-1)!.body;
    expect(reply).toContain("Pull request skipped: the token cannot write repository contents");
    expect(reply).toContain("contents: write");
    expect(run.annotations("notice").some((c) => /contents: write/.test(c.message))).toBe(true);
  });

  it("an invalid command gets a confused reaction and the usage", async () => {
    const { run, reactions } = await comment("alice", "/consolidate #12 notes.md");
    expect(run.code).toBe(0);
    expect(reactions()).toEqual(["eyes", "confused"]);
    expect(gh.comments("acme", "widgets", thread).at(-1)!.body).toContain("Usage:");
  });
});

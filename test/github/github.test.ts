// src/github/* against the loopback GitHub through a real Octokit.
import { Octokit } from "@octokit/rest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCommand } from "../../src/github/command.js";
import { applyConsolidation, branchFor, type ConsolidationTarget } from "../../src/github/consolidation.js";
import { HYGIENE_MARKER, HygieneWriteForbidden, syncHygieneIssue } from "../../src/github/hygiene-issue.js";
import { checkPermission } from "../../src/github/permission.js";
import {
  createRepo,
  type FakeGitHub,
  READ_ONLY_PERMISSIONS,
  startGitHub,
  type TestRepo,
} from "../harness/index.js";

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
let gh: FakeGitHub;
let origin: TestRepo;
let octokit: Octokit;
const repo = { owner: "acme", repo: "widgets" };

beforeAll(async () => {
  gh = await startGitHub();
  origin = createRepo({
    "handoffs/a.md": "---\nstatus: open\n---\n# Deploy the healer\n",
    "handoffs/b.md": "# Deploy the healer again\n\n**Status**: open\n",
  });
  await gh.addRepo("acme", "widgets", origin.dir);
  octokit = new Octokit({ baseUrl: gh.url, auth: gh.createToken(), log: quiet });
});

afterAll(async () => {
  await gh?.close();
  origin?.remove();
});

describe("parseCommand", () => {
  it("reads the first line only", () => {
    expect(parseCommand("/consolidate")).toEqual({ ok: true, command: { kind: "all", dryRun: false } });
    expect(parseCommand("/consolidate dry-run\nmore")).toEqual({
      ok: true,
      command: { kind: "all", dryRun: true },
    });
    expect(parseCommand("/consolidate a.md ./docs/b.md")).toEqual({
      ok: true,
      command: { kind: "paths", dryRun: false, paths: ["a.md", "docs/b.md"] },
    });
    expect(parseCommand("/consolidate #12 #15")).toEqual({
      ok: true,
      command: { kind: "issues", dryRun: false, issues: [12, 15] },
    });
    expect(parseCommand("please /consolidate")).toEqual({ ok: false, reason: "not-a-command" });
    expect(parseCommand("/consolidated")).toEqual({ ok: false, reason: "not-a-command" });
    expect(parseCommand(null)).toEqual({ ok: false, reason: "not-a-command" });
  });

  it("explains bad arguments", () => {
    const mixed = parseCommand("/consolidate #12 a.md");
    expect(mixed.ok).toBe(false);
    expect(!mixed.ok && mixed.reason === "invalid" && mixed.message).toContain("not both");
    const one = parseCommand("/consolidate a.md");
    expect(!one.ok && one.reason === "invalid" && one.message).toContain("at least two");
    const outside = parseCommand("/consolidate ../a.md b.md");
    expect(!outside.ok && outside.reason === "invalid" && outside.message).toContain("inside the repository");
  });

  it("never throws and stays bounded on huge comments", () => {
    const huge = `/consolidate ${"a.md ".repeat(400_000)}`;
    const started = Date.now();
    const parsed = parseCommand(huge);
    expect(Date.now() - started).toBeLessThan(500);
    expect(parsed.ok).toBe(false);
    expect(parseCommand(`hello\n${"/consolidate ".repeat(100_000)}`)).toEqual({
      ok: false,
      reason: "not-a-command",
    });
  });
});

describe("checkPermission", () => {
  it("compares the collaborator permission with the least level", async () => {
    for (const [user, role] of [
      ["ada", "admin"],
      ["max", "maintain"],
      ["wes", "write"],
      ["tia", "triage"],
      ["rey", "read"],
    ] as const) {
      gh.setPermission("acme", "widgets", user, role);
    }
    const allowed = async (login: string) =>
      (await checkPermission(octokit, repo, { login }, "write")).allowed;
    expect(await allowed("ada")).toBe(true);
    expect(await allowed("max")).toBe(true);
    expect(await allowed("wes")).toBe(true);
    expect(await allowed("tia")).toBe(false);
    expect(await allowed("rey")).toBe(false);
    expect((await checkPermission(octokit, repo, { login: "tia" }, "triage")).allowed).toBe(true);
    const refused = await checkPermission(octokit, repo, { login: "rey" }, "maintain");
    expect(!refused.allowed && refused.reason).toContain("needs at least `maintain`");
  });

  it("refuses bots without asking", async () => {
    const before = gh.requests.length;
    const bot = await checkPermission(octokit, repo, { login: "renovate[bot]", type: "Bot" }, "read");
    expect(bot.allowed).toBe(false);
    expect(gh.requests.length).toBe(before);
  });
});

describe("syncHygieneIssue", () => {
  const input = (body: string, clean = false) => ({
    label: "handoff-guard:hygiene",
    title: "Hygiene",
    body,
    clean,
  });

  it("two concurrent first runs leave one open issue", async () => {
    // 1 s is wide enough that a loaded CI machine still starts both searches before either create lands.
    const slow = gh.faults.add({ route: "POST /repos/{owner}/{repo}/issues", latencyMs: 1000 });
    const [a, b] = await Promise.all([
      syncHygieneIssue(octokit, repo, input("report 1")),
      syncHygieneIssue(octokit, repo, input("report 1")),
    ]);
    slow.remove();
    expect(gh.count("POST /repos/{owner}/{repo}/issues")).toBe(2);
    const open = gh
      .issues("acme", "widgets")
      .filter((i) => i.state === "open" && (i.body ?? "").includes(HYGIENE_MARKER));
    expect(open).toHaveLength(1);
    expect(a.issue?.number).toBe(open[0]!.number);
    expect(b.issue?.number).toBe(open[0]!.number);
  });

  it("a read-only token gets a HygieneWriteForbidden that says which permission", async () => {
    const readOnly = new Octokit({
      baseUrl: gh.url,
      auth: gh.createToken({ permissions: READ_ONLY_PERMISSIONS }),
      log: quiet,
    });
    const error = await syncHygieneIssue(readOnly, repo, input("report 2")).catch((e) => e);
    expect(error).toBeInstanceOf(HygieneWriteForbidden);
    expect(error.message).toContain("issues: write");
  });
});

describe("applyConsolidation", () => {
  const plan = (key: string): ConsolidationTarget => ({
    key,
    marker: `<!-- handoff-guard:consolidated key=${key} -->`,
    title: "Consolidated: Deploy the healer (replaces 2 handoffs)",
    body: `<!-- handoff-guard:consolidated key=${key} -->\nbody`,
    members: [{ path: "handoffs/a.md" }, { path: "handoffs/b.md" }],
    patches: [
      { path: "handoffs/a.md", patch: { status: "consolidated", consolidated_into: "x" } },
      { path: "handoffs/b.md", patch: { status: "consolidated", consolidated_into: "x" } },
    ],
  });
  const options = () => ({
    repo,
    baseBranch: "main",
    baseSha: origin.sha("main"),
    readFile: async (path: string) => origin.git("show", `main:${path}`),
    label: "handoff-guard:consolidated",
    issueLabel: "handoff",
    pullRequest: true,
  });

  it("two concurrent runs leave one consolidated issue and one pull request", async () => {
    // Slow issue creation so that both runs search, find nothing, and both create.
    // 1 s is wide enough that a loaded CI machine still starts both searches before either create lands.
    const slow = gh.faults.add({ route: "POST /repos/{owner}/{repo}/issues", latencyMs: 1000 });
    const creates = gh.count("POST /repos/{owner}/{repo}/issues");
    const [a, b] = await Promise.all([
      applyConsolidation(octokit, plan("hg-race"), options()),
      applyConsolidation(octokit, plan("hg-race"), options()),
    ]);
    slow.remove();
    expect(gh.count("POST /repos/{owner}/{repo}/issues") - creates).toBe(2);
    const marked = gh
      .issues("acme", "widgets")
      .filter(
        (i) => (i.body ?? "").includes("key=hg-race") && i.labels.includes("handoff-guard:consolidated"),
      );
    expect(marked).toHaveLength(1);
    expect(a.issue.number).toBe(marked[0]!.number);
    expect(b.issue.number).toBe(marked[0]!.number);
    const pulls = gh.pulls("acme", "widgets").filter((p) => p.headRef === branchFor("hg-race"));
    expect(pulls).toHaveLength(1);
    const a2 = origin.git("show", `${pulls[0]!.headSha}:handoffs/b.md`);
    expect(a2).toMatch(
      /^---\nstatus: consolidated\nconsolidated_into: https:\/\/github.com\/acme\/widgets\/issues\/\d+\n---\n/,
    );
  });

  it("skips the pull request with a clear note when the token cannot write contents", async () => {
    const noContents = new Octokit({
      baseUrl: gh.url,
      auth: gh.createToken({
        permissions: { issues: "write", pull_requests: "write", contents: "read", metadata: "read" },
      }),
      log: quiet,
    });
    const outcome = await applyConsolidation(noContents, plan("hg-nowrite"), options());
    expect(outcome.issue.created).toBe(true);
    expect(outcome.pullRequest).toBeNull();
    expect(outcome.notes.join(" ")).toContain("contents: write");
  });
});

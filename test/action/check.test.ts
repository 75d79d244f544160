// check mode, run as a runner runs it: `node dist/index.js` on real git checkouts.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createRepo,
  type FakeGitHub,
  READ_ONLY_PERMISSIONS,
  startGitHub,
  type TestRepo,
} from "../harness/index.js";
import { checkout, ensureBuilt, runAction } from "./runner.js";

const HANDOFF_PHANTOM = [
  "# Deploy the API healer",
  "",
  "**Status**: open",
  "",
  "Deploy `crewai-service/api_healer.py` to production and restart the service.",
  "",
].join("\n");

let gh: FakeGitHub;
let origin: TestRepo;
const workspaces: string[] = [];
const ws = (dir: string) => {
  workspaces.push(dir);
  return dir;
};

beforeAll(async () => {
  await ensureBuilt();
  gh = await startGitHub();
  origin = createRepo({
    "README.md": "# Widgets\n",
    "crewai-service/main.py": "print('hi')\n",
    "crewai-service/healer.py": "# healer\n",
    "handoffs/restart.md":
      "# Restart the healer\n\n**Status**: open\n\nRestart `crewai-service/healer.py` after deploys.\n",
  });
  await gh.addRepo("acme", "widgets", origin.dir);
});

afterAll(async () => {
  await gh?.close();
  origin?.remove();
  for (const dir of workspaces) rmSync(dir, { recursive: true, force: true });
});

describe("check mode on pull_request", { timeout: 60_000 }, () => {
  it("fails a PR adding a handoff with a phantom file, with an annotation on its line", async () => {
    origin.checkout("main");
    origin.branch("phantom");
    origin.commit({ "handoffs/deploy-healer.md": HANDOFF_PHANTOM }, "Add handoff");
    origin.checkout("main");
    const payload = await gh.openPullRequest({ owner: "acme", repo: "widgets", head: "phantom" });
    const workspace = ws(checkout(origin.dir, "phantom"));
    const token = gh.createToken();

    const run = await runAction({ workspace, event: "pull_request", payload, apiUrl: gh.url, token });

    expect(run.code, run.stdout + run.stderr).toBe(1);
    const errors = run.annotations("error");
    expect(errors).toHaveLength(1);
    expect(errors[0]!.props).toMatchObject({
      file: "handoffs/deploy-healer.md",
      line: "5",
      title: expect.stringMatching(/^HG101/),
    });
    expect(errors[0]!.message).toContain("crewai-service/api_healer.py");
    expect(run.outputs).toMatchObject({ errors: "1", warnings: "0", notices: "0" });
    const findingsFile = run.outputs["findings-file"] ?? "(no findings-file output)";
    const findings = JSON.parse(run.tempFiles[findingsFile] ?? "null");
    expect(findings.version).toBe(1);
    expect(findings.findings[0].rule).toBe("HG101");
    expect(run.summary).toContain("## handoff-guard");
    expect(run.summary).toContain("HG101");
    expect(run.summary).toContain("pull request #");
    // Only the PR's document was checked: the existing handoff is not reported.
    expect(run.stdout).not.toContain("handoffs/restart.md");
    // check mode makes no API writes.
    expect(gh.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("passes once the same PR commits the file", async () => {
    origin.checkout("phantom");
    origin.commit({ "crewai-service/api_healer.py": "# healer v2\n" }, "Add the healer");
    origin.checkout("main");
    const payload = await gh.synchronizePullRequest("acme", "widgets", 1);
    const workspace = ws(checkout(origin.dir, "phantom"));

    const run = await runAction({ workspace, event: "pull_request", payload, apiUrl: gh.url });

    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.annotations("error")).toEqual([]);
    expect(run.outputs).toMatchObject({ errors: "0", warnings: "0" });
    expect(run.summary).toContain("No findings");
  });

  it("fetches the base commit into a shallow clone and reports HG106 for a renamed file", async () => {
    origin.checkout("main");
    origin.branch("rename");
    origin.rename("crewai-service/healer.py", "crewai-service/self_healer.py");
    origin.checkout("main");
    const payload = await gh.openPullRequest({ owner: "acme", repo: "widgets", head: "rename" });
    const workspace = ws(checkout(origin.dir, "rename", { depth: 1 }));

    const run = await runAction({ workspace, event: "pull_request", payload, apiUrl: gh.url });

    expect(run.stdout).toMatch(/Fetched the base commit of pull request #\d+/);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    const [error] = run.annotations("error");
    expect(error!.props).toMatchObject({
      file: "handoffs/restart.md",
      line: "5",
      title: expect.stringMatching(/^HG106/),
    });
    expect(error!.message).toContain("crewai-service/self_healer.py");
  });

  it("checks the merge commit of a depth-1 checkout, as actions/checkout does by default", async () => {
    origin.checkout("main");
    origin.commit({ "docs/notes.md": "# Notes\n" }, "Main moves on");
    origin.branch("merge-case", "main~1");
    origin.commit({ "handoffs/merge-case.md": HANDOFF_PHANTOM }, "Handoff on a branch");
    origin.checkout("main");
    const payload = await gh.openPullRequest({ owner: "acme", repo: "widgets", head: "merge-case" });
    const number = (payload as { number: number }).number;
    // GitHub's refs/pull/N/merge: a merge of the head into the base.
    const tree = origin.git("merge-tree", "--write-tree", "main", "merge-case");
    const merge = origin.git("commit-tree", tree, "-p", "main", "-p", "merge-case", "-m", "Merge");
    origin.git("update-ref", `refs/pull/${number}/merge`, merge);
    const workspace = ws(checkout(origin.dir, `refs/pull/${number}/merge`, { depth: 1 }));

    const run = await runAction({ workspace, event: "pull_request", payload, apiUrl: gh.url });

    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.annotations("error").map((c) => c.props["file"])).toEqual(["handoffs/merge-case.md"]);
    expect(run.summary).toContain("Checked the 1 document change(s)");
  });

  it("explains which fetch-depth to set when the base commit cannot be fetched", async () => {
    const payload = await gh.openPullRequest({
      owner: "acme",
      repo: "widgets",
      head: "rename",
      title: "again",
    });
    const workspace = ws(checkout(origin.dir, "rename", { depth: 1 }));
    const pr = (payload as { pull_request: { base: { sha: string } } }).pull_request;
    pr.base.sha = "0123456789abcdef0123456789abcdef01234567";

    const run = await runAction({ workspace, event: "pull_request", payload, apiUrl: gh.url });

    expect(run.code).toBe(1);
    const [error] = run.annotations("error");
    expect(error!.message).toContain("fetch-depth: 0");
    expect(error!.message).toContain(
      "git fetch --no-tags --no-recurse-submodules --depth=1 origin 0123456789ab",
    );
  });

  it("reports a fork PR with a read-only token and skips writes with a notice", async () => {
    const fork = createRepo({});
    try {
      fork.git("fetch", "--quiet", origin.dir, "main:upstream");
      fork.git("checkout", "--quiet", "-B", "main", "upstream");
      fork.branch("fork-phantom");
      fork.commit({ "handoffs/fork.md": HANDOFF_PHANTOM }, "Fork handoff");
      await gh.addRepo("contributor", "widgets", fork.dir, { fork: true, defaultBranch: "main" });
      const payload = await gh.openPullRequest({
        owner: "acme",
        repo: "widgets",
        head: "fork-phantom",
        headRepo: "contributor/widgets",
      });
      const workspace = ws(checkout(fork.dir, "fork-phantom"));
      const before = gh.requests.length;
      const token = gh.createToken({ permissions: READ_ONLY_PERMISSIONS });

      const run = await runAction({ workspace, event: "pull_request", payload, apiUrl: gh.url, token });

      expect(run.code).toBe(1);
      expect(run.annotations("error")[0]!.props).toMatchObject({ file: "handoffs/fork.md", line: "5" });
      const notice = run.annotations("notice").find((c) => /read-only/.test(c.message));
      expect(notice, run.stdout).toBeDefined();
      expect(notice!.message).toContain("skips every write");
      expect(gh.requests.slice(before).filter((r) => r.method !== "GET")).toEqual([]);
    } finally {
      fork.remove();
    }
  });
});

describe("check mode: annotation limits", { timeout: 60_000 }, () => {
  it("annotates at most 10 errors, most severe first, and lists the rest in the job summary", async () => {
    origin.checkout("main");
    origin.branch("many");
    const lines = Array.from({ length: 13 }, (_, i) => `- Deploy \`crewai-service/missing_${i}.py\` now.`);
    origin.commit(
      { "handoffs/many.md": `# Many phantoms\n\n**Status**: open\n\n${lines.join("\n")}\n` },
      "Many",
    );
    origin.checkout("main");
    const payload = await gh.openPullRequest({ owner: "acme", repo: "widgets", head: "many" });
    const workspace = ws(checkout(origin.dir, "many"));

    const run = await runAction({ workspace, event: "pull_request", payload, apiUrl: gh.url });

    expect(run.code).toBe(1);
    expect(run.annotations("error")).toHaveLength(10);
    expect(run.outputs["errors"]).toBe("13");
    expect(run.summary).toContain("### Not annotated (3)");
    expect(run.summary).toContain("missing\\_12.py");
  });
});

describe("check mode: configuration and inputs", { timeout: 60_000 }, () => {
  it("fails with an annotation on the config line for a bad config", async () => {
    origin.checkout("main");
    origin.branch("bad-config");
    origin.commit({ ".github/handoff-guard.yml": "# config\nrules:\n  HG101: loud\n" }, "Bad config");
    origin.checkout("main");
    const payload = await gh.openPullRequest({ owner: "acme", repo: "widgets", head: "bad-config" });
    const workspace = ws(checkout(origin.dir, "bad-config"));

    const run = await runAction({ workspace, event: "pull_request", payload, apiUrl: gh.url });

    expect(run.code).toBe(1);
    const [error] = run.annotations("error");
    expect(error!.props).toMatchObject({ file: ".github/handoff-guard.yml", line: "3" });
    expect(error!.message).toMatch(/Allowed.*error, warning, notice, off/);
  });

  it("fails on a bad input naming the allowed values", async () => {
    const workspace = ws(checkout(origin.dir, "main"));
    const run = await runAction({
      workspace,
      event: "push",
      payload: {},
      inputs: { "fail-on": "sometimes" },
      env: { GITHUB_WORKFLOW_REF: "acme/widgets/.github/workflows/guard.yml@refs/heads/main" },
    });
    expect(run.code).toBe(1);
    const [error] = run.annotations("error");
    expect(error!.props["file"]).toBe(".github/workflows/guard.yml");
    expect(error!.message).toContain('Input "fail-on"');
    expect(error!.message).toContain("Allowed values: error, warning, notice, never");
  });

  it("with untracked: true, reports work an agent step left uncommitted", async () => {
    const workspace = ws(checkout(origin.dir, "main"));
    writeFileSync(join(workspace, "crewai-service/api_healer.py"), "print('never committed')\n");
    const run = await runAction({
      workspace,
      event: "push",
      payload: { before: "0".repeat(40), after: origin.sha("main") },
      inputs: { untracked: "true" },
    });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    const [error] = run.annotations("error");
    expect(error!.props).toMatchObject({
      file: "crewai-service/api_healer.py",
      title: expect.stringMatching(/^HG301/),
    });
  });

  it("checks every document on push, writes SARIF, and honours fail-on: never", async () => {
    const workspace = ws(checkout(origin.dir, "phantom"));
    const run = await runAction({
      workspace,
      event: "push",
      payload: { before: "0".repeat(40), after: origin.sha("phantom") },
      inputs: { "fail-on": "never", "sarif-file": "out/hg.sarif" },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(existsSync(`${workspace}/out/hg.sarif`)).toBe(true);
    const sarif = JSON.parse(readFileSync(`${workspace}/out/hg.sarif`, "utf8"));
    expect(sarif.version).toBe("2.1.0");
  });
});

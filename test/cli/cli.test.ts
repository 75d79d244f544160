// The CLI as a user meets it: the bundled dist/cli.js on real temporary git repositories.
import { afterAll, describe, expect, it } from "vitest";
import { cleanupAll, committedRepo, makeRepo, tempDir } from "../local/repo.js";
import { cli } from "./run-cli.js";

afterAll(cleanupAll);

const PHANTOM = "# Deploy\n\nDeploy `crewai-service/api_healer.py` to Render.\n";
const CLEAN = "# Deploy\n\nDeploy `crewai-service/main.py` to Render.\n";
const base = { "crewai-service/main.py": "app = 1\n" };

describe("exit status", () => {
  it("is 0 when clean, with a one-line summary", () => {
    const repo = committedRepo({ ...base, "_agents/_handoffs/a.md": CLEAN });
    const run = cli(["check", repo.dir], repo.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("No findings in 1 document");
  });

  it("is 1 when a finding reaches --fail-on, with file:line:col", () => {
    const repo = committedRepo({ ...base, "_agents/_handoffs/a.md": PHANTOM });
    const run = cli(["check"], repo.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/_agents\/_handoffs\/a\.md:3:\d+ +error/);
    expect(run.stdout).toContain("HG101");
  });

  it("honours --fail-on", () => {
    const repo = committedRepo({ ...base, "docs/a.md": PHANTOM });
    expect(cli(["check", "--no-untracked"], repo.dir).code).toBe(0);
    expect(cli(["check", "--fail-on", "warning"], repo.dir).code).toBe(1);
    expect(cli(["check", "--fail-on", "never"], repo.dir).code).toBe(0);
  });

  it("is 2 for usage errors, naming the allowed values", () => {
    const repo = committedRepo(base);
    const bad = cli(["check", "--format", "xml"], repo.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("text, json, sarif, markdown, github");
    expect(cli(["frobnicate"], repo.dir).code).toBe(2);
    expect(cli(["check", "--bogus"], repo.dir).code).toBe(2);
  });

  it("is 2 for a bad config, naming file, line and key", () => {
    const repo = committedRepo({ ...base, ".github/handoff-guard.yml": "rules:\n  HG101: loud\n" });
    const run = cli(["check"], repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(".github/handoff-guard.yml:2:");
    expect(run.stderr).toContain("rules.HG101");
  });

  it("is 2 outside a git repository, naming the folder", () => {
    const dir = tempDir("hg-not-a-repo-");
    const run = cli(["check", dir], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(dir);
  });
});

describe("formats", () => {
  it("prints the stable JSON contract", () => {
    const repo = committedRepo({ ...base, "_agents/_handoffs/a.md": PHANTOM });
    const result = JSON.parse(cli(["check", "--format", "json"], repo.dir).stdout);
    expect(Object.keys(result)).toEqual(["version", "root", "commit", "findings", "stats"]);
    expect(result.version).toBe(1);
    expect(result.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(Object.keys(result.findings[0])).toEqual([
      "rule",
      "name",
      "severity",
      "path",
      "line",
      "column",
      "target",
      "raw",
      "intent",
      "message",
      "suggestions",
      "related",
    ]);
    expect(result.findings[0]).toMatchObject({
      rule: "HG101",
      name: "phantom-reference",
      path: "_agents/_handoffs/a.md",
      line: 3,
      target: "crewai-service/api_healer.py",
      raw: "crewai-service/api_healer.py",
      intent: "exists",
    });
    expect(result.stats).toMatchObject({ documents: 1 });
  });

  it("writes SARIF 2.1.0 and GitHub workflow commands", () => {
    const repo = committedRepo({ ...base, "_agents/_handoffs/a.md": PHANTOM });
    const sarif = JSON.parse(cli(["check", "--format", "sarif"], repo.dir).stdout);
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: "HG101", level: "error" });
    const gh = cli(["check", "--format", "github"], repo.dir).stdout;
    expect(gh).toMatch(/^::error file=_agents\/_handoffs\/a\.md,line=3,col=\d+,title=HG101/m);
  });

  it("writes to --output instead of standard output", () => {
    const repo = committedRepo({ ...base, "_agents/_handoffs/a.md": PHANTOM });
    const run = cli(["check", "--format", "json", "--output", "report.json"], repo.dir);
    expect(run.stdout).toBe("");
    expect(cli(["check", "--format", "json", "--no-untracked"], repo.dir).code).toBe(1);
  });
});

describe("options", () => {
  it("--rule limits the rules", () => {
    const repo = committedRepo({ ...base, "_agents/_handoffs/a.md": PHANTOM });
    const result = JSON.parse(cli(["check", "--format", "json", "--rule", "HG104"], repo.dir).stdout);
    expect(result.findings).toEqual([]);
  });

  it("--no-untracked turns the working-tree checks off", () => {
    const repo = committedRepo({ ...base, "_agents/_handoffs/a.md": CLEAN });
    repo.write("src/new_feature.py", "x = 1\n");
    expect(cli(["check"], repo.dir).code).toBe(1);
    expect(cli(["check", "--no-untracked"], repo.dir).code).toBe(0);
  });

  it("--changed-since checks changed documents and handoffs broken by the change", () => {
    const repo = committedRepo({
      ...base,
      "crewai-service/healer.py": "x = 1\n",
      "_agents/_handoffs/old.md": "---\nstatus: open\n---\n# Old\n\nDeploy `crewai-service/healer.py`.\n",
      "docs/old-report.md": "# Old\n\nSee `crewai-service/long_gone.py`.\n",
    });
    const baseSha = repo.git("rev-parse", "HEAD").trim();
    repo.git("mv", "crewai-service/healer.py", "crewai-service/api_healer.py");
    repo.write("_agents/_handoffs/new.md", CLEAN);
    repo.commit("rename healer");
    const result = JSON.parse(
      cli(["check", "--format", "json", "--changed-since", baseSha, "--no-untracked"], repo.dir).stdout,
    );
    const rules = result.findings.map((f: { rule: string; path: string }) => `${f.rule} ${f.path}`);
    expect(rules).toEqual(["HG106 _agents/_handoffs/old.md"]);
    expect(result.findings[0].message).toContain("crewai-service/api_healer.py");
  });

  it("runs from a subfolder with repository-relative paths", () => {
    const repo = committedRepo({ ...base, "_agents/_handoffs/a.md": PHANTOM });
    const run = cli(["check", "--format", "json"], `${repo.dir}/crewai-service`);
    expect(JSON.parse(run.stdout).findings[0].path).toBe("_agents/_handoffs/a.md");
  });
});

describe("ignored paths", () => {
  it("are never phantoms: the repository says they stay local", () => {
    const doc = "# Report\n\nOpen `results/summary.json` and `logs/run-12.log` after the run.\n";
    const ignored = committedRepo({ ...base, ".gitignore": "results/\n*.log\n", "docs/report.md": doc });
    const quiet = JSON.parse(cli(["check", "--format", "json", "--no-untracked"], ignored.dir).stdout);
    expect(quiet.findings).toEqual([]);
    const plain = committedRepo({ ...base, "docs/report.md": doc });
    const loud = JSON.parse(cli(["check", "--format", "json", "--no-untracked"], plain.dir).stdout);
    expect(loud.findings.map((f: { target: string }) => f.target).sort()).toEqual([
      "logs/run-12.log",
      "results/summary.json",
    ]);
  });
});

describe("explain", () => {
  it("explains a rule with its fix and how to silence it", () => {
    const dir = tempDir();
    const run = cli(["explain", "hg101"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("HG101 phantom-reference");
    expect(run.stdout).toContain("handoff-guard-disable-next-line HG101");
    expect(cli(["explain", "HG999"], dir).code).toBe(2);
  });
});

describe("no commits yet", () => {
  it("checks against an empty tree without crashing", () => {
    const repo = makeRepo({ "_agents/_handoffs/a.md": PHANTOM });
    const run = cli(["check", "--format", "json", "--no-untracked"], repo.dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).commit).toBeNull();
  });
});

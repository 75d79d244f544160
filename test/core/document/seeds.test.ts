import { describe, expect, it } from "vitest";
import { seed } from "./corpus.js";
import { parse, refs } from "./helpers.js";

function lineOf(text: string, needle: string, nth = 0): number {
  const lines = text.split("\n");
  let seen = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.includes(needle) && seen++ === nth) return i + 1;
  throw new Error(`not found: ${needle}`);
}

describe("seed 002: the consolidated api_healer.py handoff", () => {
  const text = seed("002");
  const doc = parse(text, "_agents/_handoffs/handoff-api-healer.md");

  it("reads front matter and bold metadata (front matter wins)", () => {
    expect(doc.metadata).toMatchObject({
      status: "open",
      rawStatus: "open",
      id: "handoff-api-healer-consolidated-russell-20260220",
      assignee: "russell",
      priority: "critical",
      due: "2026-02-21",
      created: "2026-02-19",
      createdBy: "Claude Work Session",
    });
    expect(doc.problems).toEqual([]);
    expect(doc.frontMatterLines).toBe(7);
    expect(doc.title).toBe("CONSOLIDATED: Deploy api_healer.py (Replaces 5 Phantom Tasks)");
  });

  it("never calls api_healer.py a relied-on file: it is planned or known missing", () => {
    const mentions = refs(doc, "api_healer.py");
    expect(mentions.length).toBeGreaterThanOrEqual(8);
    for (const r of mentions)
      expect(["planned", "historical"], `${r.line}: ${r.intentReason}`).toContain(r.intent);
  });

  it("reads the key sentences the way a careful reader does", () => {
    const at = (needle: string) => refs(doc, "api_healer.py", lineOf(text, needle))[0];
    expect(at("Team operated under assumption")?.intent).toBe("historical");
    expect(at("Wait for Gemini to create")?.intent).toBe("planned");
    expect(at("Gemini creates api_healer.py")?.intent).toBe("planned");
    expect(at("Verify api_healer.py exists")?.intent).toBe("historical");
    const deploy = at("Deploy api_healer.py to Render");
    expect(deploy?.intent).toBe("planned");
    expect(deploy?.intentReason).toMatch(/same path is planned on line \d+/);
  });

  it("treats env values and placeholders as examples, routes and calls as nothing", () => {
    const env = refs(doc, "_agents/_logs/");
    expect(env).toHaveLength(1);
    expect(env[0]!.intent).toBe("example");
    for (const r of refs(doc, "_agents/_logs/api_healer_YYYYMMDD.json")) expect(r.intent).toBe("example");
    const paths = doc.references.map((r) => r.path);
    for (const never of [
      "/health/api",
      "health/api",
      "google.generativeai.list_models()",
      "404/NoneType",
      "Gemini/Abacus",
    ])
      expect(paths).not.toContain(never);
    expect(paths.some((p) => p.includes("gemini-"))).toBe(false);
  });

  it("reads a planned output file and the wikilinks", () => {
    expect(refs(doc, "_debug/api_healer_deployment_validation.md")[0]?.intent).toBe("planned");
    expect(doc.wikilinks).toEqual([
      "skill-render-deployment",
      "skill-cost-governance",
      "skill-telegram-alerts",
    ]);
    expect(refs(doc, "skill-render-deployment.md")[0]?.kind).toBe("wikilink");
  });

  it("collects the checklist with sections", () => {
    expect(doc.checklist.length).toBe(24);
    expect(doc.checklist[0]).toMatchObject({
      checked: false,
      text: "Verify api_healer.py exists in crewai-service/",
    });
    expect(doc.checklist[0]!.section).toBe("Pre-Deployment (Feb 20)");
  });
});

describe("seed 003: the post-run report with uncommitted work", () => {
  const text = seed("003");
  const doc = parse(text, "docs/ISSUES_AND_RECOMMENDATIONS.md");

  it("reads the files listed under 'Files Created' as created claims", () => {
    for (const p of [
      "src/backend/search/__init__.py",
      "src/backend/search/embedding_service.py",
      "src/backend/search/semantic_search.py",
      "src/backend/search/tests/__init__.py",
      "src/backend/search/tests/test_semantic_search.py",
    ]) {
      // The listing under 'Files Created'; the test file is also the script of a `pytest` line
      // further down (see below), a second mention.
      const fence = refs(doc, p).filter((r) => r.kind === "fence" && r.intent === "created");
      expect(fence, p).toHaveLength(1);
    }
    const docs = doc.references.filter((r) => r.kind === "fence" && r.path.startsWith("docs/"));
    expect(docs.length).toBe(12);
    for (const r of docs) expect(r.intent).toBe("created");
  });

  it("reads only the script a shell command runs, with its section's intent", () => {
    const onCommandLine = (pattern: RegExp) =>
      doc.references.filter((r) => pattern.test(text.split("\n")[r.line - 1]!));
    // `git add x`, `cat x`: arguments, not references.
    expect(onCommandLine(/^\s*(?:git|cat)\s/)).toEqual([]);
    // `pytest x.py` runs x.py; under "Untracked Implementation Files" it is reported, not relied on.
    const runs = onCommandLine(/^\s*pytest\s/);
    expect(runs.map((r) => [r.path, r.intent])).toEqual([
      ["src/backend/search/tests/test_semantic_search.py", "historical"],
    ]);
  });

  it("keeps the line anchor of a link and reads 'Updated' as a change claim", () => {
    const link = refs(doc, "../src/autopack/autonomous_executor.py")[0]!;
    expect(link.kind).toBe("link");
    expect(link.raw).toBe("../src/autopack/autonomous_executor.py#L4317-L4336");
    expect(link.range).toEqual({ start: 4317, end: 4336 });
    expect(link.intent).toBe("created");
  });

  it("reads '(to be created)' as planned and plain links as relied on", () => {
    expect(refs(doc, "BUILD-048_EXECUTOR_INSTANCE_MANAGEMENT.md")[0]?.intent).toBe("planned");
    for (const r of refs(doc, "DBG-009_MULTIPLE_EXECUTOR_INSTANCES.md")) expect(r.intent).toBe("exists");
  });

  it("reads the date and leaves a free-text status unnormalised", () => {
    expect(doc.metadata.created).toBe("2025-12-17");
    expect(doc.metadata.status).toBeUndefined();
    expect(doc.metadata.rawStatus).toMatch(/^All critical issues resolved/);
    expect(doc.problems).toEqual([]);
  });

  it("finds no path in identifiers, ids and ratios", () => {
    const paths = doc.references.map((r) => r.path);
    for (const never of ["fcntl/msvcrt", "ExecutorLockManager", "executor_instances", "0.43", "15/15"])
      expect(paths).not.toContain(never);
  });
});

describe("seed 004: the action plan", () => {
  const doc = parse(seed("004"), "docs/plans/ACTION_PLAN.md");
  it("finds the three reference links and the script the plan will run; identifiers are not paths", () => {
    expect(doc.references.map((r) => [r.path, r.intent])).toEqual([
      // `python -v run_long_task_impl.py 2>&1 | tee verbose_run.log`: a bare script name in a
      // command is never checked (in documentation it is most often the reader's own program);
      // the log the command writes is no mention at all.
      ["run_long_task_impl.py", "example"],
      ["../investigations/ANALYSIS_RUN_20260208_222827785.md", "exists"],
      ["../investigations/ROOT_CAUSE_ANALYSIS_CODE_GENERATION.md", "exists"],
      ["IMPROVEMENTS_CALLBACK_AND_VERIFICATION.md", "exists"],
    ]);
  });
  it("collects unchecked deliverables", () => {
    expect(doc.checklist.length).toBe(8);
    expect(doc.checklist.every((c) => !c.checked)).toBe(true);
  });
});

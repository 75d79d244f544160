// The README's first command: the bundled example repository checked by the bundled CLI prints the
// findings a careful reader would expect, and nothing else.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CheckResult } from "../../src/core/types.js";
import { cli } from "./run-cli.js";

const root = join(import.meta.dirname, "../..");
const repo = join(root, "examples/.build/repo");
const DEPLOY = "_agents/_handoffs/handoff-api-healer-deploy-russell-20260218.md";
const REPORT = "docs/ISSUES_AND_RECOMMENDATIONS.md";

let result: CheckResult;
let code: number | null;

beforeAll(() => {
  execFileSync(process.execPath, [join(root, "examples/build-example.mjs")], { stdio: "ignore" });
  const run = cli(["check", repo, "--format", "json"], root);
  code = run.code;
  result = JSON.parse(run.stdout);
});

describe("the example repository", () => {
  it("fails with exactly the expected findings", () => {
    expect(code).toBe(1);
    const got = result.findings
      .map((f) => `${f.rule} ${f.severity} ${f.path}:${f.line} ${f.target ?? ""}`)
      .sort();
    expect(got).toEqual(
      [
        `HG101 error ${DEPLOY}:16 crewai-service/api_healer.py`,
        `HG101 error ${DEPLOY}:17 scripts/deploy_render.sh`,
        `HG101 error ${DEPLOY}:24 api_healer.py`,
        `HG104 warning ${REPORT}:8 src/autopack/autonomous_executor.py`,
        `HG101 warning ${REPORT}:14 docs/DBG-009_MULTIPLE_EXECUTOR_INSTANCES.md`,
        // "All 40 tests pass: `pytest src/backend/search/tests/test_semantic_search.py`": the
        // report relies on a test file it never committed.
        `HG101 warning ${REPORT}:32 src/backend/search/tests/test_semantic_search.py`,
        `HG102 error ${REPORT}:22 src/backend/search/__init__.py`,
        `HG102 error ${REPORT}:23 src/backend/search/embedding_service.py`,
        `HG102 error ${REPORT}:24 src/backend/search/semantic_search.py`,
        `HG102 error ${REPORT}:25 src/backend/search/tests/__init__.py`,
        `HG102 error ${REPORT}:26 src/backend/search/tests/test_semantic_search.py`,
        "HG301 error src/backend/:1 src/backend/",
        "HG302 warning docs/DBG-009_MULTIPLE_EXECUTOR_INSTANCES.md:1 docs/DBG-009_MULTIPLE_EXECUTOR_INSTANCES.md",
        "HG303 notice build-046-validation.log:1 build-046-validation.log",
        "HG304 warning crewai-service/requirements.txt:1 crewai-service/requirements.txt",
      ].sort(),
    );
  });

  it("leaves the planning handoff alone: the file is planned and known to be missing there", () => {
    expect(result.findings.filter((f) => f.path.includes("create-gemini"))).toEqual([]);
  });

  it("says where the renamed deploy script went", () => {
    const f = result.findings.find((x) => x.target === "scripts/deploy_render.sh");
    expect(f?.suggestions.join(" ")).toMatch(/moved to scripts\/deploy\.sh in [0-9a-f]{7}/);
  });

  it("tells the report's reader that the claimed files exist only in one working tree", () => {
    const claims = result.findings.filter((f) => f.rule === "HG102");
    for (const f of claims) {
      expect(f.message).toContain("never committed");
      expect(f.suggestions[0]).toContain(`git add ${f.target}`);
    }
    const link = result.findings.find((f) => f.rule === "HG101" && f.path === REPORT);
    expect(link?.message).toContain("never committed");
  });

  it("suggests ignoring the stray log, and keeps .claude/ and ignored files silent", () => {
    const log = result.findings.find((f) => f.rule === "HG303");
    expect(log?.suggestions.join(" ")).toContain(".gitignore");
    expect(result.findings.some((f) => f.path.startsWith(".claude/") || f.path.includes("__pycache__"))).toBe(
      false,
    );
  });

  it("does not call a create task and a deploy task of the same file duplicates", () => {
    expect(result.findings.filter((f) => f.rule === "HG201")).toEqual([]);
  });
});

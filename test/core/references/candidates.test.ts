import { describe, expect, it } from "vitest";
import {
  codeCandidate,
  fenceCandidate,
  linkCandidate,
  proseCandidates,
} from "../../../src/core/references/candidates.js";

function prose(s: string) {
  return proseCandidates(s, 0, s.length).map((c) => ({
    raw: c.raw,
    path: c.cand.path,
    at: c.start,
    ex: c.example,
  }));
}

describe("prose candidates", () => {
  it("strips trailing punctuation, quotes, parentheses and possessives", () => {
    expect(prose(`Deploy "api.py", (b.py) and c.py. Then d.py's log; e.py!`).map((c) => c.path)).toEqual([
      "api.py",
      "b.py",
      "c.py",
      "d.py",
      "e.py",
    ]);
  });

  it("keeps exact offsets", () => {
    const s = "see **src/a.py** and `x` then (docs/b.md).";
    for (const c of prose(s)) expect(s.slice(c.at).startsWith(c.raw)).toBe(true);
  });

  it("unescapes Markdown escapes but keeps raw as written", () => {
    const [c] = prose("fix \\_\\_init\\_\\_.py now");
    expect(c).toMatchObject({ raw: "\\_\\_init\\_\\_.py", path: "__init__.py", at: 4 });
  });

  it("cuts glued English prefixes", () => {
    const [c] = prose("Post-api_healer.py validation");
    expect(c).toMatchObject({ raw: "api_healer.py", path: "api_healer.py", at: 5 });
    expect(prose("pre-commit.sh")[0]?.path).toBe("pre-commit.sh");
  });

  it("reads env assignments and flags as example values", () => {
    const [c] = prose("HEALER_LOG_PATH=_agents/_logs/");
    expect(c).toMatchObject({ path: "_agents/_logs/", ex: "environment variable value", at: 16 });
    expect(prose("HEALER_FALLBACK_MODELS=gemini-3-0-pro,gemini-2-0-flash")).toEqual([]);
    expect(prose("--log-file=replay.log")[0]?.ex).toBe("command-line flag value");
  });

  it("keeps line anchors in raw and drops timestamps", () => {
    expect(prose("at file.py:120, then")[0]).toMatchObject({ raw: "file.py:120", path: "file.py" });
    expect(prose("see retry.log:16:18:21 for")[0]).toMatchObject({ raw: "retry.log", path: "retry.log" });
  });

  it("ignores sentence ends, versions, ratios and dotted calls", () => {
    expect(
      prose("It works. Version v1.0 and 1.2.3 with 0.43 and Gemini/Abacus via os.path.join() and e.g. this"),
    ).toEqual([]);
  });
});

describe("files imported with @ (agent memory files)", () => {
  it("reads `@path` with a file extension as that path, at the character after the @", () => {
    expect(prose("Follow @docs/setup.md and @AGENTS.md.")).toEqual([
      { raw: "docs/setup.md", path: "docs/setup.md", at: 8, ex: undefined },
      { raw: "AGENTS.md", path: "AGENTS.md", at: 27, ex: undefined },
    ]);
    expect(codeCandidate("@src/app.ts", 4)).toMatchObject({ raw: "src/app.ts", start: 5 });
  });

  it("leaves packages, decorators and addresses alone", () => {
    expect(prose("Install @octokit/rest and @types/node, use @app.route, mail ops@acme.io.")).toEqual([]);
    expect(codeCandidate("@pytest.fixture", 0)).toBeNull();
    expect(codeCandidate("@scope/pkg@1.2.0", 0)).toBeNull();
    expect(codeCandidate("@npm/web-framework-1.0.0.tgz", 0)).toBeNull();
  });
});

describe("link candidates", () => {
  it("reads a web address written without its scheme as a URL, not a path", () => {
    expect(linkCandidate("npm.im/npm-package-arg", 0)).toBeNull();
    expect(linkCandidate("docs.github.com/en/actions", 0)).toBeNull();
    expect(codeCandidate("npm.im/pacote", 0)).toBeNull();
    // near-misses: files and folders whose names end like a domain
    expect(linkCandidate("scripts/deploy.sh", 0)?.cand.path).toBe("scripts/deploy.sh");
    expect(linkCandidate("src/render.com/x.py", 0)?.cand.path).toBe("src/render.com/x.py");
    expect(linkCandidate("guide.md", 0)?.cand.path).toBe("guide.md");
  });
});

describe("code span candidates", () => {
  it("takes the whole span when it is a path", () => {
    expect(codeCandidate("src/a.py", 5)).toMatchObject({ raw: "src/a.py", start: 5 });
    expect(codeCandidate("status", 0)).toBeNull();
    expect(codeCandidate("_get_blocker_callbacks()", 0)).toBeNull();
    expect(codeCandidate("len(coordinator.callbacks)", 0)).toBeNull();
  });
});

describe("fenced path lines", () => {
  const f = (line: string) => fenceCandidate(line, 0);
  it("reads a line that is only a path, with an optional comment", () => {
    expect(f("src/backend/search/__init__.py")?.cand.path).toBe("src/backend/search/__init__.py");
    expect(f("backend/  # May be duplicate")?.cand.path).toBe("backend/");
    expect(f("docs/X.md (this file)")?.cand.path).toBe("docs/X.md");
    expect(f("reset_phases.py  - utility script")?.cand.path).toBe("reset_phases.py");
    expect(f("│   ├── retry.py        # new")).toMatchObject({ raw: "retry.py", start: 8 });
    expect(f("└── api/")?.cand.path).toBe("api/");
  });

  it("reads git status prefixes as claims", () => {
    expect(f("?? src/new.py")).toMatchObject({ status: "created", raw: "src/new.py" });
    expect(f(" M src/changed.py")).toMatchObject({ status: "created" });
    expect(f(" D src/gone.py")).toMatchObject({ status: "removed" });
    expect(f("deleted:    src/gone.py")).toMatchObject({ status: "removed" });
  });

  it("never reads command or code lines", () => {
    for (const line of [
      "cat src/backend/search/embedding_service.py",
      "git add src/backend/search/",
      "pytest tests/test_a.py",
      'path = "src/a.py"',
      "import os.path",
      "# Add verbose flag to run_long_task_impl.py",
      "d1df39: fileorg-phase2-beta-release (BUILD-046 validation)",
      "self.filesystem.record_event(",
    ])
      expect(f(line), line).toBeNull();
  });
});

import fc from "fast-check";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_ARTIFACTS,
  DEFAULT_DOCUMENTATION,
  DEFAULT_IMPLEMENTATION,
  DEFAULT_UNTRACKED_IGNORE,
} from "../../src/core/config/schema.js";
import { globTest, untrackedClassifier } from "../../src/core/untracked/classify.js";
import { ignorePatternFor } from "../../src/core/untracked/plan.js";
import { gitignoreEscape, quotePath, shellQuote } from "../../src/core/untracked/shell.js";
import { config } from "./rules-ctx.js";

const ALL_GLOBS = [
  ...DEFAULT_ARTIFACTS,
  ...DEFAULT_DOCUMENTATION,
  ...DEFAULT_IMPLEMENTATION,
  ...DEFAULT_UNTRACKED_IGNORE,
];

// Segments drawn from names the default globs care about, plus noise, so matches are common.
const segment = fc.oneof(
  fc.constantFrom(
    "src",
    "docs",
    "coverage",
    ".claude",
    "node_modules",
    "venv",
    "env",
    "tests",
    "adr",
    "lib",
    "a b",
    "ü",
  ),
  fc.constantFrom(
    "x.py",
    "y.md",
    "z.log",
    "core.123",
    ".DS_Store",
    "pyvenv.cfg",
    "Dockerfile",
    "q.sqlite-journal",
  ),
  fc.stringMatching(/^[a-zA-Z0-9_.-]{1,8}$/).filter((s) => s !== "." && s !== ".."),
);
const repoPath = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join("/"));

describe("glob matching", () => {
  it("the fast matchers agree with picomatch (dot: true) on every default glob", () => {
    const reference = ALL_GLOBS.map((glob) => ({ glob, match: picomatch(glob, { dot: true }) }));
    const disagree: string[] = [];
    for (const path of fc.sample(repoPath, { numRuns: 2000, seed: 7 })) {
      const base = path.slice(path.lastIndexOf("/") + 1);
      for (const { glob, match } of reference) {
        if (globTest(glob)(path, base) !== match(path)) disagree.push(`${glob} on ${path}`);
      }
    }
    expect(disagree).toEqual([]);
  });

  it("classification agrees with a plain picomatch reference", () => {
    const cfg = config().untracked;
    const classifier = untrackedClassifier(cfg);
    const is = (globs: readonly string[], p: string) =>
      picomatch.isMatch(p, globs as string[], { dot: true });
    fc.assert(
      fc.property(repoPath, (path) => {
        const expected =
          /(^|\/)(\.git|node_modules)(\/|$)/.test(path) || is(DEFAULT_UNTRACKED_IGNORE, path)
            ? "ignored"
            : is(cfg.artifacts, path)
              ? "artifact"
              : is(cfg.documentation, path)
                ? "documentation"
                : is(cfg.implementation, path)
                  ? "implementation"
                  : "documentation";
        expect(classifier.classify(path).class).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });
});

describe("classification", () => {
  const classifier = untrackedClassifier(config().untracked);
  const cases: [string, string][] = [
    ["src/backend/search/semantic_search.py", "implementation"],
    ["src/README.md", "documentation"],
    ["src/debug.log", "artifact"],
    ["docs/conf.py", "documentation"],
    ["Dockerfile", "implementation"],
    ["data/export.csv", "documentation"],
    ["scripts/deploy", "documentation"],
    ["coverage/lcov.info", "artifact"],
    ["pkg/__pycache__/m.cpython-312.pyc", "artifact"],
    [".claude/settings.json", "ignored"],
    ["web/node_modules/x/index.js", "ignored"],
    ["a/.git/config", "ignored"],
    [".venv/bin/python", "ignored"],
  ];
  for (const [path, expected] of cases) {
    it(`${path} → ${expected}`, () => expect(classifier.classify(path).class).toBe(expected));
  }

  it("explains with the narrowed glob", () => {
    expect(classifier.explain(classifier.classify("a/b.log"), "a/b.log")).toBe(
      "matches `**/*.log` in untracked.artifacts",
    );
    expect(classifier.explain(classifier.classify("src/x.txt"), "src/x.txt")).toBe(
      "matches `**/*.txt` in untracked.documentation",
    );
    expect(classifier.explain(classifier.classify("data.csv"), "data.csv")).toMatch(
      /matches no untracked pattern/,
    );
  });

  it("config lists replace the defaults; untracked.ignore adds to the built-in folders", () => {
    const custom = untrackedClassifier(
      config({
        untracked: { implementation: ["**/*.ts"], documentation: [], artifacts: [], ignore: ["tmp/**"] },
      }).untracked,
    );
    expect(custom.classify("a.ts").class).toBe("implementation");
    expect(custom.classify("a.py").class).toBe("documentation");
    expect(custom.classify("tmp/a.ts").class).toBe("ignored");
    expect(custom.classify(".cursor/a.ts").class).toBe("ignored");
  });
});

describe(".gitignore patterns", () => {
  const isArtifact = untrackedClassifier(config().untracked).isArtifact;
  it("uses the most general pattern the config justifies", () => {
    expect(ignorePatternFor("logs/run.log", isArtifact)).toBe("*.log");
    expect(ignorePatternFor("web/coverage/lcov.info", isArtifact)).toBe("coverage/");
    expect(ignorePatternFor("a/.DS_Store", isArtifact)).toBe(".DS_Store");
    expect(ignorePatternFor("core.4321", isArtifact)).toBe("core.4321");
    expect(ignorePatternFor("weird[1]", () => false)).toBe("/weird\\[1\\]");
  });

  it("escapes glob characters, leading # and !, trailing spaces", () => {
    expect(gitignoreEscape("a*b?[c]\\d")).toBe("a\\*b\\?\\[c\\]\\\\d");
    expect(gitignoreEscape("#x")).toBe("\\#x");
    expect(gitignoreEscape("!x")).toBe("\\!x");
    expect(gitignoreEscape("x  ")).toBe("x\\ \\ ");
  });
});

describe("shell quoting", () => {
  it("quotes for a POSIX shell, with $'...' only for control characters", () => {
    expect(shellQuote("plain.py")).toBe("plain.py");
    expect(shellQuote("-rf")).toBe("'-rf'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(quotePath("a b")).toBe("'a b'");
    expect(quotePath("new\nline")).toBe("$'new\\nline'");
    expect(quotePath("q'\t")).toBe("$'q\\'\\t'");
  });
});

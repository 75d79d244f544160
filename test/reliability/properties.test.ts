// Property-based tests over the parsers that read user text: documents (extraction, intent, front
// matter), config, the /consolidate command, and the renderers. Seeds are fixed so a failure
// reproduces; run counts are chosen to keep this file under a few seconds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { ConfigError, parseConfig } from "../../src/core/config/load.js";
import { defaultConfig } from "../../src/core/config/schema.js";
import { parseDocument } from "../../src/core/document/parse.js";
import { check } from "../../src/core/engine.js";
import {
  escapeData,
  escapeProperty,
  FORMATS,
  render,
  renderGithub,
  sanitizeForTerminal,
  sortFindings,
} from "../../src/core/render/index.js";
import { memorySnapshot } from "../../src/core/snapshot/memory.js";
import type { CheckResult, Finding, RuleId } from "../../src/core/types.js";
import { MAX_COMMAND_LINE, parseCommand } from "../../src/github/command.js";
import { fixtureCorpus, frontMatter, markdownish, mutated } from "./corpus.js";
import { checkFinding, checkParsed } from "./invariants.js";

const SEED = 20260806;
const corpus = fixtureCorpus();

const documents = fc.oneof(
  markdownish,
  fc.tuple(frontMatter, markdownish).map(([fm, body]) => fm + body),
  mutated(corpus),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
);

describe("parseDocument (extraction, intent, front matter)", () => {
  it("has a corpus", () => {
    expect(corpus.length).toBeGreaterThan(100);
  });

  it("never throws, never crashes internally, and keeps every position inside the document", () => {
    fc.assert(
      fc.property(
        documents,
        fc.constantFrom("handoff", "document") as fc.Arbitrary<"handoff" | "document">,
        (text, cls) => {
          const doc = parseDocument("_agents/_handoffs/x.md", text, cls);
          checkParsed(text, doc);
        },
      ),
      { numRuns: 700, seed: SEED },
    );
  });

  it("parses every fixture as it is, with positions inside", () => {
    for (const file of corpus) checkParsed(file.text, parseDocument(file.name, file.text, "handoff"));
  });

  it("is deterministic: the same text parses to the same result", () => {
    fc.assert(
      fc.property(documents, (text) => {
        expect(parseDocument("d.md", text, "handoff")).toEqual(parseDocument("d.md", text, "handoff"));
      }),
      { numRuns: 200, seed: SEED },
    );
  });

  it("front matter: whatever the YAML, known keys are typed and problems point inside the block", () => {
    fc.assert(
      fc.property(frontMatter, markdownish, (fm, body) => {
        const text = `${fm}${body}`;
        const doc = parseDocument("h.md", text, "handoff");
        checkParsed(text, doc);
        const m = doc.metadata;
        for (const key of [
          "id",
          "assignee",
          "due",
          "created",
          "createdBy",
          "consolidatedInto",
          "rawStatus",
        ] as const)
          if (m[key] !== undefined) expect(typeof m[key]).toBe("string");
        if (m.due !== undefined) expect(m.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Array.isArray(m.ignoreRules)).toBe(true);
        if (doc.frontMatterLines > 0)
          for (const p of doc.problems) expect(p.line).toBeLessThanOrEqual(Math.max(doc.frontMatterLines, 1));
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  it("the engine's findings point inside their documents", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(documents, { minLength: 1, maxLength: 3 }), async (texts) => {
        const files: Record<string, string> = { "src/a.py": "x\ny\n", "README.md": "# r\n" };
        texts.forEach((t, i) => {
          files[`_agents/_handoffs/h${i}.md`] = t;
        });
        const result = await check(memorySnapshot(files), defaultConfig());
        for (const f of result.findings) {
          const text = files[f.path];
          if (text !== undefined) checkFinding(text, f);
        }
      }),
      { numRuns: 60, seed: SEED },
    );
  });
});

describe("parseConfig", () => {
  const yamlish = fc.oneof(
    fc.anything().map((v) => stringify(v) ?? ""),
    fc
      .record(
        {
          handoffs: fc.array(fc.string()),
          documents: fc.oneof(fc.array(fc.string()), fc.string()),
          exclude: fc.array(fc.constantFrom("**/x/**", "[", "{a,b", "!(a)", "***")),
          ignore: fc.array(fc.constantFrom("/a(/", "/^x/", "/.*/gi", "legacy/**", "//", "/(/", "")),
          rules: fc.dictionary(
            fc.constantFrom("HG101", "HG999", "hg101", "HG201"),
            fc.constantFrom("error", "off", "loud", 3),
          ),
          untracked: fc.record(
            { enabled: fc.oneof(fc.boolean(), fc.string()), groupThreshold: fc.integer() },
            { requiredKeys: [] },
          ),
          extra: fc.anything(),
        },
        { requiredKeys: [] },
      )
      .map((v) => stringify(v) ?? ""),
    fc.string({ unit: "grapheme", maxLength: 200 }),
    fc.constantFrom("a: &x [*x]", "a: *b", "- - - ", "rules: {", "\t: x", "? [a]\n: b", "%YAML 9.9\n---\n"),
  );

  it("returns a Config or throws a ConfigError that points inside the file; nothing else", () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        try {
          const config = parseConfig(text, ".github/handoff-guard.yml");
          expect(Array.isArray(config.handoffs)).toBe(true);
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error;
          const lines = text.split(/\r\n|\r|\n/);
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.line).toBeLessThanOrEqual(lines.length + 1);
          expect(error.column).toBeGreaterThanOrEqual(1);
          expect(error.message.startsWith(".github/handoff-guard.yml:")).toBe(true);
        }
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});

describe("parseCommand (/consolidate)", () => {
  const args = fc.array(
    fc.oneof(
      fc.constantFrom(
        "dry-run",
        "#12",
        "#0",
        "#-1",
        "#99999999999",
        "a.md",
        "../x.md",
        "/etc/passwd",
        "`b.md`",
        "./c.md",
        "#",
        "##1",
      ),
      fc.string({ maxLength: 20 }),
    ),
    { maxLength: 60 },
  );
  const bodies = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 200 }),
    fc
      .tuple(
        fc.constantFrom(
          "/consolidate",
          "/CONSOLIDATE",
          "\uFEFF/consolidate",
          " /consolidate",
          "/consolidated",
        ),
        args,
        fc.constantFrom("", "\n", "\r\nmore", "\n/consolidate #1 #2"),
      )
      .map(([c, a, tail]) => `${c} ${a.join(" ")}${tail}`),
    fc.nat({ max: 70_000 }).map((n) => `/consolidate ${"a".repeat(n)}`),
  );

  it("never throws; a command never names a path outside the repository", () => {
    fc.assert(
      fc.property(fc.oneof(bodies, fc.anything()), (body) => {
        const parsed = parseCommand(body);
        if (!parsed.ok) {
          if (parsed.reason === "invalid") expect(parsed.message.startsWith("/consolidate:")).toBe(true);
          return;
        }
        expect(typeof body).toBe("string");
        const firstLine = (body as string).split(/\r?\n/)[0]!;
        expect(firstLine.length).toBeLessThanOrEqual(MAX_COMMAND_LINE + 1);
        const c = parsed.command;
        if (c.kind === "paths") {
          expect(c.paths.length).toBeGreaterThanOrEqual(2);
          for (const p of c.paths) {
            expect(p.split("/")).not.toContain("..");
            expect(p.startsWith("/")).toBe(false);
            expect(p).not.toMatch(/\s/);
          }
        }
        if (c.kind === "issues") {
          for (const n of c.issues) expect(Number.isSafeInteger(n) && n >= 0).toBe(true);
          expect(new Set(c.issues).size).toBe(c.issues.length);
        }
      }),
      { numRuns: 2000, seed: SEED },
    );
  });
});

describe("renderers", () => {
  const RULES: RuleId[] = ["HG101", "HG102", "HG104", "HG105", "HG201", "HG301", "HG401"];
  const hostile = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.constantFrom(
      "::error::x",
      "\n::warning file=a::pwn",
      "%0A",
      "a\r\nb",
      "\u001b[2J",
      "@admin",
      "|",
      "</details>",
      "```",
      "\u202e",
    ),
  );
  const finding: fc.Arbitrary<Finding> = fc.record({
    rule: fc.constantFrom(...RULES),
    name: fc.constantFrom("phantom-reference", "x"),
    severity: fc.constantFrom("error", "warning", "notice"),
    path: fc.oneof(fc.constantFrom("a.md", "docs/b.md", "d/ü.md"), hostile),
    line: fc.nat({ max: 50 }),
    column: fc.nat({ max: 50 }),
    target: fc.option(hostile, { nil: null }),
    raw: fc.option(hostile, { nil: null }),
    intent: fc.constantFrom("exists", "created", null),
    message: hostile,
    suggestions: fc.array(hostile, { maxLength: 2 }),
    related: fc.array(fc.constantFrom("x.md", "y.md"), { maxLength: 2 }),
  }) as fc.Arbitrary<Finding>;
  const resultOf = (findings: Finding[]): CheckResult => ({
    version: 1,
    root: "repo",
    commit: "abc",
    findings,
    stats: { documents: 3, references: 9, durationMs: 0, skipped: [] },
  });
  const options = { toolVersion: "1.0.0", markdown: { linkTo: (p: string, l: number) => `u/${p}#L${l}` } };

  it("are deterministic: same output twice and whatever the order of findings", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 12 }), fc.nat(), (findings, seed) => {
        const result = resultOf(findings);
        const before = JSON.stringify(result);
        const shuffled = [...findings];
        let s = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) >>> 0;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        for (const format of FORMATS) {
          const once = render(result, format, options);
          expect(render(result, format, options)).toBe(once);
          expect(render(resultOf(shuffled), format, options)).toBe(once);
        }
        expect(JSON.stringify(result)).toBe(before); // rendering does not modify its input
      }),
      { numRuns: 120, seed: SEED },
    );
  });

  it("are idempotent where they transform text: sorting, terminal sanitising, JSON round trip", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 12 }), (findings) => {
        const sorted = sortFindings(findings);
        expect(sortFindings(sorted)).toEqual(sorted);
        for (const f of findings) {
          const once = sanitizeForTerminal(f.message);
          expect(sanitizeForTerminal(once)).toBe(once);
        }
        const json = render(resultOf(findings), "json");
        expect(JSON.stringify(JSON.parse(json), null, 2)).toBe(json.trimEnd());
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it("workflow commands: one line per finding, user text cannot start another command", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 8 }), (findings) => {
        const out = renderGithub(resultOf(findings));
        const lines = out.split("\n").filter((l) => l !== "");
        expect(lines).toHaveLength(findings.length);
        for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=/);
        for (const f of findings) {
          expect(escapeData(f.message)).not.toMatch(/[\r\n]/);
          expect(escapeProperty(f.path)).not.toMatch(/[\r\n:,]/);
        }
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it("text output has no terminal control characters from documents when colour is off", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 8 }), (findings) => {
        const out = render(resultOf(findings), "text", { color: false });
        expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/);
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});

import { describe, expect, it, vi } from "vitest";
import { FINGERPRINT_KEY, pathToUri, renderSarif, toSarif } from "../../../src/core/render/sarif.js";
import { finding, sampleResult } from "./fixtures.js";
import { sarifProblems } from "./sarif-shape.js";

vi.mock("../../../src/core/rules/index.js", async () => (await import("./fixtures.js")).fakeRegistry());

const options = { toolVersion: "1.2.3" };

describe("renderSarif", () => {
  it("writes SARIF 2.1.0", () => {
    const two = sampleResult([
      finding(),
      finding({
        rule: "HG201",
        name: "duplicate-handoffs",
        severity: "warning",
        line: 1,
        column: 1,
        target: null,
        raw: null,
        intent: null,
        message: "Same work as handoffs/healer.md.",
        suggestions: [],
        related: ["handoffs/healer.md"],
      }),
    ]);
    expect(JSON.parse(renderSarif(two, options))).toMatchInlineSnapshot(`
      {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "runs": [
          {
            "columnKind": "utf16CodeUnits",
            "properties": {
              "commit": "0123456789abcdef0123456789abcdef01234567",
            },
            "results": [
              {
                "level": "error",
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "_agents/_handoffs/deploy.md",
                        "uriBaseId": "%SRCROOT%",
                      },
                      "region": {
                        "startColumn": 5,
                        "startLine": 12,
                      },
                    },
                  },
                ],
                "message": {
                  "text": "\`api_healer.py\` does not exist at this commit.

      did you mean src/healer/api_healer.py?",
                },
                "partialFingerprints": {
                  "handoffGuard/v1": "6a94bb65bfdb73f5:1",
                },
                "properties": {
                  "intent": "exists",
                  "raw": "api_healer.py",
                  "suggestions": [
                    "did you mean src/healer/api_healer.py?",
                  ],
                  "target": "api_healer.py",
                },
                "ruleId": "HG101",
                "ruleIndex": 0,
              },
              {
                "level": "warning",
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "_agents/_handoffs/deploy.md",
                        "uriBaseId": "%SRCROOT%",
                      },
                      "region": {
                        "startColumn": 1,
                        "startLine": 1,
                      },
                    },
                  },
                ],
                "message": {
                  "text": "Same work as handoffs/healer.md.",
                },
                "partialFingerprints": {
                  "handoffGuard/v1": "f6d3ce8e94d15fe0:1",
                },
                "relatedLocations": [
                  {
                    "id": 1,
                    "message": {
                      "text": "handoffs/healer.md",
                    },
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "handoffs/healer.md",
                        "uriBaseId": "%SRCROOT%",
                      },
                    },
                  },
                ],
                "ruleId": "HG201",
                "ruleIndex": 1,
              },
            ],
            "tool": {
              "driver": {
                "informationUri": "https://github.com/handoff-guard/handoff-guard",
                "name": "handoff-guard",
                "rules": [
                  {
                    "defaultConfiguration": {
                      "level": "error",
                    },
                    "fullDescription": {
                      "text": "Someone will act on this file. It was never committed.",
                    },
                    "help": {
                      "markdown": "Commit the file, fix the path, or mark it as planned.

      [HG101 phantom-reference](https://example.test/docs/rules/HG101-phantom-reference.md)",
                      "text": "Commit the file, fix the path, or mark it as planned.

      https://example.test/docs/rules/HG101-phantom-reference.md",
                    },
                    "helpUri": "https://example.test/docs/rules/HG101-phantom-reference.md",
                    "id": "HG101",
                    "name": "phantom-reference",
                    "properties": {
                      "tags": [
                        "handoff-guard",
                        "documentation",
                      ],
                    },
                    "shortDescription": {
                      "text": "A document relies on a file that is not in the repository.",
                    },
                  },
                  {
                    "defaultConfiguration": {
                      "level": "warning",
                    },
                    "fullDescription": {
                      "text": "Duplicated handoffs split the work and the truth.",
                    },
                    "help": {
                      "markdown": "Comment \`/consolidate\` to fold them into one issue.

      [HG201 duplicate-handoffs](https://example.test/docs/rules/HG201-duplicate-handoffs.md)",
                      "text": "Comment \`/consolidate\` to fold them into one issue.

      https://example.test/docs/rules/HG201-duplicate-handoffs.md",
                    },
                    "helpUri": "https://example.test/docs/rules/HG201-duplicate-handoffs.md",
                    "id": "HG201",
                    "name": "duplicate-handoffs",
                    "properties": {
                      "tags": [
                        "handoff-guard",
                        "documentation",
                      ],
                    },
                    "shortDescription": {
                      "text": "Two or more open handoffs describe the same work.",
                    },
                  },
                ],
                "version": "1.2.3",
              },
            },
          },
        ],
        "version": "2.1.0",
      }
    `);
  });

  it("passes the essential checks of the SARIF 2.1.0 schema", () => {
    const log = JSON.parse(renderSarif(sampleResult(), options));
    expect(sarifProblems(log)).toEqual([]);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe("handoff-guard");
    expect(run.tool.driver.version).toBe("1.2.3");
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(["HG101", "HG201", "HG303"]);
    expect(run.results.map((r: { level: string }) => r.level)).toEqual([
      "error",
      "warning",
      "warning",
      "note",
    ]);
  });

  it("the schema checks catch what they are meant to catch", () => {
    const log = toSarif(sampleResult(), options);
    log.runs[0].results[0].ruleIndex = 2;
    log.runs[0].results[1].level = "fatal";
    log.runs[0].results[2].locations[0].physicalLocation.region.startLine = 0;
    log.runs[0].tool.driver.rules[0].extra = true;
    delete log.runs[0].results[3].message;
    expect(sarifProblems(log)).toEqual([
      "$.runs[0].tool.driver.rules[0]: unknown property extra",
      "$.runs[0].results[0].ruleIndex: does not point at the rule named by ruleId",
      "$.runs[0].results[1].level: bad enum",
      "$.runs[0].results[2].locations[0].physicalLocation.region.startLine: expected integer >= 1",
      "$.runs[0].results[3]: missing required message",
      "$.runs[0].results[3].message: expected message object",
    ]);
  });

  it("falls back to the finding's name for a rule not in the registry", () => {
    const log = toSarif(sampleResult(), options);
    const hg303 = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === "HG303");
    expect(hg303).toMatchObject({
      id: "HG303",
      name: "untracked-artifact",
      shortDescription: { text: "untracked-artifact" },
      helpUri: "https://example.test/docs/rules/HG303-untracked-artifact.md",
      defaultConfiguration: { level: "note" },
    });
  });

  it("fingerprints survive line moves but not a change of target", () => {
    const fp = (f: ReturnType<typeof finding>) =>
      toSarif(sampleResult([f]), options).runs[0].results[0].partialFingerprints[FINGERPRINT_KEY];
    const base = fp(finding());
    expect(base).toMatch(/^[0-9a-f]{16}:1$/);
    expect(fp(finding({ line: 40, column: 9, message: "reworded" }))).toBe(base);
    expect(fp(finding({ target: "other.py", raw: "other.py" }))).not.toBe(base);
    expect(fp(finding({ path: "docs/other.md" }))).not.toBe(base);
    expect(fp(finding({ rule: "HG102", name: "uncommitted-claim" }))).not.toBe(base);
  });

  it("numbers identical mentions in one document in document order", () => {
    const log = toSarif(sampleResult([finding({ line: 30 }), finding({ line: 10 })]), options);
    const prints = log.runs[0].results.map(
      (r: {
        partialFingerprints: Record<string, string>;
        locations: { physicalLocation: { region: { startLine: number } } }[];
      }) => [
        r.locations[0]!.physicalLocation.region.startLine,
        r.partialFingerprints[FINGERPRINT_KEY]!.split(":")[1],
      ],
    );
    expect(prints).toEqual([
      [10, "1"],
      [30, "2"],
    ]);
  });

  it("encodes paths as relative URIs and omits regions it does not know", () => {
    expect(pathToUri("docs/my notes/a#b?.md")).toBe("docs/my%20notes/a%23b%3F.md");
    expect(pathToUri("c:/x%y.md")).toBe("c%3A/x%25y.md");
    const log = toSarif(sampleResult([finding({ path: "a b.md", line: 0, column: 0 })]), options);
    expect(log.runs[0].results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "a%20b.md", uriBaseId: "%SRCROOT%" },
    });
    expect(sarifProblems(log)).toEqual([]);
  });

  it("writes an empty run when clean", () => {
    const log = toSarif(sampleResult([]), options);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toEqual([]);
    expect(sarifProblems(log)).toEqual([]);
  });
});

import { describe, expect, it, vi } from "vitest";
import { renderJson } from "../../../src/core/render/json.js";
import type { Finding } from "../../../src/core/types.js";
import { cleanResult, finding, sampleResult } from "./fixtures.js";

vi.mock("../../../src/core/rules/index.js", async () => (await import("./fixtures.js")).fakeRegistry());

describe("renderJson", () => {
  it("writes the version 1 contract", () => {
    expect(renderJson(sampleResult([finding()]))).toMatchInlineSnapshot(`
      "{
        "version": 1,
        "root": "/repo",
        "commit": "0123456789abcdef0123456789abcdef01234567",
        "findings": [
          {
            "rule": "HG101",
            "name": "phantom-reference",
            "severity": "error",
            "path": "_agents/_handoffs/deploy.md",
            "line": 12,
            "column": 5,
            "target": "api_healer.py",
            "raw": "api_healer.py",
            "intent": "exists",
            "message": "\`api_healer.py\` does not exist at this commit.",
            "suggestions": [
              "did you mean src/healer/api_healer.py?"
            ],
            "related": []
          }
        ],
        "stats": {
          "documents": 12,
          "references": 140,
          "durationMs": 85,
          "skipped": [
            {
              "path": "docs/huge.md",
              "reason": "larger than 5 MB"
            }
          ]
        }
      }
      "
    `);
  });

  it("keeps the contract's key order and nothing else", () => {
    const extra = { ...finding(), class: "handoff", internal: 1 } as unknown as Finding;
    const parsed = JSON.parse(renderJson(sampleResult([extra])));
    expect(Object.keys(parsed)).toEqual(["version", "root", "commit", "findings", "stats"]);
    expect(Object.keys(parsed.findings[0])).toEqual([
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
    expect(Object.keys(parsed.stats)).toEqual(["documents", "references", "durationMs", "skipped"]);
  });

  it("writes null commit, empty findings and empty skipped when clean", () => {
    const parsed = JSON.parse(renderJson({ ...cleanResult(), commit: null }));
    expect(parsed).toEqual({
      version: 1,
      root: "/repo",
      commit: null,
      findings: [],
      stats: { documents: 3, references: 17, durationMs: 4, skipped: [] },
    });
  });

  it("round-trips hostile strings", () => {
    const hostile = finding({ message: 'quote " backslash \\ newline\n <script>alert(1)</script> \u2028' });
    const parsed = JSON.parse(renderJson(sampleResult([hostile])));
    expect(parsed.findings[0].message).toBe(hostile.message);
  });
});

import { describe, expect, it } from "vitest";
import { parseDocument } from "../../../src/core/document/parse.js";
import { corpus } from "./corpus.js";

// Every reference's raw text stands exactly at its line and column, on every document.
describe("position invariant", () => {
  const docs = corpus();
  it("has a corpus to check", () => {
    expect(docs.length).toBeGreaterThanOrEqual(9);
  });
  for (const doc of docs) {
    it(`raw text is at line/column in ${doc.name}`, () => {
      const parsed = parseDocument(`docs/${doc.name}`, doc.text, "handoff");
      const lines = doc.text.split(/\r\n|\r|\n/);
      expect(parsed.references.length).toBeGreaterThan(0);
      for (const r of parsed.references) {
        const line = lines[r.line - 1];
        expect(line, `${r.raw} at ${r.line}`).toBeDefined();
        expect(line!.slice(r.column - 1).startsWith(r.raw), `${r.raw} at ${r.line}:${r.column}`).toBe(true);
        expect(r.intentReason.length).toBeGreaterThan(0);
      }
      expect(parsed.lineCount).toBe(lines.length);
    });
  }
});

import { describe, expect, it } from "vitest";
import { parseDocument } from "../../../src/core/document/parse.js";
import type { Intent, ParsedDocument, Reference } from "../../../src/core/types.js";

export function parse(text: string, path = "docs/handoff.md"): ParsedDocument {
  return parseDocument(path, text, "handoff");
}

/** References to `path` in a parsed document, optionally only those on `line`. */
export function refs(doc: ParsedDocument, path: string, line?: number): Reference[] {
  return doc.references.filter((r) => r.path === path && (line === undefined || r.line === line));
}

/** The intents of the mentions of `path` in a one-off document. */
export function intentsOf(text: string, path: string): Intent[] {
  return refs(parse(text), path).map((r) => r.intent);
}

/** The single intent of `path` in a one-off snippet (fails when not exactly one mention). */
export function intentOf(text: string, path: string): Intent | "none" | "many" {
  const found = refs(parse(text), path);
  if (found.length === 0) return "none";
  if (found.length > 1) return "many";
  return found[0]!.intent;
}

/** Snippets, each with a path and the intent it must be read with ("none": not read at all). */
export type IntentCases = Record<string, [string, string, Intent | "none"][]>;

/** One `describe` per rule, one `it` per snippet: `intentOf(snippet, path)` must be the intent. */
export function describeIntentRules(title: string, rules: IntentCases): void {
  describe(title, () => {
    for (const [rule, cases] of Object.entries(rules)) {
      describe(rule, () => {
        for (const [snippet, path, intent] of cases) {
          it(`${intent}: ${snippet.replace(/\n/g, " ⏎ ")}`, () => {
            expect(intentOf(snippet, path)).toBe(intent);
          });
        }
      });
    }
  });
}

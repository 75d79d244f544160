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

// Invariants shared by the property tests and scripts/fuzz.mjs: a parsed document's positions are
// inside the document, and the parser never fell back to its defensive catch.
import type { Finding, ParsedDocument } from "../../src/core/types.js";

export function documentLines(text: string): string[] {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/);
}

function inside(what: string, lines: readonly string[], line: number, column: number, width = 0): void {
  if (!Number.isInteger(line) || line < 1 || line > lines.length)
    throw new Error(`${what}: line ${line} outside 1..${lines.length}`);
  const text = lines[line - 1]!;
  if (!Number.isInteger(column) || column < 1 || column - 1 + width > text.length + (width === 0 ? 1 : 0))
    throw new Error(`${what}: column ${column} (+${width}) outside line ${line} of length ${text.length}`);
}

/** Throws a descriptive Error when an invariant does not hold. */
export function checkParsed(text: string, doc: ParsedDocument): void {
  if (doc.skipped !== undefined) {
    if (/could not be parsed/.test(doc.skipped)) throw new Error(`parser crashed: ${doc.skipped}`);
    return;
  }
  const lines = documentLines(text);
  if (doc.lineCount !== lines.length) throw new Error(`lineCount ${doc.lineCount} != ${lines.length}`);
  for (const r of doc.references) {
    inside(`reference ${JSON.stringify(r.raw)}`, lines, r.line, r.column, r.raw.length);
    if (!lines[r.line - 1]!.startsWith(r.raw, r.column - 1))
      throw new Error(`reference ${JSON.stringify(r.raw)} not at ${r.line}:${r.column}`);
    if (r.intentReason.length === 0) throw new Error(`reference ${JSON.stringify(r.raw)} without a reason`);
    if (r.range && !(r.range.start >= 1 && r.range.end >= r.range.start))
      throw new Error(`bad range ${JSON.stringify(r.range)}`);
  }
  for (const p of doc.problems) inside(`problem ${JSON.stringify(p.message)}`, lines, p.line, p.column);
  for (const h of doc.headings) inside(`heading ${JSON.stringify(h.text)}`, lines, h.line, 1);
  for (const c of doc.checklist) inside(`checklist ${JSON.stringify(c.text)}`, lines, c.line, 1);
  for (const s of doc.suppressions) {
    if (s.fromLine < 1 || s.toLine < s.fromLine || s.toLine > lines.length + 1)
      throw new Error(`suppression ${s.fromLine}-${s.toLine} outside 1..${lines.length}`);
  }
  if (doc.frontMatterLines < 0 || doc.frontMatterLines > lines.length)
    throw new Error(`frontMatterLines ${doc.frontMatterLines}`);
}

/** A finding on a document points inside it (line 0 means "the whole document"). */
export function checkFinding(text: string, f: Finding): void {
  if (f.line === 0) return;
  inside(`${f.rule} ${JSON.stringify(f.raw)}`, documentLines(text), f.line, f.column);
}

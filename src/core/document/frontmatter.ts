// YAML front matter with positions. Delimiters follow gray-matter (`---` on the first line, closed
// by `---` or `...`); the YAML itself is parsed with `yaml` directly so every key and error has
// a line, and alias expansion is capped so alias bombs fail fast instead of eating memory.

import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import type { DocumentProblem } from "../types.js";

export interface FrontMatter {
  /** Parsed object, or null when there is none or it does not parse to a mapping. */
  data: Record<string, unknown> | null;
  /** Lines occupied, both delimiters included (0 when there is no front matter). */
  lines: number;
  /** Absolute (1-based) line of each top-level key. */
  keyLines: Map<string, number>;
  problems: DocumentProblem[];
}

const OPEN = /^---[ \t]*(?:ya?ml)?[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** Front matter longer than this is not front matter worth reading. */
const MAX_LINES = 2000;

export function readFrontMatter(lines: readonly string[]): FrontMatter {
  const none: FrontMatter = { data: null, lines: 0, keyLines: new Map(), problems: [] };
  if (lines.length < 2 || !OPEN.test(lines[0]!)) return none;
  let close = -1;
  for (let i = 1; i < lines.length && i <= MAX_LINES; i++) {
    if (CLOSE.test(lines[i]!)) {
      close = i;
      break;
    }
  }
  if (close === -1) return none;
  const source = lines.slice(1, close).join("\n");
  const out: FrontMatter = { data: null, lines: close + 1, keyLines: new Map(), problems: [] };
  if (source.trim() === "") return out;

  const counter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(source, {
      lineCounter: counter,
      prettyErrors: true,
      uniqueKeys: false,
      strict: false,
    });
  } catch (e) {
    out.problems.push({ line: 1, column: 1, message: `front matter YAML does not parse: ${messageOf(e)}` });
    return out;
  }
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const pos = err.linePos?.[0];
    out.problems.push({
      line: 1 + (pos?.line ?? 1),
      column: pos?.col ?? 1,
      message: `front matter YAML does not parse: ${firstLine(err.message)}`,
    });
    return out;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    out.problems.push({
      line: 2,
      column: 1,
      message: `front matter YAML cannot be expanded: ${messageOf(e)}`,
    });
    return out;
  }
  if (value === null || value === undefined) return out;
  if (typeof value !== "object" || Array.isArray(value)) {
    out.problems.push({ line: 2, column: 1, message: "front matter must be a mapping of keys to values" });
    return out;
  }
  out.data = value as Record<string, unknown>;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = pair.key;
      if (isScalar(key) && key.range) {
        const name = String(key.value);
        if (!out.keyLines.has(name)) out.keyLines.set(name, 1 + counter.linePos(key.range[0]).line);
      }
    }
  }
  return out;
}

function messageOf(e: unknown): string {
  return firstLine(e instanceof Error ? e.message : String(e));
}

function firstLine(s: string): string {
  return s.split("\n")[0]!.slice(0, 200);
}

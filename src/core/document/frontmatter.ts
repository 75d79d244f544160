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
  const simple = readSimpleMapping(lines, close);
  if (simple) return { ...simple, lines: close + 1, problems: [] };
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
      // The library's warnings go to process.emitWarning: the core never prints.
      logLevel: "error",
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
    const salvaged = salvageKeys(lines, close);
    if (salvaged.keyLines.size > 0) {
      out.data = salvaged.data;
      out.keyLines = salvaged.keyLines;
    }
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
        // `date: {{ .Date }}` in a Hugo archetype, `title: {{ title }}` in a template: YAML reads
        // a nested flow mapping; the writer meant a placeholder, kept as written.
        const node = pair.value as { range?: [number, number, number] } | null;
        if (isMap(node) && node.flow && node.range) {
          const written = source.slice(node.range[0], node.range[1]).trim();
          if (PLACEHOLDER.test(written)) out.data[name] = written;
        }
      }
    }
  }
  return out;
}

/** `key: value` where the value is a plain word or phrase (no quotes, `#`, `:` or flow syntax). */
const SIMPLE_PAIR = /^([A-Za-z_][A-Za-z0-9_-]*):[ ]+([A-Za-z_][A-Za-z0-9_ .,/+@-]*?|\d{4}-\d{2}-\d{2})[ ]*$/;
/** Plain scalars YAML 1.2 reads as something other than a string. */
const NOT_A_STRING = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/**
 * Front matter that is only `key: plain value` lines (most handoffs: status, owner, dates) read
 * without the YAML parser, which costs more than the rest of parsing such a document. Anything
 * else (quotes, lists, nesting, comments, numbers, booleans) returns null and goes to `yaml`;
 * the result is exactly what `yaml` (YAML 1.2 core schema) would give.
 */
function readSimpleMapping(
  lines: readonly string[],
  close: number,
): { data: Record<string, unknown>; keyLines: Map<string, number> } | null {
  if (close < 2) return null;
  const data: Record<string, unknown> = {};
  const keyLines = new Map<string, number>();
  for (let i = 1; i < close; i++) {
    const m = SIMPLE_PAIR.exec(lines[i]!);
    if (!m) return null;
    const [, key, value] = m as unknown as [string, string, string];
    if (key === "__proto__" || NOT_A_STRING.test(value)) return null;
    data[key] = value;
    if (!keyLines.has(key)) keyLines.set(key, i + 1);
  }
  return { data, keyLines };
}

/**
 * The top-level keys of front matter that does not parse, each read on its own: one bad line
 * (`owner: Jihoon (agent: claude)`, whose second ": " YAML rejects) should not hide the
 * `status: done` beside it, which any reader of the file sees. Only single-line keys whose line
 * parses alone as a one-key mapping are kept; HG401 still reports the error.
 */
function salvageKeys(
  lines: readonly string[],
  close: number,
): { data: Record<string, unknown>; keyLines: Map<string, number> } {
  const data: Record<string, unknown> = {};
  const keyLines = new Map<string, number>();
  for (let i = 1; i < close; i++) {
    const m = TOP_LEVEL_KEY.exec(lines[i]!);
    if (!m || m[1] === "__proto__" || keyLines.has(m[1]!)) continue;
    // A key whose value goes on in the lines below (a list, a nested map, a folded scalar) is
    // left out: its lines may be where the error is.
    const next = lines[i + 1];
    if (i + 1 < close && next !== undefined && /^[ \t-]/.test(next)) continue;
    const written = lines[i]!.slice(lines[i]!.indexOf(":") + 1).trim();
    if (PLACEHOLDER.test(written)) {
      data[m[1]!] = written;
      keyLines.set(m[1]!, i + 1);
      continue;
    }
    const one = parseDocument(lines[i]!, { uniqueKeys: false, strict: false, logLevel: "error" });
    if (one.errors.length > 0) continue;
    let value: unknown;
    try {
      value = one.toJS({ maxAliasCount: 0 });
    } catch {
      continue;
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) continue;
    const v = (value as Record<string, unknown>)[m[1]!];
    if (v === undefined || (v !== null && typeof v === "object")) continue;
    data[m[1]!] = v;
    keyLines.set(m[1]!, i + 1);
  }
  return { data, keyLines };
}

const TOP_LEVEL_KEY = /^([A-Za-z_][A-Za-z0-9_-]*):[ \t]+\S/;
/** A template's placeholder written unquoted (`{{ .Date }}`), which YAML reads as flow mappings. */
const PLACEHOLDER = /^\{\{[^\n]*\}\}$/;

function messageOf(e: unknown): string {
  return firstLine(e instanceof Error ? e.message : String(e));
}

function firstLine(s: string): string {
  return s.split("\n")[0]!.slice(0, 200);
}

// References of a whole document: walk the scanned lines, collect candidates from links, code
// spans, prose and fenced path lists, give each the context it stands in, classify intent, then
// apply document-level awareness.

import { parseDefinition } from "../markdown/definition.js";
import { type InlineToken, scanInline } from "../markdown/inline.js";
import { type Scan, type ScannedLine, splitCells } from "../markdown/scan.js";
import { plainText } from "../markdown/text.js";
import type { Reference, ReferenceKind } from "../types.js";
import { applyAwareness } from "./awareness.js";
import {
  type Candidate,
  codeCandidate,
  fenceCandidate,
  linkCandidate,
  proseCandidates,
} from "./candidates.js";
import { KNOWN_EXTENSIONS } from "./extensions.js";
import { classifyIntent, type MentionContext } from "./intent.js";

export interface Extraction {
  references: Reference[];
  wikilinks: string[];
}

const STATUS_HEADER = /\b(?:status|state|result|done|progress|outcome)\b|✅/i;

export function extractReferences(scan: Scan): Extraction {
  const refs: Reference[] = [];
  const wikilinks: string[] = [];
  const titleIndex = scan.headings.findIndex((h) => h.depth === 1);

  for (const info of scan.lines) {
    switch (info.kind) {
      case "paragraph":
      case "heading":
      case "table-row":
        inlineLine(info);
        break;
      case "definition": {
        const d = parseDefinition(info.text, info.start);
        if (d) {
          const c = linkCandidate(d.dest, d.destStart);
          if (c) push(info, c, "definition", c.start, c.start + c.raw.length, []);
        } else inlineLine(info);
        break;
      }
      case "fence-body":
      case "indented-code": {
        const c = fenceCandidate(info.text, info.start);
        if (c) push(info, c, "fence", c.start, c.start + c.raw.length, []);
        break;
      }
      default:
        break;
    }
  }
  applyAwareness(refs);
  return { references: refs, wikilinks };

  function inlineLine(info: ScannedLine): void {
    const end = info.commentFrom >= 0 ? info.commentFrom : info.end;
    if (end <= info.start) return;
    const tokens = scanInline(info.text, info.start, end);
    const strikes = tokens.filter((t) => t.type === "strike");
    let cursor = info.start;
    const prose = (from: number, to: number) => {
      if (to <= from) return;
      for (const c of proseCandidates(info.text, from, to))
        push(info, c, "prose", c.start, c.start + c.raw.length, strikes);
    };
    for (const t of tokens) {
      if (t.type === "strike") continue;
      if (t.start < cursor) continue; // inside a link's text: the link itself is the reference
      prose(cursor, t.start);
      cursor = t.end;
      if (t.type === "code") {
        const c = codeCandidate(t.value, t.valueStart);
        if (c) push(info, c, "code", t.start, t.end, strikes);
      } else if (t.type === "link" || t.type === "image") {
        if (t.dest === "") continue;
        const c = linkCandidate(t.dest, t.destStart);
        if (c) push(info, c, t.type, t.start, t.end, strikes);
      } else if (t.type === "wikilink") {
        const ext = t.name.includes(".") ? t.name.slice(t.name.lastIndexOf(".") + 1).toLowerCase() : "";
        const path = KNOWN_EXTENSIONS.has(ext) ? t.name : `${t.name}.md`;
        wikilinks.push(t.name);
        const c: Candidate = {
          start: t.nameStart,
          raw: t.name,
          cand: { path, folder: false, rawLength: t.name.length },
        };
        push(info, c, "wikilink", t.start, t.end, strikes);
      }
    }
    prose(cursor, end);
  }

  function push(
    info: ScannedLine,
    c: Candidate,
    kind: ReferenceKind,
    spanStart: number,
    spanEnd: number,
    strikes: InlineToken[],
  ): void {
    const ctx = context(info, c, kind, spanStart, spanEnd, strikes);
    const { intent, reason } = classifyIntent(ctx);
    const ref: Reference = {
      kind,
      raw: c.raw,
      path: c.cand.path,
      line: info.line,
      column: c.start + 1,
      folder: c.cand.folder,
      intent,
      intentReason: reason,
    };
    if (c.cand.range) ref.range = c.cand.range;
    refs.push(ref);
  }

  function context(
    info: ScannedLine,
    c: Candidate,
    kind: ReferenceKind,
    spanStart: number,
    spanEnd: number,
    strikes: InlineToken[],
  ): MentionContext {
    let from = info.start;
    let to = info.commentFrom >= 0 ? info.commentFrom : info.end;
    let column: string | null = null;
    let statusCell: string | null = null;
    if (info.kind === "table-row" && info.table >= 0) {
      const cells = splitCells(info.text.slice(info.start)).map((cell) => ({
        ...cell,
        start: cell.start + info.start,
      }));
      const header = scan.tables[info.table]!.header;
      let idx = cells.length - 1;
      while (idx > 0 && cells[idx]!.start > spanStart) idx--;
      const cell = cells[idx];
      if (cell) {
        from = cell.start;
        to = Math.max(spanEnd, cell.start + cell.text.length);
        column = header[idx] ?? null;
        // A row's status speaks for its subject: the first column or a file/path column.
        const subject =
          idx === 0 || (column !== null && /\b(?:file|path|name|document|artifact|module)s?\b/i.test(column));
        if (subject && (column === null || !STATUS_HEADER.test(column))) {
          const statusIdx = header.findIndex((h) => STATUS_HEADER.test(h));
          if (statusIdx >= 0 && statusIdx !== idx) statusCell = cells[statusIdx]?.text ?? null;
        }
      }
    }
    const text = info.text;
    const before = clauseBefore(text.slice(from, spanStart));
    const after = clauseAfter(text.slice(spanEnd, to));
    const lineBefore = text.slice(from, spanStart);
    const inline = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?([^:*_]{2,60}?)(?:\*\*|__)?:(?:\*\*|__)?\s/.exec(lineBefore);

    const parentItems: string[] = [];
    let checked: boolean | null = null;
    if (info.item >= 0) {
      const item = scan.items[info.item]!;
      checked = item.checked;
      if (item.line !== info.line) parentItems.push(plainText(item.text));
      for (let p = item.parent; p >= 0; p = scan.items[p]!.parent)
        parentItems.push(plainText(scan.items[p]!.text));
    }
    const sections: string[] = [];
    let h = info.kind === "heading" ? (scan.headings[info.section]?.parent ?? -1) : info.section;
    for (; h >= 0; h = scan.headings[h]!.parent) {
      if (h === titleIndex && h === 0) break;
      sections.push(scan.headings[h]!.text);
    }
    const markText = lineBefore + text.slice(spanEnd, Math.min(to, spanEnd + 4));
    const ctx: MentionContext = {
      kind,
      path: c.cand.path,
      before,
      after,
      sentence: (before + after).toLowerCase(),
      inlineLabel: inline ? plainText(inline[1]!) : null,
      checked,
      parentItems,
      label: info.label,
      sections,
      column,
      statusCell,
      quote: info.quote > 0 && !info.callout,
      strike: strikes.some((s) => s.start <= spanStart && s.end >= spanEnd),
      mark: /❌|✗|✘|⛔/.test(markText) ? "cross" : /✅|✔|☑/.test(markText) ? "done" : null,
    };
    if (c.status) ctx.fenceStatus = c.status;
    if (c.example) ctx.example = c.example;
    if (c.cand.local) ctx.local = c.cand.local;
    return ctx;
  }
}

const ABBREVIATION = /(?:\b(?:e\.g|i\.e|etc|vs|approx|cf|no|fig|mr|mrs|dr|st)|\.\w)$/i;

/** The clause of `s` (text before a mention) that leads up to it, lower-cased. */
export function clauseBefore(s: string): string {
  let cut = 0;
  const re = /[.!?;:](?=\s)|\bthen\b|\bbut\b|\bwhile\b|\bwhereas\b|\bbecause\b/g;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (m[0] === "." && ABBREVIATION.test(s.slice(Math.max(0, m.index - 6), m.index + 1).replace(/\.$/, "")))
      continue;
    cut = m.index + m[0].length;
  }
  return s.slice(cut).toLowerCase();
}

/** The rest of the clause after a mention, lower-cased. */
export function clauseAfter(s: string): string {
  const re = /[.!?;](?=\s|$)|\bthen\b|\bbut\b/g;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (m[0] === "." && ABBREVIATION.test(s.slice(Math.max(0, m.index - 6), m.index))) continue;
    return s.slice(0, m.index).toLowerCase();
  }
  return s.toLowerCase();
}

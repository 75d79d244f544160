// Line-oriented block scanner. One pass over the lines, no backtracking: it knows enough of
// CommonMark + GFM (fences, indented code, HTML blocks and comments, headings, lists with
// checkboxes, blockquotes, tables, definitions) to tell where inline content is and what
// surrounds it. It is not a full parser: multi-line inline constructs are not joined.

import { leadingIndent, plainText } from "./text.js";

export type LineKind =
  | "blank"
  | "front-matter"
  | "paragraph"
  | "heading"
  | "setext-underline"
  | "thematic"
  | "fence-open"
  | "fence-body"
  | "fence-close"
  | "indented-code"
  | "html"
  | "table-row"
  | "table-delimiter"
  | "definition";

export interface ListItem {
  line: number;
  checked: boolean | null;
  /** Markdown of the item's first line (after marker and checkbox); `plainText` it for display. */
  text: string;
  /** Index of the enclosing item, -1 when top level. */
  parent: number;
}

export interface Heading {
  line: number;
  depth: number;
  text: string;
  /** Index of the nearest enclosing heading of smaller depth, -1 when none. */
  parent: number;
}

export interface Fence {
  line: number;
  info: string;
  /** The fence's lead-in label ("Files created:"), when one precedes it. */
  label: string | null;
}

export interface Table {
  line: number;
  header: string[];
}

export interface HtmlComment {
  line: number;
  endLine: number;
  text: string;
}

export interface ScannedLine {
  /** 1-based line number. */
  line: number;
  text: string;
  kind: LineKind;
  /** Index where inline content starts (after quote markers, list marker, checkbox). */
  start: number;
  /** Index where inline content ends (closing `#`s of an ATX heading removed). */
  end: number;
  /** Blockquote depth (GitHub callouts `> [!NOTE]` count as depth but set `callout`). */
  quote: number;
  callout: boolean;
  /** Index into `items` of the list item this line belongs to, -1 when none. */
  item: number;
  itemStart: boolean;
  /** Index into `headings` of the section the line is in, -1 before the first heading. */
  section: number;
  fence: number;
  table: number;
  /** Lead-in label of the block the line is in (a bold or colon-ended line before a list/fence/table). */
  label: string | null;
  /** Part of the line (from `commentFrom`) is inside a multi-line HTML comment that opens on it. */
  commentFrom: number;
}

export interface Scan {
  lines: ScannedLine[];
  items: ListItem[];
  headings: Heading[];
  fences: Fence[];
  tables: Table[];
  comments: HtmlComment[];
}

interface OpenList {
  contentIndent: number;
  item: number;
}

interface OpenFence {
  index: number;
  char: string;
  length: number;
  quote: number;
  /** Container indent (list content indent) the fence lives in; lines indented less end it. */
  baseIndent: number;
  /** Indentation of the opening fence relative to its container, stripped from body lines. */
  indent: number;
}

const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const ATX = /^#{1,6}(?:[ \t]|$)/;
const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const BULLET = /^([-*+])(?:([ \t]+)|$)/;
const ORDERED = /^(\d{1,9})([.)])(?:([ \t]+)|$)/;
const CHECKBOX = /^\[([ xX])\](?:[ \t]+|$)/;
const HTML_RAW_OPEN = /^<(script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_BLOCK_TAG =
  /^<\/?(address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s>]|\/>|$)/i;
const HTML_LONE_TAG =
  /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;
const DEFINITION_START = /^\[(?:[^\]\\]|\\.){1,999}\]:/;
const TABLE_DELIM = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const CALLOUT =
  // No \b after the emoji: there is no word boundary between "⚠️" and the space after it.
  /^\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]|^(?:\*\*|__)?(?:(?:note|tip|important|warning|caution|info)\b|ℹ️|⚠️)/i;

/** Split a table row into trimmed cells (GFM: unescaped pipes split, even inside code spans). */
export function splitCells(row: string): { text: string; start: number }[] {
  const cells: { text: string; start: number }[] = [];
  let i = 0;
  const n = row.length;
  while (i < n && (row[i] === " " || row[i] === "\t")) i++;
  if (row[i] === "|") i++;
  let cellStart = i;
  for (; i <= n; i++) {
    const ch = row[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (ch === "|" || i === n) {
      const raw = row.slice(cellStart, i);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (!(i === n && text === "" && cells.length > 0)) cells.push({ text, start: cellStart + lead });
      cellStart = i + 1;
    }
  }
  return cells;
}

/** The label a paragraph line offers to the block after it, or null when it is ordinary prose. */
export function labelOf(content: string): string | null {
  const t = content.trim();
  if (t === "") return null;
  const c = t.charAt(0);
  if (c !== "*" && c !== "_" && !t.endsWith(":")) return null;
  const bold = /^(?:\*\*|__)(.+?)(?:\*\*|__)(.*)$/.exec(t);
  if (bold) {
    const rest = bold[2]!.trim();
    if (rest === "" || rest.startsWith(":") || rest.startsWith("(") || rest.startsWith("-"))
      return plainText(bold[1]! + (rest.startsWith(":") && rest.length > 1 ? rest : ""));
  }
  if (t.endsWith(":") && t.length <= 120) return plainText(t.slice(0, -1));
  return null;
}

/**
 * `mdx`: the document is MDX, where a tag alone on its line is a JSX element whose children are
 * Markdown (`<Callout type="note">` ⏎ text with `code` ⏎ `</Callout>`), not an HTML block that
 * swallows the lines up to the next blank one.
 */
export function scanBlocks(rawLines: readonly string[], frontMatterLines: number, mdx = false): Scan {
  const lines: ScannedLine[] = [];
  const items: ListItem[] = [];
  const headings: Heading[] = [];
  const fences: Fence[] = [];
  const tables: Table[] = [];
  const comments: HtmlComment[] = [];

  let lists: OpenList[] = [];
  let listQuote = 0;
  let fence: OpenFence | null = null;
  let html: { end: RegExp | null; quote: number } | null = null;
  let comment: { line: number; parts: string[] } | null = null;
  let table = -1;
  let section = -1;
  let label: string | null = null;
  let prevKind = "blank" as LineKind;
  let prevQuote = 0;
  let prevItem = -1;
  let calloutQuote = false;

  for (let idx = 0; idx < rawLines.length; idx++) {
    const text = rawLines[idx]!;
    const lineNo = idx + 1;
    const info: ScannedLine = {
      line: lineNo,
      text,
      kind: "blank",
      start: 0,
      end: text.length,
      quote: 0,
      callout: false,
      item: -1,
      itemStart: false,
      section,
      fence: -1,
      table: -1,
      label: null,
      commentFrom: -1,
    };
    lines.push(info);

    if (idx < frontMatterLines) {
      info.kind = "front-matter";
      continue;
    }

    // Inside a multi-line HTML comment: everything up to `-->` is comment text.
    if (comment) {
      const close = text.indexOf("-->");
      comment.parts.push(close === -1 ? text : text.slice(0, close));
      info.kind = "html";
      info.item = prevItem;
      if (close !== -1) {
        comments.push({ line: comment.line, endLine: lineNo, text: comment.parts.join("\n") });
        comment = null;
      }
      prevKind = "html";
      continue;
    }

    // Fast path: a top-level line starting with a letter, outside any container or table, is a
    // paragraph line (no block construct starts with a letter). Most prose takes this path.
    const f0 = text.charCodeAt(0);
    if (
      fence === null &&
      html === null &&
      lists.length === 0 &&
      table === -1 &&
      listQuote === 0 &&
      ((f0 >= 97 && f0 <= 122) || (f0 >= 65 && f0 <= 90)) &&
      !text.includes("|") &&
      !text.includes("<!--")
    ) {
      info.kind = "paragraph";
      label = labelOf(text);
      info.section = section;
      prevKind = "paragraph";
      prevQuote = 0;
      prevItem = -1;
      calloutQuote = false;
      continue;
    }

    // Blockquote markers.
    let pos = 0;
    let quote = 0;
    for (;;) {
      const ind = leadingIndent(text, pos);
      if (ind.width <= 3 && text[ind.index] === ">") {
        quote++;
        pos = ind.index + 1;
        if (text[pos] === " " || text[pos] === "\t") pos++;
      } else break;
    }
    const restAfterQuote = pos === 0 ? text : text.slice(pos);
    const blank = !/\S/.test(restAfterQuote);
    // Lazy continuation: a paragraph line without `>` continues the quote's paragraph.
    if (
      quote < prevQuote &&
      !blank &&
      prevKind === "paragraph" &&
      !fence &&
      startsNewBlock(restAfterQuote) === false
    )
      quote = prevQuote;
    info.quote = quote;
    if (quote === 0) calloutQuote = false;
    else if (prevQuote === 0 || prevKind === "blank") calloutQuote = CALLOUT.test(restAfterQuote.trim());
    info.callout = quote > 0 && calloutQuote;

    if (quote !== listQuote) {
      lists = [];
      listQuote = quote;
    }

    const ind = leadingIndent(text, pos);

    // Fenced code: body, close, or container end.
    if (fence) {
      const containerEnded =
        quote < fence.quote || (!blank && fence.baseIndent > 0 && ind.width < fence.baseIndent);
      if (!containerEnded) {
        const rel = ind.width - fence.baseIndent;
        const body = text.slice(ind.index);
        if (rel < 4 && body.startsWith(fence.char.repeat(fence.length))) {
          const run = /^(`+|~+)[ \t]*$/.exec(body);
          if (run && run[1]![0] === fence.char && run[1]!.length >= fence.length) {
            info.kind = "fence-close";
            info.fence = fence.index;
            info.item = prevItem;
            fence = null;
            prevKind = "fence-close";
            prevQuote = quote;
            continue;
          }
        }
        info.kind = "fence-body";
        info.fence = fence.index;
        info.item = prevItem;
        info.label = fences[fence.index]!.label;
        // Strip the opening fence's indentation from body lines.
        info.start = stripIndent(text, pos, fence.baseIndent + fence.indent);
        prevKind = "fence-body";
        prevQuote = quote;
        continue;
      }
      fence = null;
    }

    // Raw HTML blocks (script/pre/style/textarea until their close tag; block tags until blank).
    if (html) {
      if (html.end === null ? blank : false) {
        html = null;
      } else {
        info.kind = "html";
        info.item = prevItem;
        if (html.end?.test(text)) html = null;
        prevKind = "html";
        prevQuote = quote;
        continue;
      }
    }

    if (blank) {
      info.kind = "blank";
      info.item = lists.length > 0 ? lists[lists.length - 1]!.item : -1;
      table = -1;
      prevKind = "blank";
      prevQuote = quote;
      continue;
    }

    // Close list items the line is not indented into (lazy paragraph continuation keeps them).
    const c0 = text.charAt(ind.index);
    const isMarker =
      (c0 === "-" || c0 === "*" || c0 === "+" || (c0 >= "0" && c0 <= "9")) &&
      (BULLET.test(text.slice(ind.index)) || ORDERED.test(text.slice(ind.index)));
    // A marker after a paragraph inside a list is a sibling item ("1. a⏎2. b"), not an interruption.
    const inList = lists.length > 0;
    while (lists.length > 0 && ind.width < lists[lists.length - 1]!.contentIndent) {
      if (!isMarker && prevKind === "paragraph" && !startsNewBlock(text.slice(ind.index))) break;
      lists.pop();
    }
    const baseIndent = lists.length > 0 ? lists[lists.length - 1]!.contentIndent : 0;
    let rel = ind.width - baseIndent;
    let p = ind.index;
    let item = lists.length > 0 ? lists[lists.length - 1]!.item : -1;
    const lazy = lists.length > 0 && ind.width < baseIndent;
    if (lazy) rel = 0;

    // Indented code (cannot interrupt a paragraph).
    if (rel >= 4 && prevKind !== "paragraph" && prevKind !== "table-row") {
      info.kind = "indented-code";
      info.item = item;
      info.start = stripIndent(text, pos, baseIndent + 4);
      prevKind = "indented-code";
      prevQuote = quote;
      prevItem = item;
      continue;
    }

    let rest = text.slice(p);

    // A table continues until a blank line or another block.
    if (table !== -1 && !startsNewBlock(rest) && rest.includes("|")) {
      info.kind = "table-row";
      info.table = table;
      info.item = item;
      info.label = label;
      info.start = p;
      prevKind = "table-row";
      prevQuote = quote;
      prevItem = item;
      continue;
    }
    table = -1;

    // List item markers (possibly several on one line: `- - x` is rare; one level per line here).
    let itemStart = false;
    const r0 = rest.charAt(0);
    const thematic = (r0 === "-" || r0 === "*" || r0 === "_") && THEMATIC.test(rest);
    if (!thematic && (r0 === "-" || r0 === "*" || r0 === "+" || (r0 >= "0" && r0 <= "9"))) {
      const bullet = r0 >= "0" && r0 <= "9" ? null : BULLET.exec(rest);
      const ordered = bullet || !(r0 >= "0" && r0 <= "9") ? null : ORDERED.exec(rest);
      if (bullet || ordered) {
        const marker = bullet ? 1 : (ordered?.[1]?.length ?? 0) + 1;
        const spaces = (bullet ? bullet[2] : ordered?.[3]) ?? "";
        const emptyItem = rest.slice(marker).trim() === "";
        // An empty item cannot interrupt a paragraph; an ordered list interrupting one starts at 1.
        const interrupts = prevKind === "paragraph" && !lazy && !inList;
        const allowed = !(interrupts && emptyItem) && !(interrupts && ordered && ordered[1] !== "1");
        if (allowed) {
          const padding = spaces.length >= 5 || spaces.length === 0 ? 1 : spaces.length;
          const contentIndent = ind.width + marker + padding;
          while (lists.length > 0 && lists[lists.length - 1]!.contentIndent > ind.width) lists.pop();
          p = Math.min(text.length, p + marker + (spaces.length >= 5 ? 1 : spaces.length));
          rest = text.slice(p);
          let checked: boolean | null = null;
          const cb = CHECKBOX.exec(rest);
          if (cb) {
            checked = cb[1] !== " ";
            p += cb[0].length;
            rest = text.slice(p);
          }
          const parent = lists.length > 0 ? lists[lists.length - 1]!.item : -1;
          items.push({ line: lineNo, checked, text: rest, parent });
          item = items.length - 1;
          lists.push({ contentIndent, item });
          itemStart = true;
        }
      }
    }
    info.item = item;
    info.itemStart = itemStart;
    info.start = p;

    // Inside an item, the content after the marker may itself open a block.
    const content = rest;
    const contentInd = leadingIndent(content);
    const body = content.slice(contentInd.index);
    const canBlock = contentInd.width < 4;

    const underline = (body.charAt(0) === "=" || body.charAt(0) === "-") && SETEXT.test(body);
    if (canBlock && !itemStart && thematic && !(prevKind === "paragraph" && underline)) {
      info.kind = "thematic";
      finish(info);
      continue;
    }

    // Setext underline turns the previous paragraph line into a heading.
    if (
      canBlock &&
      !itemStart &&
      underline &&
      prevKind === "paragraph" &&
      prevQuote === quote &&
      prevItem === item
    ) {
      const prev = lines[idx - 1]!;
      prev.kind = "heading";
      const depth = body.startsWith("=") ? 1 : 2;
      section = addHeading(prev.line, depth, plainText(prev.text.slice(prev.start)));
      prev.section = section;
      info.kind = "setext-underline";
      info.section = section;
      label = null;
      finish(info);
      continue;
    }

    const b0 = body.charAt(0);
    const fenceOpen = canBlock && (b0 === "`" || b0 === "~") ? FENCE_OPEN.exec(body) : null;
    if (fenceOpen && !(fenceOpen[1]![0] === "`" && fenceOpen[2]!.includes("`"))) {
      fences.push({ line: lineNo, info: fenceOpen[2]!.trim(), label });
      fence = {
        index: fences.length - 1,
        char: fenceOpen[1]!.charAt(0),
        length: fenceOpen[1]!.length,
        quote,
        baseIndent: itemStart ? lists[lists.length - 1]!.contentIndent : baseIndent,
        indent: itemStart ? 0 : Math.max(0, rel),
      };
      info.kind = "fence-open";
      info.fence = fence.index;
      info.label = label;
      finish(info);
      continue;
    }

    const atx = canBlock && b0 === "#" ? atxHeading(body) : null;
    if (atx) {
      const depth = atx.depth;
      const base = p + contentInd.index;
      const headText = body.slice(atx.start, atx.end);
      info.kind = "heading";
      info.start = headText === "" ? text.length : base + atx.start;
      info.end = headText === "" ? text.length : base + atx.end;
      section = addHeading(lineNo, depth, plainText(headText));
      info.section = section;
      label = null;
      finish(info);
      continue;
    }

    if (canBlock && body.startsWith("<")) {
      if (body.startsWith("<!--")) {
        const close = body.indexOf("-->", 4);
        info.kind = "html";
        if (close === -1) comment = { line: lineNo, parts: [body.slice(4)] };
        else {
          comments.push({ line: lineNo, endLine: lineNo, text: body.slice(4, close) });
          // Anything after the comment on the same line starts an HTML block (type 2 ends at -->).
        }
        finish(info);
        continue;
      }
      const raw = HTML_RAW_OPEN.exec(body);
      if (raw) {
        info.kind = "html";
        const end = new RegExp(`</${raw[1]}>`, "i");
        if (!end.test(body)) html = { end, quote };
        finish(info);
        continue;
      }
      if (mdx && HTML_LONE_TAG.test(body)) {
        info.kind = "html";
        finish(info);
        continue;
      }
      if (HTML_BLOCK_TAG.test(body) || (prevKind !== "paragraph" && HTML_LONE_TAG.test(body))) {
        info.kind = "html";
        html = { end: null, quote };
        finish(info);
        continue;
      }
    }

    if (canBlock && b0 === "[" && prevKind !== "paragraph" && DEFINITION_START.test(body)) {
      info.kind = "definition";
      finish(info);
      continue;
    }

    // GFM table: a row with pipes followed by a delimiter row with the same cell count.
    if (body.includes("|")) {
      const next = rawLines[idx + 1];
      if (next !== undefined) {
        const nextBody = stripQuotes(next, quote).trim();
        if (TABLE_DELIM.test(nextBody) && nextBody.includes("-")) {
          const header = splitCells(body);
          const delim = splitCells(nextBody);
          if (header.length === delim.length && (nextBody.includes("|") || header.length > 1)) {
            tables.push({ line: lineNo, header: header.map((c) => plainText(c.text)) });
            table = tables.length - 1;
            info.kind = "table-row";
            info.table = table;
            info.label = label;
            finish(info);
            // The delimiter row.
            idx++;
            lines.push({
              ...info,
              line: lineNo + 1,
              text: next,
              kind: "table-delimiter",
              start: 0,
              end: next.length,
              itemStart: false,
              commentFrom: -1,
            });
            prevKind = "table-row";
            continue;
          }
        }
      }
    }

    info.kind = "paragraph";
    // A list item or paragraph starting here; an inline comment left open continues on later lines.
    const open = text.lastIndexOf("<!--");
    if (open >= p && text.indexOf("-->", open + 4) === -1) {
      info.commentFrom = open;
      comment = { line: lineNo, parts: [text.slice(open + 4)] };
    }
    // A top-level paragraph line offers its label to the list, fence or table after it.
    if (item === -1) label = labelOf(text.slice(p));
    finish(info);
  }

  if (comment)
    comments.push({ line: comment.line, endLine: rawLines.length, text: comment.parts.join("\n") });
  return { lines, items, headings, fences, tables, comments };

  function finish(info: ScannedLine): void {
    if (
      info.kind !== "heading" &&
      info.kind !== "setext-underline" &&
      !(info.kind === "paragraph" && info.item === -1)
    )
      info.label = label;
    info.section = section;
    // A definition ends nothing and cannot be continued like a paragraph.
    prevKind = info.kind === "definition" ? "blank" : info.kind;
    prevQuote = info.quote;
    prevItem = info.item;
  }

  function addHeading(line: number, depth: number, text: string): number {
    let parent = headings.length - 1;
    while (parent >= 0 && headings[parent]!.depth >= depth) parent = headings[parent]!.parent;
    headings.push({ line, depth, text, parent });
    return headings.length - 1;
  }
}

/**
 * An ATX heading: depth and the content span without the optional closing `#` run. Hand-written
 * because the obvious regex (lazy content before optional trailing `#`s) is quadratic on long runs
 * of spaces.
 */
export function atxHeading(body: string): { depth: number; start: number; end: number } | null {
  let depth = 0;
  while (depth < body.length && body.charCodeAt(depth) === 35) depth++;
  if (depth < 1 || depth > 6) return null;
  if (depth < body.length && body[depth] !== " " && body[depth] !== "\t") return null;
  let start = depth;
  while (start < body.length && (body[start] === " " || body[start] === "\t")) start++;
  let end = body.length;
  while (end > start && (body[end - 1] === " " || body[end - 1] === "\t")) end--;
  // A closing sequence is a run of `#` preceded by a space (or the whole content).
  let hash = end;
  while (hash > start && body[hash - 1] === "#") hash--;
  if (hash < end && (hash === start || body[hash - 1] === " " || body[hash - 1] === "\t")) {
    end = hash;
    while (end > start && (body[end - 1] === " " || body[end - 1] === "\t")) end--;
  }
  return { depth, start, end };
}

/** Would this line (container prefixes removed) start a block other than a paragraph? */
function startsNewBlock(rest: string): boolean {
  const ind = leadingIndent(rest);
  if (ind.width >= 4) return false;
  const c = rest.charAt(ind.index);
  if (c === "") return true;
  // Most lines start with a letter: nothing below can match them.
  if (/[\p{L}]/u.test(c)) return false;
  const body = rest.slice(ind.index);
  switch (c) {
    case "#":
      return ATX.test(body);
    case "`":
    case "~":
      return FENCE_OPEN.test(body);
    case ">":
      return true;
    case "-":
    case "*":
    case "+":
    case "_":
      return THEMATIC.test(body) || BULLET.test(body);
    case "1":
      return /^1[.)](?:[ \t]|$)/.test(body);
    case "<":
      return HTML_BLOCK_TAG.test(body) || body.startsWith("<!--");
    default:
      return false;
  }
}

/** Index after removing `width` columns of indentation starting at `from` (never past the text). */
function stripIndent(text: string, from: number, width: number): number {
  let w = 0;
  let i = from;
  while (i < text.length && w < width) {
    const ch = text.charCodeAt(i);
    if (ch === 32) w++;
    else if (ch === 9) w += 4 - (w % 4);
    else break;
    i++;
  }
  return i;
}

function stripQuotes(line: string, depth: number): string {
  let pos = 0;
  for (let d = 0; d < depth; d++) {
    const ind = leadingIndent(line, pos);
    if (line[ind.index] !== ">") break;
    pos = ind.index + 1;
    if (line[pos] === " ") pos++;
  }
  return line.slice(pos);
}

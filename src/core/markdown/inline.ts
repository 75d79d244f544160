// Inline scanner for one line: code spans, links, images, autolinks, inline HTML, wikilinks and
// strikethrough, with exact columns. Follows CommonMark precedence closely enough to agree with
// a real parser on single-line constructs. Every search is forward-only with memoised finders,
// so adversarial lines (thousands of `[`, `` ` ``, `<`) stay linear.

import { ForwardFinder, isAsciiPunct } from "./text.js";

export type InlineToken =
  | { type: "code"; start: number; end: number; value: string; valueStart: number }
  | {
      type: "link" | "image";
      start: number;
      end: number;
      textStart: number;
      textEnd: number;
      /** Destination as written (without `<>`), and where it starts. */
      dest: string;
      destStart: number;
      angle: boolean;
    }
  | { type: "autolink"; start: number; end: number; dest: string; destStart: number; email: boolean }
  | { type: "html"; start: number; end: number; tag: string }
  | { type: "wikilink"; start: number; end: number; name: string; nameStart: number; alias?: string }
  /**
   * `[text][label]`, `[text][]` or `[text]`: a link only if the document defines the label (the
   * caller knows the definitions; the scanner does not), else plain text.
   */
  | { type: "reflink"; start: number; end: number; label: string }
  | { type: "strike"; start: number; end: number };

/** CommonMark asks for at least 3 levels; 8 covers real paths and bounds failed scans. */
const MAX_PAREN_DEPTH = 8;
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/y;
const EMAIL_AUTOLINK =
  /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
/** Characters an email autolink's local part may start with (EMAIL_AUTOLINK's first class). */
const EMAIL_FIRST = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.!#$%&'*+/=?^_`{|}~-")
  EMAIL_FIRST[ch.charCodeAt(0)] = 1;
const HTML_TAG =
  /<(?:([A-Za-z][A-Za-z0-9-]*)(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>|\/([A-Za-z][A-Za-z0-9-]*)\s*>)/y;

/** The characters that can start an inline construct (shared: scanInline never re-enters). */
const SPECIAL = /[\\<~[\]!]/g;
/** The same characters, by code, for a test without a regex call. */
const SPECIAL_CHAR = new Uint8Array(128);
for (const c of "\\<~[]!") SPECIAL_CHAR[c.charCodeAt(0)] = 1;

/**
 * The next special character in `text[from, to)`, or -1. A native regex scan jumps over prose
 * faster than a character loop, but each call has a fixed cost: a line dense in specials (`<<<<`,
 * `[[[[`) would pay it at every one. So the character right at `from` is tested first.
 */
function nextSpecial(text: string, from: number, to: number): number {
  if (from >= to) return -1;
  const c = text.charCodeAt(from);
  if (c < 128 && SPECIAL_CHAR[c] === 1) return from;
  SPECIAL.lastIndex = from;
  const m = SPECIAL.exec(text);
  return m === null || m.index >= to ? -1 : m.index;
}

/** Scan `text[from, to)` and return its inline tokens in order of start. */
export function scanInline(text: string, from = 0, to = text.length): InlineToken[] {
  // Tokens other than code spans; code spans come out in order, so a line of nothing else needs no sort.
  const tokens: InlineToken[] = [];
  const code = codeSpans(text, from, to);
  const finder = new ForwardFinder(text);

  // Bracket openers. Links cannot contain links: a link deactivates every `[` opener before it,
  // recorded as a watermark (openers below it are inactive) so deactivation is O(1).
  // Encoded as numbers (pos for `[`, -pos-1 for `![`) so a line of a million `[` allocates nothing.
  const openers: number[] = [];
  let inactiveBelow = 0;
  const tildes: number[] = [];
  let ci = 0;
  // From one special character to the next (see `nextSpecial`).
  let pos = from;
  for (let i = nextSpecial(text, pos, to); i !== -1; i = nextSpecial(text, pos, to)) {
    pos = i + 1;
    while (ci < code.length && code[ci]!.end <= i) ci++;
    const span = code[ci];
    if (span && span.start <= i) {
      pos = span.end;
      continue;
    }
    const ch = text[i];
    if (ch === "\\") {
      if (isAsciiPunct(text[i + 1])) pos = i + 2;
      continue;
    }
    if (ch === "<") {
      const t = angle(text, i, to, finder);
      if (t) {
        tokens.push(t);
        pos = t.end;
      }
      continue;
    }
    if (ch === "~") {
      if (text[i + 1] === "~") {
        tildes.push(i);
        let j = i + 2;
        while (text[j] === "~") j++;
        pos = j;
      }
      continue;
    }
    if (ch === "[" && text[i + 1] === "[") {
      const w = wikilink(text, i, to, finder);
      if (w) {
        tokens.push(w);
        pos = w.end;
        continue;
      }
    }
    if (ch === "!") {
      // "![[replication-lag.png|600]]": an Obsidian embed, a wikilink shown in place.
      if (text[i + 1] === "[" && text[i + 2] === "[") {
        const w = wikilink(text, i + 1, to, finder);
        if (w) {
          tokens.push(w);
          pos = w.end;
          continue;
        }
      }
      if (text[i + 1] === "[") {
        openers.push(-i - 1);
        pos = i + 2;
      }
      continue;
    }
    if (ch === "[") {
      openers.push(i);
      continue;
    }
    // ch === "]"
    const code0 = openers.pop();
    if (code0 === undefined) continue;
    const opener = { pos: code0 < 0 ? -code0 - 1 : code0, image: code0 < 0 };
    const active = opener.image || openers.length >= inactiveBelow;
    inactiveBelow = Math.min(inactiveBelow, openers.length);
    if (!active) continue;
    if (text[i + 1] === "(") {
      const d = destination(text, i + 2, to, finder);
      if (d) {
        const textStart = opener.pos + (opener.image ? 2 : 1);
        tokens.push({
          type: opener.image ? "image" : "link",
          start: opener.pos,
          end: d.end,
          textStart,
          textEnd: i,
          dest: d.dest,
          destStart: d.destStart,
          angle: d.angle,
        });
        if (!opener.image) inactiveBelow = openers.length;
        pos = d.end;
      }
    } else if (text[i + 1] === "[") {
      // Full reference link `[text][label]`: skip the label so it is not read as a link opener.
      const close = finder.find("]", i + 2);
      const nextOpen = finder.find("[", i + 2);
      if (close !== -1 && close < to && (nextOpen === -1 || nextOpen > close)) {
        if (!opener.image) inactiveBelow = openers.length;
        pos = close + 1;
        const textStart = opener.pos + (opener.image ? 2 : 1);
        // `[text][]` (collapsed) uses the text as its label.
        const label = close === i + 2 ? text.slice(textStart, i) : text.slice(i + 2, close);
        tokens.push({ type: "reflink", start: opener.pos, end: close + 1, label });
      }
    } else {
      // Shortcut reference `[text]`.
      const textStart = opener.pos + (opener.image ? 2 : 1);
      tokens.push({ type: "reflink", start: opener.pos, end: i + 1, label: text.slice(textStart, i) });
    }
  }
  for (let k = 0; k + 1 < tildes.length; k += 2) {
    tokens.push({ type: "strike", start: tildes[k]!, end: tildes[k + 1]! + 2 });
  }
  if (tokens.length === 0) return code;
  const all = code.length === 0 ? tokens : (code as InlineToken[]).concat(tokens);
  return all.sort((a, b) => a.start - b.start);
}

/** Code spans by CommonMark rules: a backtick run closes at the next run of exactly the same length. */
function codeSpans(text: string, from: number, to: number): Extract<InlineToken, { type: "code" }>[] {
  // Runs in reused typed arrays, not objects: a line of 350,000 backticks allocates nothing per
  // run. A run whose first backtick is escaped has its position stored negated (-pos - 1).
  let count = 0;
  for (let i = text.indexOf("`", from); i !== -1 && i < to; i = text.indexOf("`", i)) {
    let j = i;
    while (j < to && text.charCodeAt(j) === 96) j++;
    // Odd number of backslashes right before the run escapes its first backtick.
    let k = i - 1;
    while (k >= from && text.charCodeAt(k) === 92) k--;
    if (count === runs.pos.length) runs.grow();
    runs.pos[count] = (i - 1 - k) % 2 === 1 ? -i - 1 : i;
    runs.len[count] = j - i;
    count++;
    i = j;
  }
  if (count < 2) return [];
  const { pos, len, closer } = runs;
  // closer[k]: the first later run whose length equals run k's opening length (an escaped run
  // opens with one backtick fewer), found in one backward pass.
  const shortNext = runs.shortNext.fill(-1);
  const longNext = new Map<number, number>();
  for (let k = count - 1; k >= 0; k--) {
    const n = len[k]!;
    const open = pos[k]! < 0 ? n - 1 : n;
    closer[k] = open === 0 ? -1 : open < SHORT_RUN ? shortNext[open]! : (longNext.get(open) ?? -1);
    if (n < SHORT_RUN) shortNext[n] = k;
    else longNext.set(n, k);
  }
  const out: Extract<InlineToken, { type: "code" }>[] = [];
  for (let k = 0; k < count; k++) {
    const j = closer[k]!;
    if (j === -1) continue;
    const escaped = pos[k]! < 0;
    const openPos = escaped ? -pos[k]! : pos[k]!;
    const closerPos = pos[j]! < 0 ? -pos[j]! - 1 : pos[j]!;
    let valueStart = openPos + (escaped ? len[k]! - 1 : len[k]!);
    let valueEnd = closerPos;
    // One space stripped from each side when both are spaces and the content is not all spaces.
    if (
      valueEnd - valueStart >= 2 &&
      text.charCodeAt(valueStart) === 32 &&
      text.charCodeAt(valueEnd - 1) === 32 &&
      !allSpaces(text, valueStart, valueEnd)
    ) {
      valueStart++;
      valueEnd--;
    }
    const value = text.slice(valueStart, valueEnd);
    out.push({ type: "code", start: openPos, end: closerPos + len[j]!, value, valueStart });
    k = j;
  }
  runs.shrink();
  return out;
}

/** Run lengths below this are looked up in a typed array; longer ones (rare) in a map. */
const SHORT_RUN = 64;
const FEW_RUNS = 256;

/**
 * Backtick runs of the line being scanned, in arrays reused from line to line: grown on demand,
 * and let go of after a line with more runs than most documents have.
 */
const runs = {
  pos: new Int32Array(FEW_RUNS),
  len: new Int32Array(FEW_RUNS),
  closer: new Int32Array(FEW_RUNS),
  shortNext: new Int32Array(SHORT_RUN),
  shrink() {
    if (this.pos.length <= 4 * FEW_RUNS) return;
    this.pos = new Int32Array(FEW_RUNS);
    this.len = new Int32Array(FEW_RUNS);
    this.closer = new Int32Array(FEW_RUNS);
  },
  grow() {
    const size = this.pos.length * 2;
    const pos = new Int32Array(size);
    pos.set(this.pos);
    const len = new Int32Array(size);
    len.set(this.len);
    this.pos = pos;
    this.len = len;
    this.closer = new Int32Array(size);
  },
};

/** Whether `text[from, to)` holds only whitespace (String.prototype.trim's notion of it). */
function allSpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== 32 && text[i]!.trim() !== "") return false;
  }
  return true;
}

function angle(text: string, i: number, to: number, finder: ForwardFinder): InlineToken | null {
  if (text.startsWith("<!--", i)) {
    const close = finder.find("-->", i + 4);
    const end = close === -1 || close + 3 > to ? to : close + 3;
    return { type: "html", start: i, end, tag: "!--" };
  }
  // Each form has a first character after `<` it must start with: test it before any regex.
  const c = text.charCodeAt(i + 1);
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (letter) {
    AUTOLINK.lastIndex = i;
    const a = AUTOLINK.exec(text);
    if (a && a.index + a[0].length <= to)
      return {
        type: "autolink",
        start: i,
        end: i + a[0].length,
        dest: a[1]!,
        destStart: i + 1,
        email: false,
      };
  }
  if (c < 128 && EMAIL_FIRST[c] === 1) {
    EMAIL_AUTOLINK.lastIndex = i;
    const e = EMAIL_AUTOLINK.exec(text);
    if (e && e.index + e[0].length <= to)
      return { type: "autolink", start: i, end: i + e[0].length, dest: e[1]!, destStart: i + 1, email: true };
  }
  if (!letter && c !== 47) return null; // a tag starts with a letter, a closing tag with "/"
  // A tag needs a `>` ahead; without one nothing here can be HTML.
  const gt = finder.find(">", i + 1);
  if (gt === -1 || gt >= to) return null;
  HTML_TAG.lastIndex = i;
  const h = HTML_TAG.exec(text);
  if (h && h.index + h[0].length <= to)
    return { type: "html", start: i, end: i + h[0].length, tag: (h[1] ?? h[2] ?? "").toLowerCase() };
  return null;
}

function wikilink(text: string, i: number, to: number, finder: ForwardFinder): InlineToken | null {
  const close = finder.find("]", i + 2);
  if (close === -1 || close + 1 >= to || text[close + 1] !== "]") return null;
  const open = finder.find("[", i + 2);
  if (open !== -1 && open < close) return null;
  const inner = text.slice(i + 2, close);
  const cut = inner.search(/[|#]/);
  const name = (cut === -1 ? inner : inner.slice(0, cut)).trim();
  if (name === "" || name.includes("\n")) return null;
  const nameStart = i + 2 + inner.indexOf(name);
  const bar = inner.indexOf("|");
  const alias = bar === -1 ? "" : inner.slice(bar + 1).trim();
  return alias !== "" && !/^\d+$/.test(alias)
    ? { type: "wikilink", start: i, end: close + 2, name, nameStart, alias }
    : { type: "wikilink", start: i, end: close + 2, name, nameStart };
}

/** Parse `dest "title")` starting after `(`. Returns null when it is not a valid inline link tail. */
function destination(
  text: string,
  q: number,
  to: number,
  finder: ForwardFinder,
): { dest: string; destStart: number; angle: boolean; end: number } | null {
  let i = skipSpace(text, q, to);
  let dest: string;
  let destStart: number;
  let isAngle = false;
  if (text[i] === "<") {
    const gt = finder.find(">", i + 1);
    const lt = finder.find("<", i + 1);
    if (gt === -1 || gt >= to || (lt !== -1 && lt < gt)) return null;
    dest = text.slice(i + 1, gt);
    destStart = i + 1;
    isAngle = true;
    i = gt + 1;
  } else {
    destStart = i;
    let depth = 0;
    for (; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 92 && isAsciiPunct(text[i + 1])) {
        i++;
        continue;
      }
      if (c <= 32 || c === 127) break;
      if (c === 40) {
        if (++depth > MAX_PAREN_DEPTH) return null;
      } else if (c === 41) {
        if (depth === 0) break;
        depth--;
      }
    }
    if (depth !== 0) return null;
    dest = text.slice(destStart, i);
  }
  const afterDest = i;
  i = skipSpace(text, i, to);
  if (text[i] === ")") return { dest, destStart, angle: isAngle, end: i + 1 };
  // A title must be separated from the destination by whitespace.
  if (i === afterDest && dest !== "") return null;
  const open = text[i];
  const closeCh = open === '"' ? '"' : open === "'" ? "'" : open === "(" ? ")" : null;
  if (!closeCh) return null;
  let c = i + 1;
  for (;;) {
    c = finder.find(closeCh, c);
    if (c === -1 || c >= to) return null;
    if (text[c - 1] === "\\") {
      c++;
      continue;
    }
    break;
  }
  i = skipSpace(text, c + 1, to);
  if (text[i] !== ")") return null;
  return { dest, destStart, angle: isAngle, end: i + 1 };
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && (text[i] === " " || text[i] === "\t")) i++;
  return i;
}

// Small string helpers shared by the block and inline scanners. All linear-time.

const ASCII_PUNCT = new Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");

export function isAsciiPunct(ch: string | undefined): boolean {
  return ch !== undefined && ASCII_PUNCT.has(ch);
}

/** CommonMark backslash escapes: `\_` → `_` for ASCII punctuation only; other backslashes stay. */
export function unescapeMarkdown(s: string): string {
  if (!s.includes("\\")) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === "\\" && isAsciiPunct(s[i + 1])) {
      out += s[i + 1];
      i++;
    } else out += ch;
  }
  return out;
}

/** Decode %XX sequences; leaves malformed ones as written (never throws). */
export function percentDecode(s: string): string {
  if (!s.includes("%")) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s.replace(/%([0-9A-Fa-f]{2})/g, (m, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return code < 0x80 ? String.fromCharCode(code) : m;
    });
  }
}

/** Columns of leading whitespace (tab = advance to next multiple of 4) and the index after it. */
export function leadingIndent(s: string, from = 0): { width: number; index: number } {
  let width = 0;
  let i = from;
  for (; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 32) width++;
    else if (ch === 9) width += 4 - (width % 4);
    else break;
  }
  return { width, index: i };
}

/**
 * `indexOf` with a one-entry memo per character, so repeated forward searches from increasing
 * positions (a failed search remembers there is nothing further) stay linear overall.
 */
export class ForwardFinder {
  // A handful of needles per line (`]`, `>`, `-->`...): parallel arrays searched linearly cost
  // less than a Map and an object per search, on every line of every document.
  private readonly needles: string[] = [];
  private readonly froms: number[] = [];
  private readonly ats: number[] = [];
  constructor(private readonly text: string) {}

  find(ch: string, from: number): number {
    let k = this.needles.indexOf(ch);
    if (k !== -1) {
      const at = this.ats[k]!;
      if (from >= this.froms[k]! && (at === -1 || from <= at)) return at;
    } else {
      k = this.needles.length;
      this.needles.push(ch);
    }
    const at = this.text.indexOf(ch, from);
    this.froms[k] = from;
    this.ats[k] = at;
    return at;
  }
}

/** Strip Markdown emphasis and inline markup from a short label ("**Files Created** (x):" → "Files Created (x):"). */
export function plainText(s: string): string {
  if (!/[`*_~]|\s\s/.test(s)) return s.trim();
  return s
    .replace(/`+/g, "")
    .replace(/\*\*|__|~~/g, "")
    .replace(/(^|\s)[*_](\S)/g, "$1$2")
    .replace(/(\S)[*_](?=\s|$|[.,:;!?)])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

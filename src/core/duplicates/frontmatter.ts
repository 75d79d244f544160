// Change a few front-matter keys of a Markdown file without touching anything else. Re-serialising
// the YAML would reorder keys, change quoting, drop comments and rewrite line endings: a pull
// request that marks five handoffs consolidated must show a two-line diff per file, nothing more.
import { parse as parseYaml } from "yaml";

/** Keys to set (string) or remove (null). */
export type FrontMatterPatch = Readonly<Record<string, string | null>>;

type Style = "plain" | "double" | "single";

interface Line {
  text: string;
  eol: string;
}

export function applyFrontMatterPatch(text: string, patch: FrontMatterPatch): string {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const source = bom ? text.slice(1) : text;
  const lines = splitLines(source);
  const eol = lines.find((l) => l.eol !== "")?.eol ?? "\n";
  const close = frontMatterEnd(lines);

  if (close === -1) {
    const entries = Object.entries(patch).filter((e): e is [string, string] => e[1] !== null);
    if (entries.length === 0) return text;
    const block = ["---", ...entries.map(([k, v]) => `${k}: ${format(v, "plain")}`), "---"].join(eol) + eol;
    return bom + block + source;
  }

  const fm = lines.slice(1, close);
  const style = predominantStyle(fm);
  for (const [key, value] of Object.entries(patch)) {
    const at = fm.findIndex((l) => keyOf(l.text) === key);
    if (at === -1) {
      if (value === null) continue;
      const lineEol = fm[fm.length - 1]?.eol || lines[0]!.eol || eol;
      fm.push({ text: `${key}: ${format(value, style)}`, eol: lineEol });
      continue;
    }
    const end = valueEnd(fm, at);
    if (value === null) {
      fm.splice(at, end - at);
      continue;
    }
    fm.splice(at, end - at, { text: replaceValue(fm[at]!.text, value, end - at > 1), eol: fm[at]!.eol });
  }
  const out = [lines[0]!, ...fm, ...lines.slice(close)];
  return bom + out.map((l) => l.text + l.eol).join("");
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: text.slice(start, m.index), eol: m[0] });
    start = m.index + m[0].length;
  }
  if (start < text.length || out.length === 0) out.push({ text: text.slice(start), eol: "" });
  return out;
}

/** Index of the closing `---` (or `...`) line, or -1 when the file has no front matter. */
function frontMatterEnd(lines: readonly Line[]): number {
  if (lines.length < 2 || !/^---[ \t]*$/.test(lines[0]!.text) || lines[0]!.eol === "") return -1;
  for (let i = 1; i < lines.length; i++) {
    if (/^(---|\.\.\.)[ \t]*$/.test(lines[i]!.text)) return i;
  }
  return -1;
}

/** The top-level key a line defines, unquoted, or null. */
function keyOf(line: string): string | null {
  const m = /^(?:"([^"]+)"|'([^']+)'|([^\s#'"\-?:][^:#]*?))[ \t]*:(?:[ \t]|$)/.exec(line);
  if (!m) return null;
  return m[1] ?? m[2] ?? m[3]!;
}

/** First line after the value that starts at `at` (a value may continue on indented lines). */
function valueEnd(fm: readonly Line[], at: number): number {
  let end = at + 1;
  for (let i = at + 1; i < fm.length; i++) {
    const t = fm[i]!.text;
    if (/^[ \t]+\S/.test(t) || /^-([ \t]|$)/.test(t)) end = i + 1;
    else if (/^[ \t]*$/.test(t)) continue;
    else break;
  }
  return end;
}

function replaceValue(line: string, value: string, wasBlock: boolean): string {
  const m = /^((?:"[^"]+"|'[^']+'|[^\s#'"\-?:][^:#]*?)[ \t]*:)([ \t]*)(.*)$/.exec(line)!;
  const head = m[1]!;
  const gap = m[2] || " ";
  const rest = m[3]!;
  if (wasBlock) return `${head}${gap}${format(value, "plain")}`;
  let style: Style = "plain";
  let comment = "";
  if (rest.startsWith('"')) {
    style = "double";
    const close = /^"(?:[^"\\]|\\.)*"/.exec(rest);
    comment = close ? rest.slice(close[0].length) : "";
  } else if (rest.startsWith("'")) {
    style = "single";
    const close = /^'(?:[^']|'')*'/.exec(rest);
    comment = close ? rest.slice(close[0].length) : "";
  } else {
    const hash = rest.search(/[ \t]#/);
    comment = hash === -1 ? "" : rest.slice(hash);
  }
  return `${head}${gap}${format(value, style)}${comment}`;
}

/** How most top-level scalar values are written, so an added key looks like its neighbours. */
function predominantStyle(fm: readonly Line[]): Style {
  const counts: Record<Style, number> = { plain: 0, double: 0, single: 0 };
  for (const l of fm) {
    const m = /^[^\s#][^:]*:[ \t]+(\S)/.exec(l.text);
    if (!m) continue;
    if (m[1] === '"') counts.double++;
    else if (m[1] === "'") counts.single++;
    else if (m[1] !== "[" && m[1] !== "{" && m[1] !== "|" && m[1] !== ">") counts.plain++;
  }
  if (counts.double > counts.plain && counts.double >= counts.single) return "double";
  if (counts.single > counts.plain) return "single";
  return "plain";
}

/** The value in the wanted style; plain falls back to double quotes when it would not read back. */
function format(value: string, style: Style): string {
  if (style === "single") return `'${value.replace(/'/g, "''")}'`;
  if (style === "plain" && plainIsSafe(value)) return value;
  return JSON.stringify(value);
}

function plainIsSafe(value: string): boolean {
  if (!/^[A-Za-z_/][\w./@~+%=?&:-]*$/.test(value)) return false;
  // YAML 1.1 (gray-matter's js-yaml) reads these as booleans or null.
  if (/^(y|n|yes|no|on|off|true|false|null)$/i.test(value)) return false;
  if (/:([ \t]|$)/.test(value)) return false;
  try {
    return parseYaml(`k: ${value}`)?.k === value;
  } catch {
    return false;
  }
}

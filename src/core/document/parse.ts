// parseDocument: one Markdown document → metadata, references with intent, checklist, headings,
// suppressions. Pure and total: whatever the input, it returns a ParsedDocument (skipped when
// the text is binary, too large, or not text) and never throws.

import { scanBlocks } from "../markdown/scan.js";
import { plainText } from "../markdown/text.js";
import { extractReferences, type IntentFilter } from "../references/extract.js";
import { CHECKED_TASK } from "../references/intent.js";
import type { DocumentClass, ParsedDocument } from "../types.js";
import { markCaptions } from "./captions.js";
import { OLDER_RELEASE, olderReleasesFrom } from "./changelog.js";
import { readFrontMatter } from "./frontmatter.js";
import { mergeBodyMetadata, metadataFromFrontMatter } from "./metadata.js";
import { readSuppressions } from "./suppressions.js";

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const SNIFF = 8192;

export interface ParseOptions {
  maxBytes?: number;
  /** Read the intent of only these references (see IntentFilter); default all. */
  needsIntent?: IntentFilter;
}

export function parseDocument(
  path: string,
  text: string,
  cls: DocumentClass,
  options?: ParseOptions,
): ParsedDocument {
  try {
    const maxBytes = options?.maxBytes ?? DEFAULT_MAX_BYTES;
    const reason = skipReason(text, maxBytes);
    if (reason) return skipped(path, cls, text, reason);
    return parse(path, text, cls, options?.needsIntent);
  } catch (e) {
    // Defensive: a parser bug must cost one document, not the run.
    const why = e instanceof Error ? e.message : String(e);
    return skipped(path, cls, "", `could not be parsed (${why.slice(0, 120)})`);
  }
}

function parse(path: string, input: string, cls: DocumentClass, needsIntent?: IntentFilter): ParsedDocument {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // Splitting on a string is several times faster than on a regex; most files have no `\r`.
  const lines = text.includes("\r") ? text.split(/\r\n|\r|\n/) : text.split("\n");
  const fm = readFrontMatter(lines);
  const scan = scanBlocks(lines, fm.lines, path.endsWith(".mdx"));
  const { metadata, problems } = metadataFromFrontMatter(fm);
  problems.unshift(...fm.problems);
  mergeBodyMetadata(metadata, scan.lines, fm.lines);
  const { references, wikilinks } = extractReferences(scan, needsIntent);
  if (cls === "document") {
    markCaptions(scan, references);
    // "- [x] [Promise API](documentation/1-promise.md)" in a README: a ticked list of what the
    // project has, whose links are followed; a handoff's ticked link is still a claim of work done.
    for (const ref of references)
      if (ref.kind === "link" && ref.intent === "created" && ref.intentReason === CHECKED_TASK) {
        ref.intent = "exists";
        ref.intentReason = "a link in a ticked list of what the project has";
      }
  }
  const older = cls === "document" ? olderReleasesFrom(path, scan.headings) : null;
  if (older !== null)
    for (const ref of references)
      if (ref.line >= older) {
        ref.intent = "historical";
        ref.intentReason = OLDER_RELEASE;
      }

  const h1 = scan.headings.find((h) => h.depth === 1);
  const title = h1?.text || metadata.title || basename(path);
  if (metadata.title === undefined && h1) metadata.title = h1.text;

  return {
    path,
    class: cls,
    title,
    metadata,
    frontMatter: fm.data,
    frontMatterLines: fm.lines,
    problems,
    references,
    checklist: scan.items
      .filter((i) => i.checked !== null)
      .map((i) => {
        const section = scan.lines[i.line - 1]?.section ?? -1;
        return {
          line: i.line,
          checked: i.checked === true,
          text: plainText(i.text),
          section: scan.headings[section]?.text ?? "",
        };
      }),
    headings: scan.headings.map((h) => ({ line: h.line, depth: h.depth, text: h.text })),
    wikilinks: [...new Set(wikilinks)],
    suppressions: readSuppressions(scan.lines),
    body: fm.lines > 0 ? lines.slice(fm.lines).join("\n") : text,
    lineCount: lines.length,
  };
}

/** Why a document cannot be read as Markdown text, or null. */
function skipReason(text: string, maxBytes: number): string | null {
  if (typeof text !== "string") return "not text";
  const bytes = utf8Length(text, maxBytes);
  if (bytes > maxBytes) return `too large (more than ${maxBytes} bytes)`;
  const head = text.slice(0, SNIFF);
  if (head.includes("\u0000")) return "binary (contains NUL bytes)";
  let bad = 0;
  for (let i = head.indexOf("\ufffd"); i !== -1; i = head.indexOf("\ufffd", i + 1)) bad++;
  if (bad > 16 && bad > head.length / 10) return "not valid UTF-8 text";
  return null;
}

/** UTF-8 byte length, stopping early once past `limit`. */
function utf8Length(s: string, limit: number): number {
  if (s.length * 3 <= limit) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
    if (n > limit) return n;
  }
  return n;
}

function skipped(path: string, cls: DocumentClass, text: string, reason: string): ParsedDocument {
  return {
    path,
    class: cls,
    title: basename(path),
    metadata: { ignoreRules: [] },
    frontMatter: null,
    frontMatterLines: 0,
    problems: [],
    references: [],
    checklist: [],
    headings: [],
    wikilinks: [],
    suppressions: [],
    body: "",
    lineCount: typeof text === "string" && text !== "" ? text.split("\n").length : 0,
    skipped: reason,
  };
}

function basename(path: string): string {
  const i = path.lastIndexOf("/");
  return i === -1 ? path : path.slice(i + 1);
}

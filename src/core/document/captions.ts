// A file's name set over a code block that shows the file: "**app.js**:", "#### lambda.js",
// "And a `custom.json` configuration file:", "The `provider.js` file … is as follows:". In a guide
// or a tool's documentation the block is the file, written out for the reader to create in their
// own project; the name is not a file this repository is expected to hold.
import type { Scan } from "../markdown/scan.js";
import type { Reference } from "../types.js";

const CAPTION_REASON = "names the file the code block below it shows (the reader's copy)";

/** The first line of a block that edits a file instead of writing it out. */
const EDIT_BLOCK = /^\s*(?:<{7}|diff --git |--- |\+\+\+ |@@ )/;
/** A line made of the name alone, with emphasis, a code span, a heading's marks or a colon. */
const DECORATION = /[\s*_`:#()]/g;
/** "a `custom.json` configuration file:", "another `b.json`:": an example introduced by an article. */
const INTRODUCED = /(?:^|\s)(?:a|an|another)\s+[*_`'"]*$/i;
/** What may follow such a name to the colon: nothing, or "(configuration) file". */
const NAMED_FILE_END = /^[`*_'"]*(?:(?:\s+[\w-]+)?\s+file)?\s*:$/i;
/**
 * "… is as follows:", "… looks like this:": the block below is the file. ("Change X as follows:"
 * and "update X like this:" edit a file that is there, so not those.)
 */
const SHOWN_BELOW = /\b(?:is|are) as follows\s*:\s*$|\blooks? like this\s*:\s*$/i;

/**
 * Mark as examples the document's mentions that caption a code block (see above). Only mentions
 * read as relied on change: one written as created or planned keeps its reading.
 */
export function markCaptions(scan: Scan, references: Reference[]): void {
  if (scan.fences.length === 0) return;
  const captionLines = new Map<number, string>();
  for (const fence of scan.fences) {
    // `fence.line` is the opening line's number; the caption is the line above it, or the one
    // above a single blank line.
    let k = fence.line - 2;
    if (scan.lines[k]?.kind === "blank") k--;
    const info = scan.lines[k];
    if (!info || (info.kind !== "paragraph" && info.kind !== "heading")) continue;
    // An edit of the file (aider's SEARCH/REPLACE block, a diff) is a change to it, not its copy.
    const body = scan.lines[fence.line];
    if (body?.kind === "fence-body" && EDIT_BLOCK.test(body.text)) continue;
    captionLines.set(info.line, info.text.slice(info.start, info.end));
  }
  if (captionLines.size === 0) return;
  const onLine = new Map<number, number>();
  for (const ref of references) onLine.set(ref.line, (onLine.get(ref.line) ?? 0) + 1);
  const shown = new Set<string>();
  for (const ref of references) {
    const text = captionLines.get(ref.line);
    if (text === undefined || ref.intent !== "exists" || onLine.get(ref.line) !== 1) continue;
    if (isCaption(text, ref)) {
      ref.intent = "example";
      ref.intentReason = CAPTION_REASON;
      shown.add(ref.path);
    }
  }
  // "Uses **app.js** from the previous example", "Merges `custom.json` and `base.json`": the same
  // name elsewhere in the document is the file it wrote out.
  if (shown.size === 0) return;
  for (const ref of references) {
    if (ref.intent !== "exists" || ref.kind === "link" || !shown.has(ref.path)) continue;
    ref.intent = "example";
    ref.intentReason = SHOWN_REASON;
  }
}

const SHOWN_REASON = "the file a code block of this document writes out (the reader's copy)";

function isCaption(text: string, ref: Reference): boolean {
  const at = text.indexOf(ref.raw);
  if (at === -1) return false;
  if (text.replace(DECORATION, "") === ref.raw.replace(DECORATION, "")) return true;
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(":")) return false;
  return (
    (INTRODUCED.test(text.slice(0, at)) && NAMED_FILE_END.test(trimmed.slice(at + ref.raw.length))) ||
    SHOWN_BELOW.test(trimmed)
  );
}

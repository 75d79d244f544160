// References of a whole document: walk the scanned lines, collect candidates from links, code
// spans, prose and fenced path lists, give each the context it stands in, classify intent, then
// apply document-level awareness.

import { type Definition, parseDefinition } from "../markdown/definition.js";
import { type InlineToken, scanInline } from "../markdown/inline.js";
import { type Scan, type ScannedLine, splitCells } from "../markdown/scan.js";
import { plainText } from "../markdown/text.js";
import type { Reference, ReferenceKind } from "../types.js";
import { applyAwareness, withAwarenessSources } from "./awareness.js";
import {
  type Candidate,
  codeCandidate,
  commandCandidate,
  fenceCandidate,
  linkCandidate,
  proseCandidates,
} from "./candidates.js";
import { ARROW_AFTER, statusCellIntent } from "./cues.js";
import { KNOWN_EXTENSIONS } from "./extensions.js";
import { classifyIntent, type MentionContext } from "./intent.js";
import { MORE_STATUS_HEADER } from "./languages-more.js";
import { placeholderReason } from "./placeholder.js";

export interface Extraction {
  references: Reference[];
  wikilinks: string[];
}

/**
 * Which of a document's references need their intent read, given each one's kind, path and
 * anchor (intent not yet set): indices into `refs`, or null for all. Reading intent is most of
 * the parse's cost, and it matters only where a target is not in the tree (or where an anchor
 * will be checked against the file); a caller that can resolve paths says which those are. The
 * mentions that could lend one of them their intent by document-level awareness are added here.
 */
export type IntentFilter = (refs: readonly Reference[]) => ReadonlySet<number> | null;

/** The intent given to a reference whose intent was not read (see IntentFilter). */
export const UNREAD_REASON = "target found; intent not read";

/** A status column, also as Spanish, Portuguese, French and German write it. */
const STATUS_HEADER =
  /\b(?:status|state|result|done|progress|outcome|estado|estat|situa[cç][aã]o|statut|[eé]tat|zustand|stand)\b|状态|状況|状態|進捗|ステータス|상태|✅/i;
/** A column header that names files or paths. */
const FILE_HEADER = /\b(?:files?|paths?|datei(?:en)?|fichiers?|archivos?|arquivos?)\b/i;
function isStatusHeader(header: string): boolean {
  return STATUS_HEADER.test(header) || MORE_STATUS_HEADER.test(header);
}
/**
 * A cell that opens by saying its row is a plan: "**planned** for Q3", "not created yet", "TBD",
 * "(sẽ thêm ở Q3)" (Vietnamese: will be added in Q3), "akan dibuat" (Indonesian).
 */
const PLAN_NOTE =
  /^[\s*_~]*(?:[^\p{L}\p{N}\s]{1,2}\s*)?(?:planned|not (?:yet )?(?:created|started|built)|to be (?:created|written|added)|coming soon|proposed|tbd|sẽ (?:thêm|tạo|viết|bổ sung)|akan (?:ditambahkan|dibuat))(?![\p{L}])|\(\s*(?:planned|not (?:yet )?(?:created|started|built)|to be (?:created|written|added)|tbd)(?![\p{L}])/iu;
/** What a table row's cells say of the whole row: notes of a plan or of the reader's own file. */
interface RowNotes {
  /** Cells (at most two) whose text opens with a plan. */
  planNotes: number[];
  /** Cells (at most two) that say the row's file is the reader's. */
  yoursNotes: number[];
  /** Cells (at most two) that open by saying the row's file is kept out of the repository. */
  localNotes: number[];
  /** The first and the last cell holding a path in a code span, or -1. */
  firstPathCell: number;
  lastPathCell: number;
}

const NO_ROW_NOTES: RowNotes = {
  planNotes: [],
  yoursNotes: [],
  localNotes: [],
  firstPathCell: -1,
  lastPathCell: -1,
};

function rowNotes(cells: readonly { text: string }[]): RowNotes {
  const out: RowNotes = {
    planNotes: [],
    yoursNotes: [],
    localNotes: [],
    firstPathCell: -1,
    lastPathCell: -1,
  };
  cells.forEach((cell, k) => {
    if (out.planNotes.length < 2 && PLAN_NOTE.test(cell.text)) out.planNotes.push(k);
    if (out.yoursNotes.length < 2 && YOURS_NOTE.test(cell.text)) out.yoursNotes.push(k);
    if (out.localNotes.length < 2 && LOCAL_NOTE.test(cell.text)) out.localNotes.push(k);
    if (PATH_CELL.test(cell.text)) {
      if (out.firstPathCell < 0) out.firstPathCell = k;
      out.lastPathCell = k;
    }
  });
  return out;
}

/** A cell saying its row's file is the reader's: "a note in *your* vault", "in their project". */
const YOURS_NOTE =
  /\b(?:in|of)\s+[*_]?(?:your|their|the user's|a user's)[*_]?\s+(?:own\s+)?(?:vault|project|repo|repository|workspace|app|machine)\b/i;
/**
 * A cell that opens by saying the row's file is kept out of the repository: "| `dbt/profiles.yml` |
 * local only, not in the repo; copy the example |". Read as what follows the mention.
 */
const LOCAL_NOTE =
  /^[\s*_~(]*(?:local(?:ly)?[- ]only|only (?:local(?:ly)?|on (?:my|your|our|the dev's|each dev's) (?:machine|laptop))|not (?:in|committed to|checked in(?:to)?) (?:the )?(?:repo|repository|git)|(?:git)?ignored|untracked|uncommitted|never committed)\b/i;
/** A table cell holding a path in a code span (`services/a/app.py`). */
const PATH_CELL = /`[^`\s]*[/.][^`\s]*`/;
/** Characters of a line read on each side of a mention. */
const CONTEXT_WINDOW = 160;
const MAX_PARENT_ITEMS = 5;

/** Index of the cell containing `pos` (cells ordered by start). Binary search. */
function cellIndex(cells: { start: number }[], pos: number): number {
  let lo = 0;
  let hi = cells.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cells[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Is [start, end) inside one of the (ordered, disjoint) strikethrough spans? Binary search. */
function struck(strikes: InlineToken[], start: number, end: number): boolean {
  let lo = 0;
  let hi = strikes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = strikes[mid]!;
    if (s.end < end) lo = mid + 1;
    else if (s.start > start) hi = mid - 1;
    else return true;
  }
  return false;
}

export function extractReferences(scan: Scan, needsIntent?: IntentFilter): Extraction {
  const refs: Reference[] = [];
  /** Each reference's mention, kept until its intent is read (after the walk, see IntentFilter). */
  const mentions: Mention[] = [];
  /** Indices of references whose intent rests on a weak signal (not spread by awareness). */
  const tentative = new Set<number>();
  const fenceWhy = new Map<number, string | null>();
  /** Shell blocks with a line that changed folder or fetched files (see `scriptRun`). */
  const fenceMoved = new Set<number>();
  const wikilinks: string[] = [];
  const titleIndex = scan.headings.findIndex((h) => h.depth === 1);
  const statusColumns = new Map<number, number>();
  const itemTexts: (string | undefined)[] = [];
  // Table cells of the current line, split once per line however many mentions it holds.
  let cellsLine = -1;
  let cellsCache: { text: string; start: number }[] = [];
  let rowCache: RowNotes = NO_ROW_NOTES;
  // Definitions first: a reference link (`[text][label]`, `[text]`) is a link only when the
  // document defines its label, wherever the definition stands.
  const definitions = new Map<number, Definition | null>();
  const labels = new Set<string>();
  /** Where each defined label is first used (`[text][label]`): a definition is read from there. */
  const usages = new Map<string, { info: ScannedLine; start: number; end: number; strikes: InlineToken[] }>();
  for (const info of scan.lines) {
    if (info.kind !== "definition") continue;
    const d = parseDefinition(info.text, info.start);
    definitions.set(info.line, d);
    if (d) labels.add(normalizeLabel(d.label));
  }

  for (let k = 0; k < scan.lines.length; k++) {
    const info = scan.lines[k]!;
    switch (info.kind) {
      case "paragraph":
      case "heading":
      case "table-row":
        inlineLine(info);
        break;
      case "definition": {
        const d = definitions.get(info.line) ?? null;
        if (d) {
          const c = linkCandidate(d.dest, d.destStart);
          if (c) {
            push(info, c, "definition", c.start, c.start + c.raw.length, []);
            mentions.at(-1)!.label = normalizeLabel(d.label);
          }
        } else inlineLine(info);
        break;
      }
      case "html":
        // `<p align="center"><img src="docs/logo.png"></p>`: the files an HTML block links to.
        htmlTargets(info, info.start, info.end, []);
        break;
      case "fence-body":
      case "indented-code": {
        // Only a diff header (`--- a/x`, `+++ b/x`) needs its neighbours: slice them for it alone.
        const header = info.text.startsWith("--- ", info.start) || info.text.startsWith("+++ ", info.start);
        const c = header
          ? fenceCandidate(info.text, info.start, codeLine(k - 1, info), codeLine(k + 1, info))
          : (fenceCandidate(info.text, info.start) ?? scriptRun(info));
        // `debug.log, // the log function` in a JavaScript block: an expression in a list, not a file.
        if (c && /^[,;]/.test(info.text.slice(c.start + c.raw.length)) && codeFence(info)) break;
        if (c) {
          const why = info.kind === "fence-body" ? fenceExample(info.fence) : null;
          if (why) c.example = why;
          else if (fromFilesystemRoot(info))
            c.example = "in a drawn tree of the reader's file system (it starts at '/')";
          else if (exampleTreeRoot(info))
            c.example = `in a drawn tree of an example project ('${exampleTreeRoot(info)}')`;
          else if (c.cand.folder && treeRoot(k, info))
            c.example = "the root folder a drawn tree starts from (the project itself)";
          push(info, c, "fence", c.start, c.start + c.raw.length, []);
          for (const more of c.also ?? [])
            push(info, more, "fence", more.start, more.start + more.raw.length, []);
        }
        break;
      }
      default:
        break;
    }
  }
  const wanted = needsIntent ? withAwarenessSources(refs, needsIntent(refs)) : null;
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i]!;
    if (wanted && !wanted.has(i)) {
      ref.intent = "exists";
      ref.intentReason = UNREAD_REASON;
      continue;
    }
    const m = mentions[i]!;
    // A definition (often gathered at the end, under whatever heading is last) is read where the
    // page uses it: "Metric definitions: [glossary][glossary]".
    const used = m.label !== undefined ? usages.get(m.label) : undefined;
    const ctx = used
      ? context(used.info, m.c, "link", used.start, used.end, used.strikes)
      : context(m.info, m.c, ref.kind, m.spanStart, m.spanEnd, m.strikes);
    const { intent, reason, tentative: weak } = classifyIntent(ctx);
    if (weak) tentative.add(i);
    ref.intent = intent;
    ref.intentReason = reason;
    if ((intent === "exists" || intent === "created") && ARROW_AFTER.test(ctx.after)) ref.arrowNext = true;
  }
  applyAwareness(refs, tentative);
  return { references: refs, wikilinks };

  /**
   * The first line of a fenced block, with no tree drawing of its own, when the next line draws a
   * branch (`├──`, `└──`): `tomlette/` over the tree of the project it names.
   */
  function treeRoot(k: number, info: ScannedLine): boolean {
    if (info.kind !== "fence-body" || /^\s*[├└│|`+]/.test(info.text.slice(info.start))) return false;
    const previous = scan.lines[k - 1];
    if (previous && previous.kind === "fence-body" && previous.fence === info.fence) return false;
    const next = codeLine(k + 1, info);
    return next !== undefined && /^\s*[├└│]/.test(next);
  }

  /** A block whose first line is `/` alone: a drawing of the file system, not of this project. */
  function fromFilesystemRoot(info: ScannedLine): boolean {
    const fence = info.kind === "fence-body" ? scan.fences[info.fence] : undefined;
    const first = fence ? scan.lines[fence.line] : undefined;
    return first !== undefined && first.kind === "fence-body" && first.text.trim() === "/";
  }

  /**
   * The root of a drawn tree named as a placeholder (`my-project`, `your-app/`, `example-site`):
   * the tree shows the layout of the reader's project, not this one. Null otherwise.
   */
  function exampleTreeRoot(info: ScannedLine): string | null {
    const fence = info.kind === "fence-body" ? scan.fences[info.fence] : undefined;
    if (!fence) return null;
    const first = scan.lines[fence.line];
    if (!first || first.kind !== "fence-body" || first === info) return null;
    const root = first.text.trim().replace(/\/$/, "");
    if (root === "" || /[\s├└│]/.test(root)) return null;
    const second = scan.lines[fence.line + 1];
    if (!second || second.kind !== "fence-body" || !/^\s*[├└│]/.test(second.text)) return null;
    return placeholderReason(root) !== null || /^(?:example|sample|demo)[-_]/i.test(root) ? root : null;
  }

  /** The code of line `k` when it belongs to the same block as `info`, else undefined. */
  function codeLine(k: number, info: ScannedLine): string | undefined {
    const other = scan.lines[k];
    if (!other || other.kind !== info.kind || other.fence !== info.fence) return undefined;
    return other.text.slice(other.start);
  }

  /**
   * The script a command line of a shell block runs. Not after a line that changes folder or
   * fetches files (`cd api`, `curl -O …/get.py`, `git clone`): the script may be that one.
   */
  function scriptRun(info: ScannedLine): Candidate | null {
    if (!shellFence(info)) return null;
    const line = info.text.slice(info.start);
    if (fenceMoved.has(info.fence)) return null;
    if (MOVES.test(line)) {
      fenceMoved.add(info.fence);
      return null;
    }
    return commandCandidate(line, info.start);
  }

  /** A block of shell commands: a fence marked as shell, or not marked at all. */
  function shellFence(info: ScannedLine): boolean {
    const language = fenceLanguage(info);
    return language !== null && SHELL_FENCE.test(language);
  }

  /** A block of program code in a language whose expressions look like names (`debug.log`). */
  function codeFence(info: ScannedLine): boolean {
    const language = fenceLanguage(info);
    return language !== null && CODE_FENCE.test(language);
  }

  /** The first word of a fenced block's info string ("" when unmarked), or null outside one. */
  function fenceLanguage(info: ScannedLine): string | null {
    const fence = info.kind === "fence-body" ? scan.fences[info.fence] : undefined;
    return fence === undefined ? null : (fence.info.trim().split(/\s/)[0] ?? "");
  }

  /** A fence that shows Markdown (```markdown) or a template is an illustration: paths in it are examples. */
  function fenceExample(index: number): string | null {
    let why = fenceWhy.get(index);
    if (why === undefined) {
      const fence = scan.fences[index];
      why = null;
      if (fence) {
        if (MARKDOWN_FENCE.test(fence.info)) why = "inside a fenced Markdown example";
        else if (fence.label && EXAMPLE_LABEL.test(fence.label)) why = "inside a fenced template or example";
      }
      fenceWhy.set(index, why);
    }
    return why;
  }

  /**
   * "`a.py → b.py` (rename)": a rename inside one code span. Each side is a mention of its own, and
   * its span ends (or starts) at the arrow, so it reads as "`a.py` → `b.py`" does.
   */
  function arrowInside(
    info: ScannedLine,
    t: InlineToken & { type: "code" },
    strikes: InlineToken[],
  ): boolean {
    const m = t.value.includes("→") || t.value.includes(">") ? ARROW_INSIDE.exec(t.value) : null;
    if (!m) return false;
    const rightAt = t.valueStart + t.value.length - m[2]!.length - m[3]!.length;
    const left = codeCandidate(m[1]!, t.valueStart);
    const right = codeCandidate(m[2]!, rightAt);
    if (!left || !right) return false;
    push(info, left, "code", t.start, t.valueStart + m[1]!.length, strikes);
    push(info, right, "code", rightAt, t.end, strikes);
    return true;
  }

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
      if (t.type === "reflink") {
        // A defined reference link: its definition line is the reference, and a file named in
        // its text (`[`contributing.md`][contributing]`) is the link's label, not a mention.
        if (t.start < cursor || labels.size === 0) continue;
        const label = normalizeLabel(t.label);
        if (!labels.has(label)) continue;
        if (!usages.has(label)) usages.set(label, { info, start: t.start, end: t.end, strikes });
        prose(cursor, t.start);
        cursor = t.end;
        continue;
      }
      // `services/<name>/utils.py`: an "HTML tag" glued to a word is a placeholder inside it.
      if (t.type === "html" && !HTML_TAGS.has(t.tag) && glued(info.text, t.start, t.end, info.start, end))
        continue;
      if (t.start < cursor) {
        // A badge (`[![coverage](docs/coverage.svg)](docs/coverage.md)`): the image inside a
        // link's text is shown on the page, so its file is a reference of its own.
        if (t.type === "image" && t.dest !== "") {
          const c = linkCandidate(t.dest, t.destStart);
          if (c) push(info, c, "image", t.start, t.end, strikes);
        }
        continue; // otherwise inside a link's text: the link itself is the reference
      }
      prose(cursor, t.start);
      cursor = t.end;
      if (t.type === "code") {
        if (arrowInside(info, t, strikes)) continue;
        const c = commandCandidate(t.value, t.valueStart) ?? codeCandidate(t.value, t.valueStart);
        if (c) push(info, c, "code", t.start, t.end, strikes);
        for (const more of c?.also ?? []) push(info, more, "code", t.start, t.end, strikes);
      } else if (t.type === "link" || t.type === "image") {
        if (t.dest === "") continue;
        const c = linkCandidate(t.dest, t.destStart);
        if (c) push(info, c, t.type, t.start, t.end, strikes);
      } else if (t.type === "html") {
        htmlTargets(info, t.start, t.end, strikes);
      } else if (t.type === "wikilink") {
        const ext = t.name.includes(".") ? t.name.slice(t.name.lastIndexOf(".") + 1).toLowerCase() : "";
        const path = KNOWN_EXTENSIONS.has(ext) ? t.name : `${t.name}.md`;
        wikilinks.push(t.name);
        const c: Candidate = {
          start: t.nameStart,
          // `[[Helm Chart|Helm-Chart]]` as written, so a finding shows both parts.
          raw: t.alias ? info.text.slice(t.nameStart, t.end - 2).trimEnd() : t.name,
          cand: { path, folder: false, rawLength: t.name.length },
        };
        if (INTERNAL_SLOTS.has(t.name))
          c.example = "an ECMAScript internal slot such as [[Prototype]], not a note";
        else {
          // A template's `[[Daily/YYYY-MM-DD]]` or `[[<project>]]` names no note yet.
          const placeholder = placeholderReason(t.name);
          if (placeholder) c.example = placeholder;
        }
        push(info, c, "wikilink", t.start, t.end, strikes, t.alias);
      }
    }
    prose(cursor, end);
  }

  /**
   * `href` and `src` of the HTML tags in `info.text[from, to)`, as link and image targets. Each
   * tag is read from its `<` to the next `>` and the scan goes on after that `>`, so a line of
   * unclosed tags costs linear time.
   */
  function htmlTargets(info: ScannedLine, from: number, to: number, strikes: InlineToken[]): void {
    const text = info.text;
    // Comments in the range, found once: `<!-- <img src="old.png"> -->` shows nothing.
    const comments = text.slice(from, to).includes("<!--") ? commentSpans(text, from, to) : [];
    let comment = 0;
    let at = text.indexOf("<", from);
    while (at >= 0 && at < to) {
      const close = text.indexOf(">", at + 1);
      if (close < 0 || close >= to) return;
      while (comment < comments.length && comments[comment]![1] <= at) comment++;
      const commented = comment < comments.length && comments[comment]![0] <= at;
      const tag = commented ? null : HTML_TARGET_TAG.exec(text.slice(at, Math.min(close, at + 40)));
      if (tag) {
        const attributes = text.slice(at + tag[0].length, close);
        const m = HTML_TARGET_ATTRIBUTE.exec(attributes);
        const value = m ? (m[2] ?? m[3] ?? m[4] ?? "") : "";
        if (m && value !== "") {
          const quoted = m[2] !== undefined || m[3] !== undefined;
          const valueStart = at + tag[0].length + m.index + m[0].length - value.length - (quoted ? 1 : 0);
          const c = linkCandidate(value, valueStart);
          const kind = m[1]!.toLowerCase() === "href" ? "link" : "image";
          if (c) push(info, c, kind, valueStart, valueStart + value.length, strikes);
        }
      }
      if (close + 1 >= to) return;
      at = text.indexOf("<", close + 1);
    }
  }

  function push(
    info: ScannedLine,
    c: Candidate,
    kind: ReferenceKind,
    spanStart: number,
    spanEnd: number,
    strikes: InlineToken[],
    alias?: string,
  ): void {
    if (!c.example && projectTitle(info, c.raw))
      c.example = "the project's name as the title (`# core.js`), not a file";
    const ref: Reference = {
      kind,
      raw: c.raw,
      path: c.cand.path,
      line: info.line,
      column: c.start + 1,
      folder: c.cand.folder,
      // Read after the walk, for the references that need it.
      intent: "exists",
      intentReason: "",
    };
    if (c.cand.range) ref.range = c.cand.range;
    if (alias) ref.alias = alias;
    refs.push(ref);
    mentions.push({ info, c, spanStart, spanEnd, strikes });
  }

  /** `# core.js`, `# types.ts`: a title that is only a script's name names the project. */
  function projectTitle(info: ScannedLine, raw: string): boolean {
    if (info.kind !== "heading") return false;
    const heading = scan.headings[info.section];
    return heading?.depth === 1 && heading.text === raw && PROJECT_NAME.test(raw);
  }

  /** An item's plain text, once per item however many mentions sit under it. */
  function itemText(index: number): string {
    let text = itemTexts[index];
    if (text === undefined) {
      text = plainText(scan.items[index]!.text);
      itemTexts[index] = text;
    }
    return text;
  }

  function statusColumn(table: number): number {
    let col = statusColumns.get(table);
    if (col === undefined) {
      // "| State / file | Change | Status |": the column that names the files is not their status.
      const header = scan.tables[table]!.header;
      col = header.findIndex((h) => isStatusHeader(h) && !FILE_HEADER.test(h));
      if (col < 0) col = header.findIndex(isStatusHeader);
      statusColumns.set(table, col);
    }
    return col;
  }

  function cellsOf(info: ScannedLine): { text: string; start: number }[] {
    if (cellsLine !== info.line) {
      cellsLine = info.line;
      cellsCache = splitCells(info.text.slice(info.start)).map((cell) => ({
        ...cell,
        start: cell.start + info.start,
      }));
      rowCache = rowNotes(cellsCache);
    }
    return cellsCache;
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
    let mapsTo = false;
    let yours = false;
    let mapsToLater = false;
    let moveOpen = false;
    let rowNote: string | null = null;
    if (info.kind === "table-row" && info.table >= 0) {
      const cells = cellsOf(info);
      const header = scan.tables[info.table]!.header;
      const idx = cellIndex(cells, spanStart);
      const cell = cells[idx];
      if (cell) {
        from = cell.start;
        to = Math.max(spanEnd, cell.start + cell.text.length);
        column = header[idx] ?? null;
        // A row's status speaks for its subject: the first column, or a column of files or of
        // things made as files ("| 3 | `scenes/level_03.tscn` | ❌ Not started |" under "Scene"),
        // not where a finding is ("Location").
        const subject =
          idx === 0 ||
          (column !== null &&
            /\b(?:file|path|name|document|artifact|module|action|task|item|step|change|deliverable|todo|to-do|archivo|fichier|datei|arquivo|new|destination|target|scene|asset|page|screen|component|template|notebook|script|migration|view|prefab|sprite|test|spec|class|classe|source|config|manifest|workflow|runbook|report|fixture|figure|image|texture|resource|doc)s?\b|文件|路径|ファイル|파일|файл|ملف|फ़ाइल|फाइल|tệp|berkas|bestand|plik|dosya|fichero|fitxer|fitxers|fail|acció|replacement|replaced by|implementation|equivalent/i.test(
              column,
            ));
        if (subject && (column === null || !isStatusHeader(column) || FILE_HEADER.test(column))) {
          const statusIdx = statusColumn(info.table);
          if (statusIdx >= 0 && statusIdx !== idx) {
            statusCell = cells[statusIdx]?.text ?? null;
            // "| `old/a.py` | `new/a.py` | ✅ Done |": a row that maps one path to another.
            for (let k = idx + 1; k < statusIdx; k++) if (PATH_CELL.test(cells[k]?.text ?? "")) mapsTo = true;
          }
        } else if (
          idx === rowCache.lastPathCell &&
          rowCache.firstPathCell >= 0 &&
          rowCache.firstPathCell < idx
        ) {
          // "| `POST /v1/payments` | `Payments.pm` | `go/payments/handler.go` | 🟡 In progress |":
          // a row that maps one path to another; its status speaks for the new side, the last.
          const statusIdx = statusColumn(info.table);
          if (statusIdx > idx) statusCell = cells[statusIdx]?.text ?? null;
        } else if (column !== null && WHERE_COLUMN.test(column)) {
          // "| Tempo ingest alerts | `alerts/tempo.rules.yml` | ✅ Done |" under "Where": a done
          // action was done in that file. An open one may be an edit or a new file, so only done
          // speaks for the file.
          const statusIdx = statusColumn(info.table);
          const cellText = statusIdx >= 0 && statusIdx !== idx ? cells[statusIdx]?.text : undefined;
          if (cellText !== undefined && statusCellIntent(cellText) === "created") statusCell = cellText;
        }
        // Facts of the whole row, found once per row (a row may hold thousands of mentions).
        const row = rowCache;
        // No status column: a note that opens with a plan speaks for the whole row ("| billing-
        // notifications | `billing-notifications/` | **planned** for Q3; not created yet |").
        if (statusCell === null && statusColumn(info.table) < 0) {
          const note = row.planNotes.find((k) => k !== idx);
          if (note !== undefined) statusCell = cells[note]?.text ?? null;
        }
        // "| `docs/intro.md` | `src/content/docs/index.mdx` |": a later cell names another path.
        mapsToLater = row.lastPathCell > idx;
        // ... and the row's status says the move has not happened yet (❌ Not started, 🟡).
        if (mapsToLater) {
          const statusIdx = statusColumn(info.table);
          const status = statusIdx > row.lastPathCell ? cells[statusIdx]?.text : undefined;
          moveOpen = status !== undefined && statusCellIntent(status) === "planned";
        }
        // "| Template | `Templates/Daily.md` | a note in *your* vault |": the row names the reader's file.
        yours = row.yoursNotes.some((k) => k !== idx);
        const local = row.localNotes.find((k) => k > idx);
        if (local !== undefined) rowNote = cells[local]?.text ?? null;
      }
    }
    const text = info.text;
    // Context is read within a bounded window, so a megabyte line with thousands of mentions
    // costs linear time, not quadratic.
    const windowStart = Math.max(from, spanStart - CONTEXT_WINDOW);
    const lineBefore = text.slice(windowStart, spanStart);
    let before = clauseBefore(lineBefore);
    // The line before, when this line continues its paragraph (its label may cover this line).
    let wrapped: string | null = null;
    // A clause that wraps onto this line ("…, e.g.⏎`keys/prod/a.pem`") starts on the line before.
    if (windowStart === from && before.length === lineBefore.length && !info.itemStart) {
      const prev = scan.lines[info.line - 2];
      if (
        prev &&
        prev.line === info.line - 1 &&
        prev.kind === "paragraph" &&
        prev.quote === info.quote &&
        prev.item === info.item &&
        prev.commentFrom < 0
      ) {
        const tail = prev.text.slice(Math.max(prev.start, prev.end - CONTINUATION_WINDOW), prev.end);
        before = clauseBefore(`${tail} ${lineBefore}`);
        if (prev.start + CONTINUATION_WINDOW >= prev.end) wrapped = prev.text.slice(prev.start, prev.end);
      }
    }
    let rawAfter = text.slice(spanEnd, Math.min(to, spanEnd + CONTEXT_WINDOW));
    // A clause that wraps onto the next line ("(`assets/spa/`,⏎deleted in October)") ends there.
    if (info.kind === "paragraph" && spanEnd + CONTEXT_WINDOW >= to) {
      const next = scan.lines[info.line];
      if (
        next &&
        next.line === info.line + 1 &&
        next.kind === "paragraph" &&
        next.quote === info.quote &&
        next.item === info.item &&
        !next.itemStart &&
        next.commentFrom < 0
      ) {
        const head = next.text.slice(next.start, Math.min(next.end, next.start + CONTINUATION_WINDOW));
        rawAfter = `${rawAfter} ${head}`;
      }
    }
    // The mention ends its cell and a later cell says the file is kept out of the repository.
    if (rowNote !== null && /^[\s`*_]*$/.test(rawAfter)) rawAfter = ` (${rowNote})`;
    const after = clauseAfter(rawAfter);
    // A reference definition's `[label]:` names the link, it says nothing about the file.
    // "Planned: a `hosts/cinder/` config and a⏎`modules/restic.nix` module": the label of the line
    // this one continues covers the rest of its sentence.
    const inline =
      windowStart === from && kind !== "definition"
        ? (INLINE_LABEL.exec(lineBefore) ??
          (wrapped !== null && before.trimStart().length > lineBefore.length
            ? INLINE_LABEL.exec(wrapped)
            : null) ??
          // A full-width colon, as Chinese and Japanese write a label ("待办：").
          (lineBefore.includes("：")
            ? /^\s*(?:[-*+]\s+)?(?:\*\*|__)?([^:：*_]{1,30}?)(?:\*\*|__)?：(?:\*\*|__)?\s*/.exec(lineBefore)
            : null))
        : null;

    const parentItems: string[] = [];
    let checked: boolean | null = null;
    if (info.item >= 0) {
      const item = scan.items[info.item]!;
      checked = item.checked;
      if (item.line !== info.line) parentItems.push(itemText(info.item));
      for (
        let p = item.parent, depth = 0;
        p >= 0 && depth < MAX_PARENT_ITEMS;
        p = scan.items[p]!.parent, depth++
      )
        parentItems.push(itemText(p));
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
      inlineLabel: inline ? plainText(lastSentence(inline[1]!)) : null,
      checked,
      parentItems,
      label: info.label,
      sections,
      column,
      statusCell,
      quote: info.quote > 0 && !info.callout,
      strike: struck(strikes, spanStart, spanEnd),
      mark: /❌|✗|✘|⛔/.test(markText) ? "cross" : /✅|✔|☑/.test(markText) ? "done" : null,
      lineBefore,
    };
    if (mapsTo) ctx.mapsTo = true;
    if (mapsToLater && !moveOpen) ctx.rowMapsTo = true;
    if (info.item >= 0) ctx.item = true;
    if (SHOULD_START.test(before) && /[.!?](?=\s|$)/.exec(rawAfter)?.[0] === "?") ctx.question = true;
    if (c.status) ctx.fenceStatus = c.status;
    if (c.statusFrom) ctx.fenceStatusFrom = c.statusFrom;
    if (c.example) ctx.example = c.example;
    else if (yours) ctx.example = "a file of the reader's own vault or project (its row says so)";
    // mkdocstrings' `::: package.module` names a Python object to document, not a file.
    else if (/^\s*:::\s*$/.test(lineBefore))
      ctx.example = "the object of a documentation directive (`:::`), not a file";
    if (c.cand.local) ctx.local = c.cand.local;
    return ctx;
  }
}

const PROJECT_NAME = /^[\w.-]+\.(?:js|ts|mjs|cjs)$/i;

/** A sentence that opens with "should" or "shall" (after a list marker or bold): a question's start. */
const SHOULD_START = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?(?:should|shall)\s/;

/** Where a reference stands, for reading its intent after the walk. */
interface Mention {
  info: ScannedLine;
  c: Candidate;
  spanStart: number;
  spanEnd: number;
  strikes: InlineToken[];
  /** A definition's label (normalized), to find where the page uses it. */
  label?: string;
}

/** ECMAScript internal slots and methods, written `[[Prototype]]` in JavaScript docs. */
const INTERNAL_SLOTS = new Set(
  `Prototype Call Construct Get Set Class Value Writable Enumerable Configurable Scope Environment
  PromiseState PromiseResult PromiseFulfillReactions PromiseRejectReactions Target Handler BoundThis
  BoundTargetFunction BoundArguments Extensible HomeObject FunctionKind Realm DefineOwnProperty
  GetOwnProperty HasProperty Delete OwnPropertyKeys GetPrototypeOf SetPrototypeOf IsExtensible
  PreventExtensions PrimitiveValue ErrorData BooleanData NumberData StringData SymbolData DateValue`
    .split(/\s+/)
    .filter(Boolean),
);

/** "Next:", "- **Planned**:", "- [ ] TODO:": a label that opens a line. */
const INLINE_LABEL =
  /^\s*(?:[-*+]\s+)?(?:\[[ xX]\]\s+)?(?:\*\*|__)?([^:*_]{2,60}?)(?:\*\*|__)?:(?:\*\*|__)?\s/;

/** CommonMark label matching: case-insensitive, inner whitespace collapsed. */
function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}

/** A command that changes folder or fetches files. */
const MOVES = /(?:^|[\s;&|(])(?:cd|pushd|curl|wget|git\s+clone)\s/;
/** Info strings of fences that hold shell commands (and none: commands are often left unmarked). */
const SHELL_FENCE =
  /^(?:|bash|sh|shell|zsh|fish|console|shell-session|sh-session|terminal|cmd|powershell|ps1|pwsh)$/i;
/** Two names with an arrow between them, in one code span. */
const ARROW_INSIDE = /^(\s*[^\s→]+)\s*(?:→|->|=>|⟶|⇒)\s*([^\s→]+)(\s*)$/;
const CODE_FENCE =
  /^(?:js|javascript|jsx|mjs|cjs|ts|typescript|tsx|py|python|rb|ruby|go|rust|rs|java|kotlin|kt|swift|c|cpp|c\+\+|cs|csharp|php|scala|dart|lua)$/i;
const MARKDOWN_FENCE = /^(?:markdown|md|mdx|gfm|commonmark|rmd)\b/i;
const EXAMPLE_LABEL = /\b(?:templates?|examples?|samples?|skeleton|boilerplate)\b/i;
/** Characters of the previous line read when a clause wraps onto the mention's line. */
const CONTINUATION_WINDOW = 120;

/** Real HTML tags stay tags when glued (`a.py<br>b.py`); anything else glued is a placeholder. */
/** A tag that links or shows a file: `<a`, `<img`, `<source` … (at the start of a tag's text). */
const HTML_TARGET_TAG = /^<(?:a|img|source|video|audio|iframe|embed)(?=[\s/])/i;
/** Its first `href` or `src`, in the text between the tag name and `>`. */
const HTML_TARGET_ATTRIBUTE = /\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

/** The HTML comments in `text[from, to)` as [start, end) pairs, in order (an unclosed one runs to `to`). */
function commentSpans(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf("<!--", from); at >= 0 && at < to; at = text.indexOf("<!--", at + 4)) {
    const close = text.indexOf("-->", at + 4);
    const end = close < 0 || close + 3 > to ? to : close + 3;
    out.push([at, end]);
    if (end === to) break;
    at = end - 4;
  }
  return out;
}

const HTML_TAGS = new Set(
  "a abbr b br code del details div em h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s small span strong sub summary sup table td th tr u ul !--".split(
    " ",
  ),
);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** An inline token glued to text on either side (no space between). */
function glued(text: string, start: number, end: number, from: number, to: number): boolean {
  return (
    (start > from && !isSpace(text.charCodeAt(start - 1))) || (end < to && !isSpace(text.charCodeAt(end)))
  );
}

/** Abbreviations whose dot ends no sentence, English and the other languages' "e.g." and "etc.". */
const ABBREVIATION =
  /(?:\b(?:e\.g|i\.e|etc|vs|approx|cf|no|fig|mr|mrs|dr|st|esim|z\.b|p\.ex|bijv|t\.ex|f\.eks|np|npr|napr|piem|např|örn|pl|cth|usw|bzw|vgl|evtl|ggf|ecc|ex|tj|itd|bv|p\.sh)|\.\w)$/i;

/** The clause of `s` (text before a mention) that leads up to it, lower-cased. */
export function clauseBefore(s: string): string {
  let cut = 0;
  const re = /[.!?;:](?=\s)|\bthen\b|\bbut\b|\bwhile\b|\bwhereas\b|\bbecause\b/g;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (m[0] === "." && ABBREVIATION.test(s.slice(Math.max(0, m.index - 6), m.index + 1).replace(/\.$/, "")))
      continue;
    cut = m.index + m[0].length;
  }
  const clause = s.slice(cut).toLowerCase();
  // "Once the file is created, the root X must be updated": the fronted clause's verb is about
  // something else; the mention's clause starts after its comma.
  const fronted = FRONTED_CLAUSE.exec(clause);
  return fronted ? clause.slice(fronted[0].length) : clause;
}

/**
 * A fronted clause with its own subject: three words or more ("once the file is created,").
 * "Once created, X must…" is elliptical: its verb is about X and stays.
 */
const FRONTED_CLAUSE =
  /^\s*(?:once|when|whenever|after|before|until|unless|as soon as)\s+(?:[^,\s]+\s+){2,}[^,\s]+,\s/;

/** A column that says where an action was done ("Where", "In"). */
const WHERE_COLUMN = /^\s*(?:where|in|landed in|done in)\s*$/i;

/** "…; both were merged into `c.yaml`": the next clause says what became of the names before it. */
const GONE_TOO_NEXT =
  /^\s+(?:both|they|these|those|all (?:three|four|of them))\s+(?:were|have been|got)\s+(?:deleted|removed|dropped|merged|folded|consolidated|combined|renamed|moved)\b/i;

/** The rest of the clause after a mention, lower-cased. */

/** A next sentence that says the file just named is not committed. */
const NOT_COMMITTED_NEXT =
  /^\s+(?:it|this|this file|the file|that file|they)\s+(?:is|are|was|were|has|have)\s+(?:still\s+)?(?:[*_]{0,2}(?:not|n't|never)\s+(?:been\s+|yet\s+)*(?:committed|pushed|checked in|tracked|in (?:the\s+)?(?:repo|repository|git)\b)|only\s+on\s+my\s+(?:machine|laptop|computer)\b)/i;

/** "; it lives in the Linux tree, not in this repo": the next clause says where X is instead. */
const NOT_HERE_NEXT =
  /^\s+(?:it|which|they)\s+(?:is|are|lives?|sits?|resides?|exists?)\b[^.;]{0,60}?\bnot\s+(?:in|on|part of)\s+(?:the\s+|this\s+|our\s+)?(?:repo|repository|project)\b/i;

/** "Open two tabs and tick a task. Tests: …": a label is the words after the last full stop. */
function lastSentence(label: string): string {
  const m = /^.*[.!?]\s+/.exec(label);
  return m ? label.slice(m[0].length) : label;
}

/** "…calls it `InviteDialog.vue`; that name never existed": the next clause says it never was. */
const NEVER_NEXT =
  /^\s+(?:it|this|that|they|those|these)(?:\s+(?:name|file|folder|directory|path|module|script|change|patch|files|jobs|binary|crate|package|notebook|page|document|doc|config|template|test|spec|fixture|image|asset|reader|writer|helper|handler|class|component|service|route|endpoint|migration|view|model|controller|hook|plugin|workflow|job|worker|function|shim|stub|wrapper|parser|loader|client|adapter|exporter|importer))?\s+(?:has\s+|had\s+)?(?:never\s+(?:existed|made\s+it|been\s+(?:created|committed|added))|(?:was|were)\s+never\s+(?:created|committed|added|pushed|checked in)|(?:was|were)\s+(?:folded|merged)\s+into|(?:was|were|got)\s+(?:later\s+|then\s+)?(?:reverted|rolled back|removed|deleted|dropped)|(?:is|are)\s+(?:long\s+)?gone|(?:later\s+|since\s+|then\s+)?moved\s+(?:to|into|over\s+to))\b/i;

/** "Option B: `connect/debezium-orders.json`. Rejected: …": an ADR turned the option down. */
const REJECTED_NEXT = /^\s+rejected\b/i;

/** "The issue mentions `engine.py`; there is no such module": the next clause denies it. */
const NO_SUCH_NEXT =
  /^\s+(?:but\s+)?there(?:'s| is) no such (?:module|file|folder|directory|script|class|page|doc|document)\b/i;

/** The same in other languages: "; bu dosya henüz repoda değil", "; ten plik jeszcze nie istnieje". */
const FOREIGN_NOT_HERE_NEXT =
  /^\s+(?:bu dosya|dosya|ten plik|plik|этот файл|файл)\s+[^.;]{0,20}?(?:henüz repoda değil|repoda yok|henüz yok|jeszcze nie istnieje|nie istnieje|nie ma go w repo|пока нет|ещё не создан|еще не создан)/i;

/** Whether `s[0, at)` leaves a parenthesis open. */
function openParenthesis(s: string, at: number): boolean {
  let depth = 0;
  for (let k = 0; k < at; k++) {
    const c = s.charCodeAt(k);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * "…, but I can't find it on main", "…, but that file does not exist": the clause after "but" is
 * still about the file.
 */
const NOT_FOUND_BUT =
  /^\s+(?:(?:i|we)\s+(?:can't|cannot|can not|couldn't|could not)\s+find\s+(?:it|them)|(?:it|this|that|they)\s+(?:is|are|was|were)\s*(?:n't|\snot)\s+(?:yet\s+)?(?:in|on)\s+(?:the\s+)?(?:repo|repository|git|main)|(?:it|this|that|they)(?:(?:\s+(?:is|are)|'s|’s|'re|’re)\s+(?:still\s+)?not|\s+(?:isn't|aren't|isn’t|aren’t)(?:\s+still)?)\s+(?:there|(?:in|on)\s+(?:the\s+)?(?:diff|branch|pr|repo|repository|git|commit|main))|(?:it|this|that|they)(?:\s+(?:is|are)|'s|’s|'re|’re)\s+(?:still\s+)?only\s+(?:on|in)\s+(?:my|our|his|her|their)\s+(?:machine|laptop|computer|box|working tree)|(?:it|(?:this|that|the)\s+(?:file|folder|directory|path|script|module))\s+(?:does\s*n[o']?t|doesn't|did\s*n[o']?t|didn't)\s+exist)\b/i;

const PLANNED_THEN_DROPPED =
  /\bplanned\s+and\s+then\s+(?:dropped|abandoned|scrapped|cancell?ed|shelved|cut)\b/;

export function clauseAfter(s: string): string {
  const re = /[.!?;](?=\s|$)|\bthen\b|\bbut\b/g;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    // "… added X, but that file never existed in git": the clause after "but" denies X itself.
    if (m[0] === "but" && (NOT_FOUND_BUT.test(s.slice(m.index + 3)) || NEVER_NEXT.test(s.slice(m.index + 3))))
      continue;
    if (m[0] === "." && ABBREVIATION.test(s.slice(Math.max(0, m.index - 6), m.index))) continue;
    // "X was planned and then dropped": what became of the plan belongs to the same clause.
    if (m[0] === "then" && PLANNED_THEN_DROPPED.test(s.slice(Math.max(0, m.index - 20), m.index + 30)))
      continue;
    // "Wrote X (reversal postings). It is NOT committed yet.": the next sentence is about X.
    if (
      (m[0] === "." || m[0] === ";") &&
      (NOT_COMMITTED_NEXT.test(s.slice(m.index + 1)) ||
        NOT_HERE_NEXT.test(s.slice(m.index + 1)) ||
        NEVER_NEXT.test(s.slice(m.index + 1)) ||
        NO_SUCH_NEXT.test(s.slice(m.index + 1)) ||
        GONE_TOO_NEXT.test(s.slice(m.index + 1)) ||
        FOREIGN_NOT_HERE_NEXT.test(s.slice(m.index + 1)) ||
        REJECTED_NEXT.test(s.slice(m.index + 1)))
    )
      continue;
    // "X (part of the vendor package; not in this repo)": a parenthesis is read whole.
    if (m[0] === ";" && openParenthesis(s, m.index)) continue;
    return s.slice(0, m.index).toLowerCase();
  }
  return s.toLowerCase();
}

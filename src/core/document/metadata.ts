// Known metadata from front matter (validated with zod, problems with lines) and from bold
// metadata lines at the top of the body (`**Status**: open`). Front matter wins.

import { z } from "zod";
import type { ScannedLine } from "../markdown/scan.js";
import { plainText } from "../markdown/text.js";
import type { DocumentMetadata, DocumentProblem } from "../types.js";
import type { FrontMatter } from "./frontmatter.js";
import { normalizeDate, normalizePriority, normalizeStatus, PRIORITIES, STATUSES } from "./normalize.js";

type Field =
  | "id"
  | "title"
  | "status"
  | "assignee"
  | "priority"
  | "due"
  | "created"
  | "createdBy"
  | "consolidatedInto";

/** Written key (lower-case, `-`/space as `_`) → metadata field. */
const KEYS: Record<string, Field> = {
  id: "id",
  handoff_id: "id",
  title: "title",
  status: "status",
  state: "status",
  assigned_to: "assignee",
  assignee: "assignee",
  assigned: "assignee",
  owner: "assignee",
  priority: "priority",
  due: "due",
  due_date: "due",
  deadline: "due",
  date: "created",
  created: "created",
  created_at: "created",
  created_on: "created",
  created_by: "createdBy",
  author: "createdBy",
  consolidated_into: "consolidatedInto",
};

const text = z.union([z.string(), z.number()]).transform(String);
const people = z
  .union([z.string(), z.array(z.string()).min(1)])
  .transform((v) => (Array.isArray(v) ? v.join(", ") : v));
const dateLike = z.union([z.string(), z.date()]);
const ruleList = z
  .object({ ignore: z.array(z.string().regex(/^HG\d{3}$/, "rule ids look like HG101")).optional() })
  .loose();

/** A value that is one template expression: Go, Jinja, Liquid, Handlebars, EJS, `${…}`. */
const TEMPLATE_VALUE = /^\s*(?:\{\{[\s\S]*\}\}|\{%[\s\S]*%\}|<%[\s\S]*%>|\$\{[^}]*\})\s*$/;

const ALLOWED: Record<Field, string> = {
  id: "a string",
  title: "a string",
  status: `one of ${STATUSES.join(", ")} (or a synonym such as todo, wip, completed, superseded)`,
  assignee: "a name or a list of names",
  priority: `one of ${PRIORITIES.join(", ")} (or P0-P3, urgent, normal)`,
  due: "a date (YYYY-MM-DD)",
  created: "a date (YYYY-MM-DD)",
  createdBy: "a name",
  consolidatedInto: "a URL or path",
};

export function metadataFromFrontMatter(fm: FrontMatter): {
  metadata: DocumentMetadata;
  problems: DocumentProblem[];
} {
  const metadata: DocumentMetadata = { ignoreRules: [] };
  const problems: DocumentProblem[] = [];
  const data = fm.data;
  if (!data) return { metadata, problems };
  for (const [key, value] of Object.entries(data)) {
    const line = fm.keyLines.get(key) ?? 2;
    const bad = (allowed: string) =>
      problems.push({
        line,
        column: 1,
        key,
        message: `front matter '${key}' has value ${show(value)}; expected ${allowed}`,
      });
    if (key === "handoff-guard" || key === "handoff_guard") {
      const r = ruleList.safeParse(value ?? {});
      if (r.success) metadata.ignoreRules = [...(r.data.ignore ?? [])];
      else bad("{ ignore: [HG101, ...] } with rule ids like HG101");
      continue;
    }
    const field = KEYS[key.toLowerCase().replace(/[-\s]/g, "_")];
    if (!field || value === null || value === undefined || value === "") continue;
    // A template's placeholder (`{{ .Date }}`, `{% now %}`, `<%= author %>`) is filled in later.
    if (typeof value === "string" && TEMPLATE_VALUE.test(value)) continue;
    if (metadata[field] !== undefined && field !== "status") continue;
    switch (field) {
      case "status": {
        const r = text.safeParse(value);
        if (!r.success) {
          bad(ALLOWED.status);
          break;
        }
        metadata.rawStatus = r.data;
        const s = normalizeStatus(r.data);
        if (s) metadata.status = s;
        else bad(ALLOWED.status);
        break;
      }
      case "priority": {
        const r = text.safeParse(value);
        const p = r.success ? normalizePriority(r.data) : undefined;
        if (p) metadata.priority = p;
        else bad(ALLOWED.priority);
        break;
      }
      case "due":
      case "created": {
        const r = dateLike.safeParse(value);
        const d = r.success ? normalizeDate(r.data) : undefined;
        if (d) metadata[field] = d;
        else bad(ALLOWED[field]);
        break;
      }
      case "assignee":
      case "createdBy": {
        const r = people.safeParse(value);
        if (r.success) metadata[field] = r.data;
        else bad(ALLOWED[field]);
        break;
      }
      default: {
        const r = text.safeParse(value);
        if (r.success) metadata[field] = r.data;
        else bad(ALLOWED[field]);
      }
    }
  }
  return { metadata, problems };
}

const BODY_LINE =
  /^(?:[-*+]\s+)?(?:\*\*|__)?(\p{L}[\p{L}\p{M} _-]{0,24}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(\S.*)$/u;
const BODY_KEYS: Record<string, Field> = {
  ...KEYS,
  // "**Статус**:", "**स्थिति**:", "**Trạng thái**:", "**الحالة**:", "**Estado**:": the status in
  // the language the handoff is written in.
  ...Object.fromEntries(
    "būsena|statusas|estado|état|etat|statut|stato|durum|zustand|stan|stav|статус|стан|состояние|स्थिति|trạng_thái|tình_trạng|الحالة|وضعیت|keadaan|tila|סטטוס|מצב|κατάσταση|κατασταση|สถานะ|状态|状態|ステータス|상태"
      .split("|")
      .map((k) => [k, "status" as Field]),
  ),
  assigned_to_agent: "assignee",
  due_by: "due",
  report_date: "created",
  filed_by: "createdBy",
  from: "createdBy",
};
/** How far down the body metadata lines are looked for: the block before the first section. */
const BODY_WINDOW = 40;

/**
 * Fill fields not set by front matter from metadata at the top of the body: bold lines
 * (`**Status**: open`) and the rows of a two-column table (`| Owner | Lena |`), as agents write
 * them.
 */
export function mergeBodyMetadata(
  metadata: DocumentMetadata,
  lines: readonly ScannedLine[],
  first: number,
): void {
  let seen = 0;
  for (let i = first; i < lines.length && seen < BODY_WINDOW; i++) {
    const info = lines[i]!;
    if (info.kind === "heading" && i > first && /^#{2,}/.test(info.text.trimStart())) break;
    if (info.kind === "blank") continue;
    seen++;
    if (info.kind === "table-row") {
      const row = tableRow(info.text);
      if (row) setField(metadata, row[0], row[1], true);
      continue;
    }
    if (info.kind !== "paragraph") continue;
    const m = BODY_LINE.exec(info.text.slice(info.start).trim());
    if (!m) continue;
    const bold = /^\s*(?:[-*+]\s+)?(?:\*\*|__)/.test(info.text.slice(info.start));
    setField(metadata, m[1]!, m[2]!, bold);
  }
}

/** A table row of exactly two cells, key first (`| **Status** | Open |`), or null. */
function tableRow(text: string): [string, string] | null {
  const inner = text
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "");
  const cells = inner.split(/(?<!\\)\|/);
  if (cells.length !== 2) return null;
  const key = plainText(cells[0]!).trim();
  const value = cells[1]!.trim();
  return /^\p{L}[\p{L}\p{M} _-]{0,24}$/u.test(key) && value !== "" ? [key, value] : null;
}

/** One written `key: value` of the body into its field, unless front matter already set it. */
function setField(metadata: DocumentMetadata, writtenKey: string, raw: string, bold: boolean): void {
  const key = writtenKey
    .toLowerCase()
    .trim()
    .replace(/[-\s]+/g, "_");
  const field = BODY_KEYS[key];
  if (!field || metadata[field] !== undefined) return;
  // Plain `Key: value` only counts for keys that are unmistakably metadata.
  if (!bold && !["status", "assignee", "priority", "due", "id"].includes(field)) return;
  const value = plainText(raw);
  if (value === "") return;
  switch (field) {
    case "status": {
      if (metadata.rawStatus !== undefined) break;
      metadata.rawStatus = value;
      const s = normalizeStatus(value);
      if (s) metadata.status = s;
      break;
    }
    case "priority": {
      const p = normalizePriority(value);
      if (p) metadata.priority = p;
      break;
    }
    case "due":
    case "created": {
      const d = normalizeDate(value);
      if (d) metadata[field] = d;
      break;
    }
    case "assignee":
      metadata.assignee = value
        .replace(/^@/, "")
        .split(/\s+[(-]/)[0]!
        .trim();
      break;
    default:
      metadata[field] = value;
  }
}

function show(v: unknown): string {
  try {
    const s = typeof v === "string" ? `'${v}'` : JSON.stringify(v);
    return (s ?? String(v)).slice(0, 60);
  } catch {
    return "(unprintable)";
  }
}

// Hand-built analyzed documents for unit tests that must not depend on the real parser: a small
// stand-in that reads the few things duplicate detection uses (title, metadata, checklist, code
// and link references with a rough intent, wikilinks) and resolves paths with the real PathIndex.
import matter from "gray-matter";
import { PathIndex } from "../../../src/core/resolve/path-index.js";
import type { AnalyzedDocument } from "../../../src/core/rules/rule.js";
import type {
  ChecklistItem,
  DocumentMetadata,
  HandoffStatus,
  Intent,
  Reference,
} from "../../../src/core/types.js";

const STATUS: Record<string, HandoffStatus> = {
  open: "open",
  todo: "open",
  in_progress: "in_progress",
  "in progress": "in_progress",
  blocked: "blocked",
  done: "done",
  completed: "done",
  complete: "done",
  resolved: "done",
  consolidated: "consolidated",
  archived: "archived",
  superseded: "consolidated",
};

export function doc(path: string, text: string, tracked: readonly string[] = []): AnalyzedDocument {
  const fm = matter(text);
  const data = fm.data as Record<string, unknown>;
  const frontMatterLines =
    text.length - fm.content.length > 0
      ? text.slice(0, text.length - fm.content.length).split("\n").length - 1
      : 0;
  const body = fm.content;
  const lines = body.split(/\r?\n/);
  const bold = (key: RegExp): string | undefined => {
    for (const l of lines) {
      const m = /^\s*[-*]?\s*\*\*([^*]+?)\*\*\s*:?\s*(.*)$/.exec(l);
      if (m && key.test(m[1]!.replace(/:$/, "").trim())) return m[2]!.replace(/\*\*/g, "").trim();
    }
    return undefined;
  };
  const str = (v: unknown) =>
    v instanceof Date ? v.toISOString().slice(0, 10) : v === undefined || v === null ? undefined : String(v);
  const rawStatus = str(data.status) ?? bold(/^status$/i);
  const statusKey = rawStatus
    ?.toLowerCase()
    .replace(/[^a-z_ ]/g, "")
    .trim();
  const date = (v: string | undefined) => /\d{4}-\d{2}-\d{2}/.exec(v ?? "")?.[0];
  const metadata: DocumentMetadata = {
    id: str(data.id) ?? bold(/^id$/i),
    title: str(data.title),
    status: statusKey ? STATUS[statusKey] : undefined,
    rawStatus,
    assignee: str(data.assigned_to ?? data.assignee) ?? bold(/^(assigned to|assignee|owner)$/i),
    priority: (str(data.priority) ?? bold(/^priority$/i))
      ?.toLowerCase()
      .split(/\W/)[0] as DocumentMetadata["priority"],
    due: date(str(data.due ?? data.due_date) ?? bold(/^(due|due date)$/i)),
    created: date(str(data.created ?? data.date) ?? bold(/^(created|date)$/i)),
    createdBy: str(data.created_by) ?? bold(/^created by$/i),
    consolidatedInto: str(data.consolidated_into),
    ignoreRules: [],
  };
  const h1 = lines.find((l) => /^#\s+/.test(l));
  const title = h1 ? h1.replace(/^#\s+/, "").trim() : (str(data.title) ?? path);
  const checklist: ChecklistItem[] = [];
  const references: Reference[] = [];
  const wikilinks: string[] = [];
  const headings: { line: number; depth: number; text: string }[] = [];
  let section = "";
  lines.forEach((l, k) => {
    const line = k + 1 + frontMatterLines;
    const h = /^(#{1,6})\s+(.*)$/.exec(l);
    if (h) {
      section = h[2]!.trim();
      headings.push({ line, depth: h[1]!.length, text: section });
    }
    const c = /^\s*[-*]\s+\[([ xX])\]\s+(.*)$/.exec(l);
    if (c) checklist.push({ line, checked: c[1] !== " ", text: c[2]!.trim(), section });
    for (const m of l.matchAll(/\[\[([^\]|]+)/g)) wikilinks.push(m[1]!);
    const intent: Intent =
      /\b(create|implement|add|write|build)\b/i.test(l) || /to be created/i.test(l) ? "planned" : "exists";
    for (const m of l.matchAll(/`([^`\s]+\.[a-z]{1,5}|[^`\s]+\/)`|\]\(([^)\s]+)\)/g)) {
      const raw = m[1] ?? m[2]!;
      if (/^https?:/.test(raw) || /YYYY|<|\{/.test(raw)) continue;
      references.push({
        kind: m[1] ? "code" : "link",
        raw,
        path: raw.replace(/^\.\//, "").replace(/#.*$/, ""),
        line,
        column: (m.index ?? 0) + 1,
        folder: raw.endsWith("/"),
        intent,
        intentReason: "test",
      });
    }
  });
  const index = new PathIndex(tracked);
  const resolutions = references.map((r) => index.resolve(r.path, path, r.folder, r.kind !== "link"));
  return {
    path,
    class: "handoff",
    title,
    metadata,
    frontMatter: Object.keys(data).length > 0 ? data : null,
    frontMatterLines,
    problems: [],
    references,
    checklist,
    headings,
    wikilinks,
    suppressions: [],
    body,
    lineCount: text.split("\n").length,
    resolutions,
  };
}

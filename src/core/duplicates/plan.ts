// A consolidation plan for one group: everything the App, the Action and the CLI need to fold the
// members into one place. Pure data in, data out; rendering lives in render.ts.
import type { Resolution } from "../resolve/path-index.js";
import type { AnalyzedDocument } from "../rules/rule.js";
import type { ChecklistItem, DocumentMetadata, Intent } from "../types.js";
import { verbOf } from "./actions.js";
import type { FrontMatterPatch } from "./frontmatter.js";
import type { DuplicateAnalysis, DuplicateGroup } from "./group.js";
import { renderHandoff, renderIssueBody } from "./render.js";
import { jaccard, normalizeItem } from "./text.js";

export interface PlanMember {
  path: string;
  title: string;
  /** Link to the file at the checked commit, when the snapshot can make one. */
  link?: string;
  assignee?: string;
  priority?: DocumentMetadata["priority"];
  due?: string;
  created?: string;
  createdBy?: string;
  status: string;
}

export interface MergedItem {
  text: string;
  /** Checked only when every source has it checked. */
  checked: boolean;
  /** Member paths the item comes from, in member order. */
  sources: string[];
  /** Sources where it is checked (shown when sources disagree). */
  checkedIn: string[];
  /** Other wordings folded into this item. */
  variants: string[];
  section: string;
}

export interface PlanPath {
  /** The resolved path when it exists, else the path as written. */
  path: string;
  exists: boolean;
  /** "exists", "missing", "ambiguous (3 matches)", "folder", "outside the repository". */
  state: string;
  mentionedBy: string[];
  intents: Intent[];
  /** Other ways members wrote it. */
  writtenAs: string[];
}

export interface ConsolidationPlan {
  key: string;
  /** Hidden HTML comment that finds the issue again (idempotency). */
  marker: string;
  /** "Consolidated: Deploy api_healer.py (replaces 5 handoffs)". */
  title: string;
  /** The common task, without the "Consolidated:" frame. */
  task: string;
  body: string;
  members: PlanMember[];
  assignees: string[];
  /** Highest priority among members. */
  priority?: DocumentMetadata["priority"];
  /** Earliest due date among members. */
  due?: string;
  checklist: MergedItem[];
  paths: PlanPath[];
  /** Linked notes (`[[skill-x]]`) and the members that link them. */
  wikilinks: { name: string; sources: string[] }[];
  evidence: string[];
  score: number;
  /** Front-matter patch per member: `status: consolidated`, `consolidated_into: <target>`. */
  patches: { path: string; patch: FrontMatterPatch }[];
  /** Where `--apply` writes the consolidated handoff, and its text. */
  handoffPath: string;
  handoff: string;
}

export interface PlanOptions {
  /** Link to a file at the commit (`snapshot.linkTo`). */
  linkTo?: (path: string, line?: number) => string;
  /** What members' `consolidated_into` points to: the issue URL; default the consolidated handoff file. */
  consolidatedInto?: string;
}

const PRIORITY_RANK = { critical: 4, high: 3, medium: 2, low: 1 } as const;

export function markerFor(key: string): string {
  return `<!-- handoff-guard:consolidated key=${key} -->`;
}

export function planConsolidation(
  analysis: DuplicateAnalysis,
  group: DuplicateGroup,
  options: PlanOptions = {},
): ConsolidationPlan {
  const docs = group.members.map((path) => {
    const f = analysis.features(path);
    if (!f) throw new Error(`Unknown handoff ${path}`);
    return f.doc;
  });
  const members: PlanMember[] = docs.map((doc) => {
    const m: PlanMember = {
      path: doc.path,
      title: doc.title,
      status: doc.metadata.rawStatus ?? doc.metadata.status ?? "open",
    };
    const link = options.linkTo?.(doc.path);
    if (link) m.link = link;
    if (doc.metadata.assignee) m.assignee = doc.metadata.assignee;
    if (doc.metadata.priority) m.priority = doc.metadata.priority;
    if (doc.metadata.due) m.due = doc.metadata.due;
    const created = analysis.features(doc.path)?.created;
    if (created) m.created = created;
    if (doc.metadata.createdBy) m.createdBy = doc.metadata.createdBy;
    return m;
  });

  const assignees = unique(
    docs.flatMap((d) => (d.metadata.assignee ? [d.metadata.assignee.trim()] : [])),
    true,
  );
  const priority = docs
    .map((d) => d.metadata.priority)
    .filter((p): p is NonNullable<typeof p> => !!p)
    .sort((a, b) => PRIORITY_RANK[b] - PRIORITY_RANK[a])[0];
  const due = docs
    .map((d) => d.metadata.due)
    .filter((d): d is string => !!d)
    .sort()[0];

  const task = commonTask(analysis, group, docs);
  const key = group.key;
  const handoffPath = consolidatedPath(group.members[0]!, task);
  const target = options.consolidatedInto ?? handoffPath;
  const plan: ConsolidationPlan = {
    key,
    marker: markerFor(key),
    title: `Consolidated: ${task} (replaces ${docs.length} handoffs)`,
    task,
    body: "",
    members,
    assignees,
    priority,
    due,
    checklist: mergeChecklists(docs),
    paths: mergePaths(docs),
    wikilinks: mergeWikilinks(docs),
    evidence: group.evidence,
    score: group.score,
    patches: docs.map((d) => ({
      path: d.path,
      patch: { status: "consolidated", consolidated_into: target },
    })),
    handoffPath,
    handoff: "",
  };
  plan.body = renderIssueBody(plan);
  plan.handoff = renderHandoff(plan);
  return plan;
}

/**
 * The task the members share, in a few words: the common action on the most shared file
 * ("Deploy api_healer.py"), else the title of the most central member, cleaned of frames.
 */
function commonTask(
  analysis: DuplicateAnalysis,
  group: DuplicateGroup,
  docs: readonly AnalyzedDocument[],
): string {
  const features = group.members.map((p) => analysis.features(p)!);
  const half = Math.ceil(features.length / 2);
  // The action most members ask for (at least half), and the rare file most members name.
  const actionVotes = new Map<string, number>();
  for (const f of features)
    for (const a of new Set(f.actions)) actionVotes.set(a, (actionVotes.get(a) ?? 0) + 1);
  const action = [...actionVotes]
    .filter(([, v]) => v >= half)
    .sort(
      (a, b) =>
        b[1] - a[1] ||
        features[0]!.actions.indexOf(a[0] as never) - features[0]!.actions.indexOf(b[0] as never),
    )[0]?.[0];
  const counts = new Map<string, { display: string; count: number; weight: number }>();
  for (const f of features) {
    for (const [key, m] of f.paths) {
      const c = counts.get(key) ?? { display: m.display, count: 0, weight: analysis.corpus.pathWeight(key) };
      c.count++;
      if (!m.found && m.display.length > c.display.length) c.display = m.display;
      counts.set(key, c);
    }
  }
  // The object of the work is the file the titles name, else a source file over a document.
  const titles = docs.map((d) => d.title.toLowerCase()).join("\n");
  const rank = (c: { display: string; count: number }) => {
    const base = c.display.slice(c.display.lastIndexOf("/") + 1).toLowerCase();
    return (titles.includes(base) ? 4 : 0) + (/\.(md|markdown|txt)$/.test(base) ? 0 : 2);
  };
  const top = [...counts.values()]
    .filter((c) => c.count >= Math.max(2, half) && c.weight >= 0.5 && !c.display.endsWith("/"))
    .sort(
      (a, b) =>
        rank(b) - rank(a) || b.count - a.count || b.weight - a.weight || a.display.localeCompare(b.display),
    )[0];
  if (action && top) {
    const verb = verbOf(action as Parameters<typeof verbOf>[0]);
    return `${verb[0]!.toUpperCase()}${verb.slice(1)} ${top.display}`;
  }
  // The most central member: highest mean title similarity to the others.
  let best = docs[0]!;
  let bestScore = -1;
  for (const d of docs) {
    const sims = group.pairs.filter(
      (p) => analysis.corpus.features[p.a]!.path === d.path || analysis.corpus.features[p.b]!.path === d.path,
    );
    const mean = sims.reduce((s, p) => s + p.titleSim, 0) / Math.max(1, sims.length);
    if (mean > bestScore) {
      bestScore = mean;
      best = d;
    }
  }
  return cleanTitle(best.title) || best.path;
}

/** "Handoff: URGENT - Deploy X (russell) 2026-02-17" → "Deploy X". */
export function cleanTitle(title: string): string {
  return title
    .replace(/^\s*(handoff|task|todo|consolidated|urgent|critical|re|fwd?)\b\s*[:\-–—]*\s*/gi, "")
    .replace(/^\s*(handoff|task|todo|urgent|critical)\b\s*[:\-–—]*\s*/gi, "")
    .replace(/\s*[([]?\b\d{4}-\d{2}-\d{2}\b[)\]]?/g, "")
    .replace(/\s*\((?:for\s+)?@?[\w.-]+\)\s*$/i, "")
    .replace(/\s*[-–—:]\s*$/, "")
    .trim();
}

function consolidatedPath(earliest: string, task: string): string {
  const dir = earliest.includes("/") ? earliest.slice(0, earliest.lastIndexOf("/") + 1) : "";
  const slug =
    task
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 50)
      .replace(/-+$/, "") || "work";
  return `${dir}handoff-consolidated-${slug}.md`;
}

/** Every checklist item of every member; near-identical items folded, their sources named. */
export function mergeChecklists(docs: readonly AnalyzedDocument[]): MergedItem[] {
  const merged: (MergedItem & { words: string[]; norm: string })[] = [];
  for (const doc of docs) {
    const lines = doc.body.split(/\r?\n/);
    for (const parsed of doc.checklist) {
      const item = { ...parsed, text: rawItemText(lines, doc.frontMatterLines, parsed) };
      const norm = normalizeItem(item.text);
      const words = norm.split(" ").filter(Boolean);
      const same = merged.find((m) =>
        words.length >= 2 && m.words.length >= 2
          ? m.norm === norm || jaccard(m.words, words) >= 0.75
          : m.text.trim().toLowerCase() === item.text.trim().toLowerCase(),
      );
      if (same) {
        if (!same.sources.includes(doc.path)) same.sources.push(doc.path);
        if (item.checked && !same.checkedIn.includes(doc.path)) same.checkedIn.push(doc.path);
        same.checked = same.checked && item.checked;
        const text = item.text.trim();
        if (text !== same.text && !same.variants.includes(text)) {
          // The most specific wording leads ("... within 24 hours"); the others stay as variants.
          if (text.length > same.text.length) {
            same.variants.push(same.text);
            same.text = text;
          } else same.variants.push(text);
        }
        continue;
      }
      merged.push({
        text: item.text.trim(),
        checked: item.checked,
        sources: [doc.path],
        checkedIn: item.checked ? [doc.path] : [],
        variants: [],
        section: item.section,
        words,
        norm,
      });
    }
  }
  return merged.map(({ words: _w, norm: _n, ...item }) => item);
}

/**
 * The item as its author wrote it (code spans, links, emphasis kept), read from the body line;
 * the parser's plain text when the line does not hold the checkbox.
 */
function rawItemText(lines: readonly string[], frontMatterLines: number, item: ChecklistItem): string {
  const line = lines[item.line - 1 - frontMatterLines];
  const m = line === undefined ? null : /^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]\s+(.*)$/.exec(line);
  return m?.[1]?.trim() || item.text;
}

/** Every path any member references (examples excepted), with whether it exists now. */
export function mergePaths(docs: readonly AnalyzedDocument[]): PlanPath[] {
  const rows = new Map<string, PlanPath>();
  for (const doc of docs) {
    doc.references.forEach((ref, k) => {
      if (ref.intent === "example" || ref.kind === "wikilink") return;
      const res: Resolution | undefined = doc.resolutions[k];
      if (!res || res.status === "skipped") return;
      const written = ref.path.replace(/^\.\//, "");
      const path = res.status === "found" ? (res.folder ? `${res.path}/` : res.path) : written;
      if (path === "" || path === "/") return;
      let row = rows.get(path);
      if (!row) {
        row = {
          path,
          exists: res.status === "found",
          state: stateOf(res),
          mentionedBy: [],
          intents: [],
          writtenAs: [],
        };
        rows.set(path, row);
      }
      if (!row.mentionedBy.includes(doc.path)) row.mentionedBy.push(doc.path);
      if (!row.intents.includes(ref.intent)) row.intents.push(ref.intent);
      if (
        written !== path &&
        written.replace(/\/$/, "") !== path.replace(/\/$/, "") &&
        !row.writtenAs.includes(written)
      ) {
        row.writtenAs.push(written);
      }
    });
  }
  // A phantom written bare (`api_healer.py`) folds into the same phantom written with its folder.
  for (const [path, row] of [...rows]) {
    if (row.exists || path.includes("/")) continue;
    const fuller = [...rows.values()].filter(
      (r) => !r.exists && r.path !== path && r.path.endsWith(`/${path}`),
    );
    if (fuller.length !== 1) continue;
    const into = fuller[0]!;
    for (const m of row.mentionedBy) if (!into.mentionedBy.includes(m)) into.mentionedBy.push(m);
    for (const i of row.intents) if (!into.intents.includes(i)) into.intents.push(i);
    if (!into.writtenAs.includes(path)) into.writtenAs.push(path);
    rows.delete(path);
  }
  return [...rows.values()].sort(
    (a, b) =>
      Number(a.exists) - Number(b.exists) ||
      b.mentionedBy.length - a.mentionedBy.length ||
      a.path.localeCompare(b.path),
  );
}

function mergeWikilinks(docs: readonly AnalyzedDocument[]): { name: string; sources: string[] }[] {
  const byName = new Map<string, { name: string; sources: string[] }>();
  for (const doc of docs) {
    for (const name of doc.wikilinks) {
      const key = name.toLowerCase();
      const entry = byName.get(key) ?? { name, sources: [] };
      if (!entry.sources.includes(doc.path)) entry.sources.push(doc.path);
      byName.set(key, entry);
    }
  }
  return [...byName.values()];
}

function stateOf(res: Resolution): string {
  switch (res.status) {
    case "found":
      return res.folder ? "folder exists" : "exists";
    case "missing":
      return "missing";
    case "ambiguous":
      return `ambiguous (${res.candidates.length} matches)`;
    case "outside":
      return "outside the repository";
    default:
      return "not checked";
  }
}

function unique(list: readonly string[], caseInsensitive = false): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of list) {
    const k = caseInsensitive ? item.toLowerCase() : item;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

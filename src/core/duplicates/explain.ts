// Evidence in plain words: "both ask russell to deploy `crewai-service/api_healer.py`; titles 0.74
// similar; due within two days". A reader must be able to check every clause against the files.
import { type Action, verbOf } from "./actions.js";
import type { Corpus, HandoffFeatures } from "./features.js";
import type { PairEvidence } from "./score.js";
import { daysBetween, inWords } from "./text.js";

export function describeGroup(
  corpus: Corpus,
  members: readonly HandoffFeatures[],
  pairs: readonly PairEvidence[],
): string[] {
  const n = members.length;
  const subject = n === 2 ? "both" : `all ${n}`;
  const out: string[] = [];

  const assignee = common(members.map((m) => m.assignees));
  const action = commonAction(members.map((m) => m.actions));
  const { paths, partial } = commonPaths(corpus, members);
  // Files every member names; failing that, the files most members name, with how many.
  const named = paths.length > 0 ? paths : partial.slice(0, 2);
  const shown = named.slice(0, 3).map((p) => {
    const notes = [p.found ? "" : "not in the repository", p.count < n ? `named by ${p.count} of ${n}` : ""];
    const note = notes.filter(Boolean).join(", ");
    return `\`${p.display}\`${note ? ` (${note})` : ""}`;
  });
  const more = paths.length > 3 ? ` and ${paths.length - 3} more` : "";
  const pathText = shown.length > 0 ? `${list(shown)}${more}` : "";
  const verb = action ? verbOf(action) : null;
  if (assignee && verb && pathText) out.push(`${subject} ask ${assignee} to ${verb} ${pathText}`);
  else if (verb && pathText) out.push(`${subject} ask to ${verb} ${pathText}`);
  else if (assignee && pathText) out.push(`${subject} are assigned to ${assignee} and reference ${pathText}`);
  else if (pathText) out.push(`${subject} reference ${pathText}`);
  else if (assignee && verb) out.push(`${subject} ask ${assignee} to ${verb} the same thing`);
  else if (assignee) out.push(`${subject} are assigned to ${assignee}`);
  const titles = range(pairs.map((p) => p.titleSim));
  if (titles && titles[1] >= 0.2) out.push(`titles ${fmtRange(titles)} similar`);
  const bodies = range(pairs.map((p) => p.bodySim));
  if (bodies && bodies[1] >= 0.2) out.push(`descriptions ${fmtRange(bodies)} similar`);

  const items = new Map<string, string>();
  for (const p of pairs)
    for (const [x] of p.sharedItems) if (!items.has(x.norm)) items.set(x.norm, x.item.text);
  if (items.size > 0) {
    const first = [...items.values()].slice(0, 2).map((t) => `"${clip(t, 60)}"`);
    out.push(
      `${items.size} acceptance item${items.size === 1 ? "" : "s"} in common (${first.join(", ")}${items.size > 2 ? ", …" : ""})`,
    );
  }

  const due = spread(members.map((m) => m.due));
  if (due !== null && due <= 31)
    out.push(due === 0 ? "due the same day" : `due within ${inWords(due, "day")}`);
  const created = spread(members.map((m) => m.created));
  if (created !== null && created <= 31)
    out.push(created === 0 ? "written the same day" : `written within ${inWords(created, "day")}`);

  const links = common(
    members.map((m) => m.wikilinks),
    3,
  );
  if (links) out.push(`same linked notes ${links}`);
  return out;
}

/** One sentence for a pair (HG201 messages name each other member). */
export function describePair(
  corpus: Corpus,
  fa: HandoffFeatures,
  fb: HandoffFeatures,
  e: PairEvidence,
): string {
  return describeGroup(corpus, [fa, fb], [e]).join("; ");
}

/** Why a pair was NOT merged, for debugging output and tests. */
export function describeAgainst(e: PairEvidence): string[] {
  const out: string[] = [];
  if (e.action === "conflict") out.push("they ask for different steps of the work (e.g. create vs deploy)");
  if (e.action === "different") out.push("they ask for different actions");
  if (e.intentConflict) out.push("one plans to create the shared file, the other relies on it existing");
  if (e.instanceConflict) out.push(`different instances (${e.instanceConflict})`);
  if (e.kindConflict) out.push("one is a report, the other a task");
  if (e.bothReports) out.push("both are reports, not work to do");
  if (e.siblingTitles) out.push(`parallel tasks from one template (${e.siblingTitles})`);
  if (e.titleContradiction) out.push("each title names something the other never mentions");
  if (e.linked) out.push("one refers to the other (a follow-up)");
  if (e.batchBy) out.push(`filed together by ${e.batchBy} for the same assignee: separate tasks`);
  if (e.separatedBy) out.push(`${e.separatedBy} says the other's work is separate`);
  if (e.titleOnly) out.push("alike only in title: they name different files and say different things");
  if (e.differentAssignees) out.push("assigned to different people");
  return out;
}

function common(sets: readonly ReadonlySet<string>[], limit = 1): string | null {
  if (sets.length === 0) return null;
  const [first, ...rest] = sets;
  const shared = [...first!].filter((x) => rest.every((s) => s.has(x))).sort();
  if (shared.length === 0) return null;
  return limit === 1
    ? shared[0]!
    : shared
        .slice(0, limit)
        .map((s) => `[[${s}]]`)
        .join(", ");
}

function commonAction(lists: readonly Action[][]): Action | null {
  const [first, ...rest] = lists;
  if (!first) return null;
  return first.find((a) => rest.every((l) => l.includes(a))) ?? null;
}

interface CommonPath {
  key: string;
  display: string;
  found: boolean;
  weight: number;
  count: number;
}

/** Paths every member mentions (by weight), and failing that, those most members mention. */
function commonPaths(
  corpus: Corpus,
  members: readonly HandoffFeatures[],
): { paths: CommonPath[]; partial: CommonPath[] } {
  const counts = new Map<string, CommonPath>();
  for (const m of members) {
    for (const [key, mention] of m.paths) {
      const c = counts.get(key);
      if (c) {
        c.count++;
        if (!c.found && mention.display.length > c.display.length) c.display = mention.display;
      } else
        counts.set(key, {
          key,
          display: mention.display,
          found: mention.found,
          weight: corpus.pathWeight(key),
          count: 1,
        });
    }
  }
  const all = [...counts.values()].filter((c) => c.count >= 2 && c.weight >= 0.25);
  // The object of the work first: a file the titles name, then source files over documents.
  const titles = members.map((m) => m.doc.title.toLowerCase()).join("\n");
  const rank = (c: CommonPath) => {
    const base = c.display.slice(c.display.lastIndexOf("/") + 1).toLowerCase();
    return (titles.includes(base) ? 4 : 0) + (/\.(md|markdown|txt)$/.test(base) ? 0 : 2);
  };
  all.sort(
    (a, b) => b.count - a.count || rank(b) - rank(a) || b.weight - a.weight || a.key.localeCompare(b.key),
  );
  return { paths: all.filter((c) => c.count === members.length), partial: all };
}

function range(values: readonly number[]): [number, number] | null {
  if (values.length === 0) return null;
  return [Math.min(...values), Math.max(...values)];
}

function fmtRange([lo, hi]: [number, number]): string {
  const a = lo.toFixed(2);
  const b = hi.toFixed(2);
  return a === b ? a : `${a}–${b}`;
}

/** Days between the earliest and latest of the known dates (null when fewer than two). */
function spread(dates: readonly (string | undefined)[]): number | null {
  const known = dates.filter((d): d is string => !!d && !Number.isNaN(Date.parse(d.slice(0, 10)))).sort();
  if (known.length < 2) return null;
  return daysBetween(known[0], known[known.length - 1]);
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

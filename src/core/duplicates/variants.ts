// Titles of parallel tasks written from one template. An experiment run for each model size or
// label fraction ("Linear probe: MAE ViT-B/16 on EuroSAT" and "… ViT-S/16 …", "fine-tune on 10%
// labels" and "… 1% labels"), or one study per subject under a shared label ("Ablation: masking
// ratio" and "Ablation: patch size"), share their files, their setup text and their owner: every
// signal but the title says "the same". The title says which run each one is.
import { tokens } from "./text.js";

/** Dates and times are when a task was (re-)issued, not which task it is. */
const DATE_OR_TIME =
  /\b\d{4}-\d{2}-\d{2}(?:[t ]\d{1,2}:\d{2}(?::\d{2})?)?\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}:\d{2}(?::\d{2})?\b/g;
/** A value in a slot: a number or percentage, a single letter, a short code with a digit (r50, 1pct, 400ep, b16). */
const VALUE = /^(?:\d+(?:\.\d+)?%?|[a-z]|[a-z]{0,4}\d+[a-z]{0,4})$/;
/** Words that only ever label a title with a kind of note, not a kind of work. */
const GENERIC_LABEL =
  /^(?:handoff|hand-off|handover|task|ticket|todo|to-do|note|notes|re|fwd|fw|update|urgent|important|reminder|request|action required|action|follow-up|followup|wip|draft|fyi|bug|fix|feat|feature|chore|issue|question|blocker|p[0-4]|high|medium|low)$/;

/** A title's words, lower-cased, single letters and numbers kept ("vit", "b", "16", "10%"). */
function words(title: string): string[] {
  return (
    title
      .toLowerCase()
      .replace(DATE_OR_TIME, " ")
      .match(/[a-z0-9]+(?:\.\d+)?%?/g) ?? []
  );
}

/**
 * "10% vs 1%" when two titles are word for word the same but for one slot of at most two words,
 * and the slot holds a value on both sides; null otherwise. Dates are left out first: a task
 * re-issued with a new date in its title is the same task.
 */
export function variantSlot(titleA: string, titleB: string): string | null {
  const slot = oneSlot(words(titleA), words(titleB), (x, y) => x === y);
  if (!slot) return null;
  const [midA, midB] = slot;
  if (!midA.every((w) => VALUE.test(w)) || !midB.every((w) => VALUE.test(w))) return null;
  return `${midA.join(" ")} vs ${midB.join(" ")}`;
}

/** A path written in a title: `apps/web`, `packages/billing/`, `@scope/pkg`. */
const PATH_TOKEN = /^[\w@.-]+(?:\/[\w@.-]+)+\/?$/;
/** A snake_case name in a title: a dataset, table, job or module (`parking_citations`). */
const SNAKE_NAME = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$/;
/** A parenthesis in a title: details of the one task ("(column defs, units)"), not which task. */
const ASIDE = /\([^()]*\)/g;

/**
 * "apps/docs vs apps/web" when two titles are word for word the same but for one path each
 * ("Upgrade apps/docs to Node 20" and "Upgrade apps/web to Node 20"): one change made once per
 * package. The same for one snake_case name each ("write data dictionary for parking_citations"
 * and "… for street_trees"): one dataset or table each. A path that ends the other ("api_healer.py",
 * "crewai-service/api_healer.py") names the same file, so it is not a variant. Parentheses are left
 * out first: they detail the task.
 */
export function pathSlot(titleA: string, titleB: string): string | null {
  const split = (title: string) =>
    title
      .replace(DATE_OR_TIME, " ")
      .replace(ASIDE, " ")
      .split(/\s+/)
      .map((w) => w.replace(/^[`'"(]+|[`'"),:;.!?]+$/g, ""))
      .filter(Boolean);
  const slot = oneSlot(split(titleA), split(titleB), (x, y) => x.toLowerCase() === y.toLowerCase());
  if (!slot || slot[0].length !== 1 || slot[1].length !== 1) return null;
  const a = slot[0][0]!.replace(/\/$/, "");
  const b = slot[1][0]!.replace(/\/$/, "");
  const paths = PATH_TOKEN.test(a) && PATH_TOKEN.test(b);
  if (!paths && !(SNAKE_NAME.test(a) && SNAKE_NAME.test(b))) return null;
  if (a.endsWith(`/${b}`) || b.endsWith(`/${a}`)) return null;
  return `${a} vs ${b}`;
}

/** A dotted name in a title: `RAW.SALESFORCE`, `analytics.fct_revenue`, `billing.Invoice`. */
const QUALIFIED = /(?<![\w.$-])[A-Za-z_][\w$]*(?:\.[A-Za-z_][\w$]*)+(?![\w.$-])/g;

/**
 * "raw.salesforce vs raw.hubspot" when each title names one dotted name, the two alike but for
 * their last part ("TRANSFORMER cannot read RAW.SALESFORCE", "TRANSFORMER has no SELECT on new
 * RAW.HUBSPOT tables"): one schema, table or class each. File names (`plans.ts`) are not such
 * names; the caller also checks that neither handoff names the other's last part.
 */
export function qualifiedSlot(
  titleA: string,
  titleB: string,
  isFileExtension: (ext: string) => boolean,
): [string, string] | null {
  const one = (title: string): string[] | null => {
    const names = new Set<string>();
    for (const m of title.matchAll(QUALIFIED)) {
      const parts = m[0].toLowerCase().split(".");
      if (!isFileExtension(parts.at(-1)!)) names.add(parts.join("."));
    }
    return names.size === 1 ? [...names][0]!.split(".") : null;
  };
  const a = one(titleA);
  const b = one(titleB);
  if (!a || !b || a.length !== b.length) return null;
  for (let k = 0; k < a.length - 1; k++) if (a[k] !== b[k]) return null;
  const lastA = a.at(-1)!;
  const lastB = b.at(-1)!;
  return lastA !== lastB ? [lastA, lastB] : null;
}

/** A snake_case name of code or configuration in a title: `ADT_TO_SUNQUEST_RV`, `FHIR_ENC_NC`. */
const CODE_NAME = /(?<![\w.$-])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?![\w.$-])/g;

/**
 * "rv vs sa" when each title names a snake_case name that the other does not, the two alike but
 * for one part ("ADT_TO_SUNQUEST_RV — route A40 merges", "ADT_TO_SUNQUEST_SA — route A40
 * events"): one channel, job or table per site, environment or partner, named by its own code.
 * A code name is written to say which one; neither title names the other's.
 */
export function codeNameSlot(titleA: string, titleB: string): [string, string] | null {
  const names = (title: string) => new Set([...title.matchAll(CODE_NAME)].map((m) => m[0].toLowerCase()));
  const a = names(titleA);
  const b = names(titleB);
  for (const x of a) {
    if (b.has(x)) continue;
    const partsX = x.split("_");
    for (const y of b) {
      if (a.has(y)) continue;
      const partsY = y.split("_");
      if (partsX.length !== partsY.length) continue;
      let differ = -1;
      for (let k = 0; k < partsX.length; k++) {
        if (partsX[k] === partsY[k]) continue;
        if (differ >= 0) {
          differ = -2;
          break;
        }
        differ = k;
      }
      // (Numbers and versions are left to the other readings: `_v2` is often the same job re-done.)
      if (differ >= 0 && !/\d/.test(partsX[differ]!) && !/\d/.test(partsY[differ]!))
        return [partsX[differ]!, partsY[differ]!];
    }
  }
  return null;
}

/** Words a re-filed handoff's file name adds or swaps without naming another instance. */
const REFILE_WORD =
  /^(?:again|followup|follow|up|new|old|copy|draft|final|reissue|reissued|refile|refiled|updated|update|redo|retry|second|third|next|urgent|asap|now|today|please|todo|wip|v\d+|\d+)$/;

const YEAR = /^(?:19|20)\d{2}$/;
/** A site, zone or region code of letters and a digit ("dal1", "rno2", "eu2"): an instance's name. */
const SITE_CODE = /^[a-z]{2,4}\d{1,2}$/;
/** File names that say only what kind of file it is: the folder above names the work. */
const GENERIC_NAME = /^(?:readme|index|notes?|todo|plan|status|handoff|handover)$/;

/**
 * A handoff file's name as words, without extension, dates or "handoff". A generic name
 * (`HANDOFF.md`, `README.md`) is read with its two folders: `events/winter-2025/HANDOFF.md` is
 * "events winter 2025 handoff".
 */
function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1).toLowerCase();
}

function fileWords(path: string, withFolders = false): string[] {
  const parts = path.toLowerCase().split("/");
  const base = parts.pop()!.replace(/\.[^.]+$/, "");
  const split = (name: string) =>
    name
      .replace(DATE_OR_TIME, " ")
      .split(/[-_.\s]+/)
      .filter((w) => w !== "");
  const own = split(base).filter((w) => !/^(?:handoff|handover|hand|off)$/.test(w));
  if (!withFolders && own.length > 0 && !own.every((w) => GENERIC_NAME.test(w))) return own;
  // The folders that hold handoffs (`docs/handoffs/`, `_handoffs/`) name no instance: the two
  // nearest folders above them do (`services/ingest/docs/handoffs/` → services, ingest).
  const named = parts.filter((part) => !CONTAINER_FOLDER.test(part));
  return [...named.slice(-2).flatMap(split), ...split(base)];
}

/** Folders teams keep handoffs and notes in, whatever they are about. */
const CONTAINER_FOLDER =
  /^[._]?(?:handoffs?|handovers?|docs?|notes?|agents?|ai|claude|tasks?|inbox|meta|wiki|internal)$/;

/** `name` (snake_case, lower case) written as a whole name in `text`. */
function writesName(text: string, name: string): boolean {
  return new RegExp(`(?<![A-Za-z0-9_])${name}(?![A-Za-z0-9_])`, "i").test(text);
}

/** `word` as a word of one of the titles, or as the initials of words in a row ("lny"). */
function titleNames(titles: readonly string[], word: string): boolean {
  const whole = new RegExp(`(?:^|[^a-z0-9])${word}(?![a-z0-9])`, "i");
  return titles.some((t) => {
    if (whole.test(t)) return true;
    const initials = (t.toLowerCase().match(/[a-z]+/g) ?? []).map((w) => w[0]).join("");
    return word.length >= 2 && initials.includes(word);
  });
}

/**
 * "jax vs torch" when two handoffs' file names are the same but for one word, and each title
 * names its own word ("test_solve_batched_jax-handoff.md", "FLAKY: …[jax-float64]"; the same for
 * torch): one instance each, filed from one template. A year may come with the word or alone
 * (`events/lny-2026/`, `events/halloween-2024/`): an edition. A site's code ("mem1-peak-…",
 * "rno2-peak-…") is a word like a name. Words a re-filing adds ("again",
 * "v2", "urgent") and agents' names are not instances; the caller also checks that neither
 * handoff names the other's word.
 */
export function fileSlot(
  pathA: string,
  pathB: string,
  titlesA: readonly string[],
  titlesB: readonly string[],
  isAgent: (word: string) => boolean,
  textA?: string,
  textB?: string,
): [string, string] | null {
  // The same file name in two folders (`i18n/es/combobox-page.md`, `i18n/ja/combobox-page.md`):
  // the folders say which instance each is.
  const same = baseName(pathA) === baseName(pathB);
  const slot = oneSlot(fileWords(pathA, same), fileWords(pathB, same), (x, y) => x === y);
  if (!slot || slot[0].length > 2 || slot[1].length > 2) return null;
  const a = slot[0].filter((w) => !YEAR.test(w));
  const b = slot[1].filter((w) => !YEAR.test(w));
  const yearA = slot[0].find((w) => YEAR.test(w));
  const yearB = slot[1].find((w) => YEAR.test(w));
  if (a.length === 0 && b.length === 0) return yearA && yearB && yearA !== yearB ? [yearA, yearB] : null;
  // "todo-parking-citations-dictionary.md" and "todo-street-trees-dictionary.md": two words each
  // are one instance's name when each handoff writes them as one snake_case name
  // (`parking_citations`, a dataset or a table).
  if (a.length === 2 && b.length === 2 && textA && textB) {
    const joinedA = a.join("_");
    const joinedB = b.join("_");
    if (writesName(textA, joinedA) && writesName(textB, joinedB) && !textA.toLowerCase().includes(joinedB))
      return textB.toLowerCase().includes(joinedA) ? null : [a.join(" "), b.join(" ")];
    return null;
  }
  if (a.length !== 1 || b.length !== 1) return null;
  for (const w of [a[0]!, b[0]!])
    if (w.length < 2 || (/\d/.test(w) && !SITE_CODE.test(w)) || REFILE_WORD.test(w) || isAgent(w))
      return null;
  return titleNames(titlesA, a[0]!) && titleNames(titlesB, b[0]!) ? [a[0]!, b[0]!] : null;
}

/**
 * "lakeshore vs westmere" when two titles ask for the same thing under different labels
 * ("Lakeshore: build MDM^T02 inbound channel" and "Westmere: build MDM^T02 inbound channel",
 * "Pro plan: …" and "Team plan: …") and neither handoff ever names the other's label: one site,
 * plan or customer each. Where one does name the other's label ("API: add rate limits" and
 * "Backend: rate limiting for the API"), the label is an area, not an instance.
 */
export function labelledInstances(
  titleA: string,
  titleB: string,
  aSays: (word: string) => boolean,
  bSays: (word: string) => boolean,
): string | null {
  const a = LABELLED.exec(titleA);
  const b = LABELLED.exec(titleB);
  if (!a || !b) return dashedInstances(titleA, titleB, aSays, bSays);
  // "Priya: please apply …" speaks to someone; "Blocked: …" says where the work stands.
  if (ADDRESSED.test(a[2]!) || ADDRESSED.test(b[2]!)) return null;
  if (STATUS_LABEL.test(a[1]!.trim()) || STATUS_LABEL.test(b[1]!.trim())) return null;
  const labelA = labelWords(a[1]!);
  const labelB = labelWords(b[1]!);
  if (GENERIC_LABEL.test(a[1]!.toLowerCase().trim()) || GENERIC_LABEL.test(b[1]!.toLowerCase().trim()))
    return null;
  // Parallel names: one word each ("Lakeshore", "Westmere"), or two with the same head ("Pro
  // plan", "Team plan"). Ticket ids and kinds of note ("RB-55", "Debug diary", "Postmortem")
  // say which document it is, not which instance of the work.
  if (labelA.length !== labelB.length || labelA.length > 2) return null;
  if (labelA.length === 2 && labelA[1] !== labelB[1]) return null;
  if (/\d/.test(a[1]!) || /\d/.test(b[1]!) || [...labelA, ...labelB].some((w) => NOTE_KIND.test(w)))
    return null;
  const onlyA = labelA.filter((w) => !labelB.includes(w));
  const onlyB = labelB.filter((w) => !labelA.includes(w));
  if (onlyA.length === 0 || onlyB.length === 0) return null;
  // The same subject after the labels: at least half of the shorter one's words in common.
  const restA = new Set(tokens(a[2]!));
  const restB = tokens(b[2]!);
  const shared = restB.filter((w) => restA.has(w)).length;
  // A snake_case name is a dataset's or a table's: two words of subject in common are enough
  // ("building_permits: parse_date fails on ISO-8601", "code_violations: parse_date fails on …").
  const named = labelA[0]!.includes("_") && labelB[0]!.includes("_");
  if (shared === 0 || (2 * shared < Math.min(restA.size, restB.length) && !(named && shared >= 2)))
    return null;
  // The other handoff names this instance when it says every word of its name.
  if (onlyA.every(bSays) || onlyB.every(aSays)) return null;
  return `${onlyA.join(" ")} vs ${onlyB.join(" ")}`;
}

/** A label's words; a label written as one snake_case name (`building_permits`) is one name. */
function labelWords(label: string): string[] {
  const trimmed = label.trim();
  return SNAKE_NAME.test(trimmed) ? [trimmed.toLowerCase()] : tokens(label);
}

/**
 * The words in which two titles differ, when they differ in one contiguous slot of at most two
 * words on each side with at least two words around it in common; null otherwise.
 */
export function oneSlot(
  a: readonly string[],
  b: readonly string[],
  same: (x: string, y: string) => boolean,
): [readonly string[], readonly string[]] | null {
  let pre = 0;
  while (pre < a.length && pre < b.length && same(a[pre]!, b[pre]!)) pre++;
  let post = 0;
  while (
    post < a.length - pre &&
    post < b.length - pre &&
    same(a[a.length - 1 - post]!, b[b.length - 1 - post]!)
  )
    post++;
  const midA = a.slice(pre, a.length - post);
  const midB = b.slice(pre, b.length - post);
  if (midA.length === 0 || midB.length === 0 || midA.length > 2 || midB.length > 2) return null;
  if (pre + post < 2) return null;
  return [midA, midB];
}

const LABELLED = /^\s*([^:]{2,40}?)\s*:\s*(\S.*)$/;

/**
 * "Frostfall – leftover snowflakes → coins at event end" and "Haunted Tides – convert leftover
 * candy corn to coins at event end": a proper name before a dash labels the instance, as a label
 * before a colon does. Only names (every word capitalised, no digit), which the other handoff never
 * mentions, with the same subject after the dash.
 */
function dashedInstances(
  titleA: string,
  titleB: string,
  aSays: (word: string) => boolean,
  bSays: (word: string) => boolean,
): string | null {
  const a = DASHED.exec(titleA);
  const b = DASHED.exec(titleB);
  if (!a || !b) return null;
  const name = (label: string) =>
    PROPER_NAME.test(label.trim()) &&
    !GENERIC_LABEL.test(label.trim().toLowerCase()) &&
    !STATUS_LABEL.test(label.trim());
  // The name before the dash ("Frostfall – …") or after it ("Open data inventory — Public Works").
  const before = name(a[1]!) && name(b[1]!);
  if (!before && !(name(a[2]!) && name(b[2]!))) return null;
  const [nameA, subjectA, nameB, subjectB] = before
    ? [a[1]!, a[2]!, b[1]!, b[2]!]
    : [a[2]!, a[1]!, b[2]!, b[1]!];
  const labelA = tokens(nameA);
  const labelB = tokens(nameB);
  if (labelA.some((w) => labelB.includes(w)) || [...labelA, ...labelB].some((w) => NOTE_KIND.test(w)))
    return null;
  const restA = new Set(tokens(subjectA));
  const restB = tokens(subjectB);
  const shared = restB.filter((w) => restA.has(w)).length;
  if (shared < 2 || 2 * shared < Math.min(restA.size, restB.length)) return null;
  // "classify each: public / restricted" does not name Public Works: every word of a name must be said.
  if (labelA.every(bSays) || labelB.every(aSays)) return null;
  return `${labelA.join(" ")} vs ${labelB.join(" ")}`;
}

const DASHED = /^\s*([^:–—]{2,40}?)\s+[–—]\s+(\S.*)$/;
/** One to three capitalised words: "Frostfall", "Haunted Tides", "North Star Mall". */
const PROPER_NAME = /^[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*){0,2}$/u;
const NOTE_KIND =
  /^(?:diary|log|notes?|postmortem|post|mortem|report|follow|followup|session|summary|review|rfc|adr|spike|proposal|retro|debug|investigation|analysis|assessment|audit|writeup|handover|handoff|checklist|runbook|minutes|recap|draft|idea|question|status|update|design|memo)$/;
const ADDRESSED = /^(?:please|pls|can you|could you|would you)\b/i;
const STATUS_LABEL =
  /^(?:[^\p{L}\p{N}\s]+\s*)?(?:blocked|blocker|done|open|closed|todo|to do|wip|resolved|fixed|help|help wanted|heads[- ]up|ask|asap|hotfix|needs? (?:human|review|help|decision|input|approval)|waiting(?: on \S+)?|on hold|in progress|stuck|escalat\w*|incident|regression|reminder|follow[- ]?up|re-?(?:issued|filed|opened)|again|still (?:open|blocked))$/iu;

/**
 * A subject that opens with a verb is a task ("CI: get rid of the Node warnings", "CI: replace the
 * archived actions"), and two tasks in one area may be one problem seen as a symptom and as its
 * fix. Only subjects that name a thing ("masking ratio", "patch size") are told apart by words.
 * Words that are as often nouns ("patch", "test", "cache", "index", "release") are left out.
 */
const TASK_VERB =
  /^(?:add|fix|remove|replace|get|make|use|update|upgrade|bump|migrate|move|rename|write|run|rerun|re-run|investigate|deploy|refactor|implement|create|set|switch|clean|drop|enable|disable|handle|improve|reduce|increase|stop|allow|prevent|ensure|debug|wire|expose|ship|publish|automate|retry|validate|rotate|delete|restore|backfill|tune|evaluate|measure|finish|complete|resolve|unblock|revert|pin|unpin|lower|raise|avoid|keep|kill|silence|suppress|mute|catch|swap|convert|extract|inline|introduce|provide|show|hide|render|save|send|fetch|reindex|compute|recompute|generate|regenerate|collect|gather|analyse|analyze|compare|rewrite|try|explore)$/;

/**
 * "masking ratio vs patch size" when both titles open with the same specific label ("Ablation:",
 * "Experiment:", "Figure:"), what follows names a thing rather than a task, and the two share no
 * word; null otherwise. A generic label ("Handoff:", "Task:", "Bug:") says nothing about which
 * work it is, so it never counts.
 */
export function labelledSiblings(titleA: string, titleB: string): string | null {
  const a = LABELLED.exec(titleA);
  const b = LABELLED.exec(titleB);
  if (!a || !b) return null;
  const label = a[1]!.toLowerCase().trim();
  if (label !== b[1]!.toLowerCase().trim() || GENERIC_LABEL.test(label)) return null;
  // "Analytics: add `list_shared` event" and "Analytics: `recipe_saved`": each names its own
  // code, which says which thing it is even where a verb leads.
  const namedA = codeNames(a[2]!);
  const namedB = codeNames(b[2]!);
  const ownCode = namedA.length > 0 && namedB.length > 0 && !namedA.some((n) => namedB.includes(n));
  if (!ownCode && (startsWithVerb(a[2]!) || startsWithVerb(b[2]!))) return null;
  const restA = tokens(a[2]!);
  const restB = new Set(tokens(b[2]!));
  if (restA.length === 0 || restB.size === 0) return null;
  if (restA.some((w) => restB.has(w))) return null;
  return `${a[2]!.trim()} vs ${b[2]!.trim()}`;
}

function startsWithVerb(subject: string): boolean {
  const first = /^[^a-z]*([a-z][a-z-]*)/i.exec(subject)?.[1]?.toLowerCase() ?? "";
  return TASK_VERB.test(first);
}

/** Names written as code: `quoted`, snake_case, dotted.names or camelCase (titles often lose the backticks). */
function codeNames(subject: string): string[] {
  const out = [...subject.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.toLowerCase());
  for (const m of subject.matchAll(/[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+|[a-z]+[A-Z][A-Za-z0-9]*/g))
    out.push(m[0].toLowerCase());
  return out;
}

// The check: select documents, analyze them, run every enabled rule, then apply severities,
// suppressions and ignore patterns. Returns data; adapters decide what to print and the exit code.
import type { Config } from "../config/schema.js";
import { patternMatcher } from "../glob.js";
import { type IgnoreMatcher, ignoreFilesOf, ignoreMatcher } from "../resolve/gitignore.js";
import { PathIndex } from "../resolve/path-index.js";
import { RULES } from "../rules/index.js";
import type { AnalyzedDocument, Draft, Rule, RuleContext } from "../rules/rule.js";
import {
  type CheckResult,
  type DocumentClass,
  type Finding,
  type PathFate,
  type RepoSnapshot,
  type RuleId,
  SEVERITY_RANK,
  type Severity,
  type SeveritySetting,
} from "../types.js";
import { analyzeSelected } from "./analyze.js";
import { selectDocuments } from "./select.js";

export interface CheckOptions {
  /** Check only these documents (a pull request's changed files); cross-handoff rules still see all. */
  documents?: readonly string[];
  /** Run only these rules. */
  rules?: readonly RuleId[];
  /** Run the working-tree rules (HG301-HG304). Default: when the snapshot has a working tree. */
  untracked?: boolean;
  /** Hygiene scans also report time-dependent rules (HG402). */
  hygiene?: boolean;
  now?: Date;
}

const WORKING_TREE_RULES = new Set<RuleId>(["HG301", "HG302", "HG303", "HG304"]);

export async function check(
  snapshot: RepoSnapshot,
  config: Config,
  options: CheckOptions = {},
): Promise<CheckResult> {
  const started = Date.now();
  const index = new PathIndex(snapshot.paths);
  const all = selectDocuments(snapshot.paths, config);
  const only = options.documents ? new Set(options.documents) : null;
  const selected = only ? all.filter((d) => only.has(d.path)) : all;
  const documents = await analyzeSelected(snapshot, config, selected, index);

  let handoffs: Promise<AnalyzedDocument[]> | null = null;
  const allHandoffs = () => {
    handoffs ??= only
      ? analyzeSelected(
          snapshot,
          config,
          all.filter((d) => d.class === "handoff"),
          index,
        )
      : Promise.resolve(documents.filter((d) => d.class === "handoff"));
    return handoffs;
  };

  const hasWorkingTree = !!(snapshot.workingTree ?? snapshot.pendingWorkingTree);
  const untracked = (options.untracked ?? true) && config.untracked.enabled && hasWorkingTree;
  const workingTree = untracked ? (snapshot.workingTree ?? (await snapshot.pendingWorkingTree)) : undefined;
  const ctx: RuleContext = {
    config,
    snapshot: { ...snapshot, workingTree, pendingWorkingTree: undefined },
    index,
    documents,
    allHandoffs,
    ...(await missingTargetFacts(snapshot, documents)),
    hygiene: options.hygiene ?? false,
    now: options.now ?? new Date(),
  };

  const wanted = options.rules ? new Set(options.rules) : null;
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (wanted && !wanted.has(rule.id)) continue;
    if (WORKING_TREE_RULES.has(rule.id) && !untracked) continue;
    if (isOff(config, rule)) continue;
    for (const draft of await rule.check(ctx)) {
      const severity = severityFor(config, rule, draft.class ?? "handoff");
      if (severity) findings.push(toFinding(rule, severity, draft));
    }
  }

  // Suppressions live in the document a finding points at. Only findings outside the checked
  // documents (HG106, HG201 on untouched handoffs) need the other handoffs, so read them only then.
  const checked = new Set(documents.map((d) => d.path));
  const outside = findings.some((f) => !checked.has(f.path));
  const kept = applySuppressions(findings, documents, outside ? await allHandoffs() : [], config);
  return {
    version: 1,
    root: snapshot.root,
    commit: snapshot.commit,
    findings: sortFindings(kept),
    stats: {
      documents: documents.length,
      references: documents.reduce((n, d) => n + d.references.length, 0),
      durationMs: Date.now() - started,
      skipped: documents.filter((d) => d.skipped).map((d) => ({ path: d.path, reason: d.skipped! })),
    },
  };
}

/**
 * Ask history and the ignore rules once each, for every missing target: history says where a file
 * went ("did you mean"), the ignore rules say it was never meant to be committed.
 */
async function missingTargetFacts(
  snapshot: RepoSnapshot,
  documents: readonly AnalyzedDocument[],
): Promise<{ fates: Map<string, PathFate>; ignored: Set<string> }> {
  // Missing path → whether some mention names it as a folder.
  const missing = new Map<string, boolean>();
  for (const doc of documents) {
    doc.resolutions.forEach((resolution, i) => {
      const ref = doc.references[i]!;
      if (resolution.status === "missing" && (ref.intent === "exists" || ref.intent === "created")) {
        missing.set(resolution.path, (missing.get(resolution.path) ?? false) || ref.folder);
      }
    });
  }
  if (missing.size === 0) return { fates: new Map(), ignored: new Set() };
  const wanted = [...missing.keys()];
  // Both are courtesies for precision and suggestions; a failure must not fail the check.
  const [fates, ignored] = await Promise.all([
    snapshot.history?.(wanted).catch(() => new Map<string, PathFate>()) ?? new Map<string, PathFate>(),
    snapshot.ignored
      ? snapshot.ignored(wanted).catch(() => new Set<string>())
      : ignoredByTrackedRules(snapshot, missing).catch(() => new Set<string>()),
  ]);
  return { fates, ignored: await withoutForcedKinds(snapshot, ignored).catch(() => ignored) };
}

/**
 * `data/` is ignored, yet `src/data/datamodule.py` is tracked (added with `--force`): the rules
 * exclude that folder wholesale and its `.py` files are committed anyway, so a missing
 * `src/data/transforms.py` is not excused by them. A `secrets.h` ignored by name beside tracked
 * headers, or a `logs/app.log` beside a tracked `logs/.gitkeep`, still is.
 */
async function withoutForcedKinds(snapshot: RepoSnapshot, ignored: Set<string>): Promise<Set<string>> {
  if (ignored.size === 0) return ignored;
  const wanted = new Set<string>();
  for (const path of ignored) {
    const kind = kindOf(path);
    if (kind !== null) wanted.add(kind);
  }
  const tracked = new Set<string>();
  for (const path of snapshot.paths) {
    const kind = kindOf(path);
    if (kind !== null && wanted.has(kind)) tracked.add(kind);
  }
  if (tracked.size === 0) return ignored;
  const isIgnored = await trackedIgnoreMatcher(snapshot);
  if (!isIgnored) return ignored;
  const forced = (path: string): boolean => {
    if (!tracked.has(kindOf(path) ?? "")) return false;
    for (let slash = path.indexOf("/"); slash > 0; slash = path.indexOf("/", slash + 1))
      if (isIgnored(path.slice(0, slash), true)) return true;
    return false;
  };
  return new Set([...ignored].filter((path) => !forced(path)));
}

/** A file's folder and extension (`src/data/` + `py`), or null for a name with no extension. */
function kindOf(path: string): string | null {
  const slash = path.lastIndexOf("/");
  const dot = path.lastIndexOf(".");
  if (dot <= slash + 1 || path.endsWith("/")) return null;
  return `${path.slice(0, slash + 1)}\0${path.slice(dot + 1)}`;
}

/** For snapshots with no git to ask: the tracked `.gitignore` files' answer (see gitignore.ts). */
async function ignoredByTrackedRules(
  snapshot: RepoSnapshot,
  missing: ReadonlyMap<string, boolean>,
): Promise<Set<string>> {
  const isIgnored = await trackedIgnoreMatcher(snapshot);
  if (!isIgnored) return new Set();
  const out = new Set<string>();
  for (const [path, folder] of missing) if (isIgnored(path, folder)) out.add(path);
  return out;
}

/** The answer of the tracked `.gitignore` files, or null when the tree has none. */
async function trackedIgnoreMatcher(snapshot: RepoSnapshot): Promise<IgnoreMatcher | null> {
  const files = ignoreFilesOf(snapshot.paths);
  if (files.length === 0) return null;
  const texts = await Promise.all(
    files.map(async (path) => ({ path, text: (await snapshot.read(path)) ?? "" })),
  );
  return ignoreMatcher(texts);
}

function setting(config: Config, rule: Rule, cls: DocumentClass): SeveritySetting {
  const configured = config.rules[rule.id];
  if (typeof configured === "string") return configured;
  const key = cls === "handoff" ? "handoffs" : "documents";
  return configured?.[key] ?? rule.defaultSeverity[cls];
}

function severityFor(config: Config, rule: Rule, cls: DocumentClass): Severity | null {
  const value = setting(config, rule, cls);
  return value === "off" ? null : value;
}

function isOff(config: Config, rule: Rule): boolean {
  return setting(config, rule, "handoff") === "off" && setting(config, rule, "document") === "off";
}

function toFinding(rule: Rule, severity: Severity, draft: Draft): Finding {
  return {
    rule: rule.id,
    name: rule.name,
    severity,
    path: draft.path,
    line: draft.line,
    column: draft.column,
    target: draft.target,
    raw: draft.raw,
    intent: draft.intent,
    message: draft.message,
    suggestions: draft.suggestions,
    related: draft.related,
  };
}

/** Drop findings silenced by comments, front matter `handoff-guard.ignore`, or config `ignore`. */
function applySuppressions(
  findings: Finding[],
  documents: readonly AnalyzedDocument[],
  handoffs: readonly AnalyzedDocument[],
  config: Config,
): Finding[] {
  const byPath = new Map<string, AnalyzedDocument>();
  for (const doc of handoffs) byPath.set(doc.path, doc);
  for (const doc of documents) byPath.set(doc.path, doc);
  const ignored = patternMatcher(config.ignore);
  return findings.filter((f) => {
    if (ignored(f.path) || (f.target !== null && ignored(f.target))) return false;
    const doc = byPath.get(f.path);
    if (!doc) return true;
    if (doc.metadata.ignoreRules.includes(f.rule)) return false;
    return !doc.suppressions.some(
      (s) => f.line >= s.fromLine && f.line <= s.toLine && (s.rules.length === 0 || s.rules.includes(f.rule)),
    );
  });
}

/** Canonical order: most severe first, then by location and rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      cmp(a.path, b.path) ||
      a.line - b.line ||
      a.column - b.column ||
      cmp(a.rule, b.rule) ||
      cmp(a.target ?? "", b.target ?? ""),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

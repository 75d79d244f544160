// The shape every rule has: metadata next to its check. One rule per file (HG101-phantom-reference.ts ...).
import type { Config } from "../config/schema.js";
import type { PathIndex, Resolution } from "../resolve/path-index.js";
import type {
  DocumentClass,
  Finding,
  ParsedDocument,
  PathFate,
  Reference,
  RepoSnapshot,
  RuleId,
  SeveritySetting,
} from "../types.js";

export interface RuleMeta {
  id: RuleId;
  name: string;
  /** Default severity per document class (repository-level rules use `handoff`). */
  defaultSeverity: Record<DocumentClass, SeveritySetting>;
  /** One line: when it fires. */
  summary: string;
  /** Why it matters, in a paragraph. */
  explanation: string;
  /** How to fix it. */
  fix: string;
  /** A Markdown snippet that fires the rule, and one that does not. */
  examples: { fires: string; passes: string };
}

/** A document after parsing and resolution. */
export interface AnalyzedDocument extends ParsedDocument {
  /** Resolution of each reference, same order as `references`. */
  resolutions: Resolution[];
}

export interface RuleContext {
  config: Config;
  snapshot: RepoSnapshot;
  index: PathIndex;
  /** Documents checked in this run (all, or only those the change touched). */
  documents: readonly AnalyzedDocument[];
  /**
   * Every handoff in the repository, parsed and resolved, for rules that look across handoffs
   * (HG106, HG201, HG202). Loaded lazily: only rules that need them pay for reading them.
   */
  allHandoffs(): Promise<readonly AnalyzedDocument[]>;
  /** Where missing targets went, from history (empty when the snapshot has no history). */
  fates: ReadonlyMap<string, PathFate>;
  /** Missing targets the repository's ignore rules cover: meant to stay local, never phantoms. */
  ignored: ReadonlySet<string>;
  /** Hygiene scans also report time-dependent rules (HG402). */
  hygiene: boolean;
  now: Date;
}

/** What a rule reports; the engine adds name and severity from the rule's metadata and the config. */
export type Draft = Omit<Finding, "name" | "severity" | "rule"> & {
  /** Document class the finding is in, for class-specific severity. Defaults to handoff. */
  class?: DocumentClass;
};

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): Promise<Draft[]> | Draft[];
}

/** A helper for reference-level drafts. */
export function referenceDraft(
  doc: ParsedDocument,
  ref: Reference,
  target: string,
  message: string,
  extra: Partial<Pick<Draft, "suggestions" | "related">> = {},
): Draft {
  return {
    path: doc.path,
    line: ref.line,
    column: ref.column,
    target,
    raw: ref.raw,
    intent: ref.intent,
    message,
    suggestions: extra.suggestions ?? [],
    related: extra.related ?? [],
    class: doc.class,
  };
}

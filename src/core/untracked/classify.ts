// Which kind of work an uncommitted path is. Order of precedence: ignored, then artifact, then
// documentation, then implementation, so `src/debug.log` is an artifact and `src/README.md` a
// document. A path no pattern claims is reported as documentation: a warning, not an error, because
// an unknown file (a CSV, an image, a script without an extension) is not clearly code, and a false
// error costs more trust than a missed one.
import type { Config } from "../config/schema.js";
import { DEFAULT_UNTRACKED_IGNORE } from "../config/schema.js";
import { globMatcher } from "../glob.js";
import type { UntrackedClass } from "./types.js";

export type UntrackedConfig = Config["untracked"];

export interface Classification {
  class: UntrackedClass;
  /** Plain words: which pattern decided, for the finding's message. */
  reason: string;
  /** The glob that matched, when one did, and the config list it came from. */
  pattern?: string;
  list?: "artifacts" | "documentation" | "implementation";
}

/**
 * Folders that are never the user's work, whatever the config says: git's own folder, installed
 * dependencies, and the editor and agent state folders of DEFAULT_UNTRACKED_IGNORE. Config
 * `untracked.ignore` adds to these rather than replacing them, so a project that ignores one more
 * folder does not suddenly see `.claude/` reported.
 */
const ALWAYS_SKIPPED_SEGMENTS = new Set([".git", "node_modules"]);

interface NamedMatcher {
  glob: string;
  test: (path: string) => boolean;
}

function named(globs: readonly string[]): NamedMatcher[] {
  return globs.map((glob) => ({ glob, test: globMatcher([glob]) }));
}

function first(matchers: readonly NamedMatcher[], path: string): string | undefined {
  for (const m of matchers) if (m.test(path)) return m.glob;
  return undefined;
}

type ListName = "artifacts" | "documentation" | "implementation";

// Precedence: the first list that matches decides.
const ORDER: readonly [UntrackedClass, ListName][] = [
  ["artifact", "artifacts"],
  ["documentation", "documentation"],
  ["implementation", "implementation"],
];

/**
 * The reason in plain words, with a brace glob narrowed to the alternative that matched
 * (`**\/*.log` rather than the whole `**\/*.{log,patch,...}`). Used for reported items only: it
 * compiles globs, which would be wasteful per path.
 */
export function explain(c: Classification, path: string): string {
  if (!c.pattern || !c.list) return c.reason;
  return `matches \`${narrowGlob(c.pattern, path)}\` in untracked.${c.list}`;
}

export function narrowGlob(glob: string, path: string): string {
  const group = /\{([^{}]*)\}/.exec(glob);
  if (!group || /\{/.test(glob.slice(group.index + group[0].length))) return glob;
  for (const alternative of group[1]!.split(",")) {
    const candidate = glob.slice(0, group.index) + alternative + glob.slice(group.index + group[0].length);
    if (globMatcher([candidate])(path)) return candidate;
  }
  return glob;
}

export interface Classifier {
  classify(path: string): Classification;
  /** True when any artifact glob matches `path` (used to derive .gitignore patterns). */
  isArtifact(path: string): boolean;
}

export function untrackedClassifier(config: UntrackedConfig): Classifier {
  const ignore = globMatcher([...new Set([...DEFAULT_UNTRACKED_IGNORE, ...config.ignore])]);
  const lists = {
    artifacts: named(config.artifacts),
    documentation: named(config.documentation),
    implementation: named(config.implementation),
  };
  const artifactAny = globMatcher(config.artifacts);
  return {
    isArtifact: artifactAny,
    classify(path) {
      if (path.endsWith("/")) return { class: "ignored", reason: "a folder holding another repository" };
      for (const segment of path.split("/")) {
        if (ALWAYS_SKIPPED_SEGMENTS.has(segment)) return { class: "ignored", reason: `inside ${segment}/` };
      }
      if (ignore(path)) return { class: "ignored", reason: "matches untracked.ignore" };
      for (const [cls, list] of ORDER) {
        const pattern = first(lists[list], path);
        if (pattern)
          return { class: cls, reason: `matches \`${pattern}\` in untracked.${list}`, pattern, list };
      }
      return {
        class: "documentation",
        reason: "matches no untracked pattern, so it is reported at the documentation level",
      };
    },
  };
}

/**
 * Roots of Python virtual environments among `paths`: a folder holding `pyvenv.cfg`. Its whole tree
 * is an environment, not work, even when it has a name no glob expects (`myenv/`).
 */
export function virtualenvRoots(paths: readonly string[]): string[] {
  const roots: string[] = [];
  for (const path of paths) {
    if (path.endsWith("/pyvenv.cfg")) roots.push(path.slice(0, -"pyvenv.cfg".length));
  }
  return roots;
}

// Which kind of work an uncommitted path is. Order of precedence: ignored, then artifact, then
// documentation, then implementation, so `src/debug.log` is an artifact and `src/README.md` a
// document. A path no pattern claims is reported as documentation: a warning, not an error, because
// an unknown file (a CSV, an image, a script without an extension) is not clearly code, and a false
// error costs more trust than a missed one.
//
// Speed matters here (50,000 untracked files in a run): each glob list is compiled once into one
// regular expression, and which glob matched is worked out only for the paths that are reported.
import picomatch from "picomatch";
import type { Config } from "../config/schema.js";
import { DEFAULT_UNTRACKED_IGNORE } from "../config/schema.js";
import type { UntrackedClass } from "./types.js";

export type UntrackedConfig = Config["untracked"];

type ListName = "artifacts" | "documentation" | "implementation";

export interface Classification {
  class: UntrackedClass;
  /** The config list that decided; absent for ignored and unmatched paths. */
  list?: ListName;
  /** Plain words for ignored and unmatched paths (use `Classifier.explain` for the others). */
  reason?: string;
}

export interface Classifier {
  classify(path: string): Classification;
  /** Why `path` got its class, naming the glob that matched (narrowed: `**\/*.log`, not the whole brace list). */
  explain(c: Classification, path: string): string;
  /** True when any artifact glob matches `path` (used to derive .gitignore patterns). */
  isArtifact(path: string): boolean;
}

// Precedence: the first list that matches decides.
const ORDER: readonly [UntrackedClass, ListName][] = [
  ["artifact", "artifacts"],
  ["documentation", "documentation"],
  ["implementation", "implementation"],
];

/**
 * Never the user's work, whatever the config says: git's own folder and installed dependencies.
 * DEFAULT_UNTRACKED_IGNORE (editor and agent state, virtualenvs) also always applies: config
 * `untracked.ignore` adds to it rather than replacing it, so a project that ignores one more folder
 * does not suddenly see `.claude/` reported.
 */
const ALWAYS_SKIPPED = /(?:^|\/)(?:\.git|node_modules)(?:\/|$)/;

const UNMATCHED = "matches no untracked pattern, so it is reported at the documentation level";

export function untrackedClassifier(config: UntrackedConfig): Classifier {
  const ignore = compileList([...new Set([...DEFAULT_UNTRACKED_IGNORE, ...config.ignore])]);
  const lists: Record<ListName, readonly string[]> = {
    artifacts: config.artifacts,
    documentation: config.documentation,
    implementation: config.implementation,
  };
  const any: Record<ListName, ListMatcher> = {
    artifacts: compileList(config.artifacts),
    documentation: compileList(config.documentation),
    implementation: compileList(config.implementation),
  };
  const narrowing = new Map<string, Narrowing>();
  return {
    isArtifact: (path) => any.artifacts(path, basename(path)),
    classify(path) {
      if (path.endsWith("/")) return { class: "ignored", reason: "a folder holding another repository" };
      if (ALWAYS_SKIPPED.test(path)) return { class: "ignored", reason: "inside .git/ or node_modules/" };
      const base = basename(path);
      if (ignore(path, base)) return { class: "ignored", reason: "matches untracked.ignore" };
      for (const [cls, list] of ORDER) if (any[list](path, base)) return { class: cls, list };
      return { class: "documentation", reason: UNMATCHED };
    },
    explain(c, path) {
      if (!c.list) return c.reason ?? UNMATCHED;
      const base = basename(path);
      const glob = lists[c.list].find((g) => globTest(g)(path, base));
      if (!glob) return `matches untracked.${c.list}`;
      let narrow = narrowing.get(glob);
      if (!narrow) {
        narrow = narrowings(glob);
        narrowing.set(glob, narrow);
      }
      const hit = narrow.find((n) => n.test(path, base));
      return `matches \`${hit?.glob ?? glob}\` in untracked.${c.list}`;
    },
  };
}

/** `(path, basename) => matches`; the basename is passed in because most globs only look at it. */
type Test = (path: string, base: string) => boolean;
type ListMatcher = Test;
type Narrowing = { glob: string; test: Test }[];

const LITERAL = /^[^*?[\]{}()!+@\\]+$/;
const tests = new Map<string, Test>();

/**
 * A matcher for one glob, equivalent to picomatch with `dot: true` on git paths (which never hold
 * `.` or `..` segments). The common shapes skip picomatch's general expression, which is slow on
 * long paths: `**\/<name glob>` tests the basename, `**\/<folder>/**` a segment, `<folder>/**` a prefix.
 */
export function globTest(glob: string): Test {
  let test = tests.get(glob);
  if (test) return test;
  const shape = shapeOf(glob);
  if (shape.kind === "base") {
    const re = shape.re;
    test = (_path, base) => re.test(base);
  } else if (shape.kind === "segment") {
    const name = shape.name;
    test = (path) => hasSegment(path, name);
  } else if (shape.kind === "prefix") {
    const prefix = shape.prefix;
    test = (path) => path === prefix || path.startsWith(`${prefix}/`);
  } else {
    const re = picomatch.makeRe(glob, { dot: true });
    test = (path) => re.test(path);
  }
  tests.set(glob, test);
  return test;
}

type Shape =
  | { kind: "base"; re: RegExp }
  | { kind: "segment"; name: string }
  | { kind: "prefix"; prefix: string }
  | { kind: "other" };

function shapeOf(glob: string): Shape {
  if (glob.startsWith("**/")) {
    const rest = glob.slice(3);
    if (!rest.includes("/")) return { kind: "base", re: picomatch.makeRe(rest, { dot: true }) };
    const folder = rest.endsWith("/**") ? rest.slice(0, -3) : null;
    if (folder && LITERAL.test(folder) && !folder.includes("/")) return { kind: "segment", name: folder };
  }
  if (glob.endsWith("/**")) {
    const prefix = glob.slice(0, -3);
    if (LITERAL.test(prefix)) return { kind: "prefix", prefix };
  }
  return { kind: "other" };
}

/**
 * One matcher for a list. Folder-anywhere globs become one expression over the path's segments,
 * and basename globs one alternation over the basename, so a path costs two or three expression
 * tests however long the list is.
 */
function compileList(globs: readonly string[]): ListMatcher {
  const segments: string[] = [];
  const bases: string[] = [];
  const others: Test[] = [];
  for (const glob of globs) {
    const shape = shapeOf(glob);
    if (shape.kind === "segment") segments.push(escapeRegExp(shape.name));
    else if (shape.kind === "base") bases.push(`(?:${shape.re.source})`);
    else others.push(globTest(glob));
  }
  const base = bases.length > 0 ? new RegExp(bases.join("|")) : null;
  const segment = segments.length > 0 ? new RegExp(`(?:^|/)(?:${segments.join("|")})(?:/|$)`) : null;
  return (path, name) => {
    if (base?.test(name) || segment?.test(path)) return true;
    for (const test of others) if (test(path, name)) return true;
    return false;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function hasSegment(path: string, segment: string): boolean {
  return (
    path === segment ||
    path.startsWith(`${segment}/`) ||
    path.endsWith(`/${segment}`) ||
    path.includes(`/${segment}/`)
  );
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** A glob with one brace list, as its alternatives (`**\/*.{log,tmp}` → `**\/*.log`, `**\/*.tmp`). */
function narrowings(glob: string): Narrowing {
  const group = /\{([^{}]*)\}/.exec(glob);
  if (!group || glob.indexOf("{", group.index + 1) !== -1) return [];
  return group[1]!.split(",").map((alternative) => {
    const candidate = glob.slice(0, group.index) + alternative + glob.slice(group.index + group[0].length);
    return { glob: candidate, test: globTest(candidate) };
  });
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

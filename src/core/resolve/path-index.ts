// Resolution of written paths against the tracked tree, the way GitHub renders links:
// case-exact, relative to the document's folder, then the repository root, then by unique suffix.
// Nothing here touches a filesystem: the index is built from the snapshot's path list.

export type Resolution =
  | { status: "found"; path: string; folder: boolean; via: "relative" | "root" | "suffix" | "page" }
  | { status: "missing"; path: string }
  | { status: "ambiguous"; path: string; candidates: string[] }
  | { status: "outside"; path: string }
  | { status: "skipped" };

/** Folders a static-site generator or web bundler serves at the site's root. */
const SERVED_FOLDERS = ["static", "public"];

/** Godot's project-root scheme (`user://`, the player's data folder, stays a URL). */
export const GODOT_PREFIX = "res://";

export class PathIndex {
  readonly files: ReadonlySet<string>;
  readonly folders: ReadonlySet<string>;
  /** basename → files with that basename (case-exact). */
  private readonly byBase = new Map<string, string[]>();
  /** folder basename → folders with that basename. */
  private readonly folderByBase = new Map<string, string[]>();
  /** lower-cased path → real path, for "did you mean" on case mistakes. */
  private lowerCase: Map<string, string> | null = null;

  constructor(paths: readonly string[]) {
    const files = new Set<string>();
    const folders = new Set<string>();
    for (const path of paths) {
      files.add(path);
      push(this.byBase, basename(path), path);
      for (let i = path.lastIndexOf("/"); i > 0; i = path.lastIndexOf("/", i - 1)) {
        const folder = path.slice(0, i);
        if (folders.has(folder)) break;
        folders.add(folder);
        push(this.folderByBase, basename(folder), folder);
      }
    }
    this.files = files;
    this.folders = folders;
  }

  has(path: string): boolean {
    return this.files.has(path) || this.folders.has(path);
  }

  /**
   * Resolve `written` (already stripped of anchors and decoded) as mentioned in `docPath`.
   * `folder` is true when written with a trailing slash. `allowSuffix` permits a bare name or
   * partial path to resolve by unique suffix (prose and code mentions; not Markdown links, which
   * GitHub resolves strictly).
   */
  resolve(written: string, docPath: string, folder: boolean, allowSuffix: boolean): Resolution {
    if (written.startsWith(GODOT_PREFIX))
      return this.resolveGodot(written.slice(GODOT_PREFIX.length), docPath, folder);
    const clean = written.replace(/\/+$/, "");
    if (clean === "" || clean === ".") return { status: "found", path: "", folder: true, via: "root" };
    const rootRelative = clean.startsWith("/");
    const docFolder = dirname(docPath);
    const attempts: { path: string | null; via: "relative" | "root" }[] = rootRelative
      ? [{ path: normalize("", clean.slice(1)), via: "root" }]
      : [
          { path: normalize(docFolder, clean), via: "relative" },
          { path: normalize("", clean), via: "root" },
        ];
    let intended: string | null = null;
    let escaped = false;
    for (const attempt of attempts) {
      if (attempt.path === null) {
        escaped = true;
        continue;
      }
      intended ??= attempt.path;
      const hit = this.lookup(attempt.path, folder);
      if (hit) return { status: "found", path: hit.path, folder: hit.folder, via: attempt.via };
    }
    if (intended === null || (escaped && attempts.every((a) => a.path === null))) {
      return { status: "outside", path: clean };
    }
    // "the compose file is in `../billing-infra/docker-compose.yml`", written in a nested document:
    // a mention (not a link) that climbs above the root from the root names a sibling repository,
    // the way people write it, when read from the document's folder it lands in no folder there is.
    // Deeper down, landing beside the document's folder (`../runbooks/x.md` written in
    // `docs/sprints/`), it is a missing file of this tree, unless the tree has it elsewhere: then
    // it is written from that file's folder (`../_shared/cors.ts`, an import quoted in a plan).
    if (escaped && allowSuffix && clean.startsWith("../")) {
      const landing = dirname(intended);
      if (
        landing !== "" &&
        !this.folders.has(landing) &&
        (!landing.includes("/") || this.suffixMatches(clean.replace(/^(?:\.\.\/)+/, "")).length > 0)
      )
        return { status: "outside", path: clean };
    }
    // "the index lives on the cluster under `/proj/genomics/refs/`": a mention (not a link) from
    // the root whose first folder the repository does not have is a path on some machine.
    if (rootRelative && allowSuffix && intended !== null) {
      const slash = intended.indexOf("/");
      if (slash > 0 && !this.folders.has(intended.slice(0, slash))) return { status: "outside", path: clean };
    }
    if (allowSuffix && !rootRelative && !clean.startsWith("../")) {
      const partial = clean.replace(/^\.\//, "");
      const matches = this.suffixMatches(partial, folder);
      if (matches.length === 1) {
        return { status: "found", path: matches[0]!, folder: this.folders.has(matches[0]!), via: "suffix" };
      }
      if (matches.length > 1) return { status: "ambiguous", path: intended, candidates: matches };
    }
    // Report the path the reader would expect: a Markdown link, or a mention written with `./` or
    // `../`, is relative to the document's folder (as GitHub renders it); a bare mention in prose or
    // code usually names the path from the repository root.
    const relativeFirst = !allowSuffix || clean.startsWith("./") || clean.startsWith("../");
    const shown = relativeFirst ? intended : (attempts.at(-1)?.path ?? intended);
    // Under a tracked entry that is not a folder: a submodule (or a symlink to a folder), whose
    // files are another repository's and cannot be checked from this tree.
    if (attempts.some((a) => a.path !== null && this.underEntry(a.path)))
      return { status: "outside", path: shown };
    return { status: "missing", path: shown };
  }

  /**
   * `res://scenes/player.tscn`: a path from the root of the Godot project, the folder holding
   * `project.godot` (the nearest one above the document, or the only one in the tree). Without a
   * tracked `project.godot` the root is unknown and nothing is claimed.
   */
  private resolveGodot(rest: string, docPath: string, folder: boolean): Resolution {
    const projects = this.byBase.get("project.godot") ?? [];
    const above = projects
      .map((p) => dirname(p))
      .filter((dir) => dir === "" || docPath.startsWith(`${dir}/`))
      .sort((a, b) => b.length - a.length);
    const root = above[0] ?? (projects.length === 1 ? dirname(projects[0]!) : null);
    const clean = rest.replace(/\/+$/, "");
    if (root === null) return { status: "outside", path: `${GODOT_PREFIX}${clean}` };
    const path = normalize(root, clean);
    if (path === null) return { status: "outside", path: `${GODOT_PREFIX}${clean}` };
    const hit = this.lookup(path, folder);
    if (hit) return { status: "found", path: hit.path, folder: hit.folder, via: "root" };
    return { status: "missing", path };
  }

  /**
   * A Markdown link to a page of a documentation site, written without its extension:
   * `[npm run](/commands/npm-run)`, `[config](../using-npm/config)`, `[post](/posts/launch/)`.
   * Docusaurus, VitePress, Hugo, Gatsby and GitBook build such links from `<page>.md(x)`,
   * `<page>/index.md` or `<page>/README.md`; a link that names an existing page this way is not a
   * phantom. Tried relative to the document, then the root, then (for a root-relative link, since
   * the site's content folder is unknown) by unique suffix. Null when no page matches.
   */
  resolvePage(written: string, docPath: string): Resolution | null {
    const clean = written.replace(/\/+$/, "");
    const name = basename(clean);
    if (name === "" || name === "." || name === ".." || name.includes(".")) return null;
    for (const page of PAGE_FILES) {
      const hit = this.resolve(`${clean}${page}`, docPath, false, false);
      if (hit.status === "found") return { ...hit, via: "page" };
    }
    if (!clean.startsWith("/")) return null;
    for (const page of PAGE_FILES) {
      const matches = this.suffixMatches(`${clean.slice(1)}${page}`);
      if (matches.length === 1) return { status: "found", path: matches[0]!, folder: false, via: "page" };
    }
    return null;
  }

  /**
   * `![diagram](/img/architecture.png)` in a Docusaurus, Hugo, Next.js or Vite site: the site
   * serves its `static/` (or `public/`) folder at `/`, so a root-absolute link names a file there.
   * Only for root-absolute links; null when no such folder holds the file.
   */
  resolveStatic(written: string): Resolution | null {
    if (!written.startsWith("/") || written.startsWith("//")) return null;
    const clean = written.replace(/\/+$/, "");
    for (const served of SERVED_FOLDERS) {
      const matches = this.suffixMatches(`${served}${clean}`);
      if (matches.length > 0) {
        const path = [...matches].sort()[0]!;
        return { status: "found", path, folder: this.folders.has(path), via: "page" };
      }
    }
    return null;
  }

  /**
   * `[pricing](/en/pricing)`, `[post](/blog/launch)` in a web app's content: a route the app's
   * router serves, matched against its route files (Next.js `app/…/page.tsx` and `pages/`, Astro's
   * `src/pages/`, SvelteKit's `src/routes/…/+page.svelte`, Nuxt's `pages/`), where `[param]`
   * stands for any one segment and `[...slug]` for one or more. Only for root-absolute links with
   * no extension; null when no route matches.
   */
  resolveRoute(written: string): Resolution | null {
    if (!written.startsWith("/") || written.startsWith("//")) return null;
    const segments = written.replace(/\/+$/, "").split("/").slice(1);
    if (segments.some((s) => s === "" || s === "." || s === "..") || (segments.at(-1) ?? "").includes("."))
      return null;
    this.routes ??= routeFiles(this.files);
    for (const route of this.routes) {
      if (routeMatches(route.segments, segments))
        return { status: "found", path: route.file, folder: false, via: "page" };
    }
    return null;
  }

  /** The router's route files, found on the first `resolveRoute` call. */
  private routes: Route[] | null = null;

  private lookup(path: string, folder: boolean): { path: string; folder: boolean } | null {
    if (!folder && this.files.has(path)) return { path, folder: false };
    if (this.folders.has(path)) return { path, folder: true };
    // `vendor/lib/` when `vendor/lib` is a submodule: git lists it as one entry, not a folder. A
    // name with an extension (`main.py/`) is a file written wrong, not a submodule.
    if (folder && this.files.has(path) && !basename(path).includes(".")) return { path, folder: true };
    return null;
  }

  /** Whether a proper prefix of `path` is a tracked entry (a submodule or symlink, not a folder). */
  private underEntry(path: string): boolean {
    for (let at = path.indexOf("/"); at !== -1; at = path.indexOf("/", at + 1)) {
      if (this.files.has(path.slice(0, at))) return true;
    }
    return false;
  }

  /** Tracked files (or folders) whose path is `partial` or ends with `/partial`. */
  suffixMatches(partial: string, folderOnly = false): string[] {
    const base = basename(partial);
    const out: string[] = [];
    const pools = folderOnly
      ? [this.folderByBase.get(base)]
      : [this.byBase.get(base), this.folderByBase.get(base)];
    for (const pool of pools) {
      if (!pool) continue;
      for (const candidate of pool) {
        if (candidate === partial || candidate.endsWith(`/${partial}`)) out.push(candidate);
      }
    }
    return out;
  }

  /** Files with the same basename anywhere in the tree. */
  sameBasename(path: string): string[] {
    return [...(this.byBase.get(basename(path)) ?? []), ...(this.folderByBase.get(basename(path)) ?? [])];
  }

  /** The tracked path equal to `path` ignoring case, if any. */
  caseInsensitive(path: string): string | null {
    if (!this.lowerCase) {
      this.lowerCase = new Map();
      for (const p of this.files) this.lowerCase.set(p.toLowerCase(), p);
      for (const p of this.folders) this.lowerCase.set(p.toLowerCase(), p);
    }
    const hit = this.lowerCase.get(path.toLowerCase());
    return hit && hit !== path ? hit : null;
  }

  /**
   * Nearest tracked paths by edit distance on the basename (then the folder), at most `limit`.
   * Bounded: only basenames within distance 1 (2 for names longer than 7) are considered.
   */
  nearest(path: string, limit = 3): string[] {
    const base = basename(path);
    // A typo is one or two edits; more than that on a name this short is another name.
    const maxDistance = base.length <= 3 ? 0 : base.length <= 7 ? 1 : 2;
    if (maxDistance === 0) return [];
    const scored: { path: string; score: number }[] = [];
    const digitless = withoutDigits(base);
    for (const [candidate, d] of this.basenamesWithin(base, maxDistance)) {
      if (d === 0) continue;
      // `executor_61.py` for `executor_0.py` is another member of a numbered series, not a typo.
      if (withoutDigits(candidate) === digitless) continue;
      for (const file of this.byBase.get(candidate) ?? []) {
        const folderPenalty = dirname(file) === dirname(path) ? 0 : 0.5;
        scored.push({ path: file, score: d + folderPenalty });
      }
    }
    scored.sort((a, b) => a.score - b.score || a.path.localeCompare(b.path));
    return scored.slice(0, limit).map((s) => s.path);
  }

  /** Sorted basenames packed for a cache-friendly walk, built on the first `nearest` call. */
  private sortedBases: SortedBases | null = null;

  /**
   * Every basename within `max` edits of `word`, with its distance, in insertion order: the same
   * answer as `editDistance` against each basename, found by walking the sorted basenames as a
   * trie (rows of a shared prefix are reused; a prefix whose row minimum exceeds `max` skips
   * every basename that starts with it). Checking every basename made each phantom cost
   * O(tracked basenames) edit distances: minutes on 100,000 files with 2,000 phantoms.
   *
   * The basenames are packed into one UTF-16 array with each one's common-prefix length with the
   * previous: the walk reads sequential memory instead of 100,000 scattered strings (cache misses
   * on string headers cost more than the edit-distance rows themselves).
   */
  private basenamesWithin(word: string, max: number): [string, number][] {
    this.sortedBases ??= packSorted([...this.byBase.keys()]);
    const { bases, rank, chars, offsets, lcp, skip, longest } = this.sortedBases;
    const count = bases.length;
    const n = word.length;
    const width = n + 1;
    const target = new Uint16Array(n);
    for (let j = 0; j < n; j++) target[j] = word.charCodeAt(j);
    // Distances are capped at `inf` (max + 1): a cell's exact value matters only up to `max`.
    // Row k (the DP row after the first k characters of the current basename) lives at
    // rows[k * width ...]; only the band |k - j| <= max is computed (cells outside it exceed
    // `max`), plus one `inf` cell on each side of the band, which is all the next row reads.
    const inf = max + 1;
    const rows = new Int32Array((longest + 1) * width);
    for (let j = 0; j <= n; j++) rows[j] = j < inf ? j : inf;
    // Rows 0..valid hold the previous basename's prefix.
    let valid = 0;
    const out: [number, number][] = [];
    let i = 0;
    while (i < count) {
      const from = offsets[i]!;
      const length = offsets[i + 1]! - from;
      let k = Math.min(lcp[i]!, valid, length);
      let dead = -1;
      for (; k < length; k++) {
        const above = k * width;
        const row = above + width;
        const r = k + 1;
        const lo = r - max > 1 ? r - max : 1;
        const hi = r + max < n ? r + max : n;
        let rowMin = inf;
        if (lo === 1) {
          const v0 = r < inf ? r : inf;
          rows[row] = v0;
          rowMin = v0;
        } else rows[row + lo - 1] = inf;
        const c = chars[from + k]!;
        for (let j = lo; j <= hi; j++) {
          let v = rows[above + j - 1]! + (target[j - 1] === c ? 0 : 1);
          const up = rows[above + j]! + 1;
          if (up < v) v = up;
          const left = rows[row + j - 1]! + 1;
          if (left < v) v = left;
          if (v > inf) v = inf;
          rows[row + j] = v;
          if (v < rowMin) rowMin = v;
        }
        if (hi < n) rows[row + hi + 1] = inf;
        if (rowMin >= inf) {
          dead = r;
          break;
        }
      }
      i++;
      if (dead === -1) {
        valid = length;
        const d = Math.abs(length - n) > max ? inf : rows[length * width + n]!;
        if (d <= max) out.push([i - 1, d]);
      } else {
        valid = dead;
        // Skip the run of basenames that start with the dead prefix (common prefix >= dead):
        // skip[i] jumps over a whole run sharing basename i's prefix, so a dead prefix costs a few
        // jumps instead of one step per basename under it.
        while (i < count && lcp[i]! >= dead) i = skip[i]!;
      }
    }
    out.sort((x, y) => rank[x[0]]! - rank[y[0]]!);
    return out.map(([at, d]) => [bases[at]!, d]);
  }
}

interface SortedBases {
  /** Basenames in code-unit order. */
  bases: string[];
  /** Insertion rank of each sorted basename. */
  rank: Int32Array;
  /** All basenames' UTF-16 code units back to back: basename i is chars[offsets[i], offsets[i + 1]). */
  chars: Uint16Array;
  offsets: Int32Array;
  /** Length of the common prefix of basename i and basename i - 1 (0 for the first). */
  lcp: Int32Array;
  /** First index after i whose common prefix with its predecessor is shorter than lcp[i]. */
  skip: Int32Array;
  longest: number;
}

function packSorted(inserted: string[]): SortedBases {
  const position = new Map<string, number>();
  for (const b of inserted) position.set(b, position.size);
  const bases = [...inserted].sort();
  const rank = Int32Array.from(bases, (b) => position.get(b)!);
  let total = 0;
  let longest = 0;
  for (const b of bases) {
    total += b.length;
    if (b.length > longest) longest = b.length;
  }
  const chars = new Uint16Array(total);
  const offsets = new Int32Array(bases.length + 1);
  const lcp = new Int32Array(bases.length);
  let at = 0;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i]!;
    offsets[i] = at;
    for (let k = 0; k < b.length; k++) chars[at + k] = b.charCodeAt(k);
    if (i > 0) {
      const prev = bases[i - 1]!;
      const limit = Math.min(prev.length, b.length);
      let l = 0;
      while (l < limit && prev.charCodeAt(l) === b.charCodeAt(l)) l++;
      lcp[i] = l;
    }
    at += b.length;
  }
  offsets[bases.length] = at;
  // Every basename between i and skip[i] shares at least lcp[i] characters with basename i - 1.
  const skip = new Int32Array(bases.length);
  const open: number[] = [];
  for (let i = 0; i < bases.length; i++) {
    const depth = lcp[i]!;
    for (let top = open.at(-1); top !== undefined && lcp[top]! > depth; top = open.at(-1)) {
      skip[top] = i;
      open.pop();
    }
    open.push(i);
  }
  for (const i of open) skip[i] = bases.length;
  return { bases, rank, chars, offsets, lcp, skip, longest };
}

interface Route {
  /** The URL segments the file serves: literal names, `[param]`, `[...slug]` or `[[...slug]]`. */
  segments: string[];
  file: string;
}

/** Route files of the common web frameworks: the folder, the route's path, and the file's kind. */
const ROUTE_FILE =
  /^(?:src\/)?(?:app\/(?:(.*)\/)?page\.(?:tsx|ts|jsx|js|mdx|md)|pages\/(.*?)\.(?:tsx|ts|jsx|js|mdx|md|vue|astro)|routes\/(?:(.*)\/)?\+page\.svelte)$/;

function routeFiles(files: ReadonlySet<string>): Route[] {
  const out: Route[] = [];
  for (const file of files) {
    if (!file.includes("page") && !file.includes("route")) continue;
    const m = ROUTE_FILE.exec(file);
    if (!m) continue;
    const path = m[1] ?? m[2] ?? m[3] ?? "";
    let segments = path === "" ? [] : path.split("/");
    if (m[2] !== undefined) {
      // `pages/about.tsx`, `pages/blog/index.tsx`; `_app`, `_document` and API routes serve no page.
      if (segments.at(-1) === "index") segments = segments.slice(0, -1);
      if (segments[0] === "api" || segments.some((s) => s.startsWith("_"))) continue;
    }
    // `(marketing)` groups and `@modal` slots are not part of the URL.
    segments = segments.filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@"));
    out.push({ segments, file });
  }
  return out;
}

function routeMatches(route: readonly string[], url: readonly string[]): boolean {
  let i = 0;
  for (let k = 0; k < route.length; k++) {
    const segment = route[k]!;
    if (/^\[\[?\.\.\.[^\]]+\]\]?$/.test(segment))
      return k === route.length - 1 && (url.length > i || segment.startsWith("[["));
    if (i >= url.length) return false;
    if (!/^\[[^\]]+\]$/.test(segment) && segment !== url[i]) return false;
    i++;
  }
  return i === url.length;
}

/** The files a documentation site builds a page from, tried in this order. */
const PAGE_FILES = [".md", ".mdx", "/index.md", "/index.mdx", "/README.md", "/_index.md"];

function withoutDigits(name: string): string {
  return name.replace(/[0-9]+/g, "#");
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function basename(path: string): string {
  const i = path.lastIndexOf("/");
  return i === -1 ? path : path.slice(i + 1);
}

export function dirname(path: string): string {
  const i = path.lastIndexOf("/");
  return i === -1 ? "" : path.slice(0, i);
}

/** Join and normalize posix segments; null when the result would leave the repository root. */
export function normalize(folder: string, relative: string): string | null {
  // Most mentions have no `.`, `..` or empty segment: joining is then the whole job.
  if (isPlainRelative(relative)) return folder ? `${folder}/${relative}` : relative;
  const out = folder ? folder.split("/") : [];
  for (const segment of relative.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(segment);
  }
  return out.join("/");
}

/** Non-empty, and no segment of `relative` is empty, `.` or `..`. */
function isPlainRelative(relative: string): boolean {
  if (relative === "" || relative.startsWith("/") || relative.endsWith("/") || relative.includes("//"))
    return false;
  if (relative === "." || relative === ".." || relative.startsWith("./") || relative.startsWith("../"))
    return false;
  return !(
    relative.includes("/./") ||
    relative.includes("/../") ||
    relative.endsWith("/.") ||
    relative.endsWith("/..")
  );
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}

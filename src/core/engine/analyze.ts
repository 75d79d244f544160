// Parse and resolve documents: the step every rule builds on.
import type { Config } from "../config/schema.js";
import { parseDocument } from "../document/parse.js";
import { PathIndex, type Resolution } from "../resolve/path-index.js";
import type { AnalyzedDocument } from "../rules/rule.js";
import type { Reference, RepoSnapshot } from "../types.js";
import type { SelectedDocument } from "./select.js";

/** Reads at most this many documents at once (the GitHub adapter reads over the network). */
const READ_CONCURRENCY = 32;

export async function analyzeSelected(
  snapshot: RepoSnapshot,
  config: Config,
  documents: readonly SelectedDocument[],
  index: PathIndex = new PathIndex(snapshot.paths),
): Promise<AnalyzedDocument[]> {
  const out = new Array<AnalyzedDocument>(documents.length);
  let next = 0;
  const worker = async () => {
    while (next < documents.length) {
      const i = next++;
      const selected = documents[i]!;
      out[i] = await analyzeOne(snapshot, config, selected, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, documents.length) }, worker));
  return out;
}

async function analyzeOne(
  snapshot: RepoSnapshot,
  config: Config,
  selected: SelectedDocument,
  index: PathIndex,
): Promise<AnalyzedDocument> {
  let text: string | null;
  try {
    text = await snapshot.read(selected.path);
  } catch (cause) {
    text = null;
    const parsed = parseDocument(selected.path, "", selected.class);
    return { ...parsed, skipped: `could not be read (${describe(cause)})`, resolutions: [] };
  }
  if (text === null) {
    const parsed = parseDocument(selected.path, "", selected.class);
    return { ...parsed, skipped: "not readable as text", resolutions: [] };
  }
  // Paths resolve before intent is read: a document's mentions of files that are there need no
  // intent, except where an anchor's lines will be counted (an example's anchor is not checked).
  // Handoffs are read whole: duplicate grouping and consolidation use every mention's intent.
  let found: Resolution[] = [];
  const needsIntent =
    selected.class === "handoff"
      ? undefined
      : (refs: readonly Reference[]) => {
          found = refs.map((ref) => resolvePath(ref, selected.path, index));
          const wanted = new Set<number>();
          refs.forEach((ref, i) => {
            if (found[i]!.status !== "found" || ref.range) wanted.add(i);
          });
          return wanted;
        };
  const parsed = parseDocument(selected.path, text, selected.class, {
    maxBytes: config.maxDocumentBytes,
    needsIntent,
  });
  const resolutions = parsed.references.map((ref, i) =>
    ref.intent === "example" ? SKIPPED : (found[i] ?? resolvePath(ref, selected.path, index)),
  );
  return { ...parsed, resolutions };
}

const SKIPPED: Resolution = { status: "skipped" };

export function resolveReference(ref: Reference, docPath: string, index: PathIndex): Resolution {
  return ref.intent === "example" ? SKIPPED : resolvePath(ref, docPath, index);
}

/** Where a reference's path leads, whatever its intent. */
function resolvePath(ref: Reference, docPath: string, index: PathIndex): Resolution {
  if (ref.kind === "wikilink") return resolveWikilink(ref, index);
  // Markdown links resolve strictly as GitHub renders them; mentions in code and prose by suffix too.
  const allowSuffix = ref.kind !== "link" && ref.kind !== "image" && ref.kind !== "definition";
  const resolution = index.resolve(ref.path, docPath, ref.folder, allowSuffix);
  if (resolution.status === "missing" && (ref.kind === "link" || ref.kind === "definition")) {
    return (
      index.resolvePage(ref.path, docPath) ??
      index.resolveStatic(ref.path) ??
      index.resolveRoute(ref.path) ??
      resolution
    );
  }
  if (resolution.status === "missing" && ref.kind === "image")
    return index.resolveStatic(ref.path) ?? resolution;
  return resolution;
}

/**
 * `[[name]]` resolves to any `name.md` (or `name` with its own extension) in the tree; on a GitHub
 * wiki a page's spaces are hyphens (`[[Release Process]]` is `Release-Process.md`), and in
 * `[[Text|Page]]` the page is the second part.
 */
function resolveWikilink(ref: Reference, index: PathIndex): Resolution {
  const tries = [ref.path];
  if (ref.path.includes(" ")) tries.push(ref.path.replace(/ /g, "-"));
  if (ref.alias) {
    const page = ref.alias.replace(/#.*$/, "");
    const ext = page.includes(".") ? page.slice(page.lastIndexOf(".") + 1) : "";
    const path = ext && !ext.includes(" ") && ext.length <= 5 ? page : `${page}.md`;
    tries.push(path, path.replace(/ /g, "-"));
  }
  for (const path of tries) {
    const found = wikilinkMatch(path, index);
    if (found) return found;
  }
  return { status: "missing", path: ref.path };
}

function wikilinkMatch(path: string, index: PathIndex): Resolution | null {
  const matches = index.suffixMatches(path);
  if (matches.length === 1) return { status: "found", path: matches[0]!, folder: false, via: "suffix" };
  if (matches.length > 1) {
    // Obsidian picks the shortest path; GitHub has no rule. Any match proves the note exists.
    const shortest = [...matches].sort((a, b) => a.length - b.length)[0]!;
    return { status: "found", path: shortest, folder: false, via: "suffix" };
  }
  return null;
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

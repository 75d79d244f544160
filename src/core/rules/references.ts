// Iteration helpers shared by the reference rules.
import { PROJECT_FILES } from "../references/extensions.js";
import { basename, type PathIndex, type Resolution } from "../resolve/path-index.js";
import type { Reference } from "../types.js";
import type { AnalyzedDocument } from "./rule.js";

export interface ResolvedReference {
  doc: AnalyzedDocument;
  ref: Reference;
  resolution: Resolution;
  /** The reference's place in `doc.references`. */
  index: number;
}

export function* references(documents: readonly AnalyzedDocument[]): Generator<ResolvedReference> {
  for (const doc of documents) {
    if (doc.skipped) continue;
    for (let i = 0; i < doc.references.length; i++) {
      yield { doc, ref: doc.references[i]!, resolution: doc.resolutions[i]!, index: i };
    }
  }
}

export const OPEN_STATUSES = new Set([undefined, "open", "in_progress", "blocked"]);

export function isOpen(doc: AnalyzedDocument): boolean {
  return OPEN_STATUSES.has(doc.metadata.status);
}

/** `code`-quote a path for messages. */
export function q(path: string): string {
  return `\`${path}\``;
}

/** Paths the change removes (deleted, or renamed away), mapped to where they went (null: deleted). */
export function removedByChange(
  change: { deleted: readonly string[]; renamed: readonly { from: string; to: string }[] } | undefined,
): Map<string, string | null> {
  const removed = new Map<string, string | null>();
  if (!change) return removed;
  for (const path of change.deleted) removed.set(path, null);
  for (const { from, to } of change.renamed) removed.set(from, to);
  return removed;
}

/**
 * A project file (`package-lock.json`, `.npmrc`, `src/lib.rs`), named bare or at its conventional
 * place in documentation when this repository has no file of that name anywhere: the reader's
 * project's file, not a phantom of this one. A handoff is still held to it: "commit
 * `package-lock.json`" in a repository without one is a task that was not done.
 */
export function readersProjectFile(doc: AnalyzedDocument, ref: Reference, index: PathIndex): boolean {
  // A link is followed: `[License](LICENSE)` in a repository without one is a broken link.
  if (doc.class === "handoff" || ref.folder || ref.kind === "link") return false;
  if (describesThisRepository(doc.path)) return false;
  return PROJECT_FILES.has(ref.path) && index.sameBasename(ref.path).length === 0;
}

/** Files browsers and crawlers ask every site for at its root. */
const WEB_ROOT_FILES = new Set(
  "favicon.ico robots.txt sitemap.xml humans.txt ads.txt security.txt manifest.json manifest.webmanifest site.webmanifest apple-touch-icon.png browserconfig.xml".split(
    " ",
  ),
);

/**
 * "`/`, `/klinikker/` and `/priser/`", "admin lives at `/wp-admin/`": a folder right under the root,
 * named (not linked) with its leading slash, that the repository does not have is a site's
 * address. (Its resolution stays "missing": two handoffs naming it still share it.)
 */
export function siteAddress(ref: Reference, index: PathIndex): boolean {
  if (ref.kind === "link" || ref.kind === "image" || ref.kind === "definition") return false;
  // "thrown errors for `/favicon.ico` requests": a file every site answers for at its root.
  if (!ref.folder)
    return ref.path.startsWith("/") && WEB_ROOT_FILES.has(ref.path.slice(1)) && !index.has(ref.path.slice(1));
  const name = ref.path.replace(/^\/|\/$/g, "");
  return ref.path.startsWith("/") && name !== "" && !name.includes("/") && !index.has(name);
}

/**
 * An agent's instructions (`CLAUDE.md`, `AGENTS.md`, `.github/copilot-instructions.md`, Cursor's
 * rules) and a contributor's guide speak of this repository only: "see `.tool-versions` if you use
 * asdf" there names a file of this checkout, not of the reader's own project.
 */
function describesThisRepository(path: string): boolean {
  return (
    THIS_REPOSITORY_DOCS.test(basename(path)) ||
    path.endsWith(".github/copilot-instructions.md") ||
    path.startsWith(".cursor/rules/") ||
    path.includes("/.cursor/rules/")
  );
}

const THIS_REPOSITORY_DOCS = /^(?:CLAUDE|AGENTS|GEMINI|CONTRIBUTING|DEVELOPMENT|HACKING)(?:\.local)?\.md$/i;

/**
 * `src/server.ts` → `src/index.ts` with the new name in the tree and the old one not: a rename
 * written with an arrow alone, whose old side is no longer there to rely on.
 */
export function renamedAway(doc: AnalyzedDocument, index: number): boolean {
  if (!doc.references[index]?.arrowNext) return false;
  const next = doc.references[index + 1];
  return next?.line === doc.references[index]!.line && doc.resolutions[index + 1]?.status === "found";
}

// Iteration helpers shared by the reference rules.
import type { PathIndex, Resolution } from "../resolve/path-index.js";
import type { Reference } from "../types.js";
import type { AnalyzedDocument } from "./rule.js";

export interface ResolvedReference {
  doc: AnalyzedDocument;
  ref: Reference;
  resolution: Resolution;
}

export function* references(documents: readonly AnalyzedDocument[]): Generator<ResolvedReference> {
  for (const doc of documents) {
    if (doc.skipped) continue;
    for (let i = 0; i < doc.references.length; i++) {
      yield { doc, ref: doc.references[i]!, resolution: doc.resolutions[i]! };
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
 * Files every project of an ecosystem has: its lockfile, manifest, package-manager and editor
 * settings, licence and readme. Documentation of a tool ("npm ci reads `package-lock.json`",
 * "put the version in a `.python-version` file") names them for the reader's project.
 */
const PROJECT_FILES = new Set(
  (
    "package-lock.json npm-shrinkwrap.json yarn.lock pnpm-lock.yaml pnpm-workspace.yaml bun.lock bun.lockb " +
    ".npmrc .yarnrc .yarnrc.yml .npmignore .nvmrc .node-version .python-version .ruby-version " +
    ".tool-versions Pipfile Pipfile.lock poetry.lock uv.lock Gemfile Gemfile.lock Cargo.lock go.sum " +
    "composer.lock .gitignore .gitattributes .dockerignore .editorconfig .env .env.local .envrc " +
    "npm-debug.log yarn-error.log README LICENSE LICENCE CHANGELOG package.json pyproject.toml " +
    "requirements.txt setup.py setup.cfg Cargo.toml go.mod composer.json tsconfig.json jsconfig.json " +
    "Dockerfile docker-compose.yml docker-compose.yaml compose.yaml Makefile " +
    // A language's conventional module files, bare or at their conventional place.
    "lib.rs main.rs mod.rs build.rs src/lib.rs src/main.rs __init__.py conftest.py manage.py main.go go.work"
  ).split(" "),
);

/**
 * A project file (`package-lock.json`, `.npmrc`, `src/lib.rs`), named bare or at its conventional
 * place in documentation when this repository has no file of that name anywhere: the reader's
 * project's file, not a phantom of this one. A handoff is still held to it: "commit
 * `package-lock.json`" in a repository without one is a task that was not done.
 */
export function readersProjectFile(doc: AnalyzedDocument, ref: Reference, index: PathIndex): boolean {
  if (doc.class === "handoff" || ref.folder) return false;
  return PROJECT_FILES.has(ref.path) && index.sameBasename(ref.path).length === 0;
}

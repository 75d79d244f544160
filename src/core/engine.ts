// The core's public entry: check a snapshot, or analyze documents for other features.
import type { Config } from "./config/schema.js";
import { analyzeSelected } from "./engine/analyze.js";
import { documentClassifier } from "./engine/select.js";
import type { AnalyzedDocument } from "./rules/rule.js";
import type { RepoSnapshot } from "./types.js";

export { type CheckOptions, check, sortFindings } from "./engine/check.js";
export { documentClassifier, selectDocuments } from "./engine/select.js";

/** Parse and resolve the given paths (default: every document), skipping paths that are not documents. */
export async function analyzeDocuments(
  snapshot: RepoSnapshot,
  config: Config,
  paths: readonly string[] = snapshot.paths,
): Promise<AnalyzedDocument[]> {
  const classify = documentClassifier(config);
  const selected = paths.flatMap((path) => {
    const cls = classify(path);
    return cls ? [{ path, class: cls }] : [];
  });
  return analyzeSelected(snapshot, config, selected);
}

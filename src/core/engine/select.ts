// Which tracked files are documents, and of which class.
import type { Config } from "../config/schema.js";
import { globMatcher } from "../glob.js";
import type { DocumentClass } from "../types.js";

export interface SelectedDocument {
  path: string;
  class: DocumentClass;
}

export type DocumentClassifier = (path: string) => DocumentClass | null;

export function documentClassifier(config: Config): DocumentClassifier {
  const isHandoff = globMatcher(config.handoffs);
  const isDocument = globMatcher(config.documents);
  const isExcluded = globMatcher(config.exclude);
  return (path) => {
    // Exclusion last: the class globs usually end in an extension and reject most paths cheaply.
    const cls = isHandoff(path) ? "handoff" : isDocument(path) ? "document" : null;
    return cls && !isExcluded(path) ? cls : null;
  };
}

export function selectDocuments(paths: readonly string[], config: Config): SelectedDocument[] {
  const classify = documentClassifier(config);
  const out: SelectedDocument[] = [];
  for (const path of paths) {
    const cls = classify(path);
    if (cls) out.push({ path, class: cls });
  }
  return out;
}

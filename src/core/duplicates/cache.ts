// One duplicate analysis per set of handoffs per run: HG201, HG202 and the consolidate command
// ask for it from the same `allHandoffs()` array, and building the corpus is the costly part.
import type { AnalyzedDocument } from "../rules/rule.js";
import { type DuplicateAnalysis, type DuplicateOptions, findDuplicates } from "./group.js";

const cache = new WeakMap<readonly AnalyzedDocument[], Map<string, DuplicateAnalysis>>();

export function analyzeDuplicates(
  handoffs: readonly AnalyzedDocument[],
  options: DuplicateOptions = {},
): DuplicateAnalysis {
  const key = `${options.threshold ?? ""}|${options.dateWindowDays ?? ""}`;
  let byOptions = cache.get(handoffs);
  if (!byOptions) {
    byOptions = new Map();
    cache.set(handoffs, byOptions);
  }
  let analysis = byOptions.get(key);
  if (!analysis) {
    analysis = findDuplicates(handoffs, options);
    byOptions.set(key, analysis);
  }
  return analysis;
}

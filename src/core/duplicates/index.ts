// Duplicate handoffs: evidence, grouping, recorded consolidations, and consolidation plans.
// Pure: takes analyzed documents, returns data. See docs in each module for the reasoning.
export { type Action, actionsOf, isReport } from "./actions.js";
export { type Consolidation, type ConsolidationIndex, findConsolidations } from "./consolidations.js";
export { describeAgainst, describeGroup, describePair } from "./explain.js";
export { buildCorpus, type Corpus, type HandoffFeatures, isOpenStatus } from "./features.js";
export { applyFrontMatterPatch, type FrontMatterPatch } from "./frontmatter.js";
export {
  type DuplicateAnalysis,
  type DuplicateGroup,
  type DuplicateOptions,
  findDuplicates,
  groupKey,
} from "./group.js";
export {
  type ConsolidationPlan,
  cleanTitle,
  type MergedItem,
  markerFor,
  mergeChecklists,
  mergePaths,
  type PlanMember,
  type PlanOptions,
  type PlanPath,
  planConsolidation,
} from "./plan.js";
export { type PairEvidence, scorePair, WEIGHTS } from "./score.js";

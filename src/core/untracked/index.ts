// Untracked and uncommitted work: classification, grouping, and the findings HG301-HG304 report.
export type { Classification, Classifier, UntrackedConfig } from "./classify.js";
export { untrackedClassifier, virtualenvRoots } from "./classify.js";
export { artifactDraft, changeDraft, deliverableDraft, LISTED_FILES } from "./findings.js";
export type { ChangeItem, ChangeKind, UntrackedItem, WorkClass, WorkingTreePlan } from "./plan.js";
export { ignorePatternFor, planWorkingTree, workingTreePlan } from "./plan.js";
export {
  commitCommand,
  deleteCommand,
  gitignoreCommand,
  gitignoreEscape,
  quotePath,
  shellQuote,
} from "./shell.js";
export type { UntrackedClass, WorkingTreeDetail } from "./types.js";

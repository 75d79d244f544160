// The local-git adapter: snapshots of a checkout for the CLI and the Action.
export { GitCommandError, GitNotFoundError, NotAGitRepositoryError } from "./git.js";
export type { LocalSnapshot, LocalSnapshotOptions } from "./git-snapshot.js";
export { loadLocalSnapshot, UnknownRevisionError } from "./git-snapshot.js";
export { OutsideRootError, writeWorkingFile } from "./write.js";

// Reading tracked files from the working tree without ever leaving the repository root.
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, realpathSync } from "node:fs";
import { open, realpath } from "node:fs/promises";
import { join, sep } from "node:path";
import { git } from "./git.js";

/** Bytes inspected for a NUL when deciding that a file is binary (git uses the same heuristic). */
const SNIFF_BYTES = 8000;

export interface ReaderOptions {
  /** Real path of the repository root (symlinks resolved). */
  realTop: string;
  /** Files larger than this read as null. */
  maxBytes: number;
  /**
   * Real paths of folders already resolved (repo-relative folder → real path, or null when it is
   * not a plain folder inside the root). Pass one map per snapshot to enable the fast path.
   */
  realFolders?: Map<string, string | null>;
}

export type ReadOutcome = { text: string } | { missing: true } | { refused: string };

/**
 * Read `path` (repo-relative, posix) from the working tree. A path whose real location is outside
 * the root (a symlink, or a symlinked parent folder) is refused, never followed.
 */
export async function readWorkingFile(path: string, options: ReaderOptions): Promise<ReadOutcome> {
  if (path === "" || path.startsWith("/") || path.split("/").includes("..")) return { refused: "outside" };
  return readFast(path, options) ?? readResolved(path, options);
}

const NO_FOLLOW = constants.O_NOFOLLOW;
/** Files shorter than this are read in one call into a buffer shared by every read. */
const SCRATCH_BYTES = 256 * 1024;
let scratch: Buffer | undefined;
const NON_BLOCK = constants.O_NONBLOCK ?? 0;

/**
 * The common case in a few synchronous calls: the file's folder resolves (once per folder) to a
 * real folder inside the root, and the file itself is not a symlink (`O_NOFOLLOW`), so its real
 * path is that folder plus its name. Anything else (a symlink, a missing file, an error, a
 * platform without `O_NOFOLLOW`) returns undefined and takes the general path, which decides.
 * One realpath and four awaited calls per document cost more than parsing it.
 */
function readFast(path: string, options: ReaderOptions): ReadOutcome | undefined {
  const folders = options.realFolders;
  if (!folders || NO_FOLLOW === undefined) return undefined;
  const slash = path.lastIndexOf("/");
  const folder = slash === -1 ? "" : path.slice(0, slash);
  let real = folders.get(folder);
  if (real === undefined) {
    real = null;
    try {
      const resolved = folder === "" ? options.realTop : realpathSync.native(join(options.realTop, folder));
      if (resolved === options.realTop || resolved.startsWith(options.realTop + sep)) real = resolved;
    } catch {
      // Missing or unreadable folder: the general path reports it.
    }
    folders.set(folder, real);
  }
  if (real === null) return undefined;
  let fd: number;
  try {
    fd = openSync(join(real, path.slice(slash + 1)), constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
  } catch {
    return undefined;
  }
  try {
    // One read into a reused buffer: a short read of a document (nearly all of them) is the whole
    // file, so no stat and no per-file buffer. An empty read or a full buffer (an empty file, a
    // FIFO, a device, a large file) is settled by the stat below.
    scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES);
    const got = readSync(fd, scratch, 0, SCRATCH_BYTES, 0);
    if (got > 0 && got < SCRATCH_BYTES && got <= options.maxBytes) {
      const text = decodeText(scratch.subarray(0, got));
      return text === null ? { refused: "binary" } : { text };
    }
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { refused: "not a file" };
    if (stat.size > options.maxBytes) return { refused: "too large" };
    const text = decodeText(readFileSync(fd));
    return text === null ? { refused: "binary" } : { text };
  } catch (error) {
    return { refused: (error as NodeJS.ErrnoException).code ?? "unreadable" };
  } finally {
    closeSync(fd);
  }
}

async function readResolved(path: string, options: ReaderOptions): Promise<ReadOutcome> {
  let real: string;
  try {
    real = await realpath(join(options.realTop, path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOENT: deleted in the working tree, or a symlink whose target is missing.
    if (code === "ENOENT" || code === "ENOTDIR") return { missing: true };
    return { refused: code ?? "unreadable" };
  }
  if (!real.startsWith(options.realTop + sep)) return { refused: "outside" };
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(real, "r");
    const stat = await handle.stat();
    if (!stat.isFile()) return { refused: "not a file" };
    if (stat.size > options.maxBytes) return { refused: "too large" };
    const bytes = await handle.readFile();
    const text = decodeText(bytes);
    return text === null ? { refused: "binary" } : { text };
  } catch (error) {
    return { refused: (error as NodeJS.ErrnoException).code ?? "unreadable" };
  } finally {
    await handle?.close();
  }
}

/** Text of a blob in the index (stage 0), for tracked paths absent from the working tree. */
export async function readIndexBlob(top: string, path: string, maxBytes: number): Promise<string | null> {
  // `:0:<path>` names the stage-0 index entry. The path is one argv entry: no quoting involved.
  const result = await git(top, ["cat-file", "blob", `:0:${path}`]);
  if (result.code !== 0 || result.stdout.length > maxBytes) return null;
  return decodeText(result.stdout);
}

/** UTF-8 text, or null when the bytes look binary. Invalid sequences become U+FFFD. */
export function decodeText(bytes: Buffer): string | null {
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  if (sniff.includes(0)) return null;
  return bytes.toString("utf8");
}

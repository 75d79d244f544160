// Reading tracked files from the working tree without ever leaving the repository root.
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
}

export type ReadOutcome = { text: string } | { missing: true } | { refused: string };

/**
 * Read `path` (repo-relative, posix) from the working tree. A path whose real location is outside
 * the root (a symlink, or a symlinked parent folder) is refused, never followed.
 */
export async function readWorkingFile(path: string, options: ReaderOptions): Promise<ReadOutcome> {
  if (path === "" || path.startsWith("/") || path.split("/").includes("..")) return { refused: "outside" };
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

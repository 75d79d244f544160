// Writing files in the working tree (`consolidate --apply`) without ever leaving the repository
// root: no `..`, no absolute paths, no NUL, and no symlink (of the file or of a parent folder)
// that leads outside. A symlink that stays inside is written through to its target.
import { constants } from "node:fs";
import { lstat, mkdir, open, realpath } from "node:fs/promises";
import { dirname, isAbsolute, join, sep } from "node:path";

export class OutsideRootError extends Error {
  override readonly name = "OutsideRootError";
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`refused to write ${JSON.stringify(path.slice(0, 200))}: ${reason}.`);
  }
}

function inside(realTop: string, real: string): boolean {
  return real === realTop || real.startsWith(realTop + sep);
}

/** Nearest existing folder at or above `dir`, resolved. */
async function realAncestor(dir: string): Promise<string> {
  for (let d = dir; ; d = dirname(d)) {
    try {
      return await realpath(d);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT" || dirname(d) === d) throw error;
    }
  }
}

export async function writeWorkingFile(top: string, path: string, text: string): Promise<void> {
  if (path === "" || path.includes("\u0000") || isAbsolute(path) || path.split(/[\\/]/).includes("..")) {
    throw new OutsideRootError(path, "not a path inside the repository");
  }
  const realTop = await realpath(top);
  let target = join(realTop, path);
  if (!inside(realTop, await realAncestor(dirname(target)))) {
    throw new OutsideRootError(path, "a folder on its way is a symlink to outside the repository");
  }
  const link = await lstat(target).catch(() => null);
  if (link?.isSymbolicLink()) {
    const real = await realpath(target).catch(() => null);
    if (real === null || !inside(realTop, real)) {
      throw new OutsideRootError(path, "it is a symlink to outside the repository");
    }
    target = real;
  }
  await mkdir(dirname(target), { recursive: true });
  if (!inside(realTop, await realpath(dirname(target)))) {
    throw new OutsideRootError(path, "a folder on its way is a symlink to outside the repository");
  }
  // O_NOFOLLOW: a symlink swapped in since the checks above fails instead of being followed.
  const handle = await open(
    target,
    constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
    0o644,
  );
  try {
    await handle.writeFile(text, "utf8");
  } finally {
    await handle.close();
  }
}

// Finding and reading the config file in a local checkout (CLI and Action).
import { readFile, realpath } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";
import { CONFIG_PATHS, ConfigError, parseConfig } from "../core/config/load.js";
import { type Config, defaultConfig } from "../core/config/schema.js";

export interface LoadedConfig {
  config: Config;
  /** Repo-relative path of the file read, or null when defaults are used. */
  file: string | null;
}

/**
 * Read `explicit` (relative to the current folder) or the first of CONFIG_PATHS under `root`.
 * A missing explicit file is an error; a missing default file means defaults.
 */
export async function loadConfigFile(
  root: string,
  explicit?: string,
  cwd = process.cwd(),
): Promise<LoadedConfig> {
  if (explicit) {
    const full = isAbsolute(explicit) ? explicit : join(cwd, explicit);
    const shown = relative(root, full).startsWith("..") ? explicit : relative(root, full);
    const text = await readFile(full, "utf8").catch((cause: NodeJS.ErrnoException) => {
      throw new ConfigError(
        shown,
        { line: 1, column: 1 },
        null,
        `cannot read the config file (${cause.code ?? cause.message}). Check the path given to --config.`,
        { cause },
      );
    });
    return { config: parseConfig(text, shown), file: shown };
  }
  const realRoot = await realpath(root).catch(() => root);
  for (const candidate of CONFIG_PATHS) {
    // The repository's own config may be a symlink (a pull request can add one): follow it only
    // while it stays inside the repository, so no file outside the root is ever read.
    const real = await realpath(join(root, candidate)).catch(() => null);
    if (real === null) continue;
    if (!real.startsWith(realRoot + sep)) {
      throw new ConfigError(
        candidate,
        { line: 1, column: 1 },
        null,
        "the config file is a symlink to a file outside the repository; it was not read. Replace it with a regular file.",
      );
    }
    const text = await readFile(real, "utf8").catch(() => null);
    if (text !== null) return { config: parseConfig(text, candidate), file: candidate };
  }
  return { config: defaultConfig(), file: null };
}

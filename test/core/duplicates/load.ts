// Load a fixture repository from disk into a memory snapshot (tests only).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { memorySnapshot } from "../../../src/core/snapshot/memory.js";
import type { RepoSnapshot } from "../../../src/core/types.js";

export function loadRepo(
  root: string,
  linkBase?: string,
): { files: Record<string, string>; snapshot: RepoSnapshot } {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(root, path).split("\\").join("/")] = readFileSync(path, "utf8");
    }
  };
  walk(root);
  return { files, snapshot: memorySnapshot(files, linkBase ? { linkBase, commit: "abc123" } : {}) };
}

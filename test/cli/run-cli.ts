// Runs the committed bundle exactly as a user would: `node dist/cli.js ...`.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const CLI = join(import.meta.dirname, "../../dist/cli.js");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], cwd: string): CliRun {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("GIT_")));
  const child = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { ...env, NO_COLOR: "1", GIT_CONFIG_NOSYSTEM: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

// Runs the bundled Action (`node dist/index.js`) the way a GitHub runner does: INPUT_* variables,
// the event payload in a file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, GITHUB_API_URL.
import { execFileSync, spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
export const ENTRY = join(ROOT, "dist", "index.js");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Build dist/ (`npm run build`) when it is missing or older than src/. Serialised across test files. */
export async function ensureBuilt(): Promise<void> {
  const lock = join(ROOT, "node_modules", ".hg-action-build.lock");
  const fresh = () => existsSync(ENTRY) && statSync(ENTRY).mtimeMs >= newestMtime(join(ROOT, "src"));
  // HG_SKIP_BUILD=1: test the dist/ already on disk (while someone else's source does not build).
  if (process.env["HG_SKIP_BUILD"] && existsSync(ENTRY)) return;
  for (let i = 0; i < 600; i++) {
    if (fresh()) return;
    try {
      mkdirSync(lock);
    } catch {
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    try {
      if (!fresh()) execFileSync("node", ["scripts/build.mjs"], { cwd: ROOT, stdio: "pipe" });
    } finally {
      rmdirSync(lock);
    }
    return;
  }
  throw new Error("timed out waiting for another test file to build dist/");
}

export interface Command {
  level: string;
  props: Record<string, string>;
  message: string;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  /** Files the Action left in RUNNER_TEMP, by absolute path, read before the folder is removed. */
  tempFiles: Record<string, string>;
  commands: Command[];
  annotations(level?: string): Command[];
}

export interface RunOptions {
  workspace: string;
  event: string;
  payload: unknown;
  inputs?: Record<string, string>;
  apiUrl?: string;
  repository?: string;
  token?: string;
  env?: Record<string, string>;
}

const unescapeData = (s: string) => s.replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%25/g, "%");
const unescapeProp = (s: string) => unescapeData(s.replace(/%3A/g, ":").replace(/%2C/g, ","));

export function parseCommands(stdout: string): Command[] {
  const out: Command[] = [];
  for (const line of stdout.split("\n")) {
    const m = /^::([\w-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const part of (m[2] ?? "").split(",").filter(Boolean)) {
      const eq = part.indexOf("=");
      props[part.slice(0, eq)] = unescapeProp(part.slice(eq + 1));
    }
    out.push({ level: m[1]!, props, message: unescapeData(m[3]!) });
  }
  return out;
}

export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]!] = value.join("\n");
  }
  return outputs;
}

/** A clean environment: nothing from a real runner the tests may be running on leaks in. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k)) continue;
    env[k] = v;
  }
  return env;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), "hg-runner-"));
  const eventPath = join(dir, "event.json");
  const summaryPath = join(dir, "summary.md");
  const outputPath = join(dir, "output.txt");
  const temp = join(dir, "temp");
  mkdirSync(temp);
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(summaryPath, "");
  writeFileSync(outputPath, "");
  const token = options.token ?? "ghs_unused";
  const env: Record<string, string> = {
    ...baseEnv(),
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_API_URL: options.apiUrl ?? "http://127.0.0.1:9",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_REPOSITORY: options.repository ?? "acme/widgets",
    GITHUB_TOKEN: token,
    RUNNER_TEMP: temp,
    INPUT_TOKEN: token,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  }
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, [ENTRY], {
        cwd: options.workspace,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      let err = "";
      child.stdout.on("data", (d) => {
        out += d;
      });
      child.stderr.on("data", (d) => {
        err += d;
      });
      child.on("error", reject);
      child.on("close", (c) => resolve({ code: c, stdout: out, stderr: err }));
    },
  );
  const commands = parseCommands(stdout);
  const summary = readFileSync(summaryPath, "utf8");
  const outputs = parseOutputs(readFileSync(outputPath, "utf8"));
  const tempFiles: Record<string, string> = {};
  for (const name of readdirSync(temp)) tempFiles[join(temp, name)] = readFileSync(join(temp, name), "utf8");
  // The runner's files are read; leave nothing in the machine's temp folder after the run.
  rmSync(dir, { recursive: true, force: true });
  return {
    code,
    stdout,
    stderr,
    summary,
    outputs,
    tempFiles,
    commands,
    annotations: (level) =>
      commands.filter((c) => (level ? c.level === level : ["error", "warning", "notice"].includes(c.level))),
  };
}

/** A checkout of `origin` at `ref` in a new folder, like actions/checkout (depth 0 = full history). */
export function checkout(origin: string, ref: string, options: { depth?: number } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "hg-workspace-"));
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: dir,
      stdio: "pipe",
      env: { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null" },
    });
  git("init", "--quiet");
  git("remote", "add", "origin", `file://${origin}`);
  const depth = options.depth ? [`--depth=${options.depth}`] : [];
  git("fetch", "--quiet", "--no-tags", ...depth, "origin", ref);
  git("checkout", "--quiet", "--detach", "FETCH_HEAD");
  return dir;
}

// Benchmark of the working-tree checks (a script, not a test): builds a git repository with many
// tracked files and 50,000 untracked files in 2,000 folders, then times loadLocalSnapshot (git
// ls-files + status) and the classification and grouping behind HG301-HG304. Prints JSON.
//
//   node scripts/bench-untracked.mjs [--tracked 100000] [--untracked 50000] [--folders 2000] [--runs 3]
//                                    [--inside-tracked 0.5] [--keep] [--repo <dir kept from an earlier run>]
//
// Half of the folders are new (one grouped finding per kind each), half are tracked folders that
// receive untracked files directly (one finding per file): the expensive mix for the grouping.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { register } from "tsx/esm/api";

const { values } = parseArgs({
  options: {
    tracked: { type: "string", default: "100000" },
    untracked: { type: "string", default: "50000" },
    folders: { type: "string", default: "2000" },
    runs: { type: "string", default: "3" },
    keep: { type: "boolean", default: false },
    repo: { type: "string" },
    // Share of the folders that are tracked folders receiving untracked files directly (one
    // finding per file); the rest are new folders (one grouped finding per kind).
    "inside-tracked": { type: "string", default: "0.5" },
  },
});
const TRACKED = Number(values.tracked);
const UNTRACKED = Number(values.untracked);
const FOLDERS = Number(values.folders);
const RUNS = Number(values.runs);
const INSIDE = Number(values["inside-tracked"]);

register();
const { loadLocalSnapshot } = await import("../src/local/index.ts");
const { workingTreePlan } = await import("../src/core/untracked/plan.ts");
const { deliverableDraft, artifactDraft, changeDraft } = await import("../src/core/untracked/findings.ts");
const { defaultConfig } = await import("../src/core/config/schema.ts");

const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("GIT_"))),
  GIT_AUTHOR_NAME: "bench",
  GIT_AUTHOR_EMAIL: "bench@example.com",
  GIT_COMMITTER_NAME: "bench",
  GIT_COMMITTER_EMAIL: "bench@example.com",
};
const git = (cwd, args, input) =>
  execFileSync("git", args, { cwd, env, input, maxBuffer: 1 << 30, stdio: ["pipe", "pipe", "inherit"] });

function write(path, text) {
  writeFileSync(path, text);
}

function build() {
  const dir = mkdtempSync(join(tmpdir(), "hg-bench-untracked-"));
  const started = Date.now();
  git(dir, ["init", "-q", "-b", "main"]);
  // No background `git gc --auto` after the big commit: it would compete with the timed runs.
  git(dir, ["config", "gc.auto", "0"]);
  git(dir, ["config", "maintenance.auto", "false"]);
  const trackedFolders = Math.max(1, Math.floor(FOLDERS / 2));
  const perTracked = Math.ceil(TRACKED / trackedFolders);
  let n = 0;
  for (let f = 0; f < trackedFolders && n < TRACKED; f++) {
    const folder = join(dir, "pkg", `p${f}`);
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < perTracked && n < TRACKED; i++, n++) write(join(folder, `m${i}.py`), `# ${f}/${i}\n`);
  }
  write(join(dir, ".gitignore"), "*.secret\n");
  git(dir, ["add", "-A"]);
  git(dir, ["commit", "-q", "-m", "tracked"]);

  // Untracked: FOLDERS folders, alternating new folders and tracked ones.
  const perFolder = Math.ceil(UNTRACKED / FOLDERS);
  let u = 0;
  for (let f = 0; f < FOLDERS && u < UNTRACKED; f++) {
    // Spread the tracked-folder share evenly over the folder numbers.
    const isNew = Math.floor((f + 1) * INSIDE) === Math.floor(f * INSIDE);
    const folder = isNew
      ? join(dir, `feature${f}`, "src")
      : join(dir, "pkg", `p${(f >> 1) % trackedFolders}`);
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < perFolder && u < UNTRACKED; i++, u++) {
      // Mostly source, some documents, a few logs, like an agent's session.
      const name = i % 10 === 9 ? `run${i}.log` : i % 5 === 4 ? `NOTES_${i}.md` : `u${i}.py`;
      write(join(folder, name), `# untracked ${f}/${i}\n`);
    }
  }
  // A few modified tracked files, for HG304.
  for (let f = 0; f < 20; f++) write(join(dir, "pkg", `p${f}`, "m0.py"), "# changed\n");
  // Refresh the index once, as any git command a user runs would; a scan must not pay for that.
  git(dir, ["update-index", "-q", "--refresh"]);
  return { dir, buildSeconds: (Date.now() - started) / 1000, tracked: n, untracked: u };
}

function ms(start) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * CPU seconds used so far by this process and by its finished children (git), from /proc on Linux.
 * On a shared machine wall time says more about the neighbours than about us; CPU time does not.
 */
function cpuSeconds() {
  const own = process.cpuUsage();
  let children = null;
  if (existsSync("/proc/self/stat")) {
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    // After "pid (comm) ": state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
    children = (Number(fields[13]) + Number(fields[14])) / 100;
  }
  return { own: (own.user + own.system) / 1e6, children };
}

async function once(dir, config) {
  const cpu0 = cpuSeconds();
  const t0 = process.hrtime.bigint();
  const snapshot = await loadLocalSnapshot(dir, { untracked: true });
  const loadMs = ms(t0);
  const t1 = process.hrtime.bigint();
  // A fresh config object: the plan is cached per (working tree, config), and each run must pay.
  const cfg = { ...config, untracked: { ...config.untracked } };
  const plan = workingTreePlan(snapshot.workingTree, cfg.untracked, snapshot.paths);
  const planMs = ms(t1);
  const t2 = process.hrtime.bigint();
  const drafts = [
    ...plan.untracked.map((item) =>
      item.class === "artifact" ? artifactDraft(item, false) : deliverableDraft(item),
    ),
    ...plan.changes.map(changeDraft),
  ];
  const draftMs = ms(t2);
  const cpu1 = cpuSeconds();
  return {
    cpuNodeMs: (cpu1.own - cpu0.own) * 1000,
    cpuGitMs: cpu1.children === null ? null : (cpu1.children - cpu0.children) * 1000,
    loadMs,
    planMs,
    draftMs,
    totalMs: loadMs + planMs + draftMs,
    trackedPaths: snapshot.paths.length,
    untrackedPaths: snapshot.workingTree.untracked.length,
    findings: drafts.length,
    grouped: plan.untracked.filter((i) => i.files.length > 1).length,
  };
}

const repo = values.repo
  ? { dir: values.repo, buildSeconds: 0, tracked: TRACKED, untracked: UNTRACKED, reused: true }
  : build();
const config = defaultConfig();
const results = [];
for (let r = 0; r < RUNS; r++) results.push(await once(repo.dir, config));
const best = results.reduce((a, b) => (b.totalMs < a.totalMs ? b : a));
const round = (x) => Math.round(x);
console.log(
  JSON.stringify(
    {
      case: "untracked",
      machine: {
        cores: cpus().length,
        model: cpus()[0]?.model ?? "?",
        node: process.version,
        // Above the core count, other work competed for the CPU and wall times are inflated.
        loadAverage1m: Number(loadavg()[0].toFixed(2)),
      },
      repo: {
        tracked: repo.tracked,
        untracked: repo.untracked,
        folders: FOLDERS,
        insideTracked: INSIDE,
        buildSeconds: repo.buildSeconds,
      },
      runs: results.map((r) => ({
        loadMs: round(r.loadMs),
        planMs: round(r.planMs),
        draftMs: round(r.draftMs),
        totalMs: round(r.totalMs),
        cpuNodeMs: round(r.cpuNodeMs),
        cpuGitMs: r.cpuGitMs === null ? null : round(r.cpuGitMs),
      })),
      first: { totalMs: round(results[0].totalMs) },
      best: {
        loadMs: round(best.loadMs),
        planMs: round(best.planMs),
        draftMs: round(best.draftMs),
        totalMs: round(best.totalMs),
      },
      counts: {
        trackedPaths: best.trackedPaths,
        untrackedPaths: best.untrackedPaths,
        findings: best.findings,
        groupedFindings: best.grouped,
      },
      // Node's own peak; the git child processes are measured by the OS separately.
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    },
    null,
    2,
  ),
);
if (!values.keep && !values.repo) rmSync(repo.dir, { recursive: true, force: true, maxRetries: 5 });
else console.error(`kept ${repo.dir}`);

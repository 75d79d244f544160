// App load test (a script, not a test): N pull_request webhooks within a time window, on loopback,
// against repositories of 10,000 files served by the loopback GitHub (test/harness/), with the real
// App server (createAppServer + createApp) in a child process so its RSS can be measured alone.
//
// Reports, per round: check runs completed out of deliveries (counted in the harness state: none
// lost, none left in progress), webhook-to-completed-check-run latency p50/p95/max, the App's RSS
// after the round (settled), and the App's peak RSS (VmHWM). Round 1 delivers `opened`, later rounds
// `synchronize` on the same pull requests (each with a fresh X-GitHub-Delivery id: the App drops
// replays). Prints JSON, then a short table.
//
//   npx tsx scripts/load-app.mjs [--repos 10] [--prs 50] [--files 10000] [--docs 200]
//                                [--window 50] [--rounds 3] [--timeout 900] [--gc]
//                                [--heap-snapshots DIR [--snapshot-rounds 1,3,LAST]]
//
// --gc starts the App with --expose-gc and, after each round settles, forces a full collection in
// it and records its heap and RSS right after: readings that do not depend on when V8 chose to
// collect, so "memory flat across rounds" is a measured claim.
//
// --heap-snapshots DIR (implies --gc): after the rounds listed in --snapshot-rounds (default: the
// first and the last), the App also writes a V8 heap snapshot, right after the forced collection,
// to DIR/round-N.heapsnapshot. Compare two with `node scripts/heap-diff.mjs A B`. Writing one takes
// a few seconds and briefly doubles the App's memory; the round's timings are taken before it.
//
// Octokit in the App: retries 3, retryAfterBaseValue 5 ms, throttling groups write/notifications/
// search with maxConcurrent 10 and minTime 0, global maxConcurrent 20 minTime 0 (as in
// test/app/support.ts). Production keeps Octokit's 1 s write spacing, which would serialise the
// 1,000 check-run writes of a round over 1,000 s.
import { execFileSync, spawn } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join, resolve as resolvePath } from "node:path";
import { parseArgs } from "node:util";
import { writeHeapSnapshot } from "node:v8";
import Bottleneck from "bottleneck";
import { pino } from "pino";
import { createApp } from "../src/app/app.ts";
import { createAppServer } from "../src/app/bootstrap.ts";
import { startGitHub } from "../test/harness/index.ts";
import { generateRepo } from "./bench-corpus.mjs";

const { values } = parseArgs({
  options: {
    serve: { type: "string" },
    repos: { type: "string", default: "10" },
    prs: { type: "string", default: "50" },
    files: { type: "string", default: "10000" },
    docs: { type: "string", default: "200" },
    window: { type: "string", default: "50" },
    rounds: { type: "string", default: "3" },
    timeout: { type: "string", default: "900" },
    grace: { type: "string", default: "300" },
    gc: { type: "boolean", default: false },
    "heap-snapshots": { type: "string" },
    "snapshot-rounds": { type: "string" },
  },
});
const SNAPSHOT_DIR = values["heap-snapshots"] ? resolvePath(values["heap-snapshots"]) : null;
if (SNAPSHOT_DIR) {
  values.gc = true;
  mkdirSync(SNAPSHOT_DIR, { recursive: true });
}

const TUNING = {
  retries: 3,
  retryAfterBaseValue: 5,
  throttle: {
    retryAfterBaseValue: 5,
    fallbackSecondaryRateRetryAfter: 0,
    write: { maxConcurrent: 10, minTime: 0 },
    notifications: { maxConcurrent: 10, minTime: 0 },
    search: { maxConcurrent: 10, minTime: 0 },
    global: { maxConcurrent: 20, minTime: 0 },
  },
};

if (values.serve) {
  // Child mode: the App server alone in its own process. Settings arrive as JSON.
  const settings = JSON.parse(values.serve);
  const groups = ["write", "notifications", "search", "global"];
  const throttle = { ...TUNING.throttle };
  for (const g of groups) throttle[g] = new Bottleneck.Group(TUNING.throttle[g]);
  const server = await createAppServer(
    {
      ...settings,
      host: "127.0.0.1",
      log: pino({ level: "error" }, pino.destination(2)),
      octokit: { ...TUNING, throttle },
    },
    createApp(),
  );
  await server.start();
  const stop = async () => {
    await server.stop().catch(() => {});
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  // Exit with the parent (never outlive it).
  process.stdin.on("close", stop);
  // `gc` on stdin (with --expose-gc): collect, then report memory on stdout. `gc PATH`: also write
  // a heap snapshot to PATH after the collection (the memory reported is from before writing it).
  let input = "";
  process.stdin.on("data", (data) => {
    input += String(data);
    let newline = input.indexOf("\n");
    while (newline >= 0) {
      const line = input.slice(0, newline).trim();
      input = input.slice(newline + 1);
      newline = input.indexOf("\n");
      if (!line.startsWith("gc") || typeof globalThis.gc !== "function") continue;
      globalThis.gc();
      const m = process.memoryUsage();
      const path = line.slice(2).trim();
      const started = performance.now();
      if (path) writeHeapSnapshot(path);
      const snapshotMs = path ? Math.round(performance.now() - started) : undefined;
      process.stdout.write(
        `mem ${JSON.stringify({ heapUsed: m.heapUsed, rss: m.rss, external: m.external, snapshotMs })}\n`,
      );
    }
  });
  process.stdin.resume();
  process.stdout.write("ready\n");
  await new Promise(() => {});
}

const REPOS = Number(values.repos);
const PRS = Number(values.prs);
const FILES = Number(values.files);
const DOCS = Number(values.docs);
const WINDOW_MS = Number(values.window) * 1000;
const ROUNDS = Number(values.rounds);
const TOTAL = REPOS * PRS;
const SNAPSHOT_ROUNDS = new Set(
  (values["snapshot-rounds"] ?? `1,${ROUNDS}`)
    .split(",")
    .map((r) => (r.trim().toUpperCase() === "LAST" ? ROUNDS : Number(r))),
);

const temp = mkdtempSync(join(tmpdir(), "hg-load-"));
let child = null;
let gh = null;
async function cleanup() {
  if (child && child.exitCode === null) {
    child.kill("SIGTERM");
    await Promise.race([new Promise((r) => child.once("exit", r)), sleep(5000)]);
    if (child.exitCode === null) child.kill("SIGKILL");
  }
  if (gh) await gh.close().catch(() => {});
  rmSync(temp, { recursive: true, force: true });
}
// Filled as the run goes, so a timeout still reports what was measured.
const partial = { rounds: [], current: null };
const globalTimer = setTimeout(async () => {
  console.error(`load-app: global timeout (${values.timeout} s) reached, stopping`);
  const current = partial.current?.();
  console.log(
    JSON.stringify(
      {
        timedOut: true,
        loadavg: readFileSync("/proc/loadavg", "utf8").trim(),
        appPeakRssMiB: child ? mib(procStatus(child.pid).hwmMiB) : null,
        rounds: partial.rounds,
        unfinishedRound: current,
      },
      null,
      2,
    ),
  );
  await cleanup();
  process.exit(2);
}, Number(values.timeout) * 1000);
globalTimer.unref();
for (const signal of ["SIGINT", "SIGTERM"])
  process.once(signal, async () => {
    await cleanup();
    process.exit(130);
  });

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}
function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
function procStatus(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, "m").exec(text)?.[1] ?? 0);
    return { rssMiB: kb("VmRSS") / 1024, hwmMiB: kb("VmHWM") / 1024 };
  } catch {
    return { rssMiB: 0, hwmMiB: 0 };
  }
}
/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
const mib = (n) => Math.round(n * 10) / 10;

try {
  // ---- repositories: one 10,000-file corpus, PRS branches each editing one handoff, cloned REPOS times
  const t0 = Date.now();
  const work = join(temp, "corpus");
  generateRepo(work, { files: FILES, docs: DOCS });
  const git = (dir, ...args) =>
    execFileSync("git", ["-C", dir, "-c", "user.name=load", "-c", "user.email=l@example.invalid", ...args], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    }).trim();
  const tracked = git(work, "ls-files").split("\n");
  const handoffs = tracked.filter((p) => p.startsWith("_agents/_handoffs/"));
  const sources = tracked.filter((p) => p.startsWith("src/"));
  for (let i = 0; i < PRS; i++) {
    git(work, "checkout", "-q", "-B", `load-${i}`, "main");
    appendFileSync(
      join(work, handoffs[i % handoffs.length]),
      `\n## Follow-up ${i}\n\nDeploy \`services/ghost_${i}.py\` and see [the loop](../../${sources[i]}#L3-L5).\n`,
    );
    git(work, "commit", "-q", "-a", "-m", `Load PR ${i}`);
  }
  git(work, "checkout", "-q", "main");
  const repoNames = [];
  for (let r = 0; r < REPOS; r++) {
    const dir = join(temp, `repo-${r}.git`);
    execFileSync("git", ["clone", "-q", "--bare", "--shared", work, dir]);
    repoNames.push({ name: `big-${r}`, dir });
  }
  const setupMs = Date.now() - t0;

  // ---- loopback GitHub and the App
  gh = await startGitHub();
  for (const { name, dir } of repoNames) await gh.addRepo("load", name, dir, { defaultBranch: "main" });
  gh.install({ account: "load" });
  const creds = gh.appCredentials();
  const pulls = [];
  for (const { name } of repoNames)
    for (let i = 0; i < PRS; i++) {
      const payload = await gh.openPullRequest({ owner: "load", repo: name, head: `load-${i}` });
      pulls.push({ repo: name, number: payload.pull_request.number, opened: payload });
    }
  const repoIds = new Map(repoNames.map(({ name }) => [gh.requireRepo(`load/${name}`).id, name]));

  const port = 40_000 + Math.floor(Math.random() * 20_000);
  const settings = {
    appId: creds.appId,
    privateKey: creds.privateKey,
    webhookSecret: creds.webhookSecret,
    baseUrl: gh.url,
    port,
  };
  const gcFlag = values.gc ? ["--expose-gc"] : [];
  child = spawn(
    process.execPath,
    [...gcFlag, "--import", "tsx", process.argv[1], "--serve", JSON.stringify(settings)],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  await new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`App server exited (${code})`)));
    child.stdout.on("data", (d) => String(d).includes("ready") && resolve());
  });
  const url = `http://127.0.0.1:${port}/api/github/webhooks`;
  const startRss = procStatus(child.pid).rssMiB;

  let peakSampled = 0;
  const sampler = setInterval(() => {
    peakSampled = Math.max(peakSampled, procStatus(child.pid).rssMiB);
  }, 100);

  const rounds = partial.rounds;
  for (let round = 1; round <= ROUNDS; round++) {
    const payloads =
      round === 1
        ? pulls.map((p) => p.opened)
        : await Promise.all(pulls.map((p) => gh.synchronizePullRequest("load", p.repo, p.number)));
    const firstRun = gh.state.checkRuns.length;
    const firstRequest = gh.requests.length;
    const appCpuBefore = cpuSeconds(child.pid);
    const ownCpuBefore = process.cpuUsage();
    const pending = new Map(); // `${repo}:${sha}` -> { sent }
    const latencies = [];
    const statuses = {};
    const interval = WINDOW_MS / TOTAL;
    const roundStart = performance.now();
    const sends = [];
    // Completion watcher: one pass over this round's new check runs per tick.
    const completed = new Set();
    const watch = () => {
      const runs = gh.state.checkRuns;
      for (let i = firstRun; i < runs.length; i++) {
        const run = runs[i];
        if (run.status !== "completed") continue;
        const key = `${repoIds.get(run.repoId)}:${run.headSha}`;
        if (completed.has(run.id)) continue;
        const entry = pending.get(key);
        if (!entry) continue;
        completed.add(run.id);
        latencies.push(performance.now() - entry.sent);
        pending.delete(key);
      }
    };
    const watcher = setInterval(watch, 10);
    partial.current = () => {
      watch();
      const runs = gh.state.checkRuns.slice(firstRun);
      const sorted = [...latencies].sort((a, b) => a - b);
      return {
        round,
        elapsedMs: Math.round(performance.now() - roundStart),
        deliveriesSent: pending.size + latencies.length,
        webhookAnswers: statuses,
        checkRunsCreated: runs.length,
        checkRunsCompleted: runs.filter((r) => r.status === "completed").length,
        checkRunsInProgress: runs.filter((r) => r.status !== "completed").length,
        latencyMsOfCompleted: {
          p50: Math.round(percentile(sorted, 50) ?? 0),
          p95: Math.round(percentile(sorted, 95) ?? 0),
        },
        appRssMiB: mib(procStatus(child.pid).rssMiB),
        appCpuSeconds: Math.round((cpuSeconds(child.pid) - appCpuBefore) * 10) / 10,
      };
    };
    for (let i = 0; i < payloads.length; i++) {
      const due = roundStart + i * interval;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const payload = payloads[i];
      const key = `${payload.repository.name}:${payload.pull_request.head.sha}`;
      pending.set(key, { sent: performance.now() });
      sends.push(
        gh.deliver(url, "pull_request", payload).then(
          (res) => {
            statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          },
          (error) => {
            statuses[String(error.code ?? error.message)] =
              (statuses[String(error.code ?? error.message)] ?? 0) + 1;
          },
        ),
      );
    }
    const sentMs = performance.now() - roundStart;
    console.error(`load-app: round ${round}: ${payloads.length} deliveries sent in ${Math.round(sentMs)} ms`);
    await Promise.all(sends);
    // Webhook answers are sent once the handler finished; give stragglers a bounded grace period.
    const deadline = performance.now() + Number(values.grace) * 1000;
    while (pending.size > 0 && performance.now() < deadline) {
      watch();
      await sleep(20);
    }
    clearInterval(watcher);
    watch();
    const roundMs = performance.now() - roundStart;
    const runs = gh.state.checkRuns.slice(firstRun);
    const appCpuS = cpuSeconds(child.pid) - appCpuBefore;
    const own = process.cpuUsage(ownCpuBefore);
    const fakeByRoute = {};
    for (const req of gh.requests.slice(firstRequest)) {
      const key = req.route ?? req.path;
      fakeByRoute[key] ??= { count: 0, ms: 0 };
      fakeByRoute[key].count++;
      fakeByRoute[key].ms += Math.round(req.durationMs);
    }
    // Settle, then the App's RSS after the round.
    await sleep(3000);
    const { rssMiB } = procStatus(child.pid);
    const snapshotPath =
      SNAPSHOT_DIR && SNAPSHOT_ROUNDS.has(round) ? join(SNAPSHOT_DIR, `round-${round}.heapsnapshot`) : null;
    const afterGc = values.gc ? await collectInApp(child, snapshotPath) : null;
    if (snapshotPath)
      console.error(
        `load-app: round ${round}: heap snapshot ${snapshotPath} (${mib(statSync(snapshotPath).size / 2 ** 20)} MiB, ${afterGc.snapshotMs} ms)`,
      );
    latencies.sort((a, b) => a - b);
    const byConclusion = {};
    for (const run of runs)
      byConclusion[run.conclusion ?? run.status] = (byConclusion[run.conclusion ?? run.status] ?? 0) + 1;
    rounds.push({
      round,
      event: round === 1 ? "opened" : "synchronize",
      deliveries: payloads.length,
      sentWithinMs: Math.round(sentMs),
      roundMs: Math.round(roundMs),
      webhookAnswers: statuses,
      checkRunsCreated: runs.length,
      checkRunsCompleted: runs.filter((r) => r.status === "completed").length,
      checkRunsNotCompleted: runs.filter((r) => r.status !== "completed").length,
      lost: pending.size,
      conclusions: byConclusion,
      latencyMs: {
        p50: Math.round(percentile(latencies, 50)),
        p95: Math.round(percentile(latencies, 95)),
        max: Math.round(latencies.at(-1) ?? 0),
      },
      appRssAfterMiB: mib(rssMiB),
      ...(afterGc
        ? { appHeapAfterGcMiB: mib(afterGc.heapUsed / 2 ** 20), appRssAfterGcMiB: mib(afterGc.rss / 2 ** 20) }
        : {}),
      ...(snapshotPath ? { heapSnapshot: snapshotPath } : {}),
      appCpuSeconds: Math.round(appCpuS * 10) / 10,
      harnessCpuSeconds: Math.round((own.user + own.system) / 1e5) / 10,
      fakeGitHubRequests: fakeByRoute,
    });
  }
  clearInterval(sampler);
  const { hwmMiB } = procStatus(child.pid);
  const result = {
    machine: `${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`,
    loadavg: readFileSync("/proc/loadavg", "utf8").trim(),
    repositories: {
      count: REPOS,
      filesEach: tracked.length,
      documents: DOCS,
      pullRequestsEach: PRS,
      setupMs,
    },
    octokit: TUNING,
    appRssStartMiB: mib(startRss),
    appPeakRssMiB: mib(Math.max(hwmMiB, peakSampled)),
    rounds,
    allCompleted: rounds.every(
      (r) => r.checkRunsCompleted === r.deliveries && r.lost === 0 && r.checkRunsNotCompleted === 0,
    ),
    requestsToFakeGitHub: gh.requests.length,
  };
  console.log(JSON.stringify(result, null, 2));
  console.log("");
  console.log(
    "round  event        sent(s)  completed  in_progress  lost  p50(ms)  p95(ms)  max(ms)  RSS after (MiB)",
  );
  for (const r of rounds)
    console.log(
      [
        String(r.round).padEnd(6),
        r.event.padEnd(12),
        (r.sentWithinMs / 1000).toFixed(1).padStart(7),
        `${r.checkRunsCompleted}/${r.deliveries}`.padStart(10),
        String(r.checkRunsNotCompleted).padStart(12),
        String(r.lost).padStart(5),
        String(r.latencyMs.p50).padStart(8),
        String(r.latencyMs.p95).padStart(8),
        String(r.latencyMs.max).padStart(8),
        String(r.appRssAfterMiB).padStart(16),
      ].join(" "),
    );
  console.log(`App RSS: start ${result.appRssStartMiB} MiB, peak ${result.appPeakRssMiB} MiB`);
  if (values.gc)
    console.log(
      `After a forced collection, per round: heap ${rounds.map((r) => r.appHeapAfterGcMiB).join(", ")} MiB; ` +
        `RSS ${rounds.map((r) => r.appRssAfterGcMiB).join(", ")} MiB`,
    );
  await cleanup();
  process.exit(result.allCompleted ? 0 : 1);
} catch (error) {
  console.error(error);
  await cleanup();
  process.exit(1);
}

/**
 * Ask the App (started with --expose-gc) to collect, and read the memory it reports after; with
 * `snapshotPath`, it also writes a heap snapshot there.
 */
function collectInApp(app, snapshotPath = null) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error("the App did not answer the gc request in 300 s")),
      300_000,
    );
    let buffered = "";
    const onData = (data) => {
      buffered += String(data);
      const line = buffered.split("\n").find((l) => l.startsWith("mem "));
      if (!line) return;
      clearTimeout(timer);
      app.stdout.off("data", onData);
      resolve(JSON.parse(line.slice(4)));
    };
    app.stdout.on("data", onData);
    app.stdin.write(snapshotPath ? `gc ${snapshotPath}\n` : "gc\n");
  });
}

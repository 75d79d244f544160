// App benchmark (a script, not a test): a repository of 50,000 files on the loopback GitHub, a
// pull request changing 20 handoffs; per PR check, the API calls the App made (from the fake's
// request log) and the webhook-to-completed-check latency. Prints JSON.
//
//   npx tsx scripts/bench-app.mjs [--files 50000] [--docs 800] [--runs 5]
import { execFileSync, spawn } from "node:child_process";
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import Bottleneck from "bottleneck";
import { pino } from "pino";
import { createApp } from "../src/app/app.ts";
import { createAppServer } from "../src/app/bootstrap.ts";
import { startGitHub } from "../test/harness/index.ts";
import { generateRepo } from "./bench-corpus.mjs";

const { values } = parseArgs({
  options: {
    serve: { type: "string" },
    files: { type: "string", default: "50000" },
    docs: { type: "string", default: "800" },
    runs: { type: "string", default: "5" },
    changed: { type: "string", default: "20" },
  },
});
if (values.serve) {
  // Child mode: the App server alone in its own process, so the fake GitHub and the App do not
  // share one event loop (as on a real deployment). Settings arrive as JSON.
  const { tuning, ...settings } = JSON.parse(values.serve);
  const octokit = tuning
    ? {
        retryAfterBaseValue: 5,
        throttle: {
          write: new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 }),
          notifications: new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 }),
        },
      }
    : undefined;
  const server = await createAppServer(
    {
      ...settings,
      host: "127.0.0.1",
      log: pino({ level: "error" }, pino.destination(2)),
      ...(octokit ? { octokit } : {}),
    },
    createApp(),
  );
  await server.start();
  process.once("SIGINT", () => process.exit(0));
  process.stdout.write("ready\n");
  await new Promise(() => {});
}
const files = Number(values.files);
const docs = Number(values.docs);
const runs = Number(values.runs);
const changed = Number(values.changed);

const work = join(process.cwd(), ".bench", `app-${files}-${docs}`);
mkdirSync(join(process.cwd(), ".bench"), { recursive: true });
const t0 = Date.now();
generateRepo(work, { files, docs });
const git = (...args) =>
  execFileSync("git", ["-C", work, "-c", "user.name=bench", "-c", "user.email=b@example.invalid", ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  }).trim();
const tracked = git("ls-files").split("\n");
const handoffs = tracked.filter((p) => p.startsWith("_agents/_handoffs/"));
const sources = tracked.filter((p) => p.startsWith("src/"));

// The pull request: half the changed handoffs edited, half added; each gains a phantom and an anchor.
git("checkout", "-q", "-B", "main");
git("checkout", "-q", "-B", "pr-20-handoffs");
const edited = handoffs.slice(0, Math.ceil(changed / 2));
for (const [i, path] of edited.entries()) {
  appendFileSync(
    join(work, path),
    `\n## Follow-up\n\nDeploy \`services/ghost_${i}.py\` and see [the loop](../../${sources[i]}#L3-L5).\n`,
  );
}
for (let i = 0; i < changed - edited.length; i++) {
  const path = `_agents/_handoffs/handoff-new-${i}.md`;
  const text = readFileSync(join(work, handoffs[handoffs.length - 1 - i]), "utf8").replace(
    /^id: .*$/m,
    `id: new-${i}`,
  );
  writeFileSync(join(work, path), `${text}\nAlso run \`scripts/missing_${i}.sh\`.\n`);
}
git("add", "-A", "_agents");
git("commit", "-q", "-m", `Edit ${edited.length} and add ${changed - edited.length} handoffs`);
git("checkout", "-q", "main");
const setupMs = Date.now() - t0;

const gh = await startGitHub();
await gh.addRepo("bench", "big", work, { defaultBranch: "main" });
gh.install({ account: "bench" });
const creds = gh.appCredentials();
const payload = await gh.openPullRequest({ owner: "bench", repo: "big", head: "pr-20-handoffs" });
const head = payload.pull_request.head.sha;

async function startChild(tuning, port) {
  const settings = {
    appId: creds.appId,
    privateKey: creds.privateKey,
    webhookSecret: creds.webhookSecret,
    baseUrl: gh.url,
    port,
    tuning,
  };
  const prof = process.env["BENCH_CPU_PROF"]
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env["BENCH_CPU_PROF"]}`]
    : [];
  const child = spawn(
    process.execPath,
    [...prof, "--import", "tsx", process.argv[1], "--serve", JSON.stringify(settings)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  await new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`App server exited (${code})`)));
    child.stdout.on("data", (d) => String(d).includes("ready") && resolve());
  });
  return child;
}

async function measure(label, tuning, port) {
  const child = await startChild(tuning, port);
  const url = `http://127.0.0.1:${port}/api/github/webhooks`;
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const since = gh.requests.length;
    const before = gh.checkRuns("bench", "big", head).length;
    const started = performance.now();
    const res = await gh.deliver(url, "pull_request", payload);
    let done = null;
    while (!done) {
      done =
        gh
          .checkRuns("bench", "big", head)
          .slice(before)
          .find((r) => r.status === "completed") ?? null;
      if (!done) await new Promise((r) => setTimeout(r, 2));
    }
    const latencyMs = performance.now() - started;
    const calls = gh.requests.slice(since);
    const api = calls.filter((c) => !c.route?.endsWith("/access_tokens"));
    const byRoute = {};
    for (const c of api) {
      const key = c.route ?? c.path;
      byRoute[key] ??= { count: 0, ms: 0 };
      byRoute[key].count++;
      byRoute[key].ms += c.durationMs;
    }
    const annotationUpdates = Math.max(0, api.filter((c) => c.method === "PATCH").length - 1);
    const graphql = api.filter((c) => c.route === "POST /graphql").length;
    samples.push({
      status: res.status,
      conclusion: done.conclusion,
      title: done.output.title,
      ...(done.conclusion === "neutral" || done.annotations.length === 0
        ? { summary: done.output.summary }
        : {}),
      annotations: done.annotations.length,
      latencyMs: Math.round(latencyMs),
      calls: api.length,
      rest: api.length - graphql,
      restExcludingAnnotationBatches: api.length - graphql - annotationUpdates,
      graphql,
      tokenRequests: calls.length - api.length,
      fakeGitHubMs: api.reduce((s, c) => s + c.durationMs, 0),
      byRoute,
    });
  }
  child.kill("SIGINT");
  await new Promise((r) => child.once("exit", r));
  const latencies = samples.map((s) => s.latencyMs).sort((a, b) => a - b);
  return {
    label,
    medianLatencyMs: latencies[Math.floor(latencies.length / 2)],
    minLatencyMs: latencies[0],
    maxLatencyMs: latencies.at(-1),
    samples,
  };
}

const results = [
  await measure("no write spacing (as in tests)", true, 40_000 + Math.floor(Math.random() * 10_000)),
  await measure(
    "production Octokit throttling (writes spaced 1 s apart)",
    false,
    50_000 + Math.floor(Math.random() * 10_000),
  ),
];
await gh.close();

console.log(
  JSON.stringify(
    {
      machine: `${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`,
      repository: { files: tracked.length, handoffs: handoffs.length, documents: docs, setupMs },
      pullRequest: { changedHandoffs: changed, edited: edited.length, added: changed - edited.length },
      results,
    },
    null,
    2,
  ),
);

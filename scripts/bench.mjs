// `npm run bench`: wall time and peak RSS of the real CLI on generated repositories, plus the
// untracked-files and duplicate-grouping cases. A script, never a test: numbers go to
// docs/benchmarks.md by hand, with the machine they came from.
//
//   npm run bench                      all cases
//   npm run bench -- --only check      one case (check | untracked | duplicates)
//   npm run bench -- --runs 5          repetitions per size (median reported)
//   npm run bench -- --peers [--corpus <dir>] [--docs 10000] [--hg <bundle>] [--tools a,b]
//                                      handoff-guard vs remark-validate-links, markdown-link-check
//                                      and linkinator on one corpus (scripts/bench-peers.mjs)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateRepo } from "./bench-corpus.mjs";
import { benchPeers } from "./bench-peers.mjs";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    runs: { type: "string", default: "3" },
    sizes: { type: "string", default: "2500,5000,10000" },
    peers: { type: "boolean", default: false },
    corpus: { type: "string" },
    docs: { type: "string", default: "10000" },
    tools: { type: "string" },
    hg: { type: "string" },
    reanalyze: { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
const work = join(process.cwd(), ".bench");
mkdirSync(work, { recursive: true });

console.log(
  `machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`,
);

if (values.peers) {
  await benchPeers({
    corpus: values.corpus,
    docs: Number(values.docs),
    runs,
    work,
    onlyTools: values.tools,
    hgBundle: values.hg,
    reanalyze: values.reanalyze,
  });
  process.exit(0);
}
if (!values.only || values.only === "check") benchCheck();
if (!values.only || values.only === "untracked") benchScript("untracked", "scripts/bench-untracked.mjs");
if (!values.only || values.only === "duplicates") benchScript("duplicates", "scripts/bench-duplicates.mjs");

function benchCheck() {
  console.log(
    "\ncase: full check (node dist/cli.js check <repo> --format json), 10 tracked files per document",
  );
  console.log("documents | files   | references | median wall (s) | peak RSS (MB) | runs");
  for (const docs of values.sizes.split(",").map(Number)) {
    const files = docs * 10;
    const repo = generateRepo(join(work, `repo-${files}-${docs}`), { files, docs });
    const times = [];
    let rss = 0;
    let references = 0;
    for (let r = 0; r < runs; r++) {
      const rssFile = join(work, "rss.txt");
      rmSync(rssFile, { force: true });
      const started = process.hrtime.bigint();
      const child = spawnSync(
        process.execPath,
        [
          "--import",
          "./scripts/bench-rss.mjs",
          "dist/cli.js",
          "check",
          repo,
          "--format",
          "json",
          "--fail-on",
          "never",
        ],
        { env: { ...process.env, HG_BENCH_RSS_FILE: rssFile }, maxBuffer: 1 << 30, encoding: "utf8" },
      );
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (child.status !== 0) throw new Error(`check failed (${child.status}): ${child.stderr}`);
      times.push(seconds);
      rss = Math.max(rss, existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : 0);
      references = JSON.parse(child.stdout).stats.references;
    }
    console.log(
      `${String(docs).padStart(9)} | ${String(files).padStart(7)} | ${String(references).padStart(10)} | ${median(times).toFixed(2).padStart(15)} | ${(rss / 2 ** 20).toFixed(0).padStart(13)} | ${runs}`,
    );
  }
}

function benchScript(name, script) {
  if (!existsSync(script)) {
    console.log(`\ncase: ${name}: ${script} not present yet`);
    return;
  }
  console.log(`\ncase: ${name} (${script})`);
  // The bench scripts import the TypeScript sources directly: run them through tsx.
  const child = spawnSync(process.execPath, ["--import", "tsx", script], { stdio: "inherit" });
  if (child.status !== 0) throw new Error(`${script} failed with ${child.status}`);
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// Benchmark: group N synthetic handoffs (default 10,000) into duplicates and time it.
//   npx tsx scripts/bench-duplicates.mjs [N] [--parse] [--dump <groups.json>]
// Without --parse the handoffs are built as analyzed documents directly (times the duplicate
// detection alone); with --parse they are written as Markdown into a memory snapshot and go
// through the real parser and resolver first (times the whole `consolidate` path).
// Deterministic: a seeded generator, so runs compare.
import { performance } from "node:perf_hooks";
import { defaultConfig } from "../src/core/config/schema.ts";
import { findDuplicates } from "../src/core/duplicates/index.ts";
import { PathIndex } from "../src/core/resolve/path-index.ts";

const N = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 10_000);
const PARSE = process.argv.includes("--parse");

let seed = 42;
const rand = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = (list) => list[Math.floor(rand() * list.length)];
const zipf = (list) => list[Math.floor(list.length * rand() ** 2.2)];

const syllables = [
  "ka",
  "lo",
  "mi",
  "ren",
  "tor",
  "vex",
  "sa",
  "quin",
  "dal",
  "po",
  "ber",
  "nix",
  "ul",
  "fa",
  "zen",
  "gri",
];
const word = () => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(syllables)).join("");
const VOCAB = Array.from({ length: 6000 }, word);
const VERBS = [
  "Deploy",
  "Implement",
  "Fix",
  "Test",
  "Review",
  "Document",
  "Refactor",
  "Migrate",
  "Configure",
  "Monitor",
];
const PEOPLE = Array.from({ length: 40 }, () => word());
const FOLDERS = ["src", "src/api", "src/core", "crewai-service", "lib", "app/models", "scripts", "docs"];
const FILES = Array.from(
  { length: 3000 },
  () => `${pick(FOLDERS)}/${word()}_${word()}.${pick(["py", "ts", "go", "md"])}`,
);
const TRACKED = FILES.filter(() => rand() < 0.7);
const SKILLS = Array.from({ length: 30 }, () => `skill-${word()}`);

function makeTask() {
  const topic = Array.from({ length: 3 }, () => zipf(VOCAB));
  return {
    verb: pick(VERBS),
    topic,
    files: Array.from({ length: 1 + Math.floor(rand() * 4) }, () => zipf(FILES)),
    person: zipf(PEOPLE),
    items: Array.from({ length: 2 + Math.floor(rand() * 5) }, () =>
      Array.from({ length: 5 }, () => zipf(VOCAB)).join(" "),
    ),
    day: 1 + Math.floor(rand() * 300),
  };
}

/** One handoff for a task; `variant` > 0 paraphrases it (as a re-issue by another agent). */
function handoff(task, i, variant) {
  const keep = (list, p) => list.filter(() => variant === 0 || rand() > p);
  const date = new Date(Date.UTC(2026, 0, task.day + variant)).toISOString().slice(0, 10);
  const title =
    `${task.verb} ${keep(task.topic, 0.3).join(" ")} ${variant ? pick(["again", "follow-up", "(re-issued)", ""]) : ""}`.trim();
  const prose = Array.from({ length: 60 + Math.floor(rand() * 120) }, () => zipf(VOCAB));
  const files = keep(task.files, 0.25);
  const items = keep(task.items, 0.4);
  const text = [
    "---",
    "status: open",
    `assigned_to: ${task.person}`,
    `created: ${date}`,
    `due: ${date}`,
    "---",
    `# ${title}`,
    "",
    "## Context",
    `${prose.join(" ")}.`,
    "",
    ...files.map((f) => `- ${task.verb} \`${f}\``),
    "",
    "## Acceptance Criteria",
    ...items.map((t) => `- [ ] ${t}`),
    "",
    rand() < 0.5 ? `Related: [[${pick(SKILLS)}]]` : "",
  ].join("\n");
  return {
    path: `_agents/_handoffs/handoff-${i}.md`,
    title,
    date,
    person: task.person,
    files,
    items,
    prose,
    text,
  };
}

function generate(n) {
  const out = [];
  while (out.length < n) {
    const task = makeTask();
    const copies = rand() < 0.12 ? 2 + Math.floor(rand() * 4) : 1;
    for (let v = 0; v < copies && out.length < n; v++) out.push(handoff(task, out.length, v));
  }
  return out;
}

/** An analyzed document built directly, as the parser would produce it. */
function analyzed(h, index) {
  const references = h.files.map((f, k) => ({
    kind: "code",
    raw: f,
    path: f,
    line: 12 + k,
    column: 3,
    folder: false,
    intent: "exists",
    intentReason: "bench",
  }));
  return {
    path: h.path,
    class: "handoff",
    title: h.title,
    metadata: { status: "open", assignee: h.person, created: h.date, due: h.date, ignoreRules: [] },
    frontMatter: {},
    frontMatterLines: 6,
    problems: [],
    references,
    checklist: h.items.map((t, k) => ({
      line: 20 + k,
      checked: false,
      text: t,
      section: "Acceptance Criteria",
    })),
    headings: [{ line: 7, depth: 1, text: h.title }],
    wikilinks: [],
    suppressions: [],
    body: h.text.split("\n").slice(6).join("\n"),
    lineCount: h.text.split("\n").length,
    resolutions: references.map((r) => index.resolve(r.path, h.path, false, true)),
  };
}

const t0 = performance.now();
const handoffs = generate(N);
const t1 = performance.now();
let docs;
if (PARSE) {
  const { memorySnapshot } = await import("../src/core/snapshot/memory.ts");
  const { analyzeDocuments } = await import("../src/core/engine.ts");
  const files = Object.fromEntries(TRACKED.map((p) => [p, "x\n"]));
  for (const h of handoffs) files[h.path] = h.text;
  docs = await analyzeDocuments(
    memorySnapshot(files),
    defaultConfig(),
    handoffs.map((h) => h.path),
  );
} else {
  const index = new PathIndex([...TRACKED, ...handoffs.map((h) => h.path)]);
  docs = handoffs.map((h) => analyzed(h, index));
}
const t2 = performance.now();
const cpu0 = process.cpuUsage();
const analysis = findDuplicates(docs, { threshold: 0.6, dateWindowDays: 14 });
const cpu = process.cpuUsage(cpu0);
const t3 = performance.now();

/** A fixed reference workload (Map updates and string splitting), to compare machines and load. */
function reference() {
  const c = process.cpuUsage();
  const m = new Map();
  for (let i = 0; i < 2e6; i++) {
    const k = `w${i % 50000}`;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  const words = Array.from({ length: 1e6 }, (_, i) => `token${i % 3000}`).join(" ");
  let n = 0;
  for (const w of words.toLowerCase().split(/[^a-z0-9]+/)) if (w.length > 2) n++;
  const u = process.cpuUsage(c);
  return Math.round((u.user + u.system) / 1000) + (n < 0 ? 1 : 0);
}

// --dump <file>: the groups with their scores, to check that a speed-up changed no result.
const dumpAt = process.argv.indexOf("--dump");
if (dumpAt > 0) {
  const { writeFileSync } = await import("node:fs");
  const dump = analysis.groups.map((g) => ({
    key: g.key,
    members: g.members,
    score: g.score,
    evidence: g.evidence,
  }));
  writeFileSync(process.argv[dumpAt + 1], `${JSON.stringify(dump, null, 1)}\n`);
}

const grouped = analysis.groups.reduce((n, g) => n + g.members.length, 0);
console.log(
  JSON.stringify(
    {
      handoffs: N,
      mode: PARSE ? "parse+group" : "group",
      generateMs: Math.round(t1 - t0),
      ...(PARSE ? { parseMs: Math.round(t2 - t1) } : {}),
      groupMs: Math.round(t3 - t2),
      groupCpuMs: Math.round((cpu.user + cpu.system) / 1000),
      // ~300 ms of CPU on an unloaded laptop; scale groupCpuMs by 300 / referenceCpuMs to compare.
      referenceCpuMs: reference(),
      groups: analysis.groups.length,
      handoffsInGroups: grouped,
      node: process.version,
    },
    null,
    2,
  ),
);

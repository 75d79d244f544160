// Generates a realistic repository for benchmarks: `files` tracked files in nested folders and
// `docs` Markdown documents of ~4 KB with ~15 references each (links with anchors, code spans,
// bare names, fenced file lists, placeholders, a few phantoms), committed with git.
//
// `links: true` (the peers comparison) appends a "## Links" section of relative Markdown links to
// every document, drawn from a second random stream so that the rest of each document, and the
// default corpus of the `check` case, stay byte-identical. Some links are broken on purpose, in
// the ways link checkers disagree about: a missing file, a missing heading, a file that exists
// in the working tree but was never committed, a percent-encoded name, a folder link.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const EXT = ["py", "ts", "js", "go", "rs", "json", "yml", "sql", "css", "java"];
const WORDS = "deploy review update verify configure migrate refactor document monitor validate".split(" ");
const NOUNS = "executor healer router pipeline scheduler gateway indexer parser worker cache".split(" ");

/** Deterministic pseudo-random numbers, so every run builds the same repository. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generateRepo(dir, { files, docs, seed = 42, commit = true, links = false }) {
  const marker = join(dir, ".bench-complete");
  if (existsSync(marker)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rand = rng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const sourceCount = files - docs;
  const sources = [];
  for (let i = 0; i < sourceCount; i++) {
    const depth = 1 + Math.floor(rand() * 3);
    const parts = ["src"];
    for (let d = 0; d < depth; d++) parts.push(`${pick(NOUNS)}${Math.floor(rand() * 40)}`);
    sources.push(`${parts.join("/")}/${pick(NOUNS)}_${i}.${pick(EXT)}`);
  }
  const written = new Set();
  for (const path of sources) {
    const full = join(dir, path);
    const folder = dirname(full);
    if (!written.has(folder)) {
      mkdirSync(folder, { recursive: true });
      written.add(folder);
    }
    writeFileSync(full, `// ${path}\n${"x = 1\n".repeat(20)}`);
  }
  mkdirSync(join(dir, "docs/reports"), { recursive: true });
  mkdirSync(join(dir, "_agents/_handoffs"), { recursive: true });
  const linkRand = rng(seed + 1);
  for (let i = 0; i < docs; i++) {
    const handoff = i % 4 === 0;
    const path = docPath(i);
    let text = documentText(i, rand, pick, sources, handoff);
    if (links) text += linksSection(i, docs, linkRand, sources);
    writeFileSync(join(dir, path), text);
  }
  const untracked = [];
  if (links) {
    // Named with spaces, linked percent-encoded (`meeting%20notes%20N.md`).
    for (let i = 0; i < docs; i += 100)
      writeFileSync(join(dir, `docs/reports/meeting notes ${i}.md`), "# Notes\n");
    // Written after the commit below: present in the working tree, absent from the commit.
    mkdirSync(join(dir, "notes"), { recursive: true });
    for (let i = 0; i < docs; i += 50) untracked.push(`notes/draft-${i + 7}.md`);
  }
  if (commit) {
    const git = (args) => execFileSync("git", args, { cwd: dir, stdio: "ignore", maxBuffer: 1 << 30 });
    git(["init", "-q", "-b", "main"]);
    git(["add", "-A"]);
    git([
      "-c",
      "user.name=bench",
      "-c",
      "user.email=bench@example.invalid",
      "commit",
      "-q",
      "-m",
      "bench corpus",
    ]);
  }
  for (const path of untracked) writeFileSync(join(dir, path), "# Draft\n");
  writeFileSync(marker, "");
  return dir;
}

const docPath = (i) => (i % 4 === 0 ? `_agents/_handoffs/handoff-${i}.md` : `docs/reports/report-${i}.md`);

/** Relative links from a document (always two folders deep) to other files of the corpus. */
function linksSection(i, docs, rand, sources) {
  const src = () => sources[Math.floor(rand() * sources.length)];
  const other = (i + 1 + Math.floor(rand() * (docs - 1))) % docs;
  const folder = src().split("/").slice(0, 2).join("/");
  const lines = ["## Links", ""];
  lines.push(`- See [the previous context](../../${docPath(other)}#context) before you start.`);
  lines.push(`- Read [the ${i} source](../../${src()}) and [its sibling](../../${src()}).`);
  lines.push(`- The whole [${folder}](../../${folder}/) folder is in scope.`);
  // Broken in every tool's eyes: the file was never written.
  if (i % 10 === 5)
    lines.push(`- See [the old runner](../../src/legacy/runner_${i}.py) for the retry logic.`);
  // The file exists, the heading does not.
  if (i % 50 === 25) lines.push(`- See [the rollout notes](../../${docPath(other)}#rollout-plan) first.`);
  // Present in the working tree, never committed.
  if (i % 50 === 7) lines.push(`- See [the draft](../../notes/draft-${i}.md) for the open questions.`);
  // A tracked file whose name has spaces, linked percent-encoded.
  if (i % 100 === 3)
    lines.push(`- See [the meeting notes](../../docs/reports/meeting%20notes%20${i - 3}.md).`);
  lines.push("");
  return `${lines.join("\n")}\n`;
}

function documentText(i, rand, pick, sources, handoff) {
  const src = () => pick(sources);
  const base = (p) => p.split("/").pop();
  const lines = [];
  if (handoff) {
    lines.push(
      "---",
      `id: handoff-${i}`,
      `status: ${pick(["open", "in_progress", "done", "blocked"])}`,
      `assigned_to: ${pick(["russell", "gemini", "claude", "grok"])}`,
      `priority: ${pick(["high", "medium", "low"])}`,
      `due: 2026-0${1 + Math.floor(rand() * 8)}-1${Math.floor(rand() * 9)}`,
      "---",
      "",
    );
  }
  lines.push(`# ${pick(WORDS)} the ${pick(NOUNS)} (${i})`, "", "## Context", "");
  lines.push(
    `The ${pick(NOUNS)} in \`${src()}\` needs to ${pick(WORDS)} its state before the next run. ` +
      `See [the entry point](/${src()}#L3-L9) and the notes on ${base(src())}, which were reviewed yesterday.`,
  );
  lines.push(
    `Logs go to \`_agents/_logs/${pick(NOUNS)}_YYYYMMDD.json\`; the health route is \`/health/api\`.`,
    "",
  );
  lines.push("## Tasks", "");
  lines.push(`- [ ] ${pick(WORDS)} \`${src()}\` and re-run the ${pick(NOUNS)} checks`);
  lines.push(`- [x] Read [${base(src())}](/${src()})`);
  lines.push(`- [ ] Create \`src/new/${pick(NOUNS)}_${i}.py\` (to be created)`);
  lines.push(`- [ ] ${pick(WORDS)} \`${src()}\` with the ${pick(NOUNS)} team`, "");
  lines.push("## Files touched", "", "```");
  for (let k = 0; k < 4; k++) lines.push(src());
  lines.push("```", "");
  if (i % 10 === 0)
    lines.push(`Deploy \`src/missing/${pick(NOUNS)}_${i}.py\` to staging once review passes.`, "");
  lines.push("## Notes", "");
  for (let p = 0; p < 6; p++) {
    lines.push(
      `The ${pick(NOUNS)} ${pick(WORDS)} step takes about ${Math.floor(rand() * 90)} seconds on the ` +
        `shared runner, and the ${pick(NOUNS)} falls back to the ${pick(NOUNS)} when the primary model is slow. ` +
        `Budget stays under $1/day; the failure rate is 4/100 on average, measured over three days of runs.`,
    );
  }
  lines.push(
    "",
    `| File | Status |`,
    `| --- | --- |`,
    `| \`${src()}\` | ✅ reviewed |`,
    `| \`${src()}\` | pending |`,
    "",
  );
  return `${lines.join("\n")}\n`;
}

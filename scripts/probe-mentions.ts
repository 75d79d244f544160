// Reads every Markdown file under a folder (any folder, no git needed) and lists the mentions the
// parser extracts with a given intent, distinct, with a count, the first place and the reason.
// A way to read the extractor's output on documents nobody labelled: READMEs in node_modules,
// /usr/share/doc, another project's docs. Every name it lists that is not a file of that project
// is a false-positive class to fix in the engine.
//   npx tsx scripts/probe-mentions.ts <dir> [--intent exists,created] [--links]
// Links, images and definitions are left out unless --links is given (a link checker finds those).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "../src/core/document/parse.js";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--")) ?? ".";
const intentAt = args.indexOf("--intent");
const intents = new Set((intentAt >= 0 ? (args[intentAt + 1] ?? "") : "exists,created").split(","));
const withLinks = args.includes("--links");

function* markdown(folder: string): Generator<string> {
  for (const name of readdirSync(folder)) {
    if (name === ".git") continue;
    const path = join(folder, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) yield* markdown(path);
    else if (/\.(md|markdown)$/i.test(name) && st.size < 5_000_000) yield path;
  }
}

const seen = new Map<string, { count: number; first: string; reason: string }>();
let files = 0;
for (const file of markdown(dir)) {
  files++;
  const doc = parseDocument(file, readFileSync(file, "utf8"), "document");
  for (const ref of doc.references) {
    if (!intents.has(ref.intent)) continue;
    if (!withLinks && (ref.kind === "link" || ref.kind === "image" || ref.kind === "definition")) continue;
    const key = `${ref.intent}\t${ref.kind}\t${ref.raw}`;
    const entry = seen.get(key);
    if (entry) entry.count++;
    else seen.set(key, { count: 1, first: `${file}:${ref.line}`, reason: ref.intentReason });
  }
}
for (const [key, e] of [...seen].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1)))
  console.log(`${key}\t${e.count}\t${e.first}\t${e.reason}`);
console.error(`${files} files, ${seen.size} distinct mentions`);

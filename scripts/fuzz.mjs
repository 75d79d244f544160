// Fuzzing the document parser (extraction, intent, front matter): 100,000 documents generated from
// Markdown pieces and front matter, or mutated from the fixture corpora (test/fixtures/**/*.md).
// Reports crashes (an exception, or the parser's defensive "could not be parsed" fallback, or a
// position outside the document: must be 0) and the slowest document (bytes, ms).
// Run: npx tsx scripts/fuzz.mjs [--runs 100000] [--seed 1]
import fc from "fast-check";
import { parseDocument } from "../src/core/document/parse.ts";
import { fixtureCorpus, frontMatter, markdownish, mutated } from "../test/reliability/corpus.ts";
import { checkParsed } from "../test/reliability/invariants.ts";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const RUNS = arg("runs", 100_000);
const SEED = arg("seed", 1);
const corpus = fixtureCorpus();
const documents = fc.oneof(
  { weight: 3, arbitrary: mutated(corpus) },
  { weight: 2, arbitrary: markdownish },
  { weight: 1, arbitrary: fc.tuple(frontMatter, markdownish).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 2000 }) },
);

const started = performance.now();
let crashes = 0;
let slowest = { ms: 0, bytes: 0, sample: "" };
let bytes = 0;
let references = 0;
const CHUNK = 5000;
// The first documents pay for JIT compilation and lazy tables: the slowest figure starts after them.
const WARMUP = 200;
let seen = 0;
for (let done = 0; done < RUNS; done += CHUNK) {
  const batch = fc.sample(documents, { numRuns: Math.min(CHUNK, RUNS - done), seed: SEED + done });
  for (const text of batch) {
    const cls = text.length % 2 === 0 ? "handoff" : "document";
    const t0 = performance.now();
    let doc;
    try {
      doc = parseDocument("_agents/_handoffs/fuzz.md", text, cls);
    } catch (error) {
      crashes++;
      console.log(`CRASH (throw): ${error}\n  input: ${JSON.stringify(text.slice(0, 300))}`);
      continue;
    }
    const ms = performance.now() - t0;
    try {
      checkParsed(text, doc);
    } catch (error) {
      crashes++;
      console.log(`CRASH (invariant): ${error.message}\n  input: ${JSON.stringify(text.slice(0, 300))}`);
    }
    const size = Buffer.byteLength(text);
    bytes += size;
    references += doc.references.length;
    if (++seen > WARMUP && ms > slowest.ms) slowest = { ms, bytes: size, sample: text.slice(0, 80) };
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `fuzz: ${RUNS} documents (${(bytes / 1048576).toFixed(1)} MB, ${references} references, ${corpus.length} corpus files, seed ${SEED}) in ${seconds.toFixed(1)} s`,
);
console.log(`crashes: ${crashes}`);
console.log(
  `slowest: ${slowest.bytes} bytes in ${slowest.ms.toFixed(1)} ms (${JSON.stringify(slowest.sample)})`,
);
process.exitCode = crashes === 0 ? 0 : 1;

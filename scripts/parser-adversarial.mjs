// Timing of the document parser on adversarial inputs (correctness is asserted by
// test/core/markdown/adversarial.test.ts; this only reports figures).
// Run: npm run bench:adversarial   (ms per MB of document; budget 50 ms/MB)
//
// The parser is measured as it ships: bundled by esbuild as `npm run build` bundles it (run under
// tsx, every function carries tsx's helpers, and some inputs read twice as slow). Each input is
// parsed once to warm the JIT, then RUNS more times; the figure is the median wall time of those,
// the steady state a run with many documents sees (process.cpuUsage, used before, also counted
// the garbage collector's and compiler's helper threads, and one sample made the figure swing
// with whatever else the machine was doing).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(import.meta.dirname, "..");
const entry = `export { parseDocument } from ${JSON.stringify(join(root, "src/core/document/parse.ts"))};
export { ADVERSARIAL } from ${JSON.stringify(join(root, "test/core/markdown/adversarial-inputs.ts"))};`;
const bundled = await build({
  stdin: { contents: entry, resolveDir: root, loader: "ts" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  write: false,
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
});
const dir = mkdtempSync(join(tmpdir(), "hg-adversarial-"));
const file = join(dir, "parse.mjs");
writeFileSync(file, bundled.outputFiles[0].text);
const { parseDocument, ADVERSARIAL } = await import(pathToFileURL(file).href);
rmSync(dir, { recursive: true, force: true });

const BUDGET_MS_PER_MB = 50;
const RUNS = 5;
let worst = 0;
let over = 0;
for (const a of ADVERSARIAL) {
  parseDocument("warm.md", a.text, "document");
  const times = [];
  let doc;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    doc = parseDocument("adv.md", a.text, "document");
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  const ms = times[Math.floor(RUNS / 2)];
  const mb = a.text.length / (1 << 20);
  const perMb = ms / Math.max(mb, 0.01);
  worst = Math.max(worst, perMb);
  if (perMb > BUDGET_MS_PER_MB) over++;
  const flag = perMb > BUDGET_MS_PER_MB ? "  OVER" : "";
  console.log(
    `${a.name.padEnd(40)} ${(a.text.length / 1024).toFixed(0).padStart(6)} KB ${ms.toFixed(1).padStart(8)} ms ${perMb.toFixed(1).padStart(8)} ms/MB  refs=${doc.references.length}${flag}`,
  );
}
console.log(
  `worst: ${worst.toFixed(1)} ms/MB; ${over} of ${ADVERSARIAL.length} over the budget of ${BUDGET_MS_PER_MB} ms/MB`,
);

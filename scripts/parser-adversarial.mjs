// Timing of the document parser on adversarial inputs (correctness is asserted by
// test/core/markdown/adversarial.test.ts; this only reports figures).
// Run: npx tsx scripts/parser-adversarial.mjs   (CPU time per input, ms per MB; budget 50 ms/MB)
import { parseDocument } from "../src/core/document/parse.ts";
import { ADVERSARIAL } from "../test/core/markdown/adversarial-inputs.ts";

const BUDGET_MS_PER_MB = 50;
let worst = 0;
for (const a of ADVERSARIAL) {
  // Warm the JIT on the same input first: the figure is the steady state, not compilation.
  parseDocument("warm.md", a.text, "document");
  const start = process.cpuUsage();
  const doc = parseDocument("adv.md", a.text, "document");
  const used = process.cpuUsage(start);
  const ms = (used.user + used.system) / 1000;
  const mb = a.text.length / (1 << 20);
  const perMb = ms / Math.max(mb, 0.01);
  worst = Math.max(worst, perMb);
  const flag = perMb > BUDGET_MS_PER_MB ? "  OVER" : "";
  console.log(
    `${a.name.padEnd(40)} ${(a.text.length / 1024).toFixed(0).padStart(6)} KB ${ms.toFixed(1).padStart(8)} ms ${perMb.toFixed(1).padStart(8)} ms/MB  refs=${doc.references.length}${flag}`,
  );
}
console.log(`worst: ${worst.toFixed(1)} ms/MB (budget ${BUDGET_MS_PER_MB})`);

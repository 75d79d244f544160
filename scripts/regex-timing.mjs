// Timing of every regular expression in src/ on adversarial inputs built from its own characters
// (test/reliability/regex-inventory.ts), at 5,000 and 20,000 characters: the worst time per regex
// and how it grows (x4 input: ~4 linear, ~16 quadratic). Correctness on the same inputs is asserted
// by test/reliability/regex.test.ts. Run: npx tsx scripts/regex-timing.mjs
import { exponentialRisk } from "../src/core/regex-safety.ts";
import { adversarialInputs, regexInventory } from "../test/reliability/regex-inventory.ts";

const inventory = regexInventory().filter((r) => r.regex);
function worst(found, length) {
  const re = new RegExp(found.regex.source, found.regex.flags.replace(/[gy]/g, ""));
  let max = 0;
  for (const input of adversarialInputs(found.source, length)) {
    const t0 = performance.now();
    re.exec(input);
    max = Math.max(max, performance.now() - t0);
  }
  return max;
}
const rows = [];
const started = performance.now();
for (const found of inventory) {
  worst(found, 1000); // warm
  const small = worst(found, 5000);
  const large = worst(found, 20000);
  rows.push({ where: found.where, small, large, growth: large / Math.max(small, 0.01) });
}
rows.sort((a, b) => b.large - a.large);
console.log(
  `regexes: ${inventory.length} (plus ${regexInventory().length - inventory.length} built at run time, covered through the parser)`,
);
console.log("slowest on 20,000-character adversarial inputs:");
for (const r of rows.slice(0, 10))
  console.log(
    `  ${r.where.padEnd(44)} 5k: ${r.small.toFixed(2).padStart(7)} ms  20k: ${r.large.toFixed(2).padStart(7)} ms  x${r.growth.toFixed(1)}`,
  );
const total = rows.reduce((s, r) => s + r.large, 0);
console.log(
  `worst: ${rows[0].large.toFixed(2)} ms; sum over all regexes at 20k: ${total.toFixed(0)} ms; run ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
// What the config check refuses: an exponential user pattern on a 30-character path.
const bad = /^(a+)+$/;
for (const n of [20, 22, 24]) {
  const t0 = performance.now();
  bad.test(`${"a".repeat(n)}!`);
  console.log(
    `refused config pattern /^(a+)+$/ on ${n + 1} characters: ${(performance.now() - t0).toFixed(0)} ms (${exponentialRisk(bad.source).reason})`,
  );
}

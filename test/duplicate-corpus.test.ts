// Pairwise precision and recall of duplicate detection on the labelled corpus
// (test/fixtures/duplicate-corpus, labelled independently of the detector).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultConfig } from "../src/core/config/schema.js";
import { type DuplicateAnalysis, describeAgainst, findDuplicates } from "../src/core/duplicates/index.js";
import { analyzeDocuments, check, selectDocuments } from "../src/core/engine.js";
import { loadRepo } from "./core/duplicates/load.js";

const CORPUS = join(import.meta.dirname, "fixtures/duplicate-corpus");
const HOLDOUT = join(import.meta.dirname, "fixtures/duplicate-holdout");
const HOLDOUT_2 = join(import.meta.dirname, "fixtures/duplicate-holdout-2");
const HOLDOUT_3 = join(import.meta.dirname, "fixtures/duplicate-holdout-3");
const HOLDOUT_4 = join(import.meta.dirname, "fixtures/duplicate-holdout-4");
const HOLDOUT_5 = join(import.meta.dirname, "fixtures/duplicate-holdout-5");
const HOLDOUT_6 = join(import.meta.dirname, "fixtures/duplicate-holdout-6");
const HOLDOUT_7 = join(import.meta.dirname, "fixtures/duplicate-holdout-7");
const HOLDOUT_8 = join(import.meta.dirname, "fixtures/duplicate-holdout-8");
const HOLDOUT_9 = join(import.meta.dirname, "fixtures/duplicate-holdout-9");
const HOLDOUT_10 = join(import.meta.dirname, "fixtures/duplicate-holdout-10");
const HOLDOUT_11 = join(import.meta.dirname, "fixtures/duplicate-holdout-11");
const HOLDOUT_12 = join(import.meta.dirname, "fixtures/duplicate-holdout-12");
const HOLDOUT_13 = join(import.meta.dirname, "fixtures/duplicate-holdout-13");
const HOLDOUT_14 = join(import.meta.dirname, "fixtures/duplicate-holdout-14");
const HOLDOUT_15 = join(import.meta.dirname, "fixtures/duplicate-holdout-15");
const HOLDOUT_16 = join(import.meta.dirname, "fixtures/duplicate-holdout-16");
const HOLDOUT_17 = join(import.meta.dirname, "fixtures/duplicate-holdout-17");
const HOLDOUT_18 = join(import.meta.dirname, "fixtures/duplicate-holdout-18");
const HOLDOUT_19 = join(import.meta.dirname, "fixtures/duplicate-holdout-19");
const HOLDOUT_20 = join(import.meta.dirname, "fixtures/duplicate-holdout-20");
const HOLDOUT_21 = join(import.meta.dirname, "fixtures/duplicate-holdout-21");
const HOLDOUT_22 = join(import.meta.dirname, "fixtures/duplicate-holdout-22");
const HOLDOUT_23 = join(import.meta.dirname, "fixtures/duplicate-holdout-23");
const HOLDOUT_24 = join(import.meta.dirname, "fixtures/duplicate-holdout-24");
const HOLDOUT_25 = join(import.meta.dirname, "fixtures/duplicate-holdout-25");
const HOLDOUT_26 = join(import.meta.dirname, "fixtures/duplicate-holdout-26");
const HOLDOUT_27 = join(import.meta.dirname, "fixtures/duplicate-holdout-27");
const HOLDOUT_28 = join(import.meta.dirname, "fixtures/duplicate-holdout-28");
const HOLDOUT_29 = join(import.meta.dirname, "fixtures/duplicate-holdout-29");
const HOLDOUT_30 = join(import.meta.dirname, "fixtures/duplicate-holdout-30");
const HOLDOUT_31 = join(import.meta.dirname, "fixtures/duplicate-holdout-31");
const HOLDOUT_32 = join(import.meta.dirname, "fixtures/duplicate-holdout-32");
const HOLDOUT_33 = join(import.meta.dirname, "fixtures/duplicate-holdout-33");
const HOLDOUT_34 = join(import.meta.dirname, "fixtures/duplicate-holdout-34");
const HOLDOUT_35 = join(import.meta.dirname, "fixtures/duplicate-holdout-35");
const HOLDOUT_36 = join(import.meta.dirname, "fixtures/duplicate-holdout-36");
const HOLDOUT_37 = join(import.meta.dirname, "fixtures/duplicate-holdout-37");
const HOLDOUT_38 = join(import.meta.dirname, "fixtures/duplicate-holdout-38");
const HOLDOUT_39 = join(import.meta.dirname, "fixtures/duplicate-holdout-39");
const HOLDOUT_40 = join(import.meta.dirname, "fixtures/duplicate-holdout-40");
const HOLDOUT_41 = join(import.meta.dirname, "fixtures/duplicate-holdout-41");
const HOLDOUT_42 = join(import.meta.dirname, "fixtures/duplicate-holdout-42");
const HOLDOUT_43 = join(import.meta.dirname, "fixtures/duplicate-holdout-43");
const HOLDOUT_44 = join(import.meta.dirname, "fixtures/duplicate-holdout-44");

interface Labels {
  groups: { members: string[]; why: string }[];
  stillOpenConsolidated: { member: string; consolidatedInto: string }[];
  handoffs: { open: string[]; closed: string[] };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

function pairsOf(groups: readonly (readonly string[])[], open: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const g of groups) {
    const members = g.filter((m) => open.has(m));
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) out.add(pairKey(members[i]!, members[j]!));
    }
  }
  return out;
}

/** The detector's groups on the handoffs of a labelled set's repository. */
async function analyse(root: string): Promise<DuplicateAnalysis> {
  const { snapshot } = loadRepo(join(root, "repo"));
  const config = defaultConfig();
  const paths = selectDocuments(snapshot.paths, config)
    .filter((d) => d.class === "handoff")
    .map((d) => d.path);
  return findDuplicates(await analyzeDocuments(snapshot, config, paths), {
    threshold: config.duplicates.threshold,
    dateWindowDays: config.duplicates.dateWindowDays,
  });
}

/** Pairwise precision and recall, and a report that names every false positive and miss. */
function measure(labels: Labels, analysis: DuplicateAnalysis) {
  const open = new Set(labels.handoffs.open);
  const truth = pairsOf(
    labels.groups.map((g) => g.members),
    open,
  );
  const predicted = pairsOf(
    analysis.groups.map((g) => g.members),
    open,
  );
  const hits = [...predicted].filter((p) => truth.has(p));
  const precision = predicted.size === 0 ? 1 : hits.length / predicted.size;
  const recall = hits.length / truth.size;
  const lines = [
    `precision ${precision.toFixed(3)} (${hits.length}/${predicted.size}), recall ${recall.toFixed(3)} (${hits.length}/${truth.size})`,
  ];
  for (const p of predicted) {
    if (truth.has(p)) continue;
    const [a, b] = p.split("\n") as [string, string];
    lines.push(`  false positive ${analysis.pair(a, b)!.score.toFixed(2)}: ${a} + ${b}`);
  }
  for (const p of truth) {
    if (predicted.has(p)) continue;
    const [a, b] = p.split("\n") as [string, string];
    const e = analysis.pair(a, b);
    lines.push(
      `  missed ${e ? e.score.toFixed(2) : "n/a"}: ${a} + ${b}${e ? ` (${describeAgainst(e).join("; ") || "weak evidence"})` : ""}`,
    );
  }
  return { truth, predicted, precision, recall, report: lines.join("\n") };
}

describe("duplicate corpus", () => {
  const labels: Labels = JSON.parse(readFileSync(join(CORPUS, "labels.json"), "utf8"));
  const { snapshot } = loadRepo(join(CORPUS, "repo"));
  const config = defaultConfig();
  let analysis: DuplicateAnalysis;

  beforeAll(async () => {
    analysis = await analyse(CORPUS);
  });

  it("prints pairwise precision and recall, with every miss and false positive", () => {
    const { truth, predicted, report } = measure(labels, analysis);
    console.log(
      `duplicate corpus: ${analysis.groups.length} groups, ${predicted.size} predicted pairs, ${truth.size} labelled pairs\n${report}`,
    );
  });

  it("has pairwise precision >= 0.90", () => {
    expect(measure(labels, analysis).precision).toBeGreaterThanOrEqual(0.9);
  });

  // Recall was 0.47 with lexical evidence only; the thesaurus, quantity normalisation, rare shared
  // words and the body anchor (issue 4) bring it to 0.75, exactly the bar: any regression fails.
  it("has pairwise recall >= 0.75", () => {
    expect(measure(labels, analysis).recall).toBeGreaterThanOrEqual(0.75);
  });

  it("never groups a closed handoff", () => {
    const closed = new Set(labels.handoffs.closed);
    for (const g of analysis.groups) for (const m of g.members) expect(closed.has(m), m).toBe(false);
  });

  it("reports what HG202 should, and only that", async () => {
    const result = await check(snapshot, config, { rules: ["HG202"] });
    const reported = result.findings.map((f) => f.path).sort();
    expect(reported).toEqual(labels.stillOpenConsolidated.map((s) => s.member).sort());
  });
});

// The hold-out sets (written before tuning, other domains): reported, not asserted beyond
// closed handoffs, so a change that helps the corpus but hurts them shows in the test output.
// The second set was written and labelled before the detector first ran on it; the third by a
// helper that never saw the detector, and so were the fourth to thirty-second (see their READMEs for
// what was changed after their first run).
for (const [name, root] of [
  ["hold-out", HOLDOUT],
  ["hold-out 2", HOLDOUT_2],
  ["hold-out 3", HOLDOUT_3],
  ["hold-out 4", HOLDOUT_4],
  ["hold-out 5", HOLDOUT_5],
  ["hold-out 6", HOLDOUT_6],
  ["hold-out 7", HOLDOUT_7],
  ["hold-out 8", HOLDOUT_8],
  ["hold-out 9", HOLDOUT_9],
  ["hold-out 10", HOLDOUT_10],
  ["hold-out 11", HOLDOUT_11],
  ["hold-out 12", HOLDOUT_12],
  ["hold-out 13", HOLDOUT_13],
  ["hold-out 14", HOLDOUT_14],
  ["hold-out 15", HOLDOUT_15],
  ["hold-out 16", HOLDOUT_16],
  ["hold-out 17", HOLDOUT_17],
  ["hold-out 18", HOLDOUT_18],
  ["hold-out 19", HOLDOUT_19],
  ["hold-out 20", HOLDOUT_20],
  ["hold-out 21", HOLDOUT_21],
  ["hold-out 22", HOLDOUT_22],
  ["hold-out 23", HOLDOUT_23],
  ["hold-out 24", HOLDOUT_24],
  ["hold-out 25", HOLDOUT_25],
  ["hold-out 26", HOLDOUT_26],
  ["hold-out 27", HOLDOUT_27],
  ["hold-out 28", HOLDOUT_28],
  ["hold-out 29", HOLDOUT_29],
  ["hold-out 30", HOLDOUT_30],
  ["hold-out 31", HOLDOUT_31],
  ["hold-out 32", HOLDOUT_32],
  ["hold-out 33", HOLDOUT_33],
  ["hold-out 34", HOLDOUT_34],
  ["hold-out 35", HOLDOUT_35],
  ["hold-out 36", HOLDOUT_36],
  ["hold-out 37", HOLDOUT_37],
  ["hold-out 38", HOLDOUT_38],
  ["hold-out 39", HOLDOUT_39],
  ["hold-out 40", HOLDOUT_40],
  ["hold-out 41", HOLDOUT_41],
  ["hold-out 42", HOLDOUT_42],
  ["hold-out 43", HOLDOUT_43],
  ["hold-out 44", HOLDOUT_44],
] as const) {
  describe(`duplicate ${name} set`, () => {
    const labels: Labels = JSON.parse(readFileSync(join(root, "labels.json"), "utf8"));
    let analysis: DuplicateAnalysis;

    beforeAll(async () => {
      analysis = await analyse(root);
    });

    it("prints pairwise precision and recall", () => {
      console.log(`${name}: ${measure(labels, analysis).report}`);
    });

    it("never groups a closed handoff", () => {
      const closed = new Set(labels.handoffs.closed);
      for (const g of analysis.groups) for (const m of g.members) expect(closed.has(m), m).toBe(false);
    });
  });
}

describe("duplicate hold-out 37: what its members say about each other", () => {
  let analysis: DuplicateAnalysis;
  beforeAll(async () => {
    analysis = await analyse(HOLDOUT_37);
  });
  const groupOf = (path: string) => analysis.groups.find((g) => g.members.includes(path))?.members ?? [];

  it("keeps a rule's tests out of the rule's group, though an agent's note reads like both", () => {
    // The tests handoff names the rule's handoff as what it follows ("Once the AP hold lands (see
    // `result-release-hold-pathology.md`)") and asks for other work: close in score, not a duplicate.
    const tests = "portal-app/docs/handoffs/release-filter-ap-hold-tests.md";
    const rule = "portal-app/docs/handoffs/result-release-hold-pathology.md";
    expect(analysis.pair(tests, rule)!.linked).toBe(true);
    expect(groupOf(rule)).not.toContain(tests);
  });

  it("reads one channel per site from the code names in the titles", () => {
    const e = analysis.pair(
      "interfaces/_handoffs/riverside-a40-merge-to-sunquest.md",
      "interfaces/_handoffs/st-agnes-a40-merge-to-sunquest.md",
    )!;
    expect(e.instanceConflict).toBe("instances rv vs sa");
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "vitest";
import { defaultConfig } from "../src/core/config/schema.js";
import { describeAgainst, findDuplicates } from "../src/core/duplicates/index.js";
import { analyzeDocuments, selectDocuments } from "../src/core/engine.js";
import { loadRepo } from "./core/duplicates/load.js";

const ROOT = process.env.BLIND ?? "/tmp/blind-dup";
const key = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);
it("blind", async () => {
  const labels = JSON.parse(readFileSync(join(ROOT, "labels.json"), "utf8"));
  const { snapshot } = loadRepo(join(ROOT, "repo"));
  const config = defaultConfig();
  const paths = selectDocuments(snapshot.paths, config)
    .filter((d) => d.class === "handoff")
    .map((d) => d.path);
  console.log("handoffs read", paths.length);
  const a = findDuplicates(await analyzeDocuments(snapshot, config, paths), {
    threshold: config.duplicates.threshold,
    dateWindowDays: config.duplicates.dateWindowDays,
  });
  const open = new Set<string>(labels.handoffs.open);
  const pairs = (gs: string[][]) => {
    const s = new Set<string>();
    for (const g of gs) {
      const m = g.filter((x) => open.has(x));
      for (let i = 0; i < m.length; i++) for (let j = i + 1; j < m.length; j++) s.add(key(m[i]!, m[j]!));
    }
    return s;
  };
  const truth = pairs(labels.groups.map((g: { members: string[] }) => g.members));
  const pred = pairs(a.groups.map((g) => g.members));
  const hits = [...pred].filter((p) => truth.has(p));
  const out = [
    `precision ${(hits.length / Math.max(1, pred.size)).toFixed(3)} (${hits.length}/${pred.size}) recall ${(hits.length / truth.size).toFixed(3)} (${hits.length}/${truth.size})`,
  ];
  for (const p of pred)
    if (!truth.has(p)) {
      const [x, y] = p.split("\n") as [string, string];
      const e = a.pair(x, y)!;
      out.push(
        `FP ${e.score.toFixed(2)} ${x} + ${y}\n     ${a.groups.find((g) => g.members.includes(x))?.evidence.join(" | ")}`,
      );
    }
  for (const p of truth)
    if (!pred.has(p)) {
      const [x, y] = p.split("\n") as [string, string];
      const e = a.pair(x, y);
      out.push(`MISS ${e?.score.toFixed(2)} ${x} + ${y} (${e ? describeAgainst(e).join("; ") : ""})`);
    }
  for (const p of hits)
    out.push(
      `HIT ${a.pair(...(p.split("\n") as [string, string]))?.score.toFixed(2)} ${p.replace("\n", " + ")}`,
    );
  const all = [...open];
  const near: string[] = [];
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const e = a.pair(all[i]!, all[j]!);
      if (e && e.score >= 0.35 && !truth.has(key(all[i]!, all[j]!)))
        near.push(`NEAR ${e.score.toFixed(2)} ${all[i]} + ${all[j]}`);
    }
  out.push(...near.sort().reverse());
  console.log(out.join("\n"));
});

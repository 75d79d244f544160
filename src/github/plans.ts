// Consolidation plans for a `/consolidate` command from a snapshot (local checkout or API): every
// detected group, or the group the command names. Pure (core only), so the Action and the App
// compute the same plans.
import type { Config } from "../core/config/schema.js";
import {
  type ConsolidationPlan,
  type DuplicateGroup,
  describeGroup,
  findDuplicates,
  groupKey,
  planConsolidation,
} from "../core/duplicates/index.js";
import { analyzeDocuments, selectDocuments } from "../core/engine.js";
import type { RepoSnapshot } from "../core/types.js";
import type { ConsolidateCommand } from "./command.js";

export type PlanResult = { ok: true; plans: ConsolidationPlan[] } | { ok: false; message: string };

export async function plansFor(
  snapshot: RepoSnapshot,
  config: Config,
  command: ConsolidateCommand,
  linkTo?: (path: string, line?: number) => string,
): Promise<PlanResult> {
  if (command.kind === "issues") return { ok: false, message: "issue groups are planned from the issues" };
  const paths = selectDocuments(snapshot.paths, config)
    .filter((d) => d.class === "handoff")
    .map((d) => d.path);
  const handoffs = await analyzeDocuments(snapshot, config, paths);
  const analysis = findDuplicates(handoffs, {
    threshold: config.duplicates.threshold,
    dateWindowDays: config.duplicates.dateWindowDays,
  });
  let groups: DuplicateGroup[] = analysis.groups;
  if (command.kind === "paths") {
    const chosen: string[] = [];
    for (const name of command.paths) {
      const hits = paths.filter((p) => p === name || p.endsWith(`/${name}`));
      if (hits.length === 0)
        return { ok: false, message: `\`${name}\` is not a handoff in this repository.` };
      if (hits.length > 1) {
        return {
          ok: false,
          message: `\`${name}\` matches several handoffs (${hits.join(", ")}); give the full path.`,
        };
      }
      if (!chosen.includes(hits[0]!)) chosen.push(hits[0]!);
    }
    if (chosen.length < 2) return { ok: false, message: "a group needs at least two different handoffs." };
    const detected = analysis.groups.find((g) => chosen.every((p) => g.members.includes(p)));
    groups = [detected ?? namedGroup(analysis, chosen)];
  }
  const options = linkTo ? { linkTo } : {};
  return { ok: true, plans: groups.map((g) => planConsolidation(analysis, g, options)) };
}

/** The handoffs the user named form the group: they say it is the same work. */
function namedGroup(analysis: ReturnType<typeof findDuplicates>, members: string[]): DuplicateGroup {
  const features = members.map((p) => analysis.features(p)!);
  const pairs = [];
  for (const [x, fx] of features.entries()) {
    for (const fy of features.slice(x + 1)) {
      const pair = analysis.pair(fx.path, fy.path);
      if (pair) pairs.push(pair);
    }
  }
  const scores = pairs.map((p) => p.score);
  return {
    key: groupKey(features.map((f) => f.doc)),
    members,
    score: scores.reduce((s, v) => s + v, 0) / Math.max(1, scores.length),
    minScore: Math.min(...scores),
    evidence: [
      "named together in the /consolidate comment",
      ...describeGroup(analysis.corpus, features, pairs),
    ],
    pairs,
  };
}

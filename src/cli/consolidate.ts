// `handoff-guard consolidate`: print the groups of duplicate handoffs and the consolidated issue
// each would become; with `--apply`, write the consolidated handoff file and mark every member
// `status: consolidated` locally (for teams without the App). Pure apart from `io.writeFile`.
import type { Config } from "../core/config/schema.js";
import {
  applyFrontMatterPatch,
  type ConsolidationPlan,
  type DuplicateAnalysis,
  type DuplicateGroup,
  describeGroup,
  findDuplicates,
  groupKey,
  type PairEvidence,
  planConsolidation,
} from "../core/duplicates/index.js";
import { analyzeDocuments, selectDocuments } from "../core/engine.js";
import type { RepoSnapshot } from "../core/types.js";

export interface ConsolidateArgs {
  snapshot: RepoSnapshot;
  config: Config;
  dryRun: boolean;
  apply: boolean;
  format: "markdown" | "json";
  /** Handoff paths (or unique file names) naming one group; empty or absent: every group. */
  select?: string[];
}

export interface ConsolidateIO {
  /** Write a repository-relative path in the working tree. */
  writeFile(path: string, text: string): Promise<void>;
}

export async function runConsolidate(
  args: ConsolidateArgs,
  io: ConsolidateIO,
): Promise<{ exitCode: number; output: string }> {
  const { snapshot, config } = args;
  const paths = selectDocuments(snapshot.paths, config)
    .filter((d) => d.class === "handoff")
    .map((d) => d.path);
  const handoffs = await analyzeDocuments(snapshot, config, paths);
  const analysis = findDuplicates(handoffs, {
    threshold: config.duplicates.threshold,
    dateWindowDays: config.duplicates.dateWindowDays,
  });

  let groups = analysis.groups;
  if (args.select && args.select.length > 0) {
    const chosen = selectGroups(analysis, paths, args.select);
    if ("error" in chosen) return { exitCode: 2, output: `handoff-guard consolidate: ${chosen.error}` };
    groups = chosen.groups;
  }

  const linkTo = snapshot.linkTo ? (path: string, line?: number) => snapshot.linkTo!(path, line) : undefined;
  const plans = groups.map((g) => planConsolidation(analysis, g, linkTo ? { linkTo } : {}));

  const written: string[] = [];
  if (args.apply && !args.dryRun) {
    for (const plan of plans) {
      await io.writeFile(plan.handoffPath, plan.handoff);
      written.push(plan.handoffPath);
      for (const { path, patch } of plan.patches) {
        const text = await snapshot.read(path);
        if (text === null) continue;
        const next = applyFrontMatterPatch(text, patch);
        if (next === text) continue;
        await io.writeFile(path, next);
        written.push(path);
      }
    }
  }

  const output =
    args.format === "json"
      ? json(plans, groups, written, args.apply && !args.dryRun)
      : markdown(plans, groups, written);
  return { exitCode: 0, output };
}

/**
 * `consolidate a.md b.md`: with two or more names, exactly those handoffs form the group (the user
 * says they are the same work); with one, the detected group that contains it.
 */
function selectGroups(
  analysis: DuplicateAnalysis,
  handoffPaths: readonly string[],
  select: readonly string[],
): { groups: DuplicateGroup[] } | { error: string } {
  const chosen: string[] = [];
  for (const name of select) {
    const clean = name.replace(/^\.\//, "");
    const hits = handoffPaths.filter(
      (p) => p === clean || p.endsWith(`/${clean}`) || p.endsWith(`/${clean}.md`),
    );
    if (hits.length === 0) return { error: `${name} is not a handoff in this repository.` };
    if (hits.length > 1)
      return { error: `${name} matches several handoffs: ${hits.join(", ")}. Give the full path.` };
    if (!chosen.includes(hits[0]!)) chosen.push(hits[0]!);
  }
  if (chosen.length === 1) {
    const group = analysis.groups.find((g) => g.members.includes(chosen[0]!));
    if (!group)
      return { error: `${chosen[0]} is not in any group of duplicates. Name the other handoffs too.` };
    return { groups: [group] };
  }
  const features = chosen.map((p) => analysis.features(p)!);
  const created = (f: (typeof features)[number]) => f.created ?? "9999";
  features.sort((a, b) => created(a).localeCompare(created(b)) || a.path.localeCompare(b.path));
  const pairs: PairEvidence[] = [];
  features.forEach((a, x) => {
    for (const b of features.slice(x + 1)) {
      const e = analysis.pair(a.path, b.path);
      if (e) pairs.push(e);
    }
  });
  const scores = pairs.map((p) => p.score);
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    groups: [
      {
        key: groupKey(features.map((f) => f.doc)),
        members: features.map((f) => f.path),
        score: round(scores.reduce((s, v) => s + v, 0) / scores.length),
        minScore: round(Math.min(...scores)),
        evidence: ["named together on the command line", ...describeGroup(analysis.corpus, features, pairs)],
        pairs,
      },
    ],
  };
}

function json(
  plans: readonly ConsolidationPlan[],
  groups: readonly DuplicateGroup[],
  written: string[],
  applied: boolean,
): string {
  const out: Record<string, unknown> = {
    version: 1,
    groups: plans.map((plan, i) => ({
      key: plan.key,
      title: plan.title,
      members: groups[i]!.members,
      score: groups[i]!.score,
      evidence: plan.evidence,
      issue: { title: plan.title, body: plan.body },
    })),
  };
  if (applied) out.written = written;
  return `${JSON.stringify(out, null, 2)}\n`;
}

function markdown(
  plans: readonly ConsolidationPlan[],
  groups: readonly DuplicateGroup[],
  written: string[],
): string {
  if (plans.length === 0)
    return "No duplicate handoffs found: every open handoff describes different work.\n";
  const out = [`# ${plans.length} group${plans.length === 1 ? "" : "s"} of duplicate handoffs`, ""];
  plans.forEach((plan, i) => {
    const group = groups[i]!;
    out.push(`## ${i + 1}. ${plan.title}`, "", `Key \`${plan.key}\`, score ${group.score.toFixed(2)}.`, "");
    out.push("Members:", ...group.members.map((m) => `- \`${m}\``), "");
    out.push("Evidence:", ...plan.evidence.map((e) => `- ${e}`), "");
    out.push("### Issue body", "", plan.body, "");
  });
  if (written.length > 0) {
    out.push("## Written", "", ...written.map((w) => `- \`${w}\``), "");
  } else {
    out.push(
      "Nothing was changed. Run with `--apply` to write a consolidated handoff and mark the members `status: consolidated`, or comment `/consolidate` on an issue or pull request to open the consolidated issue.",
      "",
    );
  }
  return out.join("\n");
}

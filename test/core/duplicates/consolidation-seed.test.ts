// The five seed-like handoffs (test/fixtures/consolidation-seed): the consolidated issue must lose
// nothing from any member, and the member patches must change nothing but their status.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { beforeAll, describe, expect, it } from "vitest";
import { runConsolidate } from "../../../src/cli/consolidate.js";
import { defaultConfig } from "../../../src/core/config/schema.js";
import {
  applyFrontMatterPatch,
  type ConsolidationPlan,
  findDuplicates,
  planConsolidation,
} from "../../../src/core/duplicates/index.js";
import { analyzeDocuments } from "../../../src/core/engine.js";
import { loadRepo } from "./load.js";

const FIXTURE = join(import.meta.dirname, "../../fixtures/consolidation-seed");
const LINK = "https://github.com/acme/app/blob/abc123";
const expected = JSON.parse(readFileSync(join(FIXTURE, "expected.json"), "utf8"));
const MEMBERS: string[] = expected.members.map((m: { path: string }) => m.path);

describe("consolidation seed", () => {
  const { files, snapshot } = loadRepo(join(FIXTURE, "repo"), LINK);
  let plan: ConsolidationPlan;
  let detected: string[][];

  beforeAll(async () => {
    const docs = await analyzeDocuments(snapshot, defaultConfig(), MEMBERS);
    const analysis = findDuplicates(docs);
    detected = analysis.groups.map((g) => g.members);
    const group = { ...analysis.groups[0]!, members: MEMBERS };
    plan = planConsolidation(analysis, group, {
      linkTo: snapshot.linkTo!,
      consolidatedInto: "https://github.com/acme/app/issues/7",
    });
  });

  it("detects a group made only of members (precision), of at least three", () => {
    expect(detected).toHaveLength(1);
    expect(detected[0]!.length).toBeGreaterThanOrEqual(3);
    for (const m of detected[0]!) expect(MEMBERS).toContain(m);
  });

  it("names the action and the file in the title, not one member's title", () => {
    expect(plan.title).toBe("Consolidated: Deploy crewai-service/api_healer.py (replaces 5 handoffs)");
    expect(plan.body.startsWith(plan.marker)).toBe(true);
    expect(plan.marker).toMatch(/^<!-- handoff-guard:consolidated key=hg-[0-9a-f]{12} -->$/);
  });

  it("keeps every member with its link, title, assignee, priority, due, status and author", () => {
    for (const m of expected.members) {
      expect(plan.body).toContain(`${LINK}/${m.path}`);
      const row = plan.body.split("\n").find((l) => l.includes(`\`${m.path}\``) && l.startsWith("|"))!;
      expect(row, m.path).toBeDefined();
      for (const value of [m.title, m.assignee, m.priority, m.due, m.status, m.createdBy])
        expect(row).toContain(value);
    }
    expect(plan.assignees).toEqual(expected.assignees);
    expect(plan.priority).toBe(expected.highestPriority);
    expect(plan.due).toBe(expected.earliestDue);
    expect(plan.body).toContain(`**Priority**: ${expected.highestPriority}`);
    expect(plan.body).toContain(`**Due date**: ${expected.earliestDue}`);
  });

  it("keeps every acceptance item, with its source and checked state", () => {
    for (const item of expected.acceptanceItems) {
      const merged = plan.checklist.find((m) => m.text === item.text || m.variants.includes(item.text));
      expect(merged, item.text).toBeDefined();
      expect(merged!.sources).toContain(item.source);
      expect(merged!.checkedIn.includes(item.source)).toBe(item.checked);
      expect(plan.body).toContain(item.text);
    }
    for (const fold of expected.mustFold) {
      const targets = fold.map(([source, text]: [string, string]) =>
        plan.checklist.find(
          (m) => m.sources.includes(source) && (m.text === text || m.variants.includes(text)),
        ),
      );
      expect(new Set(targets).size, JSON.stringify(fold)).toBe(1);
    }
    for (const pair of expected.mustNotFoldUnlessSpecificKept) {
      const [a, b] = pair.map(([source, text]: [string, string]) =>
        plan.checklist.find(
          (m) => m.sources.includes(source) && (m.text === text || m.variants.includes(text)),
        ),
      );
      if (a === b) expect(a.text).toMatch(/3 consecutive days/);
    }
  });

  it("lists every referenced path with whether it exists, and no examples or unreferenced files", () => {
    for (const p of expected.paths) {
      const row = plan.paths.find((r) => r.path === p.path);
      expect(row, p.path).toBeDefined();
      expect(row!.exists).toBe(p.exists);
      for (const by of p.referencedBy) expect(row!.mentionedBy).toContain(by);
      expect(plan.body).toContain(`\`${p.path}\``);
    }
    for (const example of expected.examplePaths) expect(plan.paths.map((r) => r.path)).not.toContain(example);
    for (const path of expected.notReferenced) expect(plan.body).not.toContain(path);
    expect(plan.body).toMatch(/> \[!WARNING\]\n> `crewai-service\/api_healer\.py`/);
  });

  it("merges linked notes with their sources", () => {
    for (const [name, sources] of Object.entries(expected.wikilinks) as [string, string[]][]) {
      const w = plan.wikilinks.find((x) => x.name === name);
      expect(w, name).toBeDefined();
      expect([...w!.sources].sort()).toEqual([...sources].sort());
      expect(plan.body).toContain(`[[${name}]]`);
    }
  });

  it("patches each member's front matter and nothing else", () => {
    for (const { path, patch } of plan.patches) {
      const before = files[path]!;
      const after = applyFrontMatterPatch(before, patch);
      const data = matter(after).data;
      expect(data.status).toBe("consolidated");
      expect(data.consolidated_into).toBe("https://github.com/acme/app/issues/7");
      if (before.startsWith("---")) {
        const b = before.split("\n");
        const a = after.split("\n");
        expect(a.length).toBe(b.length + 1);
        const changed = b.filter((l) => !a.includes(l));
        expect(changed).toHaveLength(1);
        expect(changed[0]).toMatch(/^status:/);
      } else {
        expect(after.endsWith(before)).toBe(true);
        expect(after.slice(0, after.length - before.length)).toBe(
          "---\nstatus: consolidated\nconsolidated_into: https://github.com/acme/app/issues/7\n---\n",
        );
      }
    }
  });

  it("runs through the CLI: JSON shape, --apply writes, and a second run finds nothing left", async () => {
    const config = defaultConfig();
    const out = await runConsolidate(
      { snapshot, config, dryRun: true, apply: false, format: "json", select: MEMBERS },
      { writeFile: async () => expect.unreachable() },
    );
    const json = JSON.parse(out.output);
    expect(json.version).toBe(1);
    expect(json.groups).toHaveLength(1);
    expect(Object.keys(json.groups[0]).sort()).toEqual([
      "evidence",
      "issue",
      "key",
      "members",
      "score",
      "title",
    ]);
    expect([...json.groups[0].members].sort()).toEqual([...MEMBERS].sort());

    const written: Record<string, string> = {};
    await runConsolidate(
      { snapshot, config, dryRun: false, apply: true, format: "markdown", select: MEMBERS },
      {
        writeFile: async (path, text) => {
          written[path] = text;
        },
      },
    );
    const handoffPath = Object.keys(written).find((p) => !MEMBERS.includes(p))!;
    expect(handoffPath).toMatch(
      /^_agents\/_handoffs\/handoff-consolidated-deploy-crewai-service-api-healer-py\.md$/,
    );
    for (const m of MEMBERS) expect(matter(written[m]!).data.consolidated_into).toBe(handoffPath);

    const { snapshot: after } = loadRepo(join(FIXTURE, "repo"));
    const next = { ...files, ...written };
    const again = await runConsolidate(
      {
        snapshot: { ...after, paths: Object.keys(next).sort(), read: async (p) => next[p] ?? null },
        config,
        dryRun: true,
        apply: false,
        format: "json",
      },
      { writeFile: async () => expect.unreachable() },
    );
    expect(JSON.parse(again.output).groups).toEqual([]);
  });
});

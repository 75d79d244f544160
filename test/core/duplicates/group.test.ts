import { describe, expect, it } from "vitest";
import { sequenceMarkers } from "../../../src/core/duplicates/actions.js";
import { describeAgainst, findDuplicates } from "../../../src/core/duplicates/index.js";
import { docs, FILES, SAME } from "./fixtures.js";

describe("findDuplicates", () => {
  const analysis = findDuplicates(docs());

  it("groups the seed-like deploy handoffs, and nothing else", () => {
    const groups = analysis.groups.map((g) => g.members);
    expect(groups).toContainEqual(SAME);
    expect(groups).toContainEqual([
      "handoffs/migrate-users-postgres.md",
      "handoffs/migrate-users-postgres-reissued.md",
    ]);
    expect(groups).toHaveLength(2);
  });

  it("says why in plain words", () => {
    const g = analysis.groups.find((x) => x.members.length === 3)!;
    const text = g.evidence.join("; ");
    expect(text).toMatch(
      /all 3 ask russell to deploy `crewai-service\/api_healer\.py` \(not in the repository\)/,
    );
    expect(text).toMatch(/titles [\d.–]+ similar/);
    expect(text).toMatch(/due within two days/);
  });

  it("does not merge create with deploy of the same file", () => {
    const e = analysis.pair(
      "_agents/_handoffs/handoff-create-api-healer-gemini-20260219.md",
      "_agents/_handoffs/handoff-api-healer-deploy-russell-20260218.md",
    )!;
    expect(e.score).toBeLessThan(0.3);
    expect(describeAgainst(e)).toContain("they ask for different steps of the work (e.g. create vs deploy)");
  });

  it("does not merge a skeleton with its implementation", () => {
    const e = analysis.pair(
      "_agents/_handoffs/handoff-search-skeleton-20260301.md",
      "_agents/_handoffs/handoff-search-implementation-20260303.md",
    )!;
    expect(e.action).toBe("conflict");
    expect(e.score).toBeLessThan(0.6);
  });

  it("does not merge two reports from one template", () => {
    const e = analysis.pair(
      "_agents/_handoffs/report-daily-run-2026-02-17.md",
      "_agents/_handoffs/report-daily-run-2026-02-18.md",
    )!;
    expect(e.instanceConflict).toBeTruthy();
    expect(e.score).toBeLessThan(0.5);
  });

  it("ignores closed handoffs", () => {
    expect(analysis.groups.flatMap((g) => g.members)).not.toContain("handoffs/old-done-task.md");
  });

  it("keys a group by its earliest member, so a later member keeps the key", () => {
    const g = analysis.groups.find((x) => x.members.length === 3)!;
    const files = { ...FILES };
    files["_agents/_handoffs/handoff-healer-again-20260219.md"] = `---
status: open
assigned_to: russell
due: 2026-02-21
created: 2026-02-19
---
# Deploy api_healer.py (again)

Deploy \`crewai-service/api_healer.py\` to Render; the earlier handoffs were not picked up.

- [ ] Deploy to Render via GitHub push
`;
    const again = findDuplicates(docs(files)).groups.find((x) => x.members.includes(SAME[0] ?? ""))!;
    expect(again.members).toHaveLength(4);
    expect(again.key).toBe(g.key);
  });

  it("is deterministic whatever the input order", () => {
    const reversed = findDuplicates([...docs()].reverse());
    expect(reversed.groups.map((g) => [g.key, g.members])).toEqual(
      analysis.groups.map((g) => [g.key, g.members]),
    );
  });

  it("never groups two runs of a recurring job, however alike; a due month is only a date", () => {
    const run = (month: string, due: string) => `---
status: open
assigned_to: maya
created: 2026-03-0${due}
---
# Reconcile invoices for ${month}

Run \`scripts/reconcile.py\` for the month once the bank export lands and compare totals.

- [ ] Invoices loaded
- [ ] Totals match the bank within 0.1%
`;
    const files = {
      "scripts/reconcile.py": "",
      "_agents/_handoffs/reconcile-jan.md": run("January", "1"),
      "_agents/_handoffs/reconcile-feb.md": run("February", "2"),
      "_agents/_handoffs/reconcile-feb-again.md": run("February", "3"),
    };
    const result = findDuplicates(docs(files, ["scripts/reconcile.py"]));
    const jan = result.pair("_agents/_handoffs/reconcile-jan.md", "_agents/_handoffs/reconcile-feb.md")!;
    expect(jan.instanceConflict).toBe("month jan vs feb");
    expect(jan.score).toBeLessThanOrEqual(0.45);
    // A due month is a date, not the run the task is for.
    expect(sequenceMarkers("Rotate the API token (due March 15)").has("month")).toBe(false);
    expect(sequenceMarkers("Backfill refunds for March").get("month")).toBe("mar");
    // The same month filed twice is still one task.
    expect(result.groups.map((g) => g.members)).toEqual([
      ["_agents/_handoffs/reconcile-feb.md", "_agents/_handoffs/reconcile-feb-again.md"],
    ]);
  });
});

// HG201 and HG202 through the real engine (parser, resolver, rule registry).
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config/schema.js";
import { check } from "../../../src/core/engine.js";
import { memorySnapshot } from "../../../src/core/snapshot/memory.js";
import { FILES, SAME, TRACKED } from "./fixtures.js";

const files = { ...Object.fromEntries(TRACKED.map((p) => [p, "x\n"])), ...FILES };

describe("HG201 duplicate-handoffs", () => {
  it("reports each member at its title line, with the others related and the /consolidate hint", async () => {
    const result = await check(memorySnapshot(files), defaultConfig(), { rules: ["HG201"] });
    const found = result.findings.filter((f) => SAME.includes(f.path));
    expect(found.map((f) => f.path).sort()).toEqual([...SAME].sort());
    for (const f of found) {
      expect(f.severity).toBe("warning");
      expect(f.related.sort()).toEqual(SAME.filter((p) => p !== f.path).sort());
      expect(f.message).toContain("russell");
      expect(f.message).toContain(
        "comment `/consolidate` on an issue or PR, or run `handoff-guard consolidate`",
      );
      expect(files[f.path]!.split("\n")[f.line - 1]).toMatch(/^# /);
    }
  });

  it("on a pull request, reports only groups the change touches", async () => {
    const result = await check(memorySnapshot(files), defaultConfig(), {
      rules: ["HG201"],
      documents: ["handoffs/write-onboarding-guide.md"],
    });
    expect(result.findings).toEqual([]);
  });

  it("is off when duplicates are disabled", async () => {
    const config = defaultConfig();
    config.duplicates.enabled = false;
    expect((await check(memorySnapshot(files), config, { rules: ["HG201"] })).findings).toEqual([]);
  });
});

describe("HG202 consolidated-still-open", () => {
  const consolidated = {
    ...files,
    "handoffs/consolidated-migration.md":
      "# CONSOLIDATED: Migrate users to Postgres (Replaces 2 tasks)\n\n**This Handoff Consolidates:**\n1. `migrate-users-postgres.md`\n2. `migrate-users-postgres-reissued.md`\n",
    "handoffs/migrate-users-postgres-reissued.md": FILES[
      "handoffs/migrate-users-postgres-reissued.md"
    ]!.replace("status: open", "status: consolidated\nconsolidated_into: handoffs/consolidated-migration.md"),
  };

  it("reports a listed member that is still open, not the one marked consolidated, and no HG201", async () => {
    const result = await check(memorySnapshot(consolidated), defaultConfig(), { rules: ["HG201", "HG202"] });
    const hg202 = result.findings.filter((f) => f.rule === "HG202");
    expect(hg202.map((f) => f.path)).toEqual(["handoffs/migrate-users-postgres.md"]);
    expect(hg202[0]!.related).toEqual(["handoffs/consolidated-migration.md"]);
    const hg201 = result.findings.filter((f) => f.rule === "HG201").map((f) => f.path);
    expect(hg201).not.toContain("handoffs/migrate-users-postgres.md");
    expect(hg201).not.toContain("handoffs/consolidated-migration.md");
  });

  it("reports consolidated_into with a status that is still open", async () => {
    const text =
      "---\nstatus: open\nconsolidated_into: https://github.com/acme/app/issues/9\n---\n# Deploy X\n";
    const result = await check(memorySnapshot({ "handoffs/x.md": text }), defaultConfig(), {
      rules: ["HG202"],
    });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]!.message).toContain("status: consolidated");
  });

  // Invented wording: a stub left behind when its task moved to another handoff.
  const stub = (meta: string) => ({
    "handoffs/replay-runbook.md":
      "---\nstatus: open\n---\n# Runbook for replaying messages\n\nWrite it down.\n",
    "handoffs/replay-docs.md": `${meta}# docs: message replay procedure\n\n> **DEPRECATED**: superseded by [replay-runbook.md](replay-runbook.md). Kept so old links resolve.\n`,
  });

  it("reports a superseded stub whose status still says open, or says nothing", async () => {
    for (const meta of ["---\nstatus: open\n---\n", ""]) {
      const result = await check(memorySnapshot(stub(meta)), defaultConfig(), { rules: ["HG202"] });
      expect(result.findings.map((f) => f.path)).toEqual(["handoffs/replay-docs.md"]);
      expect(result.findings[0]!.related).toEqual(["handoffs/replay-runbook.md"]);
      expect(result.findings[0]!.message).toContain("superseded by `handoffs/replay-runbook.md`");
    }
    const closed = await check(memorySnapshot(stub("---\nstatus: consolidated\n---\n")), defaultConfig(), {
      rules: ["HG202"],
    });
    expect(closed.findings).toEqual([]);
  });

  it("reads 'DEPRECATED — moved to X' as a stub, and a file that moved as no stub", async () => {
    const files = (line: string) => ({
      "handoffs/ledger-export-v2.md": "---\nstatus: open\n---\n# Ledger export, v2 format\n\nWrite it.\n",
      "handoffs/ledger-export.md": `# Ledger export\n\n${line}\n\n**Status**: open\n`,
    });
    const moved = await check(
      memorySnapshot(files("> **DEPRECATED** — moved to [`ledger-export-v2.md`](ledger-export-v2.md).")),
      defaultConfig(),
      { rules: ["HG202"] },
    );
    expect(moved.findings.map((f) => f.path)).toEqual(["handoffs/ledger-export.md"]);
    expect(moved.findings[0]!.related).toEqual(["handoffs/ledger-export-v2.md"]);
    // near-miss: a document that moved, said of a file and not of this handoff
    const file = await check(
      memorySnapshot(files("The format spec moved to [`ledger-export-v2.md`](ledger-export-v2.md).")),
      defaultConfig(),
      { rules: ["HG202"] },
    );
    expect(file.findings).toEqual([]);
  });

  it("reads the members a consolidation lists in its front matter", async () => {
    const files = {
      "handoffs/sca-all.md":
        "---\nstatus: in_progress\nconsolidates:\n  - handoffs/sca-threshold.md\n  - handoffs/sca-transfers.md\n---\n# Step-up auth for high-value transfers (consolidated)\n\nConsolidates: the handoffs in the front matter.\n",
      "handoffs/sca-threshold.md": "---\nstatus: consolidated\n---\n# SCA threshold\n",
      "handoffs/sca-transfers.md": "---\nstatus: open\n---\n# SCA for high-value transfers\n",
    };
    const result = await check(memorySnapshot(files), defaultConfig(), { rules: ["HG202"] });
    expect(result.findings.map((f) => f.path)).toEqual(["handoffs/sca-transfers.md"]);
    expect(result.findings[0]!.related).toEqual(["handoffs/sca-all.md"]);
  });

  it("reads a plain body status line that points on with an arrow", async () => {
    const text =
      "# SIU cancel not handled\n\nstatus: consolidated → see `handoffs/siu-all.md`\n\nCancelled visits still show.\n";
    const result = await check(
      memorySnapshot({
        "handoffs/siu-cancel.md": text,
        "handoffs/siu-all.md": "# SIU\n\nConsolidates:\n- `siu-cancel.md`\n",
      }),
      defaultConfig(),
      { rules: ["HG202"] },
    );
    expect(result.findings).toEqual([]);
  });
});

describe("wikilinks as a GitHub wiki writes them", () => {
  it("finds the page in [[Text|Page]] and a page whose spaces are hyphens", async () => {
    const files = {
      "docs/wiki/Configuration.md": "# Configuration\n",
      "docs/wiki/Release-Process.md": "# Release process\n",
      "docs/wiki/Home.md":
        "# Home\n\n- [[Configuration Reference|Configuration]]\n- [[Release Process]]\n- [[Helm Chart|Helm-Chart]]\n",
    };
    const result = await check(memorySnapshot(files), defaultConfig(), { rules: ["HG101"] });
    expect(result.findings.map((f) => f.raw)).toEqual(["Helm Chart|Helm-Chart"]);
  });
});

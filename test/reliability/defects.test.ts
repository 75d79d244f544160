// Regression tests for defects found by the reliability work (property tests, fuzzing, abuse tests).
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/core/config/load.js";

describe("defects found by the property tests", () => {
  it("a config whose YAML alias refers to itself is a ConfigError, not a TypeError", () => {
    for (const text of ["a: &x [*x]", "rules: &r { HG101: *r }", "handoffs: &h [*h]"]) {
      let error: unknown;
      try {
        parseConfig(text, ".github/handoff-guard.yml");
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).line).toBe(1);
    }
  });
});

describe("replayed webhook deliveries (App)", () => {
  it("run each handler once per delivery id; a failed delivery can be delivered again; memory is bounded", async () => {
    const { replayGuard } = await import("../../src/app/replay.js");
    const handlers: ((c: unknown) => Promise<unknown>)[] = [];
    const fake = { on: (_e: unknown, cb: (c: unknown) => Promise<unknown>) => handlers.push(cb), log: {} };
    const app = replayGuard(fake as never, 3);
    let runs = 0;
    let fail = true;
    app.on("pull_request", (async () => {
      runs++;
      if (fail) throw new Error("boom");
    }) as never);
    app.on("pull_request", (async () => {
      runs += 100;
    }) as never);
    const ctx = (id: string) => ({ id, name: "pull_request", log: { info: () => {} } });
    const deliver = async (id: string) => {
      for (const h of handlers) await h(ctx(id)).catch(() => {});
    };
    await deliver("a");
    expect(runs).toBe(101);
    fail = false;
    await deliver("a"); // the first handler failed: it runs again; the second does not
    expect(runs).toBe(102);
    await deliver("a");
    expect(runs).toBe(102);
    for (const id of ["b", "c", "d"]) await deliver(id); // evicts "a" (capacity 3 keys)
    runs = 0;
    await deliver("a");
    expect(runs).toBe(101);
  });
});

describe("quadratic consolidation-intro regex on long blank runs (found by scripts/regex-timing.mjs)", () => {
  it("a handoff with a 200,000-character run of whitespace is checked (took minutes before the fix)", async () => {
    const { check } = await import("../../src/core/engine.js");
    const { defaultConfig } = await import("../../src/core/config/schema.js");
    const { memorySnapshot } = await import("../../src/core/snapshot/memory.js");
    const files = {
      "_agents/_handoffs/a.md": `# A\n\n${" ".repeat(200_000)}x\n- ${"\t".repeat(200_000)}y\n\nDeploy \`missing.py\`.\n`,
      "src/x.py": "x\n",
    };
    const result = await check(memorySnapshot(files), defaultConfig());
    expect(result.findings.map((f) => [f.rule, f.line])).toEqual([["HG101", 6]]);
  });
});

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

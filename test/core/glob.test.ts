import fc from "fast-check";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { globMatcher, literalSuffix } from "../../src/core/glob.js";

describe("globMatcher", () => {
  it("takes the literal ending of a glob, and nothing when it ends in a wildcard", () => {
    expect(literalSuffix("**/_handoffs/**/*.md")).toBe(".md");
    expect(literalSuffix("**/HANDOFF*.md")).toBe(".md");
    expect(literalSuffix("docs/**")).toBe("");
    expect(literalSuffix("**/*.{md,mdx}")).toBe("");
    expect(literalSuffix("**/*.+(md|mdx)")).toBe("");
  });

  it("answers exactly as picomatch does, with or without the suffix shortcut", () => {
    const segment = fc.constantFrom(
      "docs",
      "_handoffs",
      "a.md",
      "b.MD",
      "c.mdx",
      ".github",
      "x.md.bak",
      "md",
    );
    const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join("/"));
    const glob = fc.constantFrom(
      "**/*.md",
      "**/_handoffs/**/*.md",
      "docs/**",
      "**/*.{md,mdx}",
      "*.md",
      "**/.github/**/*.md",
      "**/x.md*",
      "**/md",
    );
    fc.assert(
      fc.property(fc.uniqueArray(glob, { minLength: 1, maxLength: 3 }), path, (globs, p) => {
        expect(globMatcher(globs)(p)).toBe(picomatch(globs, { dot: true })(p));
      }),
      { numRuns: 2000 },
    );
  });
});

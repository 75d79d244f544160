import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/core/config/load.js";
import { defaultConfig } from "../../src/core/config/schema.js";
import { documentClassifier } from "../../src/core/engine.js";

const FILE = ".github/handoff-guard.yml";

function errorOf(text: string): ConfigError {
  try {
    parseConfig(text, FILE);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("default document selection", () => {
  it("reads no release notes or changesets; a changelog is a document (its newest entry is read)", () => {
    const cls = documentClassifier(defaultConfig());
    for (const path of ["RELEASE_NOTES.md", "docs/release-notes-2.0.md", ".changeset/brave-dogs-sing.md"])
      expect(cls(path), path).toBeNull();
    for (const path of ["CHANGELOG.md", "packages/a/changelog.md", "HISTORY.md", "CHANGES.md", "NEWS.md"])
      expect(cls(path), path).toBe("document");
    // Near misses: documents whose names only contain those words.
    for (const path of ["docs/history-of-the-api.md", "docs/news-feed-design.md", "CHANGES_TODO/plan.md"])
      expect(cls(path), path).toBe("document");
  });
});

describe("parseConfig", () => {
  it("gives the defaults for an empty file", () => {
    expect(parseConfig("", FILE)).toEqual(defaultConfig());
    expect(parseConfig("# only a comment\n", FILE)).toEqual(defaultConfig());
  });

  it("keeps user values and fills the rest with defaults", () => {
    const config = parseConfig("rules:\n  HG105: off\nuntracked:\n  enabled: false\n", FILE);
    expect(config.rules.HG105).toBe("off");
    expect(config.untracked.enabled).toBe(false);
    expect(config.untracked.groupThreshold).toBe(defaultConfig().untracked.groupThreshold);
    expect(config.handoffs).toEqual(defaultConfig().handoffs);
  });

  it("accepts per-class severities", () => {
    const config = parseConfig("rules:\n  HG101: { handoffs: error, documents: off }\n", FILE);
    expect(config.rules.HG101).toEqual({ handoffs: "error", documents: "off" });
  });

  it("names file, line, key, value and allowed values for a bad severity", () => {
    const error = errorOf("handoffs:\n  - a/**\nrules:\n  HG101: loud\n");
    expect(error.file).toBe(FILE);
    expect(error.line).toBe(4);
    expect(error.key).toBe("rules.HG101");
    expect(error.message).toContain('"loud"');
    expect(error.message).toContain("error, warning, notice, off");
    expect(error.message.startsWith(`${FILE}:4:`)).toBe(true);
  });

  it("lists allowed keys for a misspelled key, at the key's line", () => {
    const error = errorOf("untracked:\n  enabld: true\n");
    expect(error.line).toBe(2);
    expect(error.message).toContain('unknown key "enabld" under "untracked"');
    expect(error.message).toContain("enabled");
  });

  it("lists the rule ids for an unknown rule", () => {
    const error = errorOf("rules:\n  HG999: error\n");
    expect(error.message).toContain("HG999");
    expect(error.message).toContain("HG101");
  });

  it("reports YAML syntax errors with their line", () => {
    const error = errorOf("rules:\n  HG101: [error\nother: 1\n");
    expect(error.message).toContain("not valid YAML");
    expect(error.line).toBeGreaterThanOrEqual(2);
  });

  it("rejects a list at the top level", () => {
    expect(errorOf("- a\n- b\n").message).toContain("must be a mapping");
  });

  it("rejects invalid regular expressions in ignore", () => {
    const error = errorOf("ignore:\n  - legacy/**\n  - /[unclosed/\n");
    expect(error.key).toBe("ignore.1");
    expect(error.line).toBe(3);
  });

  it("survives a YAML alias bomb with a clear error", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
    ].join("\n");
    expect(errorOf(bomb)).toBeInstanceOf(ConfigError);
  });

  it("carries the zod error as cause", () => {
    expect(errorOf("duplicates:\n  threshold: 3\n").cause).toBeDefined();
  });
});

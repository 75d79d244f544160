// Files a page shows or links to outside Markdown's own syntax: HTML `href` and `src` (centred
// logos and link rows in READMEs), and a badge's image inside a link. A link checker that skips
// them misses the broken image at the top of the page.
import { describe, expect, it } from "vitest";
import { DEFAULT_DOCUMENTS } from "../../../src/core/config/schema.js";
import { parseDocument } from "../../../src/core/document/parse.js";

function refs(text: string) {
  return parseDocument("README.md", text, "document").references.map(
    (r) => `${r.kind} ${r.path} ${r.intent} ${r.line}:${r.column}`,
  );
}

describe("HTML link and image targets", () => {
  it("reads href and src in an HTML block and inline, at the value's column", () => {
    expect(refs('<p align="center">\n  <img src="docs/img/logo.png" width="200">\n</p>\n')).toEqual([
      "image docs/img/logo.png exists 2:13",
    ]);
    expect(refs("Read the <a href='docs/runbook.md'>runbook</a> and <img src=img/a.svg>.")).toEqual([
      "link docs/runbook.md exists 1:19",
      "image img/a.svg exists 1:61",
    ]);
  });

  it("leaves out web addresses, page anchors and tags inside an HTML comment", () => {
    expect(refs('<a href="https://example.com/x.md">x</a> <a href="#usage">usage</a>')).toEqual([]);
    expect(refs('<!-- <img src="old/logo.png"> -->\n')).toEqual([]);
  });

  it("reads a badge's image inside a link as well as the link", () => {
    expect(refs("[![coverage](docs/badges/coverage.svg)](docs/coverage.md)")).toEqual([
      "link docs/coverage.md exists 1:41",
      "image docs/badges/coverage.svg exists 1:14",
    ]);
  });

  it("reads a placeholder link target as an example", () => {
    expect(refs("Superseded by [ADR-NNNN](NNNN-title.md)")).toEqual(["link NNNN-title.md example 1:26"]);
  });
});

describe("a drawn directory tree", () => {
  it("reads its root line as the project itself, and the folders under it as paths", () => {
    const tree = "```text\nacme/\n├── src/\n└── docs/\n```\n";
    expect(refs(tree)).toEqual([
      "fence acme/ example 2:1",
      "fence src/ exists 3:5",
      "fence docs/ exists 4:5",
    ]);
  });
});

describe("file types of game engines and other toolchains", () => {
  it("are file names", () => {
    for (const name of [
      "Assets/Data/Wave01.asset",
      "Assets/VFX/Trail.prefab",
      "Scenes/Credits.unity",
      "doc/intro.mld",
      "phpstan.neon",
      ".cursor/rules/db.mdc",
    ])
      expect(refs(`See \`${name}\`.`)).toEqual([`code ${name} exists 1:6`]);
  });

  it("leave property names alone", () => {
    expect(refs("Use `import.meta` and `stats.ino` here.")).toEqual([]);
  });
});

describe("documents read by default", () => {
  it("include Cursor's rule files", () => {
    expect(DEFAULT_DOCUMENTS).toContain("**/*.mdc");
  });
});

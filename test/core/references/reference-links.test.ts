// Reference-style links (`[text][label]`, `[text][]`, `[text]` with a definition): the link's
// target is its definition; a file name in its text is the label, not a mention of a file. READMEs
// of whole ecosystems write `[`contributing.md`][contributing]` for a link to another repository.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../../src/core/document/parse.js";

function refs(text: string) {
  return parseDocument("README.md", text, "document").references.map((r) => `${r.kind} ${r.path}`);
}

describe("reference-style links", () => {
  it("takes the definition as the reference, not a file named in the link text", () => {
    const defs = "\n\n[contributing]: https://github.com/org/.github/blob/main/contributing.md\n";
    expect(refs(`See [\`contributing.md\`][contributing].${defs}`)).toEqual([]);
    expect(refs("See [`docs/guide.md`][guide].\n\n[guide]: docs/guide.md\n")).toEqual([
      "definition docs/guide.md",
    ]);
  });

  it("matches collapsed and shortcut references case-insensitively, definitions anywhere", () => {
    expect(refs("[`support.md`]: https://x.org/support\n\nRead [`support.md`][] first.")).toEqual([]);
    expect(refs("Read [`Support.md`] first.\n\n[`support.md`]:   https://x.org/support")).toEqual([]);
  });

  it("reads brackets without a definition as text: the code span is still a mention", () => {
    expect(refs("See [`src/a.py`][nowhere] and [`src/b.py`].")).toEqual(["code src/a.py", "code src/b.py"]);
    expect(refs("- [ ] Create `src/c.py`")).toEqual(["code src/c.py"]);
  });

  it("keeps the mentions around a reference link", () => {
    expect(refs("Deploy `a.py` per [the guide][g], then `b.py`.\n\n[g]: https://x.org")).toEqual([
      "code a.py",
      "code b.py",
    ]);
  });
});

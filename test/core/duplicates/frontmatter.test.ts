import fc from "fast-check";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { applyFrontMatterPatch } from "../../../src/core/duplicates/frontmatter.js";

const URL = "https://github.com/acme/app/issues/42";
const PATCH = { status: "consolidated", consolidated_into: URL };

/** Lines of `after` that are not in `before`, and the reverse: the whole diff. */
function diff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split("\n");
  const b = after.split("\n");
  return { removed: a.filter((l) => !b.includes(l)), added: b.filter((l) => !a.includes(l)) };
}

describe("applyFrontMatterPatch", () => {
  it("changes only the patched keys, keeping order, quoting and comments", () => {
    const before = `---
date: "2026-02-19"
author: "Claude Work Session"
status: "open" # set by the agent
tags: [deploy, render]
---

# CONSOLIDATED: Deploy api_healer.py

**Status**: open
`;
    const after = applyFrontMatterPatch(before, PATCH);
    expect(after).toBe(
      before
        .replace('status: "open" # set by the agent', 'status: "consolidated" # set by the agent')
        .replace("tags: [deploy, render]\n", `tags: [deploy, render]\nconsolidated_into: "${URL}"\n`),
    );
    expect(diff(before, after)).toEqual({
      removed: ['status: "open" # set by the agent'],
      added: ['status: "consolidated" # set by the agent', `consolidated_into: "${URL}"`],
    });
    const data = matter(after).data;
    expect(data.status).toBe("consolidated");
    expect(data.consolidated_into).toBe(URL);
    expect(data.tags).toEqual(["deploy", "render"]);
  });

  it("keeps plain style where the file uses it", () => {
    const before = "---\nid: x-1\nstatus: open\nassigned_to: russell\n---\n# T\n";
    expect(applyFrontMatterPatch(before, PATCH)).toBe(
      `---\nid: x-1\nstatus: consolidated\nassigned_to: russell\nconsolidated_into: ${URL}\n---\n# T\n`,
    );
  });

  it("keeps single quotes", () => {
    expect(applyFrontMatterPatch("---\nstatus: 'open'\n---\n", { status: "consolidated" })).toBe(
      "---\nstatus: 'consolidated'\n---\n",
    );
  });

  it("adds a block at the top of a file without front matter", () => {
    const before = "# Deploy api_healer.py\n\n**Status**: open\n";
    const after = applyFrontMatterPatch(before, PATCH);
    expect(after).toBe(`---\nstatus: consolidated\nconsolidated_into: ${URL}\n---\n${before}`);
    expect(after.endsWith(before)).toBe(true);
  });

  it("keeps CRLF line endings, and a byte-order mark", () => {
    const before = "\uFEFF---\r\nstatus: open\r\nowner: dana\r\n---\r\n# T\r\nbody\r\n";
    const after = applyFrontMatterPatch(before, PATCH);
    expect(after).toBe(
      `\uFEFF---\r\nstatus: consolidated\r\nowner: dana\r\nconsolidated_into: ${URL}\r\n---\r\n# T\r\nbody\r\n`,
    );
    expect(after.replace(/\r\n/g, "")).not.toMatch(/\n/);
    const noFm = applyFrontMatterPatch("# T\r\nbody\r\n", { status: "consolidated" });
    expect(noFm).toBe("---\r\nstatus: consolidated\r\n---\r\n# T\r\nbody\r\n");
  });

  it("replaces a multi-line value and removes keys set to null", () => {
    const before =
      "---\nstatus:\n  - open\n  - blocked\nconsolidated_into: old\nnotes: |\n  keep me\n---\nx\n";
    const after = applyFrontMatterPatch(before, { status: "consolidated", consolidated_into: null });
    expect(after).toBe("---\nstatus: consolidated\nnotes: |\n  keep me\n---\nx\n");
  });

  it("does not touch nested keys of the same name", () => {
    const before = "---\nmeta:\n  status: draft\nstatus: open\n---\n";
    expect(applyFrontMatterPatch(before, { status: "consolidated" })).toBe(
      "---\nmeta:\n  status: draft\nstatus: consolidated\n---\n",
    );
  });

  it("quotes values that would not read back as the same string", () => {
    const out = applyFrontMatterPatch("---\nstatus: open\n---\n", {
      status: "yes",
      due: "2026-02-21",
      note: "a: b #c",
    });
    const data = matter(out).data;
    expect(data.status).toBe("yes");
    expect(data.due).toBe("2026-02-21");
    expect(data.note).toBe("a: b #c");
  });

  it("is idempotent", () => {
    const once = applyFrontMatterPatch("---\nstatus: open\n---\nbody\n", PATCH);
    expect(applyFrontMatterPatch(once, PATCH)).toBe(once);
  });

  it("never changes the body, for any body and front matter", () => {
    const line = fc.stringMatching(/^[a-zA-Z0-9 #*`_.:\-[\]]{0,30}$/);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.boolean(), fc.boolean(), (bodyLines, hasFm, crlf) => {
        const eol = crlf ? "\r\n" : "\n";
        const body = bodyLines.filter((l) => !/^(---|\.\.\.)\s*$/.test(l)).join(eol) + eol;
        const fm = hasFm ? `---${eol}title: "x"${eol}status: open${eol}---${eol}` : "";
        const out = applyFrontMatterPatch(fm + body, PATCH);
        expect(out.endsWith(body)).toBe(true);
        const parsed = matter(out.replace(/\r\n/g, "\n")).data;
        expect(parsed.status).toBe("consolidated");
        expect(parsed.consolidated_into).toBe(URL);
        if (hasFm) expect(parsed.title).toBe("x");
      }),
    );
  });
});

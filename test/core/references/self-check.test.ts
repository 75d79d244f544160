// False-positive classes found by running handoff-guard on its own documentation.
import { describe, expect, it } from "vitest";
import { intentOf, parse } from "../document/helpers.js";

const paths = (text: string) => parse(text).references.map((r) => r.path);

describe("slash commands in code spans", () => {
  it("are not paths, whatever their arguments", () => {
    expect(paths("Comment `/consolidate a.md b.md` on the issue.")).toEqual([]);
    expect(paths("Type `/deploy staging api/server.py` in the channel.")).toEqual([]);
  });

  it("near-miss: a rooted path with spaces in a folder name is still a path", () => {
    expect(paths("See `/docs/Meeting Notes/plan.md` for the agenda.")).toEqual([
      "/docs/Meeting Notes/plan.md",
    ]);
  });
});

describe("the generic name file.<ext>", () => {
  it("is an example, with or without an anchor", () => {
    expect(intentOf("A line anchor (`file.py#L10-L20`) points past the end.", "file.py")).toBe("example");
    expect(intentOf("Anchors like `src/file.ts:120` rot when code moves.", "src/file.ts")).toBe("example");
  });

  it("near-miss: a real name that starts with file is a path", () => {
    expect(intentOf("Deploy `src/file_store.py` tonight.", "src/file_store.py")).toBe("exists");
    expect(intentOf("Edit `docs/files.md` next.", "docs/files.md")).toBe("exists");
  });
});

import { describe, expect, it } from "vitest";
import type { Intent } from "../../../src/core/types.js";
import { intentOf, parse, refs } from "../document/helpers.js";

// [snippet, path, expected intent]
const CASES: [string, string, Intent][] = [
  // exists: the document relies on the file
  ["Deploy `api.py` to Render.", "api.py", "exists"],
  ["See [the guide](docs/guide.md) for details.", "docs/guide.md", "exists"],
  ["Run `scripts/migrate.sh` before starting.", "scripts/migrate.sh", "exists"],
  ["The handler lives in src/server.py and reads config.", "src/server.py", "exists"],
  ["Update `deploy.sh` for Render.", "deploy.sh", "exists"],
  ["`deploy.sh` needs to be updated for Render.", "deploy.sh", "exists"],
  ["Add a retry decorator to `src/client.py`.", "src/client.py", "exists"],
  ["Replaced by `src/new_queue.py` in v2.", "src/new_queue.py", "exists"],
  // planned
  ["Create `src/cache.py` with an LRU cache.", "src/cache.py", "planned"],
  ["We will add `docs/cache.md` next week.", "docs/cache.md", "planned"],
  ["Gemini creates api_healer.py with model discovery.", "api_healer.py", "planned"],
  ["Wait for Gemini to create api_healer.py, then deploy it.", "api_healer.py", "planned"],
  ["`docs/design.md` (to be created)", "docs/design.md", "planned"],
  ["The `src/index/` folder will be added in Phase 3.", "src/index/", "planned"],
  ["- [ ] Create `src/new.py`", "src/new.py", "planned"],
  ["- [ ] `src/new.py`", "src/new.py", "planned"],
  ["## Files to create\n\n- `src/a.py`", "src/a.py", "planned"],
  ["## Next steps\n\n- `src/later.py` for caching", "src/later.py", "planned"],
  ["TODO: write `docs/runbook.md`", "docs/runbook.md", "planned"],
  ["Document results in `_debug/validation.md`", "_debug/validation.md", "planned"],
  ["Log the output to results/run.json.", "results/run.json", "planned"],
  ["`src/feature.py` needs to be created before the demo.", "src/feature.py", "planned"],
  ["## Acceptance Criteria\n\n1. ✅ api.py deployed to Render", "api.py", "planned"],
  // created
  ["Created `src/retry.py` with jitter.", "src/retry.py", "created"],
  ["Implemented retry handling in the new `src/retry.py` module.", "src/retry.py", "created"],
  ["- [x] Create `src/done.py`", "src/done.py", "created"],
  ["- [x] Add tests to `tests/test_a.py`", "tests/test_a.py", "created"],
  ["**Files Created**:\n```\nsrc/a.py\n```", "src/a.py", "created"],
  ["## Files modified\n\n- `src/b.py` — tweak", "src/b.py", "created"],
  ["## Changes made\n\n- `src/c.py`", "src/c.py", "created"],
  ["✅ `src/d.py` implemented", "src/d.py", "created"],
  ["`src/e.py` was added to handle retries.", "src/e.py", "created"],
  ["Updated [executor.py](src/executor.py#L10) to match the schema.", "src/executor.py", "created"],
  ["| File | Status |\n|---|---|\n| `src/f.py` | ✅ Done |", "src/f.py", "created"],
  ["Shipped `tools/bot.py` on Monday.", "tools/bot.py", "created"],
  // removed
  ["Deleted `src/legacy.py`.", "src/legacy.py", "removed"],
  ["Removed the old `src/legacy.py` module.", "src/legacy.py", "removed"],
  ["Moved `scripts/old.sh` to `scripts/archive/old.sh`.", "scripts/old.sh", "removed"],
  ["Moved `scripts/old.sh` to `scripts/archive/old.sh`.", "scripts/archive/old.sh", "created"],
  ["`src/old.py` was deleted in the cleanup.", "src/old.py", "removed"],
  ["## Files deleted\n\n- `src/gone.py`", "src/gone.py", "removed"],
  ["~~`src/struck.py`~~ not needed", "src/struck.py", "removed"],
  ["| File | Status |\n|---|---|\n| `src/g.py` | Removed |", "src/g.py", "removed"],
  // historical
  ["`src/phantom.py` does NOT exist.", "src/phantom.py", "historical"],
  ["api_healer.py did not exist when the handoffs were written.", "api_healer.py", "historical"],
  ["Team operated under assumption api_healer.py existed.", "api_healer.py", "historical"],
  ["The `config.json` file was never committed.", "config.json", "historical"],
  ["`src/shim.py` is a phantom.", "src/shim.py", "historical"],
  ["> Deploy `src/quoted.py` to production.", "src/quoted.py", "historical"],
  ["Verify `config/app.yaml` exists before deploying.", "config/app.yaml", "historical"],
  ["Check whether src/maybe.py exists on main.", "src/maybe.py", "historical"],
  ["If `config/overrides.yaml` exists, it shadows the schema.", "config/overrides.yaml", "historical"],
  ["The missing `src/ghost.py` broke the build.", "src/ghost.py", "historical"],
  ["| File | Status |\n|---|---|\n| `docs/x.md` | ❌ Missing |", "docs/x.md", "historical"],
  // example
  ["Logs go to `logs/api_YYYYMMDD.json`.", "logs/api_YYYYMMDD.json", "example"],
  ["Set `LOG_PATH=_agents/_logs/` in Render.", "_agents/_logs/", "example"],
  ["Match `docs/**/*.md` files.", "docs/**/*.md", "example"],
  ["For example, `example.yaml` holds the settings.", "example.yaml", "example"],
  ["Use `<name>.md` for each handoff.", "<name>.md", "example"],
  ["Put secrets in `.env`.", ".env", "example"],
];

describe("intent of a mention", () => {
  for (const [snippet, path, intent] of CASES) {
    it(`${intent}: ${snippet.replace(/\n/g, " ⏎ ")}`, () => {
      expect(intentOf(snippet, path)).toBe(intent);
    });
  }

  it("says why in plain words", () => {
    const doc = parse(
      "- [ ] Create `src/new.py`\n\n## Files created\n\n- `src/x.py`\n\n`src/p.py` does NOT exist.",
    );
    expect(refs(doc, "src/new.py")[0]!.intentReason).toBe("unchecked task 'create …'");
    expect(refs(doc, "src/x.py")[0]!.intentReason).toBe("section 'Files created'");
    expect(refs(doc, "src/p.py")[0]!.intentReason).toMatch(/^negated: 'does not exist'/);
  });
});

describe("document-level awareness", () => {
  it("reads 'deploy X' in light of 'create X' elsewhere in the document", () => {
    const doc = parse(
      "## Plan\n\nGemini will create `api.py`.\n\n## Steps\n\n1. Deploy `api.py` to Render.\n",
    );
    const deploy = refs(doc, "api.py", 7)[0]!;
    expect(deploy.intent).toBe("planned");
    expect(deploy.intentReason).toMatch(/^same path is planned on line 3/);
  });

  it("matches a bare name with a full path of the same basename", () => {
    const doc = parse("Create api_healer.py first.\n\nThen deploy `crewai-service/api_healer.py`.\n");
    expect(refs(doc, "crewai-service/api_healer.py")[0]!.intent).toBe("planned");
  });

  it("does not match different files that only share a basename", () => {
    const doc = parse("Create `src/a/__init__.py`.\n\nRead `src/b/__init__.py`.\n");
    expect(refs(doc, "src/b/__init__.py")[0]!.intent).toBe("exists");
  });

  it("does not downgrade created claims", () => {
    const doc = parse("## Files created\n\n- `src/x.py`\n\nLater: delete `src/x.py`.\n");
    expect(refs(doc, "src/x.py", 3)[0]!.intent).toBe("created");
  });
});

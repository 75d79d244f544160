import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/core/config/load.js";
import { defaultConfig } from "../../src/core/config/schema.js";
import { check } from "../../src/core/engine.js";
import { memorySnapshot } from "../../src/core/snapshot/memory.js";
import type { Finding } from "../../src/core/types.js";

const CODE = {
  "crewai-service/main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
  "crewai-service/settings.py": "X = 1\n",
  "src/retry.py": Array.from({ length: 30 }, (_, i) => `line_${i} = ${i}`).join("\n"),
  "api/config.py": "A = 1\n",
  "worker/config.py": "B = 1\n",
};

async function findings(
  files: Record<string, string>,
  options: Parameters<typeof memorySnapshot>[1] = {},
  config = defaultConfig(),
) {
  const result = await check(memorySnapshot({ ...CODE, ...files }, options), config);
  return result.findings;
}

const only = (list: Finding[], rule: string) => list.filter((f) => f.rule === rule);

describe("phantom references (HG101)", () => {
  it("flags a handoff that tells someone to deploy a file that was never committed", async () => {
    const list = await findings({
      "_agents/_handoffs/deploy.md": "# Deploy\n\nDeploy `crewai-service/api_healer.py` to Render.\n",
    });
    const hg101 = only(list, "HG101");
    expect(hg101).toHaveLength(1);
    expect(hg101[0]).toMatchObject({
      severity: "error",
      path: "_agents/_handoffs/deploy.md",
      line: 3,
      target: "crewai-service/api_healer.py",
      intent: "exists",
    });
    expect(hg101[0]!.column).toBeGreaterThan(1);
    expect(hg101[0]!.message).toContain("crewai-service/api_healer.py");
  });

  it("is a warning in ordinary documents", async () => {
    const list = await findings({
      "docs/notes.md": "# Notes\n\nSee [the healer](../crewai-service/api_healer.py).\n",
    });
    expect(only(list, "HG101")).toMatchObject([{ severity: "warning", path: "docs/notes.md" }]);
  });

  it("does not flag files that exist, relative or by unique name", async () => {
    const list = await findings({
      "_agents/_handoffs/ok.md":
        "# Ok\n\nEdit [main](../../crewai-service/main.py) and `settings.py`, then run `crewai-service/main.py`.\n",
    });
    expect(list).toEqual([]);
  });

  it("does not flag planned files, placeholders, routes or negated mentions", async () => {
    const list = await findings({
      "_agents/_handoffs/plan.md": [
        "# Create the healer",
        "",
        "- [ ] Create `crewai-service/api_healer.py`",
        "- Logs go to `_agents/_logs/api_healer_YYYYMMDD.json`",
        "- Health check: `/health/api`",
        "",
        "Note: `crewai-service/old_healer.py` does NOT exist; it was never committed.",
        "",
      ].join("\n"),
    });
    expect(only(list, "HG101")).toEqual([]);
  });

  it("offers where the file went when history knows", async () => {
    const list = await findings(
      { "_agents/_handoffs/deploy.md": "# Deploy\n\nRun `scripts/deploy_render.sh`.\n" },
      {
        history: {
          "scripts/deploy_render.sh": {
            path: "scripts/deploy_render.sh",
            commit: "4c9576d0000000000000000000000000000000",
            date: "2026-02-19T09:00:00Z",
            subject: "Rename the deploy script",
            renamedTo: "scripts/deploy.sh",
          },
        },
      },
    );
    expect(only(list, "HG101")[0]?.suggestions.join("\n")).toContain("moved to scripts/deploy.sh in 4c9576d");
  });

  it("suggests a near name", async () => {
    const list = await findings({
      "_agents/_handoffs/typo.md": "# Typo\n\nEdit `crewai-service/setings.py`.\n",
    });
    expect(only(list, "HG101")[0]?.suggestions.join("\n")).toContain("crewai-service/settings.py");
  });

  it("shows the link as written when its path is only punctuation", async () => {
    // `[x]((#a))`, a doubled parenthesis: the destination is the path `(`, broken on GitHub too.
    const list = await findings({ "docs/guide.md": "# Guide\n\nSee [the rules]((#rules)).\n" });
    const [finding] = only(list, "HG101");
    expect(finding?.message).toMatch(/^`\(` \(written `\(#rules\)`\) does not exist/);
  });
});

describe("claims and deliverables (HG102, HG103)", () => {
  const report = "# Report\n\n**Files created:**\n\n```\nsrc/search/engine.py\n```\n";

  it("says a claimed file exists locally but was never committed, with the git add command", async () => {
    const list = await findings(
      { "docs/report.md": report },
      { workingTree: { untracked: ["src/search/engine.py"], modified: [], deleted: [] } },
    );
    const hg102 = only(list, "HG102");
    expect(hg102).toHaveLength(1);
    expect(hg102[0]!.severity).toBe("error");
    expect(hg102[0]!.message).toContain("never committed");
    expect(hg102[0]!.suggestions[0]).toContain("git add src/search/engine.py");
  });

  it("waits for a working tree that is still being read, and reports the same", async () => {
    const tree = { untracked: ["src/search/engine.py"], modified: [], deleted: [] };
    const ready = await check(
      memorySnapshot({ ...CODE, "docs/report.md": report }, { workingTree: tree }),
      defaultConfig(),
    );
    const snapshot = memorySnapshot({ ...CODE, "docs/report.md": report });
    snapshot.pendingWorkingTree = new Promise((resolve) => setTimeout(() => resolve(tree), 20));
    const pending = await check(snapshot, defaultConfig());
    expect(only(pending.findings, "HG102")[0]?.message).toContain("never committed");
    expect(pending.findings).toEqual(ready.findings);
  });

  it("says a claimed file was never created when it is nowhere", async () => {
    const list = await findings(
      { "docs/report.md": report },
      { workingTree: { untracked: [], modified: [], deleted: [] } },
    );
    expect(only(list, "HG102")[0]?.message).toContain("never created");
  });

  it("flags a done handoff whose planned deliverable is missing", async () => {
    const list = await findings({
      "_agents/_handoffs/done.md": "---\nstatus: done\n---\n# Search\n\n- [ ] Create `src/search/index.py`\n",
    });
    expect(only(list, "HG103")).toMatchObject([
      { severity: "error", line: 6, target: "src/search/index.py" },
    ]);
  });

  it("leaves out of a done handoff's deliverables a file someone else is to make, and the mentions that follow it", async () => {
    const handoff = [
      "---",
      "status: done",
      "---",
      "# Waitlist",
      "",
      "There is no `lib/bookings/waitlist_policy.ex` yet.",
      "Wait for Gemini to create `lib/bookings/waitlist_policy.ex`, then deploy it.",
      "- [ ] Wait for Devin to redo `lib/ocr.ex`, then wire it in.",
      "- Deploy `lib/ocr.ex` after that.",
      "- [ ] Create `lib/bookings/waitlist_view.ex`",
      "",
    ].join("\n");
    const list = await findings({ "_agents/_handoffs/waitlist.md": handoff });
    // Only this handoff's own unfinished deliverable.
    expect(only(list, "HG103").map((f) => f.target)).toEqual(["lib/bookings/waitlist_view.ex"]);
    expect(list.filter((f) => f.rule === "HG101")).toEqual([]);
  });

  it("leaves an open handoff's planned deliverable alone", async () => {
    const list = await findings({
      "_agents/_handoffs/open.md": "---\nstatus: open\n---\n# Search\n\n- [ ] Create `src/search/index.py`\n",
    });
    expect(list).toEqual([]);
  });
});

describe("anchors and ambiguity (HG104, HG105)", () => {
  it("flags a line anchor past the end of the file", async () => {
    const list = await findings({
      "docs/a.md": "# A\n\nSee [retry](../src/retry.py#L40-L60) and [ok](../src/retry.py#L3-L9).\n",
    });
    const hg104 = only(list, "HG104");
    expect(hg104).toHaveLength(1);
    expect(hg104[0]!.message).toContain("30 lines");
  });

  it("notes a bare name that matches several files", async () => {
    const list = await findings({ "_agents/_handoffs/h.md": "# H\n\nEdit `config.py` to add the key.\n" });
    const hg105 = only(list, "HG105");
    expect(hg105).toHaveLength(1);
    expect(hg105[0]!.severity).toBe("notice");
    expect(hg105[0]!.related.sort()).toEqual(["api/config.py", "worker/config.py"]);
  });
});

describe("references broken by the change (HG106)", () => {
  it("says where a renamed file went, for handoffs the change did not touch", async () => {
    const files = {
      "_agents/_handoffs/deploy.md":
        "---\nstatus: open\n---\n# Deploy\n\nDeploy `crewai-service/healer.py`.\n",
      "crewai-service/api_healer.py": "x = 1\n",
    };
    const snapshot = memorySnapshot(
      { ...CODE, ...files },
      {
        change: {
          base: "abc",
          changed: ["crewai-service/api_healer.py"],
          deleted: [],
          renamed: [{ from: "crewai-service/healer.py", to: "crewai-service/api_healer.py" }],
        },
      },
    );
    const result = await check(snapshot, defaultConfig(), { documents: ["crewai-service/api_healer.py"] });
    expect(result.findings.map((f) => f.rule)).toEqual(["HG106"]);
    expect(result.findings[0]!.message).toContain("crewai-service/api_healer.py");
    expect(result.findings[0]!.path).toBe("_agents/_handoffs/deploy.md");
  });

  it("ignores handoffs that are done", async () => {
    const snapshot = memorySnapshot(
      {
        ...CODE,
        "_agents/_handoffs/d.md": "---\nstatus: done\n---\n# D\n\nDeploy `crewai-service/healer.py`.\n",
      },
      { change: { base: "abc", changed: [], deleted: ["crewai-service/healer.py"], renamed: [] } },
    );
    const result = await check(snapshot, defaultConfig(), { documents: [] });
    expect(result.findings).toEqual([]);
  });
});

describe("suppression and configuration", () => {
  const phantom = "Deploy `crewai-service/api_healer.py` now.";

  it("honours disable-next-line, blocks and front matter", async () => {
    const list = await findings({
      "_agents/_handoffs/a.md": `# A\n\n<!-- handoff-guard-disable-next-line HG101 -->\n${phantom}\n`,
      "_agents/_handoffs/b.md": `# B\n\n<!-- handoff-guard-disable HG101 -->\n${phantom}\n<!-- handoff-guard-enable -->\n${phantom}\n`,
      "_agents/_handoffs/c.md": `---\nhandoff-guard:\n  ignore: [HG101]\n---\n# C\n\n${phantom}\n`,
    });
    expect(only(list, "HG101").map((f) => `${f.path}:${f.line}`)).toEqual(["_agents/_handoffs/b.md:6"]);
  });

  it("honours config severities, per class, and ignore patterns", async () => {
    const files = { "_agents/_handoffs/a.md": `# A\n\n${phantom}\n`, "docs/b.md": `# B\n\n${phantom}\n` };
    const perClass = parseConfig("rules:\n  HG101: { handoffs: notice, documents: off }\n", "c.yml");
    expect((await findings(files, {}, perClass)).map((f) => `${f.path}:${f.severity}`)).toEqual([
      "_agents/_handoffs/a.md:notice",
    ]);
    const ignored = parseConfig("ignore:\n  - crewai-service/api_*.py\n", "c.yml");
    expect(await findings(files, {}, ignored)).toEqual([]);
    const regex = parseConfig("ignore:\n  - /^docs\\//\n", "c.yml");
    expect((await findings(files, {}, regex)).map((f) => f.path)).toEqual(["_agents/_handoffs/a.md"]);
  });

  it("skips excluded folders", async () => {
    const list = await findings({ "node_modules/pkg/README.md": `# P\n\n${phantom}\n` });
    expect(list).toEqual([]);
  });
});

describe("result", () => {
  it("counts documents and references and orders findings most severe first", async () => {
    const result = await check(
      memorySnapshot({
        ...CODE,
        "docs/b.md": "# B\n\nSee `crewai-service/gone.py`.\n",
        "_agents/_handoffs/a.md": "# A\n\nDeploy `crewai-service/gone.py`.\n",
      }),
      defaultConfig(),
    );
    expect(result.version).toBe(1);
    expect(result.stats.documents).toBe(2);
    expect(result.stats.references).toBeGreaterThanOrEqual(2);
    expect(result.findings.map((f) => f.severity)).toEqual(["error", "warning"]);
  });

  it("skips a binary document with a reason instead of failing", async () => {
    const result = await check(memorySnapshot({ "docs/bin.md": "\0\0\0PNG\0" }), defaultConfig());
    expect(result.findings).toEqual([]);
    expect(result.stats.skipped.map((s) => s.path)).toEqual(["docs/bin.md"]);
  });
});

describe("links to the pages of a documentation site", () => {
  const SITE = {
    "docs/content/commands/npm-run.md": "# npm run\n",
    "docs/content/using-npm/config.md": "# config\n",
    "site/content/posts/launch/index.md": "# launch\n",
    "docs/guide/README.md": "# guide\n",
    "docs/a/intro.md": "# a\n",
    "docs/b/intro.md": "# b\n",
  };
  const phantoms = async (body: string) =>
    only(
      await findings({ ...SITE, "docs/content/commands/npm-install.md": `# npm install\n\n${body}\n` }),
      "HG101",
    ).map((f) => f.target);

  it("resolves a link written without its extension to the page it is built from", async () => {
    expect(await phantoms("See [npm run](/commands/npm-run) and [config](../using-npm/config).")).toEqual([]);
    expect(await phantoms("Read [the launch post](/posts/launch/) and [the guide](/docs/guide).")).toEqual(
      [],
    );
    expect(await phantoms("[run]: /commands/npm-run\n\nSee [run].")).toEqual([]);
  });

  it("still reports a page that does not exist, an ambiguous one, and links with an extension", async () => {
    expect(await phantoms("See [npm ls](/commands/npm-ls).")).toEqual(["commands/npm-ls"]);
    // Two `intro.md` pages: the site's content folder is unknown, so neither is assumed.
    expect(await phantoms("See [intro](/intro).")).toEqual(["intro"]);
    expect(await phantoms("See [npm run](/commands/npm-run.html).")).toEqual(["commands/npm-run.html"]);
  });
});

describe("the reader's project files in documentation", () => {
  it("does not report a lockfile or settings file that documentation names for the reader's project", async () => {
    const list = await findings({
      "docs/ci.md":
        "# CI\n\n`npm ci` installs exactly what `package-lock.json` says, reading your `.npmrc` first.\n",
      "docs/rust.md":
        "# Crates\n\n`use crate::foo;` refers to `foo` in `src/lib.rs`; a `mod.rs` is loaded first.\n",
    });
    expect(only(list, "HG101")).toEqual([]);
  });

  it("still holds a handoff to them, and a path with a folder, and a name the repository has", async () => {
    const list = await findings({
      "_agents/_handoffs/lock.md": "# Lockfile\n\nCommit `package-lock.json` after the upgrade.\n",
      "docs/ci.md": "# CI\n\nEdit `deploy/.npmrc` for the registry token.\n",
    });
    expect(only(list, "HG101").map((f) => [f.path, f.target])).toEqual([
      ["_agents/_handoffs/lock.md", "package-lock.json"],
      ["docs/ci.md", "deploy/.npmrc"],
    ]);
  });

  it("still reports a link to one: the reader who clicks it finds nothing", async () => {
    const list = await findings({
      "README.md": "# Tool\n\n- [License](LICENSE)\n- Licensed under the terms in `LICENSE`.\n",
    });
    expect(only(list, "HG101").map((f) => [f.line, f.raw])).toEqual([[3, "LICENSE"]]);
  });
});

describe("session 9: what a site serves and what a file's name says", () => {
  it("reads a root-absolute image in a Docusaurus or Vite site from its static or public folder", async () => {
    const list = await findings({
      "website/static/img/architecture.png": "png",
      "website/docs/intro.md":
        "# Intro\n\n![How it works](/img/architecture.png)\n\n![Gone](/img/missing.png)\n",
    });
    expect(only(list, "HG101").map((f) => f.raw)).toEqual(["/img/missing.png"]);
  });

  it("takes a file named `…-handoff.md` for a handoff wherever it is", async () => {
    const list = await findings({
      "docs/incidents/2025-04-22-orders-handoff.md":
        "---\nstatus: completed\n---\n# Orders\n\n- [ ] Create `dags/common/sla.py`\n",
    });
    expect(only(list, "HG103")).toMatchObject([{ path: "docs/incidents/2025-04-22-orders-handoff.md" }]);
  });
});

describe("session 11: an Obsidian embed", () => {
  it("reports an embedded image that is not in the vault, and finds one that is", async () => {
    const list = await findings({
      "Daily/2024-06-03.md":
        "# Daily\n\n- 11:00 Lag graph: ![[replication-lag.png]]\n- Map: ![[region-map.png|600]]\n",
      "Attachments/region-map.png": "png",
    });
    expect(only(list, "HG101").map((f) => [f.line, f.raw])).toEqual([[3, "replication-lag.png"]]);
  });

  it("still reads '![' followed by a link as an image", async () => {
    const list = await findings({ "docs/a.md": "# A\n\n![diagram](img/missing.png)\n" });
    expect(only(list, "HG101").map((f) => [f.line, f.raw])).toEqual([[3, "img/missing.png"]]);
  });
});

describe("session 16: a rename written with an arrow alone", () => {
  it("does not flag the old name when the new one is in the tree", async () => {
    const list = await findings({
      "HANDOFF.md":
        "# Handoff\n\n- `crewai-service/server.py` → `crewai-service/main.py` (done in October)\n- `crewai-service/old.py` → `crewai-service/gone.py`\n",
    });
    // near-miss: when neither side is there, the old side is still relied on
    expect(only(list, "HG101").map((f) => [f.line, f.raw])).toEqual([
      [4, "crewai-service/old.py"],
      [4, "crewai-service/gone.py"],
    ]);
  });
});

describe("session 16: a quoted plan and a quoted claim", () => {
  it("reads a file a quoted plan names as relied on where the author relies on it", async () => {
    const list = await findings({
      "HANDOFF.md":
        "# Handoff\n\n> Session 6: next session should create `src/services/vat.ts`.\n\n## How to review\n\n1. `src/services/vat.ts` — the heart of the change\n",
    });
    expect(only(list, "HG101").map((f) => [f.line, f.raw])).toEqual([[7, "src/services/vat.ts"]]);
  });

  it("still reads the answer to a quoted claim in its light", async () => {
    // near-miss: a quoted claim ("✅ Implemented") that the author then answers
    const list = await findings({
      "HANDOFF.md":
        '# Review\n\n> Copilot: "`includes/class-waitlist.php` ✅ Implemented"\n\nThe PR has the hook change but no `includes/class-waitlist.php`. Copilot: push it in a new PR.\n',
    });
    expect(only(list, "HG101")).toEqual([]);
  });
});

describe("session 17: an agent's instructions and a contributor's guide speak of this repository", () => {
  it("reports a settings file they name that the repository lacks", async () => {
    const list = await findings({
      "CLAUDE.md": "# CLAUDE.md\n\nElixir 1.16.2 (see `.tool-versions` if you use asdf).\n",
      ".github/copilot-instructions.md": "# Copilot\n\nFormatting follows `.editorconfig`.\n",
      "CONTRIBUTING.md": "# Contributing\n\nThe MySQL setup is in `docker-compose.yml`.\n",
    });
    expect(only(list, "HG101").map((f) => [f.path, f.target])).toEqual([
      [".github/copilot-instructions.md", ".editorconfig"],
      ["CLAUDE.md", ".tool-versions"],
      ["CONTRIBUTING.md", "docker-compose.yml"],
    ]);
  });

  it("still reads the same words in other documentation as the reader's project", async () => {
    // near-miss: a guide for users of the tool names their own project's files
    const list = await findings({
      "docs/setup.md": "# Setup\n\nPin Elixir in `.tool-versions` if you use asdf.\n",
    });
    expect(only(list, "HG101")).toEqual([]);
  });
});

describe("session 17: renames in a list of changes, and a deliverable the handoff says is not there", () => {
  it("does not report the old side of a rename listed as modified when the new side is in the tree", async () => {
    const list = await findings({
      "HANDOFF.md":
        "# Handoff\n\n## Files modified\n\n- `src/scrapers/rss.py` → `src/scrapers/base.py`\n- `src/scrapers/old.py` → `src/scrapers/gone.py`\n",
      "src/scrapers/base.py": "x\n",
    });
    // near-miss: when neither side is there, both claims are reported
    expect(only(list, "HG102").map((f) => f.raw)).toEqual(["src/scrapers/old.py", "src/scrapers/gone.py"]);
  });

  it("does not report a planned file a finished handoff says does not exist yet", async () => {
    const list = await findings({
      "HANDOFF.md":
        "---\nstatus: done\n---\n# Handoff\n\n`config/recurring.yml` does NOT exist in the repo yet — it is still only on my machine.\n\n## Files to create\n\n- `config/recurring.yml`\n- `config/other.yml`\n",
    });
    // near-miss: the other planned file is still a missing deliverable
    expect(only(list, "HG103").map((f) => f.raw)).toEqual(["config/other.yml"]);
  });
});

describe("session 17: a site's address under the root", () => {
  it("does not report a root folder the repository lacks, named in a mention", async () => {
    const list = await findings({
      "docs/deploy.md":
        "# Deploy\n\nThe warm-up hits `/`, `/klinikker/` and `/priser/`. Admin lives at `/wp-admin/`.\n\nTheme files are in `/wp-content/` and [the admin](/wp-admin/).\n",
      "wp-content/themes/x/style.css": "x\n",
    });
    // near-miss: a link to the missing folder is still broken
    expect(only(list, "HG101").map((f) => [f.line, f.raw])).toEqual([[5, "/wp-admin/"]]);
  });
});

describe("session 18: an image of an ignored path, and reference definitions after the last heading", () => {
  it("reports an image the page shows from an ignored folder, not a mention of an ignored file", async () => {
    const list = await findings({
      ".gitignore": "output/\n.env\n",
      "HANDOFF.md":
        "# Handoff\n\n![KM by plan](output/figs/km.png)\n\nThe script writes `output/figs/hr.png`; keys are in `.env`.\n",
    });
    expect(only(list, "HG101").map((f) => f.target)).toEqual(["output/figs/km.png"]);
  });

  it("reads a reference definition under 'Other untracked files' as a link, not as that list", async () => {
    const list = await findings({
      "docs/handoffs/h.md":
        "# Handoff\n\nSee the [postmortem][pm].\n\n## Other untracked files\n\n- `scratch.txt`\n\n[pm]: ../postmortems/inc-1.md\n",
    });
    expect(only(list, "HG101").map((f) => f.target)).toEqual(["docs/postmortems/inc-1.md"]);
  });
});

describe("session 18: a changelog's newest entry is read, older releases are history", () => {
  const changelog =
    "# Changelog\n\nSee [Keep a Changelog](https://keepachangelog.com).\n\n## [Unreleased]\n\n### Added\n\n- CSV output in `src/output/csv.zig`.\n\n## [0.8.0] - 2024-05-01\n\n### Added\n\n- Markdown output in `src/output/markdown.zig`.\n";

  it("reports an 'Added' claim of the newest entry whose file is missing, not one of an older release", async () => {
    const list = await findings({ "CHANGELOG.md": changelog, "src/main.zig": "" });
    expect(only(list, "HG102").map((f) => [f.path, f.line, f.target])).toEqual([
      ["CHANGELOG.md", 9, "src/output/csv.zig"],
      ["CHANGELOG.md", 15, "src/output/markdown.zig"],
    ]);
  });

  it("reads the latest release under 'Unreleased' too (session 19), not the release before it", async () => {
    const older = `${changelog}\n## [0.7.0] - 2024-03-01\n\n### Added\n\n- HTML output in \`src/output/html.zig\`.\n`;
    const list = await findings({ "CHANGELOG.md": older, "src/main.zig": "" });
    expect(only(list, "HG102").map((f) => f.target)).toEqual([
      "src/output/csv.zig",
      "src/output/markdown.zig",
    ]);
    // near-miss: without an 'Unreleased' entry, the newest release alone is read
    const released = older.replace(
      "## [Unreleased]\n\n### Added\n\n- CSV output in `src/output/csv.zig`.\n\n",
      "",
    );
    const list2 = await findings({ "CHANGELOG.md": released, "src/main.zig": "" });
    expect(only(list2, "HG102").map((f) => f.target)).toEqual(["src/output/markdown.zig"]);
  });

  it("reads a handoff whose name starts with 'changelog' whole", async () => {
    // near-miss: a handoff about the changelog, with release headings, is no changelog
    const list = await findings({
      "handoffs/changelog-and-release_handoff.md": changelog,
      "src/main.zig": "",
    });
    expect(only(list, "HG102").map((f) => f.target)).toEqual([
      "src/output/csv.zig",
      "src/output/markdown.zig",
    ]);
  });

  it("still reads no release notes", async () => {
    // near-miss: the same text in release notes is not read at all
    const list = await findings({ "RELEASE_NOTES.md": changelog, "src/main.zig": "" });
    expect(only(list, "HG102")).toEqual([]);
  });
});

describe("session 19: a file every site serves at its root", () => {
  it("does not report `/favicon.ico` named as a site's address, unless the tree has it or it is linked", async () => {
    const list = await findings({
      "docs/plugins.md":
        "# Plugins\n\nA plugin to silence errors for `/favicon.ico` requests; crawlers read `/robots.txt`.\n\nSee [the icon](/favicon.ico).\n",
    });
    // near-miss: a link to it is still broken
    expect(only(list, "HG101").map((f) => [f.line, f.raw])).toEqual([[5, "/favicon.ico"]]);
  });
});

describe("session 19: MDX children, a web app's routes and a status with its span of time", () => {
  it("reads the Markdown inside an MDX component, not inside an HTML block of a .md file", async () => {
    const body =
      '# Theming\n\n<Callout type="note">\n  Edit the colours in `src/components/callout.astro` for now.\n</Callout>\n';
    const list = await findings({
      "docs/theming.mdx": body,
      "docs/theming.md": body,
      "src/pages/index.astro": "",
    });
    expect(only(list, "HG101").map((f) => f.path)).toEqual(["docs/theming.mdx"]);
  });

  it("resolves a root-absolute link to a route the app's router serves", async () => {
    const list = await findings({
      "content/en/post.mdx":
        "# Post\n\nSee [pricing](/en/pricing), [the guide](/en/blog/import-guide) and [a team page](/team).\n\nOld: [sale](/en/sale).\n",
      "app/[locale]/pricing/page.tsx": "",
      "app/[locale]/blog/[slug]/page.tsx": "",
      "app/(marketing)/team/page.tsx": "",
    });
    // near-miss: a link no route serves is still broken
    expect(only(list, "HG101").map((f) => f.raw)).toEqual(["/en/sale"]);
  });

  it("reads 'Done for this session' as done: planned deliverables still missing are reported", async () => {
    const list = await findings({
      "docs/handoffs/ios.md":
        "# iOS\n\n**Status**: ✅ Done for this session (CI wiring is the next person's job)\n\n- [ ] Create `e2e/utils/simctl.ts`\n",
    });
    expect(only(list, "HG103").map((f) => f.raw)).toEqual(["e2e/utils/simctl.ts"]);
  });

  it("does not read the rest of a home path with a space as a file of the repository", async () => {
    const list = await findings({
      "HANDOFF.md":
        "# Handoff\n\n- Data is in ~/Library/Application Support/com.loom.notes/notes.db on her Mac.\n- Then read docs/setup.md.\n",
    });
    // near-miss: a path after other words is read
    expect(only(list, "HG101").map((f) => f.raw)).toEqual(["docs/setup.md"]);
  });
});

describe("session 20: a status with its day, files committed into an ignored folder, a link's label", () => {
  it("reads '✅ Completed 2024-09-02' as done: planned deliverables still missing are reported", async () => {
    const list = await findings({
      "handoffs/ci-plan.md":
        "# CI plan\n\n**Status**: ✅ Completed 2024-09-02\n\n- [ ] Create `scripts/notify_slack.py`\n",
    });
    expect(only(list, "HG103").map((f) => f.raw)).toEqual(["scripts/notify_slack.py"]);
  });

  it("does not excuse a missing file by an ignore rule that its committed siblings were added past", async () => {
    const list = await findings({
      ".gitignore": "data/\ninclude/secrets.h\n",
      "src/data/__init__.py": "",
      "src/data/cifar.py": "",
      "include/config.h": "",
      "HANDOFF.md": "# Handoff\n\n## Files modified\n\n```\nsrc/data/transforms.py\ninclude/secrets.h\n```\n",
    });
    // near-miss: `include/secrets.h` is ignored by its own name beside tracked headers
    expect(only(list, "HG102").map((f) => f.raw)).toEqual(["src/data/transforms.py"]);
  });

  it("reads a reference definition's label as the link's name, not as a heading over it", async () => {
    const list = await findings({
      "README.md": "# Game\n\nSee the [changelog].\n\n[changelog]: CHANGELOG.md\n",
    });
    expect(list.map((f) => [f.rule, f.raw])).toEqual([["HG101", "CHANGELOG.md"]]);
  });
});

import { suggestionsFor } from "../resolve/suggest.js";
import {
  q,
  readersProjectFile,
  references,
  removedByChange,
  renamedAway,
  siteAddress,
} from "./references.js";
import { type Draft, type Rule, referenceDraft } from "./rule.js";

export const HG101: Rule = {
  id: "HG101",
  name: "phantom-reference",
  defaultSeverity: { handoff: "error", document: "warning" },
  summary:
    "A document relies on a file (deploy, see, run, edit) that is not in the repository at the checked commit.",
  explanation:
    'Readers act on handoffs: they deploy, run and edit the files named in them. A path that does not exist at the checked commit sends the next person (or agent) after a file that was never committed, was deleted, or is misspelled. Only mentions the document relies on count: planned files ("create X", "- [ ] Add X"), historical mentions ("X did not exist", "previously X", the old name in "moved X → Y", or in "X → Y" alone when Y is in the repository), examples and placeholders, data a program writes when it runs ("the script writes results to X"), files a run left behind (screenshots, exported reports, CI test reports), build artifacts and files said to live in another repository are never flagged. A link to a documentation site\'s page written without its extension (`/commands/npm-run`, `../guide/setup`) resolves to the page it is built from (`npm-run.md`, `setup/index.md`). Documentation (not a handoff) that names a lockfile, manifest or settings file of the reader\'s project (`package-lock.json`, `.npmrc`, `.python-version`) is not flagged when this repository has no file of that name; an agent\'s instructions (`CLAUDE.md`, `AGENTS.md`) and a contributor\'s guide speak of this repository, so there such a file is relied on. A folder right under the root named with its leading slash (`/wp-admin/`, `/pricing/`) that the repository does not have is a site\'s address, unless it is a link. A path the repository ignores (`.gitignore`) is meant to stay local and is not flagged, except as an image the page shows (`![plot](output/figs/km.png)` under an ignored `output/`): that image is broken for every reader.',
  fix: 'Commit the file, correct the path (see the suggestions), or say in the document that the file is still to be created ("(to be created)", an unchecked `- [ ] Create X`).',
  examples: {
    fires: "Deploy `crewai-service/api_healer.py` to Render.   <!-- the file was never committed -->",
    passes: "- [ ] Create `crewai-service/api_healer.py` (Gemini, due Feb 20)",
  },
  check(ctx) {
    const drafts: Draft[] = [];
    const removed = removedByChange(ctx.snapshot.change);
    const untracked = new Set(ctx.snapshot.workingTree?.untracked ?? []);
    for (const { doc, ref, resolution, index } of references(ctx.documents)) {
      if (ref.intent !== "exists" || resolution.status !== "missing") continue;
      if (renamedAway(doc, index)) continue;
      // A path the repository ignores is meant to stay local (logs, build output, editor state);
      // an image of one is still broken for every reader of the page.
      if (ctx.ignored.has(resolution.path) && ref.kind !== "image") continue;
      // A file this very change removes is reported once, by HG106, which says where it went.
      if (removed.has(resolution.path)) continue;
      // Documentation naming the reader's `package-lock.json` or `.npmrc` (see readersProjectFile).
      if (readersProjectFile(doc, ref, ctx.index)) continue;
      if (siteAddress(ref, ctx.index)) continue;
      const what = ref.folder ? "folder" : "file";
      const local = untracked.has(resolution.path)
        ? ` It exists in the working tree but was never committed: run \`git add ${resolution.path}\`.`
        : "";
      // A path with no letter or digit (`(` from the typo `[x]((#anchor))`) says little alone.
      const written = /[\p{L}\p{N}]/u.test(ref.path) ? "" : ` (written ${q(ref.raw)})`;
      const message = `${q(ref.path)}${written} does not exist in the repository${ctx.snapshot.commit ? ` at ${ctx.snapshot.commit.slice(0, 7)}` : ""}, but this ${doc.class} relies on that ${what} (${ref.intentReason}).${local}`;
      drafts.push(
        referenceDraft(doc, ref, resolution.path, message, {
          suggestions: suggestionsFor(resolution.path, ctx.index, ctx.fates),
        }),
      );
    }
    return drafts;
  },
};

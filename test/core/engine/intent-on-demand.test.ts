// The engine reads a mention's intent only where a rule can use it: a target missing from the
// tree, an anchor whose lines are counted, or any mention in a handoff. Over the whole labelled
// corpus, every intent it reads must be the one a full reading gives (document-level awareness
// included), and every mention it leaves unread must point at a file that is there.
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config/schema.js";
import { parseDocument } from "../../../src/core/document/parse.js";
import { resolveReference } from "../../../src/core/engine/analyze.js";
import { analyzeDocuments } from "../../../src/core/engine.js";
import { withAwarenessSources } from "../../../src/core/references/awareness.js";
import { UNREAD_REASON } from "../../../src/core/references/extract.js";
import { PathIndex } from "../../../src/core/resolve/path-index.js";
import { memorySnapshot } from "../../../src/core/snapshot/memory.js";
import type { Reference } from "../../../src/core/types.js";
import { listPhantomCases, loadPhantomCase } from "../../support/corpus.js";

describe("intent read on demand", () => {
  it("agrees with a full reading on every mention of the phantom corpus", async () => {
    let read = 0;
    let unread = 0;
    const disagreements: string[] = [];
    for (const dir of listPhantomCases()) {
      const corpusCase = loadPhantomCase(dir);
      const snapshot = memorySnapshot(corpusCase.files, { root: corpusCase.name });
      const index = new PathIndex(snapshot.paths);
      for (const doc of await analyzeDocuments(snapshot, defaultConfig())) {
        const full = parseDocument(doc.path, corpusCase.files[doc.path]!, doc.class);
        expect(doc.references.length).toBe(full.references.length);
        doc.references.forEach((ref, i) => {
          const whole = full.references[i]!;
          const where = `${corpusCase.name}/${doc.path}:${ref.line}:${ref.column} ${ref.raw}`;
          if (ref.intentReason === UNREAD_REASON) {
            unread++;
            if (doc.class === "handoff") disagreements.push(`${where}: unread in a handoff`);
            if (doc.resolutions[i]!.status !== "found" || ref.range)
              disagreements.push(`${where}: unread but ${doc.resolutions[i]!.status}`);
            return;
          }
          read++;
          if (ref.intent !== whole.intent || ref.intentReason !== whole.intentReason)
            disagreements.push(
              `${where}: ${ref.intent} (${ref.intentReason}) vs ${whole.intent} (${whole.intentReason})`,
            );
          expect(doc.resolutions[i]).toEqual(resolveReference(whole, doc.path, index));
        });
      }
    }
    console.log(`intents read: ${read}, left unread: ${unread}`);
    expect(disagreements).toEqual([]);
    // Most mentions in documents name files that are there; the saving is the point.
    expect(unread).toBeGreaterThan(1000);
    expect(read).toBeGreaterThan(5000);
  });

  it("reads a mention that could lend its intent to a missing one by awareness", async () => {
    // `api.py` resolves (lib/api.py); "Removed `api.py`" makes the later `svc/api.py` historical.
    const snapshot = memorySnapshot({
      "lib/api.py": "",
      "docs/notes.md": "# Notes\n\nRemoved `api.py` last week.\n\nDeploy `svc/api.py` now.\n",
    });
    const [doc] = await analyzeDocuments(snapshot, defaultConfig(), ["docs/notes.md"]);
    const byRaw = new Map(doc!.references.map((r) => [r.raw, r]));
    expect(byRaw.get("api.py")!.intent).toBe("removed");
    expect(byRaw.get("svc/api.py")!.intent).toBe("removed");
    expect(byRaw.get("svc/api.py")!.intentReason).toContain("same path is removed");
  });

  it("leaves unread a mention of a file that is there", async () => {
    const snapshot = memorySnapshot({
      "src/app.py": "",
      "docs/guide.md": "# Guide\n\nRun `src/app.py`, then create `src/worker.py`.\n",
    });
    const [doc] = await analyzeDocuments(snapshot, defaultConfig(), ["docs/guide.md"]);
    const [app, worker] = doc!.references;
    expect(app!.intentReason).toBe(UNREAD_REASON);
    expect(worker!.intent).toBe("planned");
  });

  it("adds the awareness sources of wanted mentions, both ways along whole segments", () => {
    const ref = (path: string) => ({ path }) as Reference;
    const refs = [ref("svc/api.py"), ref("api.py"), ref("a/svc/api.py"), ref("pi.py"), ref("other.py")];
    expect([...withAwarenessSources(refs, new Set([0]))!].sort()).toEqual([0, 1, 2]);
    expect([...withAwarenessSources(refs, new Set([1]))!].sort()).toEqual([0, 1, 2]);
    expect(withAwarenessSources(refs, null)).toBeNull();
  });
});

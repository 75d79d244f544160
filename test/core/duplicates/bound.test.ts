// The shortcuts of grouping must never change a result: on the labelled corpus, every pair that
// `mayBeDuplicate` skips scores at most 0.45 in full, and the dense body cosine is bit for bit
// the merge cosine.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config/schema.js";
import { buildCorpus, cosine, DenseCosine } from "../../../src/core/duplicates/features.js";
import { mayBeDuplicate, scorePair } from "../../../src/core/duplicates/score.js";
import { analyzeDocuments, selectDocuments } from "../../../src/core/engine.js";
import { loadRepo } from "./load.js";

const CORPUS = join(import.meta.dirname, "../../fixtures/duplicate-corpus/repo");

describe("grouping shortcuts", () => {
  it("skip only pairs that cannot score above 0.45, and compute the same cosines", async () => {
    const { snapshot } = loadRepo(CORPUS);
    const config = defaultConfig();
    const paths = selectDocuments(snapshot.paths, config)
      .filter((d) => d.class === "handoff")
      .map((d) => d.path);
    const corpus = buildCorpus(await analyzeDocuments(snapshot, config, paths));
    const bodies = new DenseCosine(corpus.tokenId.size);
    let skipped = 0;
    for (const fa of corpus.features) {
      for (const fb of corpus.features) {
        if (fa.i >= fb.i) continue;
        expect(bodies.cosine(fa.bodyVec, fb.bodyVec)).toBe(cosine(fa.bodyVec, fb.bodyVec));
        if (mayBeDuplicate(corpus, fa, fb, bodies)) continue;
        skipped++;
        expect(scorePair(corpus, fa, fb, 14).score).toBeLessThanOrEqual(0.45);
      }
    }
    expect(skipped).toBeGreaterThan(0);
  });
});

// The score-only item comparison run for every candidate pair must give exactly the score of the
// full comparison that explains a pair (same matching, same sums in the same order).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../../src/core/duplicates/features.js";
import { itemOverlap, itemOverlapScore } from "../../../src/core/duplicates/score.js";
import { doc } from "./helpers.js";

const WORDS = ["deploy", "healer", "retry", "render", "logs", "check", "cache", "token", "rotate", "alert"];
const item = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 5 }).map((w) => w.join(" "));

describe("itemOverlapScore", () => {
  it("equals itemOverlap's score on any two checklists (up to 40 items, more than the reusable scratch holds)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(item, { maxLength: 40 }), { minLength: 2, maxLength: 4 }), (lists) => {
        const docs = lists.map((items, i) =>
          doc(`_handoffs/h${i}.md`, `# Task ${i}\n\n${items.map((t) => `- [ ] ${t}`).join("\n")}\n`),
        );
        const corpus = buildCorpus(docs);
        for (const a of corpus.features)
          for (const b of corpus.features)
            expect(itemOverlapScore(corpus, a.items, b.items)).toBe(
              itemOverlap(corpus, a.items, b.items).score,
            );
      }),
      { numRuns: 150 },
    );
  });
});

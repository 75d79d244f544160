// Numbers written as quantities (`quantities`): each rewrite runs only when its text is there.
// The guarded version must give what the plain chain of rewrites gives, on any text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
// The token helpers are shared: only the order and guarding of the rewrites is under test.
import { NUMBER_WORD, quantities, quantityToken } from "../../../src/core/duplicates/text.js";

/** The chain as it was first written: every rewrite on every text. */
function reference(text: string): string {
  return (
    text
      .replace(/\b\d{1,2}:\d{2}(?::\d{2})?\b/g, " ")
      .replace(
        /\b(one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|fifty|hundred)\s+(percent|dollars?)\b/g,
        (_, w: string, unit: string) => `${NUMBER_WORD[w]} ${unit}`,
      )
      .replace(/\$\s?(\d[\d,]*(?:\.\d+)?)(k\b)?/g, (_, v: string, k?: string) =>
        quantityToken("usd", v, k ? "k" : ""),
      )
      .replace(/\b(\d[\d,]*(?:\.\d+)?)(k)?\s?(?:dollars?|usd|bucks)\b/g, (_, v: string, k?: string) =>
        quantityToken("usd", v, k ? "k" : ""),
      )
      .replace(/\b(\d+(?:\.\d+)?)\s?(?:%|percent\b|pct\b)/g, (_, v: string) => quantityToken("pct", v))
      .replace(/\b(\d+(?:\.\d+)?)k\b/g, (_, v: string) => quantityToken("", v, "k"))
      .replace(/\b\d{1,3}(?:,\d{3})+\b/g, (v) => quantityToken("", v))
      // Plain numbers of two digits or more that are not part of a version or a decimal.
      .replace(/(?<![\w.])([1-9]\d{1,5})(?![\d.]*\d)(?!\.\d)/g, (_, v: string) => quantityToken("", v))
  );
}

const pieces = [
  " ",
  "5",
  "12",
  "1,000",
  "3.5",
  "v1.2.3",
  "10k",
  "k",
  "$",
  "$ ",
  "usd",
  "dollar",
  "dollars",
  "bucks",
  "five",
  "fifty",
  " percent",
  "percent",
  "%",
  "pct",
  "12:30",
  ":",
  "07:05:09",
  "cache4",
  "_5949",
  ",",
  ".",
  "a",
];

describe("quantities", () => {
  it("gives what the unguarded chain of rewrites gives", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join("");
        expect(quantities(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});

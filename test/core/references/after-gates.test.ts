// `afterCue` skips whole families of cues when the text after a mention cannot hold them (no CJK
// character; no letter beyond ASCII and none of the European or newer languages' words), and a cue
// that scans a window when the text holds none of its words. The
// gates must never change a reading: over every line of every labelled document, after every
// code span and path-like token, the gated reading equals the one that tries every cue.
import { describe, expect, it } from "vitest";
import { afterCue } from "../../../src/core/references/after-cues.js";
import { listPhantomCases, loadPhantomCase } from "../../support/corpus.js";

/** The text after each code span and each token with a dot or a slash, lower-cased. */
function afterTexts(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/`[^`]+`|[^\s`]*[./][^\s`]*/g)) {
    const rest = line.slice(m.index + m[0].length);
    if (rest.trim() !== "") out.push(rest.toLowerCase());
  }
  return out;
}

describe("the gates of afterCue", () => {
  it("change no reading of any mention in the labelled corpus", () => {
    let compared = 0;
    let read = 0;
    const differ: string[] = [];
    for (const dir of listPhantomCases()) {
      const corpusCase = loadPhantomCase(dir);
      for (const [path, text] of Object.entries(corpusCase.files)) {
        if (!/\.(?:md|mdx|markdown)$/.test(path)) continue;
        for (const line of text.split("\n")) {
          for (const after of afterTexts(line)) {
            const gated = afterCue(after);
            const all = afterCue(after, true);
            compared++;
            if (all) read++;
            if (JSON.stringify(gated) !== JSON.stringify(all))
              differ.push(`${corpusCase.name}/${path}: ${after}`);
          }
        }
      }
    }
    expect(differ).toEqual([]);
    // The comparison covers the corpus's languages, and many of its texts hold a cue.
    expect(compared).toBeGreaterThan(10000);
    expect(read).toBeGreaterThan(500);
  });

  it("still reads each family's cues when the text holds one", () => {
    expect(afterCue(" は v2.0 で削除しました。")?.intent).toBe("removed");
    expect(afterCue(" movido a otra carpeta")?.intent).toBe("removed");
    expect(afterCue(" wurde in !48 gelöscht")?.intent).toBe("removed");
    expect(afterCue(" does not exist yet")?.intent).toBe("historical");
    // near-miss: a plain sentence tail
    expect(afterCue(" to deploy the service")).toBeNull();
  });
});

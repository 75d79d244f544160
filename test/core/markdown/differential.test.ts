// Keeps the line scanner honest: over the seeds and parser fixtures, it must find the same link,
// image and definition targets and the same inline code spans as a real CommonMark parser.
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../../src/core/document/frontmatter.js";
import { parseDefinition } from "../../../src/core/markdown/definition.js";
import { scanInline } from "../../../src/core/markdown/inline.js";
import { scanBlocks } from "../../../src/core/markdown/scan.js";
import { unescapeMarkdown } from "../../../src/core/markdown/text.js";
import { corpus } from "../document/corpus.js";

interface Found {
  targets: string[];
  code: string[];
}

function fromMdast(markdown: string): Found {
  const targets: string[] = [];
  const code: string[] = [];
  const walk = (node: { type: string; url?: string; value?: string; children?: unknown[] }) => {
    if (node.type === "link" || node.type === "image" || node.type === "definition")
      targets.push(normalise(node.url ?? ""));
    if (node.type === "inlineCode") code.push(node.value ?? "");
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(fromMarkdown(markdown) as never);
  return { targets: targets.sort(), code: code.sort() };
}

function fromScanner(lines: string[], frontMatterLines: number): Found {
  const targets: string[] = [];
  const code: string[] = [];
  const scan = scanBlocks(lines, frontMatterLines);
  for (const info of scan.lines) {
    if (info.kind === "definition") {
      const d = parseDefinition(info.text, info.start);
      if (d) {
        targets.push(normalise(unescapeMarkdown(d.dest)));
        continue;
      }
    }
    if (
      info.kind !== "paragraph" &&
      info.kind !== "heading" &&
      info.kind !== "table-row" &&
      info.kind !== "definition"
    )
      continue;
    const end = info.commentFrom >= 0 ? info.commentFrom : info.end;
    for (const t of scanInline(info.text, info.start, end)) {
      if (t.type === "link" || t.type === "image") targets.push(normalise(unescapeMarkdown(t.dest)));
      else if (t.type === "autolink") targets.push(normalise(t.email ? `mailto:${t.dest}` : t.dest));
      else if (t.type === "code") code.push(t.value);
    }
  }
  return { targets: targets.sort(), code: code.sort() };
}

/** mdast percent-encodes destinations; compare decoded forms. */
function normalise(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

describe("differential: scanner vs mdast-util-from-markdown", () => {
  for (const doc of corpus()) {
    it(`agrees on ${doc.name}`, () => {
      const lines = doc.text.split(/\r\n|\r|\n/);
      const fm = readFrontMatter(lines);
      // mdast without extensions does not know front matter: give it the body only.
      const body = lines.slice(fm.lines).join("\n");
      const expected = fromMdast(body);
      const actual = fromScanner(lines, fm.lines);
      expect(actual.targets).toEqual(expected.targets);
      expect(actual.code).toEqual(expected.code);
    });
  }
});

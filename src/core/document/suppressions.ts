// Suppression comments: `<!-- handoff-guard-disable-next-line HG101 -->`, `-disable-line`, and
// `<!-- handoff-guard-disable HG101 -->` … `<!-- handoff-guard-enable -->` blocks.

import { scanInline } from "../markdown/inline.js";
import type { ScannedLine } from "../markdown/scan.js";
import type { Suppression } from "../types.js";

const DIRECTIVE = /^\s*handoff-guard-(disable-next-line|disable-line|disable|enable)\b/;

/**
 * The comments on a line, found with indexOf (a lazy `<!--(.*?)-->` regex is quadratic on junk).
 * A comment written inside a code span is text, not a comment: docs that show how to silence a
 * rule (`<!-- handoff-guard-disable HG101 -->`) must not silence it.
 */
function commentsOn(info: ScannedLine): string[] {
  const text = info.text;
  const out: string[] = [];
  // A code span holding the comment opens before it: with no backtick before, there is none.
  const tick = text.indexOf("`");
  let code: { start: number; end: number }[] | null = null;
  for (let open = text.indexOf("<!--"); open !== -1; ) {
    const close = text.indexOf("-->", open + 4);
    if (close === -1) break;
    if (tick !== -1 && tick < open)
      code ??= scanInline(text, info.start, info.end).filter((t) => t.type === "code");
    if (!code?.some((c) => c.start <= open && open < c.end)) out.push(text.slice(open + 4, close));
    open = text.indexOf("<!--", close + 3);
  }
  return out;
}

export function readSuppressions(lines: readonly ScannedLine[]): Suppression[] {
  const out: Suppression[] = [];
  const open: { rules: string[]; from: number }[] = [];
  const last = lines.length;
  for (const info of lines) {
    if (info.kind === "fence-body" || info.kind === "indented-code" || info.kind === "front-matter") continue;
    if (!info.text.includes("handoff-guard-")) continue;
    for (const body of commentsOn(info)) {
      const m = DIRECTIVE.exec(body);
      if (!m) continue;
      const rules: string[] = body.slice(m[0].length).match(/HG\d{3}/g) ?? [];
      switch (m[1]) {
        case "disable-next-line":
          out.push({ kind: "next-line", rules, fromLine: info.line + 1, toLine: info.line + 1 });
          break;
        case "disable-line":
          out.push({ kind: "next-line", rules, fromLine: info.line, toLine: info.line });
          break;
        case "disable":
          open.push({ rules, from: info.line });
          break;
        case "enable":
          for (let i = open.length - 1; i >= 0; i--) {
            const b = open[i]!;
            if (rules.length === 0 || b.rules.length === 0 || b.rules.some((r) => rules.includes(r))) {
              out.push({ kind: "block", rules: b.rules, fromLine: b.from, toLine: info.line });
              open.splice(i, 1);
            }
          }
          break;
      }
    }
  }
  for (const b of open) out.push({ kind: "block", rules: b.rules, fromLine: b.from, toLine: last });
  return out;
}

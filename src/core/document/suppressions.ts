// Suppression comments: `<!-- handoff-guard-disable-next-line HG101 -->`, `-disable-line`, and
// `<!-- handoff-guard-disable HG101 -->` … `<!-- handoff-guard-enable -->` blocks.

import type { ScannedLine } from "../markdown/scan.js";
import type { Suppression } from "../types.js";

const COMMENT = /<!--\s*handoff-guard-(disable-next-line|disable-line|disable|enable)\b(.*?)-->/g;

export function readSuppressions(lines: readonly ScannedLine[]): Suppression[] {
  const out: Suppression[] = [];
  const open: { rules: string[]; from: number }[] = [];
  const last = lines.length;
  for (const info of lines) {
    if (info.kind === "fence-body" || info.kind === "indented-code" || info.kind === "front-matter") continue;
    if (!info.text.includes("handoff-guard-")) continue;
    COMMENT.lastIndex = 0;
    for (let m = COMMENT.exec(info.text); m !== null; m = COMMENT.exec(info.text)) {
      const rules: string[] = m[2]!.match(/HG\d{3}/g) ?? [];
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

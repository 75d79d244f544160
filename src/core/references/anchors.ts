// Line anchors written after a path: `#L10-L20`, `#L10`, `:120`, `:120-140`, `:120:5`, `:L12`.
// Timestamps glued to log names (`retry.log:16:18:21`) look like anchors and are not.

import type { LineRange } from "../types.js";

export interface Anchored {
  /** The path part, anchors removed. */
  base: string;
  range?: LineRange;
  /** How much of the input belongs to the reference as written (the anchor is part of `raw`, a timestamp is not). */
  rawLength: number;
}

const HASH_LINE = /#L(\d{1,9})(?:C\d+)?(?:-L?(\d{1,9})(?:C\d+)?)?$/;
const TIMESTAMP = /:\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const COLON_LINE = /:L?(\d{1,9})(?:-L?(\d{1,9}))?(?::(\d{1,6}))?$/;
const PLAIN_TEXT_LOG = /\.(log|txt|out|err|trace|jsonl|ndjson|csv)$/i;

export function splitAnchor(s: string): Anchored {
  // Every anchor starts with `#` or `:`; most paths have neither.
  if (!s.includes("#") && !s.includes(":")) return { base: s, rawLength: s.length };
  const hash = HASH_LINE.exec(s);
  if (hash) return withRange(s.slice(0, hash.index), hash[1]!, hash[2], s.length);
  // Three numeric groups, or two after a log-ish file, are a time of day, not a position.
  const ts = TIMESTAMP.exec(s);
  if (ts) {
    const base = s.slice(0, ts.index);
    const groups = ts[0].split(":").length - 1;
    if (groups >= 3 || PLAIN_TEXT_LOG.test(base)) return { base, rawLength: base.length };
  }
  // A pytest node id (`tests/test_api.py::test_login`) names a test in the file.
  const node = s.indexOf("::");
  if (node > 0 && s.endsWith(".py", node)) return { base: s.slice(0, node), rawLength: s.length };
  const colon = COLON_LINE.exec(s);
  if (colon && colon.index > 0) return withRange(s.slice(0, colon.index), colon[1]!, colon[2], s.length);
  const frag = s.indexOf("#");
  if (frag > 0) return { base: s.slice(0, frag), rawLength: s.length };
  return { base: s, rawLength: s.length };
}

function withRange(base: string, a: string, b: string | undefined, rawLength: number): Anchored {
  const start = Number(a);
  const end = b === undefined ? start : Number(b);
  if (start < 1 || end < start) return { base, rawLength };
  return { base, range: { start, end }, rawLength };
}

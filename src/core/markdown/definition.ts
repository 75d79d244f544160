// Link reference definitions: `[label]: destination "title"` on one line.

import { isAsciiPunct } from "./text.js";

const LABEL = /^[ ]{0,3}\[((?:[^\]\\[]|\\.){1,999})\]:/;

export interface Definition {
  label: string;
  dest: string;
  destStart: number;
  angle: boolean;
}

export function parseDefinition(text: string, from: number): Definition | null {
  const m = LABEL.exec(text.slice(from));
  if (!m || m[1]!.trim() === "") return null;
  let i = from + m[0].length;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  if (i >= text.length) return null;
  if (text[i] === "<") {
    const gt = text.indexOf(">", i + 1);
    if (gt === -1) return null;
    const inner = text.slice(i + 1, gt);
    if (inner.includes("<")) return null;
    if (!validTail(text, gt + 1)) return null;
    return { label: m[1]!, dest: inner, destStart: i + 1, angle: true };
  }
  const start = i;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 && isAsciiPunct(text[i + 1])) {
      i++;
      continue;
    }
    if (c <= 32) break;
  }
  if (i === start || !validTail(text, i)) return null;
  return { label: m[1]!, dest: text.slice(start, i), destStart: start, angle: false };
}

/** After the destination: nothing, or whitespace and a complete title. */
function validTail(text: string, i: number): boolean {
  const rest = text.slice(i);
  if (rest.trim() === "") return true;
  if (!/^[ \t]/.test(rest)) return false;
  return /^[ \t]+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\))[ \t]*$/.test(rest);
}

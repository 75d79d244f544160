// A conservative static check for regular expressions that can backtrack exponentially: a group
// repeated without bound (`*`, `+`, `{n,}`) whose body can itself repeat without bound or choose
// between alternatives, as in `(a+)+`, `(\w*)*`, `(a|ab)*`, and backreferences. Used on the
// patterns users write in the config (`ignore: [/regex/]`) and, in tests, on every regex in src/.

export interface RegexRisk {
  /** What makes the pattern risky, in plain words. */
  reason: string;
}

interface Group {
  unbounded: boolean;
  alternation: boolean;
}

/** The first risky construct in `source`, or null when every repetition is of a simple body. */
export function exponentialRisk(source: string): RegexRisk | null {
  const stack: Group[] = [{ unbounded: false, alternation: false }];
  let i = 0;
  // What the last atom was, so a following quantifier knows what it repeats.
  let last: Group | null = null;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      if (/[1-9]/.test(next) || next === "k") return { reason: "a backreference" };
      i += next === "u" && source[i + 2] === "{" ? source.indexOf("}", i) + 1 || source.length : 2;
      last = null;
      continue;
    }
    if (c === "[") {
      i = classEnd(source, i);
      last = null;
      continue;
    }
    if (c === "(") {
      stack.push({ unbounded: false, alternation: false });
      i += source.startsWith("(?", i) ? groupPrefix(source, i) : 1;
      last = null;
      continue;
    }
    if (c === ")") {
      const closed = stack.length > 1 ? stack.pop()! : { unbounded: false, alternation: false };
      const parent = stack[stack.length - 1]!;
      parent.unbounded ||= closed.unbounded;
      last = closed;
      i++;
      continue;
    }
    if (c === "|") {
      stack[stack.length - 1]!.alternation = true;
      last = null;
      i++;
      continue;
    }
    const quantifier = quantifierAt(source, i);
    if (quantifier) {
      if (quantifier.unbounded) {
        if (last && (last.unbounded || last.alternation)) {
          return {
            reason: last.unbounded
              ? "a repeated group that itself contains a repetition (nested quantifiers)"
              : "a repeated group of alternatives",
          };
        }
        stack[stack.length - 1]!.unbounded = true;
      }
      i += quantifier.length;
      last = null;
      continue;
    }
    last = null;
    i++;
  }
  return null;
}

function classEnd(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === "^") i++;
  if (source[i] === "]") i++;
  while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
  return i + 1;
}

function groupPrefix(source: string, i: number): number {
  const m = /^\(\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>|[a-z]*-?[a-z]*:)/.exec(source.slice(i, i + 40));
  return m ? m[0].length : 2;
}

function quantifierAt(source: string, i: number): { unbounded: boolean; length: number } | null {
  const c = source[i];
  const lazy = (n: number) => (source[i + n] === "?" ? n + 1 : n);
  if (c === "*" || c === "+") return { unbounded: true, length: lazy(1) };
  if (c === "?") return { unbounded: false, length: lazy(1) };
  if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
    if (!m) return null;
    const max = m[2] === undefined ? Number(m[1]) : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3]);
    // A large finite bound backtracks like an unbounded one.
    return { unbounded: max > 20, length: lazy(m[0].length) };
  }
  return null;
}

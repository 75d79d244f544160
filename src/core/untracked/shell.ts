// Exact shell commands for the fixes we suggest. Paths come from git raw (spaces, quotes, newlines,
// leading dashes), so every argument is quoted and every path list follows `--`.

// Anything outside this set needs quoting.
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
// Control characters (newline, tab, ...) cannot be shown on one line inside '...'.
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Quote one argument for a POSIX shell. Plain words stay bare; anything else goes in single
 * quotes; a path with control characters uses `$'...'` (bash, zsh, ksh) so the command stays on one
 * line and means exactly the path.
 */
export function shellQuote(word: string): string {
  if (word !== "" && SAFE.test(word) && !word.startsWith("-")) return word;
  if (CONTROL.test(word)) return `$'${ansiC(word)}'`;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** Paths are always quoted, even plain ones, so commands read the same for every path. */
export function quotePath(path: string): string {
  if (CONTROL.test(path)) return `$'${ansiC(path)}'`;
  return path.includes("'") ? `'${path.replaceAll("'", `'\\''`)}'` : `'${path}'`;
}

function ansiC(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === "\\" || ch === "'") out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out;
}

function paths(list: readonly string[]): string {
  return list.map(quotePath).join(" ");
}

/** Stage and commit exactly these paths (files or folders ending in `/`), nothing else that is staged. */
export function commitCommand(list: readonly string[], message: string): string {
  const quoted = paths(list);
  return `git add -- ${quoted} && git commit -m ${quotePath(message)} -- ${quoted}`;
}

/**
 * Delete files (or one folder, recursively). Staged ones leave the index first: deleting a staged
 * file only from disk would leave a staged deletion behind.
 */
export function deleteCommand(list: readonly string[], anyStaged: boolean): string {
  const recursive = list.some((p) => p.endsWith("/")) ? "-r " : "";
  const rm = `rm ${recursive}-- ${paths(list)}`;
  return anyStaged ? `${unstage(list)} && ${rm}` : rm;
}

function unstage(list: readonly string[]): string {
  return `git rm -r -q --cached --ignore-unmatch -- ${paths(list)}`;
}

/**
 * Append patterns to the root .gitignore. `separate` first ends a last line that lacks its newline,
 * which would otherwise swallow the first pattern. Staged files are also taken out of the index:
 * a tracked file stays tracked whatever .gitignore says.
 */
export function gitignoreCommand(
  patterns: readonly string[],
  separate: boolean,
  stagedPaths: readonly string[] = [],
): string {
  // printf '%s\n' repeats for each argument and, unlike some shells' echo (dash), never reads
  // backslashes as escapes.
  const simple = patterns.length === 1 && !/[\\]|^-/.test(patterns[0]!);
  const write = simple
    ? `echo ${quotePath(patterns[0]!)}`
    : `printf '%s\\n' ${patterns.map(quotePath).join(" ")}`;
  const append = `${separate ? "echo >> .gitignore && " : ""}${write} >> .gitignore`;
  return stagedPaths.length > 0 ? `${append} && ${unstage(stagedPaths)}` : append;
}

/** Escape a literal path for .gitignore (`*`, `?`, `[`, `\`, a leading `#` or `!`, trailing spaces). */
export function gitignoreEscape(literal: string): string {
  let out = literal.replace(/[\\*?[\]]/g, (c) => `\\${c}`);
  if (out.startsWith("#") || out.startsWith("!")) out = `\\${out}`;
  return out.replace(/ +$/, (spaces) => spaces.replaceAll(" ", "\\ "));
}

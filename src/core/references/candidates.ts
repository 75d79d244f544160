// Turning written text into path candidates with exact offsets: bare tokens in prose, whole
// inline code spans, link destinations, and lines of fenced blocks that are nothing but a path.

import { EXTENSIONLESS, KNOWN_EXTENSIONS } from "./extensions.js";
import { type PathCandidate, type PathMode, toPath } from "./pathlike.js";

export interface Candidate {
  /** Offset of `raw` in the line. */
  start: number;
  raw: string;
  cand: PathCandidate;
  /** Why the token is an example by construction (an environment or flag value). */
  example?: string;
  /** Status a fence line carries itself (`?? a.py`, `deleted: b.py`, a diff's `--- /dev/null`). */
  status?: "created" | "removed";
  /** Where that status comes from, for messages ("status prefix", "diff header"). */
  statusFrom?: string;
  /** More files the same command runs (`pytest tests/a.py tests/b.py`). */
  also?: Candidate[];
}

const MAX_TOKEN = 500;
/** Direction marks (LRM, RLM and the embeddings) that Hebrew and Arabic text leaves around names. */
const BIDI = [..."\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"];
const LEAD = new Set([..."(\"'[{<«“‘¡¿", ...BIDI]);
const TRAIL = new Set([...")\"'],.;:!?}>»”’…", ...BIDI]);
/** Hebrew writes "in", "to", "the" as a letter joined to the next word: "ב-src/app.js", "ל־main". */
const HEBREW_PREFIX = /^[\u05d0-\u05ea]{1,3}[-\u05be]/;
const GLUED_PREFIX =
  /^(?:Post|Pre|Non|Re|Un|Anti|De|Mis|Over|Under|Sub|Multi|Semi|Co|Self|Mid|Cross|Inter|Auto|Mega|Mini|Micro|Meta)-(?=[a-z_.])/;
const ASSIGNMENT = /^(?:[A-Z][A-Z0-9_]*|--?[a-z][\w-]*)=/;
/** `$ref: './x.yaml'`, `"$ref": "x.yaml#/components/y"`: the file part of a JSON reference. */
const JSON_REF = /^["']?\$ref["']?\s*:\s*["']?([^"'#\s]+)(?:#[^"'\s]*)?["']?$/;

/**
 * Only tokens with a dot, a slash, or an extensionless file name (Dockerfile, CODEOWNERS...) can be
 * paths: jump between those with a single-class regex, which V8 scans fast.
 */
const TRIGGER = /[./\\]|file\b|CODEOWNERS/g;

function isSeparator(c: number): boolean {
  return c <= 32 || c === 44 || c === 124 || c === 0x2014 || c === 0x2013 || c === 0xa0 || c === 0x3000;
}

/** Path-like tokens in a stretch of prose `text[from, to)`. */
const CASE_ENDING = /-[^\x00-\x7f\d_]+$/u;

export function proseCandidates(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  // Search only this segment: a global regex from `from` would run on past `to` for every
  // gap between code spans, which is quadratic on a line full of them.
  const seg = from === 0 && to === text.length ? text : text.slice(from, to);
  // Decided once per segment: a line of thousands of tokens must not look back from each of them.
  const homePath = HOME_HINT.test(seg);
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(seg); m !== null; m = TRIGGER.exec(seg)) {
    let a = m.index;
    while (a > 0 && !isSeparator(seg.charCodeAt(a - 1))) a--;
    let b = m.index + m[0].length;
    while (b < seg.length && !isSeparator(seg.charCodeAt(b))) b++;
    TRIGGER.lastIndex = b;
    // No path is that long (toPath caps at 400); skipping here keeps trimming linear.
    if (b - a > MAX_TOKEN) continue;
    const tok = seg.slice(a, b);
    const t = trimToken(tok);
    if (t.end <= t.start) continue;
    let s = t.start;
    let word = tok.slice(t.start, t.end);
    // A sentence-ending period was the only trigger: an ordinary word.
    if (!/[./\\]/.test(word) && !EXTENSIONLESS.has(word)) continue;
    // "~/Library/Application Support/com.x/notes.db": the rest of a home path with a space in it.
    if (homePath && a > 1 && seg.charCodeAt(a - 1) === 32 && continuesHomePath(seg, a - 1)) continue;
    let example: string | undefined;
    const hebrew = HEBREW_PREFIX.exec(word);
    if (hebrew) {
      s += hebrew[0].length;
      word = word.slice(hebrew[0].length);
    }
    // "docs/oncall.md-ში" (Georgian "in"), "README.md-ը" (Armenian "the"): a case ending glued on
    // with a hyphen, in a script that is not Latin.
    const ending = word.length > 2 && word.charCodeAt(word.length - 1) > 0x7f ? CASE_ENDING.exec(word) : null;
    if (ending && /\.[A-Za-z0-9]{1,10}$|\/$/.test(word.slice(0, ending.index)))
      word = word.slice(0, ending.index);
    const glued = GLUED_PREFIX.exec(word);
    if (glued) {
      // "Post-api.py cleanup", "pre-main.py refactor": the glued word names an era or a variant,
      // not the file; still extracted (its position is known) but never flagged.
      s += glued[0].length;
      word = word.slice(glued[0].length);
      example = `glued word '${glued[0]}…' (an era or variant, not a file reference)`;
    }
    const assign = ASSIGNMENT.exec(word);
    if (assign) {
      s += assign[0].length;
      word = word.slice(assign[0].length);
      example = assign[0].startsWith("-") ? "command-line flag value" : "environment variable value";
    }
    // `<a href="https://esm.sh">esm.sh</a>`, "from esm.sh (https://esm.sh/preact)": the host of a
    // URL on the same line is a site, whatever its top-level domain looks like.
    if (!word.includes("/") && namesUrlHost(text, word)) continue;
    if (isFileImport(word)) {
      s += 1;
      word = word.slice(1);
    }
    const c = make(word, from + a + s, "prose", example);
    if (c) out.push(c);
  }
  return out;
}

/**
 * Whether one of the (at most three) words before the space at `space` opens a path in a home or
 * user folder (`~/`, `$HOME/`, `/Users/`, `/home/`, `C:\Users\`) that runs on to it: every word in
 * between is a piece of that path, and none ends a clause.
 */
function continuesHomePath(seg: string, space: number): boolean {
  let end = space;
  for (let words = 0; words < 3 && end > 0; words++) {
    let start = end;
    while (start > 0 && seg.charCodeAt(start - 1) !== 32) start--;
    const word = seg.slice(start, end);
    if (word === "" || /[.,;:!?)]$/.test(word)) return false;
    if (HOME_PATH.test(word)) return true;
    // Only the pieces of one path lie between ("~/My Drive/Team Files/x.md"), not other words.
    if (!word.includes("/")) return false;
    end = start - 1;
  }
  return false;
}

const HOME_HINT = /~[/\\]|\$HOME|\/Users\/|\/home\/|:\\Users/;
const HOME_PATH = /^[`'"(]*(?:~|\$HOME|\/Users|\/home|[A-Za-z]:\\Users)[/\\]/;

/** Whether `text` holds a URL whose host is `name` (`//name` followed by nothing that extends it). */
function namesUrlHost(text: string, name: string): boolean {
  if (text !== hostsOf.text) {
    // Once per line (its gaps between code spans share it): a line of 100,000 tokens must not
    // search the line once per token.
    hostsOf.text = text;
    hostsOf.hosts = null;
    for (let at = text.indexOf("//"); at !== -1; at = text.indexOf("//", at + 2)) {
      let end = at + 2;
      while (end < text.length && HOST_CHAR.test(text[end]!)) end++;
      // "from https://esm.sh.": the full stop ends the sentence, not the host.
      while (end > at + 2 && text[end - 1] === ".") end--;
      if (end === at + 2) continue;
      hostsOf.hosts ??= new Set();
      hostsOf.hosts.add(text.slice(at + 2, end));
    }
  }
  return hostsOf.hosts?.has(name) ?? false;
}
const HOST_CHAR = /[\w.-]/;
const hostsOf: { text: string | null; hosts: Set<string> | null } = { text: null, hosts: null };

/**
 * `@docs/setup.md`, `@AGENTS.md`: a file imported into an agent's instructions (CLAUDE.md and
 * similar memory files load the file after `@`). Only a name with a file extension: `@octokit/rest`
 * is a package, `@app.route` a decorator, `name@host.com` an address (the `@` is not first).
 */
function isFileImport(word: string): boolean {
  if (word.length < 4 || word.charCodeAt(0) !== 64) return false;
  const name = word.slice(word.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  const extension = name.slice(dot + 1).toLowerCase();
  // `@npm/web-1.0.0.tgz` is a scoped package's tarball, not a file anyone imports.
  if (PACKAGE_ARCHIVE.has(extension)) return false;
  return dot > 0 && KNOWN_EXTENSIONS.has(extension) && !/[@:]/.test(word.slice(1));
}

/** `@scope/package/file.ext`: a scope, a package name, then a file in the package. */
const SCOPED_PACKAGE_FILE = /^@[a-z0-9][\w.-]*\/[a-z0-9][\w.-]*\/[^/]/;

const PACKAGE_ARCHIVE = new Set(["tgz", "gz", "tar", "zip", "whl", "jar", "gem", "nupkg", "crate"]);

/** A whole inline code span that is a path. */
export function codeCandidate(value: string, valueStart: number): Candidate | null {
  if (value.length > MAX_TOKEN) return null;
  // `!stdSerializers.err`, `!dist/keep.js`: a negated expression or an ignore-file exception.
  const trimmed = value.trimStart();
  if (trimmed.startsWith("!")) return null;
  let word = trimmed.trimEnd();
  let start = valueStart + value.length - trimmed.length;
  let example: string | undefined;
  const assign = word.includes("=") ? ASSIGNMENT.exec(word) : null;
  if (assign) {
    start += assign[0].length;
    word = word.slice(assign[0].length);
    example = assign[0].startsWith("-") ? "command-line flag value" : "environment variable value";
  }
  // `$ref: './schemas/User.yaml'` (OpenAPI, JSON Schema): the file the reference points at.
  const ref = word.includes("$ref") ? JSON_REF.exec(word) : null;
  if (ref) {
    start += word.indexOf(ref[1]!);
    word = ref[1]!;
  }
  if (isFileImport(word)) {
    // `@acme/typescript-config/base.json`: a file inside a scoped package (what `extends` and
    // `import` name), not an agent's `@docs/setup.md` import of this repository's file.
    if (SCOPED_PACKAGE_FILE.test(word)) return null;
    start += 1;
    word = word.slice(1);
  }
  return make(word, start, "code", example);
}

/**
 * The script a shell command runs: `python scripts/migrate.py --dry-run`, `pytest
 * tests/test_api.py::test_login`, `node tools/gen.mjs`, `bash deploy/run.sh`, `./deploy.sh --prod`,
 * and the test file a test runner runs (`pnpm vitest run test/cart.test.ts`, `npx jest a.test.ts`).
 * A handoff that says "run `python scripts/migrate.py`" relies on that file as much as one that
 * says "run `scripts/migrate.py`". Only the script is read, and only when the command runs in the
 * repository as written: none after a `cd` (the path is relative to another folder), in a
 * command that downloads (`curl … | bash`), or for code given inline (`python -c`, `node -e`) or
 * a module (`python -m pkg`).
 */
export function commandCandidate(value: string, valueStart: number): Candidate | null {
  if (value.length > MAX_TOKEN) return null;
  // `./bin/release-check --strict`, `./scripts/bootstrap`: an executable of this repository run by
  // its path, with no extension to go by.
  const executable = value.startsWith("./") && !RUNNER_IN_BIN.test(value) ? EXECUTABLE.exec(value) : null;
  if (executable) return make(executable[1]!, valueStart, "code");
  if (
    !/\.(?:py|[cm]?[jt]sx?|sh|bash|zsh|rb|pl|t|php|go|R|lua|ps1|exs|dart|elm|zig|kts|bats|sbatch|slurm)\b/.test(
      value,
    )
  )
    return null;
  if (/\b(?:cd|pushd|curl|wget)\s/.test(value)) return null;
  const lead = COMMAND_LEAD.exec(value);
  const at = lead ? lead[0].length : 0;
  const direct = DIRECT_SCRIPT.exec(value.slice(at));
  if (direct) return script(direct[1]!, valueStart + at);
  const runner = RUNNER.exec(value.slice(at));
  if (!runner) return null;
  const name = runner[1] ?? "";
  const runnerName = name.split(/\s/)[0] ?? "";
  const family = name.startsWith("py")
    ? "py"
    : name.startsWith("lua")
      ? "lua"
      : (RUNNER_FAMILY[runnerName] ?? null);
  let i = at + runner[0].length;
  const takesValue = VALUE_OPTIONS[runnerName];
  // Options before the script; those that take code or a module instead of a file end the search.
  for (;;) {
    const option = /^(-[-\w]*)(?:=\S*)?\s+/.exec(value.slice(i));
    if (!option) break;
    // `phpunit -c phpunit.xml.dist tests/X.php`, `ts-mocha -p ./tsconfig.json x.ts`: a runner's
    // option whose value is its configuration, not the file it runs.
    if (takesValue?.has(option[1]!) && !option[0].includes("=")) {
      i += option[0].length;
      const setting = /^[^\s;|&<>()'"`]+\s+/.exec(value.slice(i));
      if (setting) i += setting[0].length;
      continue;
    }
    if (/^(?:-m|-c|-e|-p|--eval|--print|--module)$/.test(option[1]!)) return null;
    i += option[0].length;
    // `node --import tsx scripts/x.ts`, `node -r dotenv/config x.js`: a module to load first is
    // the option's value, not the script.
    if (
      !option[0].includes("=") &&
      /^(?:--import|--require|-r|--loader|--experimental-loader)$/.test(option[1]!)
    ) {
      const loaded = /^[^\s;|&<>()'"`]+\s+/.exec(value.slice(i));
      if (loaded) i += loaded[0].length;
    }
  }
  const token = /^[^\s;|&<>()'"`]+/.exec(value.slice(i));
  if (!token) return null;
  // `tests/test_api.py::test_login`: a pytest node id names its file.
  const word = token[0].replace(/::.*$/, "");
  const ext = word.slice(word.lastIndexOf(".") + 1);
  if (family === null || !SCRIPT_EXTENSIONS[family]!.test(ext)) return null;
  const first = script(word, valueStart + i);
  // A test runner runs every file it is given (`pytest tests/a.py tests/b.py -q`); an interpreter
  // runs the first, and the rest are its arguments.
  if (first && TEST_RUNNERS.has(runnerName)) {
    const more: Candidate[] = [];
    let at = i + token[0].length;
    for (let next = NEXT_ARGUMENT.exec(value.slice(at)); next; next = NEXT_ARGUMENT.exec(value.slice(at))) {
      const arg = next[1]!.replace(/::.*$/, "");
      const start = at + next[0].length - next[1]!.length;
      at += next[0].length;
      if (arg.startsWith("-")) break;
      if (!SCRIPT_EXTENSIONS[family]!.test(arg.slice(arg.lastIndexOf(".") + 1))) break;
      const c = script(arg, valueStart + start);
      if (c) more.push(c);
    }
    if (more.length > 0) first.also = more;
  }
  return first;
}

/** The next word of a command line, after its spaces. */
const NEXT_ARGUMENT = /^\s+([^\s;|&<>()'"`]+)/;
/** Runners that take several test files at once. */
const TEST_RUNNERS = new Set([
  "pytest",
  "py.test",
  "vitest",
  "jest",
  "mocha",
  "ts-mocha",
  "rspec",
  "phpunit",
  "pest",
  "busted",
  "elm-test",
]);

/**
 * A bare script name (`node app.js | pino-pretty`, `node process-args.js one two`, `python
 * main.py`): in a library's or tool's documentation it stands for the reader's own program, shown
 * in a code block nearby. Only a script with a folder (`scripts/migrate.py`, `./tools/test.py`)
 * is read as this repository's file.
 */
function script(word: string, start: number): Candidate | null {
  const bare = !word.replace(/\\/g, "/").replace(/^\.\//, "").includes("/");
  return make(
    word,
    start,
    "code",
    bare ? "a bare script name in a command: the reader's own program" : undefined,
  );
}

/** A prompt, `sudo`, `time`, environment assignments and runners that run what follows. */
const COMMAND_LEAD =
  /^\s*(?:[$>#%]\s+)?(?:(?:sudo|time|nohup|exec|env)\s+|[A-Z_][A-Z0-9_]*=\S*\s+|(?:uv|poetry|pipenv|pdm|hatch)\s+run\s+|(?:npx|pnpm\s+exec|pnpm\s+dlx|pnpm|yarn|bunx)\s+(?=tsx|ts-node|ts-mocha|vitest|jest|mocha|playwright|elm-test)|(?:\.\/)?(?:vendor\/)?bin\/(?=phpunit|pest)|bundle\s+exec\s+(?=rspec|ruby|rake))*/;
const RUNNER =
  /^(python(?:\d(?:\.\d+)?)?|pytest|py\.test|torchrun|accelerate\s+launch|deepspeed|node|tsx|ts-node|deno\s+(?:run|test)|bun\s+test|bun(?:\s+run)?|bash|sh|zsh|ruby|perl|php\s+artisan\s+test|php|Rscript|go\s+run|vitest(?:\s+run)?|jest|ts-mocha|mocha|elm-test|rspec|lua(?:jit|\d(?:\.\d)?)?|busted|phpunit|pest|playwright\s+test|pwsh|powershell|elixir|mix\s+run|mix\s+test|(?:bin\/)?rails\s+test|dart\s+(?:run|test)|flutter\s+test|k6\s+run|zig\s+(?:test|run)|prove|kotlinc\s+-script|kotlin|bats|sbatch|qsub)\s+/;
const RUNNER_FAMILY: Record<string, string> = {
  pytest: "py",
  "py.test": "py",
  torchrun: "py",
  accelerate: "py",
  deepspeed: "py",
  node: "js",
  tsx: "js",
  "ts-node": "js",
  vitest: "js",
  jest: "js",
  mocha: "js",
  "ts-mocha": "js",
  "elm-test": "elm",
  rspec: "rb",
  deno: "js",
  bun: "js",
  bash: "sh",
  sh: "sh",
  zsh: "sh",
  ruby: "rb",
  perl: "pl",
  php: "php",
  Rscript: "R",
  go: "go",
  busted: "lua",
  phpunit: "php",
  pest: "php",
  pwsh: "ps1",
  powershell: "ps1",
  playwright: "js",
  elixir: "exs",
  rails: "rb",
  "bin/rails": "rb",
  mix: "exs",
  dart: "dart",
  flutter: "dart",
  k6: "js",
  zig: "zig",
  prove: "t",
  kotlinc: "kts",
  kotlin: "kts",
  // Bash Automated Testing System: `bats test/deploy.bats`.
  bats: "bats",
  // A batch scheduler (Slurm, PBS) runs a job script of the repository.
  sbatch: "sh",
  qsub: "sh",
};
const SCRIPT_EXTENSIONS: Record<string, RegExp> = {
  py: /^py$/,
  js: /^[cm]?[jt]sx?$/,
  sh: /^(?:sh|bash|zsh|sbatch|slurm)$/,
  rb: /^rb$/,
  pl: /^pl$/,
  php: /^php$/,
  R: /^[Rr]$/,
  go: /^go$/,
  lua: /^lua$/,
  ps1: /^ps1$/i,
  exs: /^exs?$/,
  dart: /^dart$/,
  elm: /^elm$/,
  zig: /^zig$/,
  t: /^t$/,
  kts: /^kts$/,
  bats: /^bats$/,
};
/** Options of a test runner that take a value (a configuration file, a filter) before the file it runs. */
const VALUE_OPTIONS: Record<string, ReadonlySet<string>> = {
  phpunit: new Set(["-c", "--configuration", "--filter", "--testsuite", "--group", "--bootstrap"]),
  pest: new Set(["-c", "--configuration", "--filter", "--testsuite", "--group"]),
  mocha: new Set(["-r", "--require", "--config", "--timeout", "-t", "--reporter", "-R", "-g", "--grep"]),
  "ts-mocha": new Set([
    "-p",
    "--project",
    "-r",
    "--require",
    "--timeout",
    "-t",
    "--reporter",
    "-R",
    "-g",
    "--grep",
  ]),
  jest: new Set(["-c", "--config", "-t", "--testNamePattern"]),
  vitest: new Set(["-c", "--config", "--root", "-t", "--testNamePattern", "--project"]),
};
/** `./deploy.sh --prod`, `scripts/run.sh arg`: a script run by its path, with arguments. */
/** `./vendor/bin/pest x.php`, `./bin/rails test`: a runner installed there, which runs what follows. */
const RUNNER_IN_BIN = /^\.\/(?:vendor\/)?bin\/(?:phpunit|pest|rails|rake|rspec|jest|vitest|mocha)(?:\s|$)/;
/** `./bin/x`, `./scripts/x`, `./tools/x`: an extensionless executable run from this checkout. */
const EXECUTABLE = /^(\.\/(?:[\w.-]+\/)*(?:bin|scripts?|tools|hack|dev)\/[\w-]+)(?=\s|$)/;
const DIRECT_SCRIPT =
  /^(\.{0,2}[\\/]?[\w.-]+(?:[\\/][\w.-]+)*\.(?:sh|bash|py|[cm]?js|rb|pl|ps1|kts|bats))\s+\S/;

/** A link, image or definition destination. */
export function linkCandidate(dest: string, destStart: number): Candidate | null {
  const cand = toPath(dest, "link");
  if (!cand) return null;
  // `[ADR-NNNN](NNNN-title.md)` in a template: a placeholder links to no file.
  return cand.example
    ? { start: destStart, raw: dest, cand, example: cand.example }
    : { start: destStart, raw: dest, cand };
}

const TREE_PREFIX = /^[\s│├└┬┴┼─┌┐┘┃┣┗━|`+-]*(?:--\s*)?/;
const LIST_PREFIX = /^(?:[-*+]|\d{1,3}[.)])\s+/;
const STATUS_PREFIX =
  /^(?:(\?\?|A|AM|M|MM| M|D| D|new file:|modified:|deleted:|created:|added:|removed:|updated:|changed:)\s+)/;
/** What may follow a listed path: a comment, a note, or a diffstat's counts (`+96 −0`). */
const COMMENT_TAIL = /^(?:\s+(?:#|\/\/|--?\s|—|–|←|<-|\||\(|\[|\+\d).*|\s*)$/;

/** A unified diff's file header line: `--- a/x.py`, `+++ b/x.py`, either side `/dev/null`. */
const DIFF_OLD = /^--- (?:a\/(\S+)|\/dev\/null)(?:\t.*)?\s*$/;
const DIFF_NEW = /^\+\+\+ (?:b\/(\S+)|\/dev\/null)(?:\t.*)?\s*$/;

/**
 * The file a git diff header names, without its `a/` or `b/` side prefix (which is no folder).
 * One mention per file: the `---` line, or the `+++` line of a new file (after `--- /dev/null`),
 * as created; a file whose new side is `/dev/null` is removed. `undefined` when the line is not a
 * header of a diff (a `---` line not followed by `+++`, or the reverse): read it as any line.
 */
function diffCandidate(
  line: string,
  from: number,
  previous: string | undefined,
  next: string | undefined,
): Candidate | null | undefined {
  const old = DIFF_OLD.exec(line);
  if (old) {
    const pair = next === undefined ? null : DIFF_NEW.exec(next);
    if (!pair) return undefined;
    if (old[1] === undefined) return null; // a new file: its `+++` line names it
    const c = make(old[1], from + 6, "fence");
    if (c && pair[1] === undefined) {
      c.status = "removed";
      c.statusFrom = "diff header";
    }
    return c;
  }
  const neu = DIFF_NEW.exec(line);
  if (neu) {
    const pair = previous === undefined ? null : DIFF_OLD.exec(previous);
    if (!pair) return undefined;
    if (pair[1] !== undefined || neu[1] === undefined) return null; // named on the `---` line
    const c = make(neu[1], from + 6, "fence");
    if (c) {
      c.status = "created";
      c.statusFrom = "diff header";
    }
    return c;
  }
  return undefined;
}

/**
 * The path on a fenced-block line that is only a path (plus a tree prefix or a comment), else
 * null. `previous` and `next` are the neighbouring lines of the same block (for diff headers).
 */
export function fenceCandidate(
  text: string,
  from: number,
  previous?: string,
  next?: string,
): Candidate | null {
  if (text.length - from > MAX_TOKEN * 2) return null;
  if (text.startsWith("--- ", from) || text.startsWith("+++ ", from)) {
    const diff = diffCandidate(text.slice(from), from, previous, next);
    if (diff !== undefined) return diff;
  }
  let i = from;
  const line = text.slice(from);
  // A path line has a dot or slash (or is a known extensionless name) and no code punctuation.
  if (!/[./]|file\b/.test(line)) return null;
  if (line.trim() === "") return null;
  // Commented-out lines are prose about code, not listings.
  if (/^\s*(?:#|\/\/|<!--|;|%)/.test(line)) return null;
  const tree = TREE_PREFIX.exec(line);
  const treeLen = tree ? tree[0].length : 0;
  i += treeLen;
  let rest = text.slice(i);
  const list = treeLen === 0 || /^\s*$/.test(line.slice(0, treeLen)) ? LIST_PREFIX.exec(rest) : null;
  if (list) {
    i += list[0].length;
    rest = text.slice(i);
  }
  let status: Candidate["status"];
  const st = STATUS_PREFIX.exec(rest);
  if (st) {
    const code = st[1]!.trim();
    status = /^(?:D|deleted:|removed:)$/.test(code) ? "removed" : "created";
    i += st[0].length;
    rest = text.slice(i);
  }
  const token = /^\S+/.exec(rest);
  if (!token || /[=(){};"]/.test(token[0])) return null;
  if (!COMMENT_TAIL.test(rest.slice(token[0].length))) return null;
  const word = token[0].replace(/[,;]$/, "");
  const c = make(word, i, "fence");
  if (!c) return null;
  if (status) c.status = status;
  return c;
}

function make(word: string, start: number, mode: PathMode, example?: string): Candidate | null {
  const cand = toPath(word, mode);
  if (!cand) return null;
  const out: Candidate = { start, raw: word.slice(0, cand.rawLength), cand };
  const why = example ?? cand.example;
  if (why) out.example = why;
  return out;
}

/** Strip surrounding punctuation, emphasis and possessives from a prose token. */
export function trimToken(tok: string): { start: number; end: number } {
  // Starts with a letter, digit, `.` or `/` and ends with a letter (not `s`, which may close a
  // possessive), digit or `/`: nothing below would trim it.
  if (tok.length > 0 && plainStart(tok.charCodeAt(0)) && plainEnd(tok.charCodeAt(tok.length - 1)))
    return { start: 0, end: tok.length };
  // The same with one mark of punctuation after it ("e.g.", "config.py,"): only that mark goes.
  // (Not after a slash or a dot, which keep theirs; not ")", which may be part of the name.)
  if (tok.length > 2 && plainStart(tok.charCodeAt(0)) && SENTENCE_MARK.has(tok.charCodeAt(tok.length - 1))) {
    const before = tok.charCodeAt(tok.length - 2);
    if (plainEnd(before) && before !== 47) return { start: 0, end: tok.length - 1 };
  }
  let s = 0;
  let e = tok.length;
  for (let changed = true; changed && e > s; ) {
    changed = false;
    while (s < e && LEAD.has(tok[s]!)) {
      s++;
      changed = true;
    }
    while (e > s && TRAIL.has(tok[e - 1]!)) {
      // Keep `..` of a relative parent path and the dot of a dotfile, but not a full stop after a
      // folder ("template: ops/postmortems/.").
      if (
        tok[e - 1] === "." &&
        (e - s === 1 ||
          tok[e - 2] === "." ||
          (tok[e - 2] === "/" && (e - s < 4 || tok[e - 3] === "." || tok[e - 3] === "/")))
      )
        break;
      e--;
      changed = true;
    }
    // A possessive "'s" (straight or curly apostrophe).
    if (e - s >= 2 && tok.charCodeAt(e - 1) === 115 && (tok[e - 2] === "'" || tok[e - 2] === "’")) {
      e -= 2;
      changed = true;
    }
    for (const pair of EMPHASIS_PAIRS) {
      if (
        e - s > 2 * pair.length &&
        tok.startsWith(pair, s) &&
        tok.endsWith(pair, e) &&
        !isDunder(tok, s, e)
      ) {
        s += pair.length;
        e -= pair.length;
        changed = true;
      }
    }
    // An unmatched closing parenthesis belongs to the sentence, not the name.
    if (e > s && tok.charCodeAt(e - 1) === 41 && unbalancedClose(tok, s, e)) {
      e--;
      changed = true;
    }
  }
  return { start: s, end: e };
}

const EMPHASIS_PAIRS = ["**", "*", "__", "_", "~~"];

/** Whether `tok[s, e)` closes more parentheses than it opens. */
function unbalancedClose(tok: string, s: number, e: number): boolean {
  let depth = 0;
  for (let k = s; k < e; k++) {
    const c = tok.charCodeAt(k);
    if (c === 40) depth++;
    else if (c === 41) depth--;
  }
  return depth < 0;
}

/** `.`, `,`, `;`, `:`, `!` and `?`: marks that end a clause after a word. */
const SENTENCE_MARK = new Set([46, 44, 59, 58, 33, 63]);

function plainStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 46 && c <= 57);
}

function plainEnd(c: number): boolean {
  return (c >= 97 && c <= 122 && c !== 115) || (c >= 65 && c <= 90) || (c >= 47 && c <= 57);
}

/** `__init__` keeps its underscores. */
function isDunder(tok: string, s: number, e: number): boolean {
  return tok.startsWith("__", s) && /[A-Za-z0-9]__/.test(tok.slice(s, e));
}

// Is this token a repository path? Strict on purpose: a false "path" becomes a false phantom.
// Path-like means: a known extension, a known extensionless name, or a slash path ending in `/`.
// Never: URLs, emails, domains, dotted identifiers and calls, versions, numbers, ratios
// (`Gemini/Abacus`), `@scope/pkg`, model names, API routes (`/health/api`), system paths.

import { percentDecode, unescapeMarkdown } from "../markdown/text.js";
import { GODOT_PREFIX } from "../resolve/path-index.js";
import type { LineRange } from "../types.js";
import { splitAnchor } from "./anchors.js";
import {
  DOTFILES,
  EXTENSIONLESS,
  IDENTIFIER_STEMS,
  KNOWN_EXTENSIONS,
  MEMBER_LIKE_EXTENSIONS,
  MIXED_CASE_EXTENSIONS,
  oneLetterExtension,
  PRODUCT_NAMES,
  SYSTEM_PROGRAMS,
} from "./extensions.js";
import { neutralise, placeholderReason } from "./placeholder.js";

/** Where the token was written: decides escapes, decoding and how strict the shape test is. */
export type PathMode = "prose" | "code" | "fence" | "link";

export interface PathCandidate {
  path: string;
  folder: boolean;
  range?: LineRange;
  /** Length of the written text that belongs to the reference (path and anchor). */
  rawLength: number;
  /** Set when the path is a placeholder or glob: an example, never a repository file. */
  example?: string;
  /** Set when the path is normally never committed (`.env`, `node_modules/`). */
  local?: string;
}

const SED_SUBSTITUTION = /^s\/[^/]+\/[^/]*(?:\/[gimx]*)?$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const URLISH =
  /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|(?:mailto|tel|data|javascript|urn|news|sms|magnet|about|file|vscode|slack|obsidian):)/i;
const SYSTEM_ROOT =
  /^(?:\/(?:etc|usr|var|tmp|home|opt|Users|mnt|proc|dev|bin|sbin|lib|lib64|private|Library|System|root|srv|run|Applications|Volumes|nix|snap|sys|boot|media|workspace|workspaces|app|data|code|scratch|gpfs|lustre|cvmfs|nfs|efs)(?:\/|$)|~|[A-Za-z]:[\\/]|\\\\)/;
const DOMAIN =
  /^(?:[a-z0-9-]+\.)+(?:com|org|net|io|ai|dev|app|co|us|uk|de|fr|eu|jp|cn|ru|gov|edu|info|biz|xyz|cloud|tech|me|im|ly|gg|gl|cc|tv|fm|so|sh|run|site|page|pages|vercel|netlify|herokuapp|azurewebsites|amazonaws|googleapis|github|gitlab)$/i;
/** Every backslash is before an underscore or an asterisk. */
const ESCAPES_ONLY = /^(?:[^\\]|\\[_*])+$/;
const WINDOWS_RELATIVE = /^(?:\.{1,2}\\)?[A-Za-z0-9_.-]+(?:\\[A-Za-z0-9_. ()-]+)+\\?$/;
const SEGMENT = /^[\p{L}\p{N}_.@+~!$&'(),;= -]+$/u;
/** A word that ends in `.` and an extension's letters. */
const FILE_END = /\/[^/]*\.[A-Za-z0-9]{1,8}$/;
/** The common subset of SEGMENT: ASCII letters, digits, `_`, `.` and `-`. */
const ASCII_SEGMENT = /^[A-Za-z0-9_.-]+$/;
const COMMANDS = new Set(
  `python python3 py node npm npx pnpm yarn bun deno tsx ts-node git cat cd ls ll pytest bash sh zsh
  make docker kubectl pip pip3 uv poetry go cargo rustc rm mv cp vim vi nano code open source export
  sudo chmod chown mkdir touch tail head less more grep rg find sed awk curl wget echo run ruby rails
  java javac gradle mvn dotnet swift php composer terraform helm gh aws gcloud az psql mysql sqlite3
  flutter dart jest vitest mocha rspec bundle bazel cmake turbo nx ansible-playbook pulumi firebase
  fastlane xcodebuild pod adb mix iex sbt stack cabal zig julia conda tox nox ruff mypy eslint tsc
  lua luajit busted ansible ansible-lint tflint shellcheck prettier black isort flake8 pylint rubocop
  hadolint yamllint markdownlint kustomize dvc mkdocs hugo jekyll rake kind minikube skaffold nix`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * Never committed: secrets, dependencies, caches, editor state, coverage output (as
 * DEFAULT_ARTIFACTS), the user's own dotfiles named bare (`.bashrc`, `.netrc`: "add this to
 * your .bashrc"), and local overrides of a committed setting (`.claude/settings.local.json`,
 * `config/app.local.yml`). A name added here goes into `mayBeLocalOnly` too.
 */
const LOCAL_ONLY =
  /^(?:\.env(?:\.(?!example$|sample$|template$|dist$|defaults$)[\w.-]+)?|\.(?:bashrc|bash_profile|bash_login|bash_logout|profile|zshrc|zprofile|zshenv|zlogin|cshrc|tcshrc|inputrc|netrc|pypirc|vimrc|gitconfig|wgetrc|curlrc)|(?:.*\/)?(?:node_modules|\.venv|venv|__pycache__|\.git|\.pytest_cache|\.mypy_cache|\.ruff_cache|\.idea|\.next|\.nuxt|\.turbo|\.cache|coverage|htmlcov|\.nyc_output|\.coverage)(?:\/.*)?|(?:.*\/)?(?:test-results|playwright-report|allure-results|allure-report|\.hypothesis|\.tox|\.nox|\.terraform)(?:\/.*)?|(?:.*\/)?(?:junit[\w.-]*\.xml|coverage\.(?:xml|json|lcov)|lcov\.info|cobertura[\w.-]*\.xml)|(?:.*\/)?\.DS_Store|(?:.*\/)?[\w.-]*\.local\.(?:json|jsonc|ya?ml|toml|ini|conf|cfg|properties|[cm]?js|ts|php|py|rb))$/;

/**
 * Turn a written token into a path candidate, or null when it is not a repository path.
 * `written` is already trimmed of surrounding prose punctuation. The answer depends on nothing
 * else, and documents name the same files again and again, so answers are kept (frozen: every
 * caller shares them) for the next time the same token is read the same way.
 */
export function toPath(written: string, mode: PathMode): PathCandidate | null {
  const known = KNOWN_PATHS[mode];
  const hit = known.get(written);
  if (hit !== undefined) return hit;
  const out = readPath(written, mode);
  if (out) {
    if (out.range) Object.freeze(out.range);
    Object.freeze(out);
  }
  if (known.size >= KNOWN_PATHS_MAX) known.clear();
  known.set(written, out);
  return out;
}

const KNOWN_PATHS: Record<PathMode, Map<string, PathCandidate | null>> = {
  prose: new Map(),
  code: new Map(),
  fence: new Map(),
  link: new Map(),
};
/**
 * Per way of reading: enough for the tokens a large repository's documents repeat, and small
 * enough (a few megabytes) for the App, which lives across many repositories. A full map is
 * cleared and refills.
 */
const KNOWN_PATHS_MAX = 20_000;

/** Julia packages are named `Name.jl`; a bare CamelCase `.jl` name is a package, a path with a folder a file. */
const JULIA_PACKAGE = /^[A-Z][A-Za-z0-9]*\.jl$/;

/** Two or more plain name segments: `actions/notify-teams`. */
const NESTED_NAMES = /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)+\/?$/;

function readPath(written: string, mode: PathMode): PathCandidate | null {
  if (written.length === 0 || written.length > 400) return null;
  // Godot names a project's files from its root, the folder of `project.godot`: `res://player.tscn`.
  // The prefix is kept; the resolver finds that folder (see `PathIndex.resolve`).
  if (written.startsWith(GODOT_PREFIX)) {
    const inner = readPath(written.slice(GODOT_PREFIX.length), mode === "link" ? "code" : mode);
    if (!inner || inner.path.startsWith("/") || inner.path.startsWith("../")) return null;
    return { ...inner, path: GODOT_PREFIX + inner.path, rawLength: inner.rawLength + GODOT_PREFIX.length };
  }
  if (mode !== "link" && !plausible(written)) return null;
  if (mode === "prose" && /[[\]()"|`]/.test(written)) return null;
  // `a && a.b && a.b.c`, `x || y.js`: an expression, not a name with `&` in it.
  if (written.includes("&&") || written.includes("||")) return null;
  // In links any `scheme:` is a URL (as on GitHub); elsewhere `retry.log:16:18` is a path with a suffix.
  if (mode === "link" ? SCHEME.test(written) && !/^[A-Za-z]:[\\/]/.test(written) : URLISH.test(written))
    return null;
  if (written.startsWith("//") || /^www\./i.test(written)) return null;
  // `[spec](npm.im/npm-package-arg)`: a web address written without its scheme (prose and code
  // mentions get the same test in looksLikePath).
  if (mode === "link" && written.includes("/") && DOMAIN.test(written.slice(0, written.indexOf("/"))))
    return null;
  // `-timing.json`, `--config.json`: a name's tail or a flag; no one names a file with a dash first.
  if (mode !== "link" && written.startsWith("-")) return null;
  // `s/node.js/Node.js/g`: a sed substitution (in commit messages and review notes), not a path.
  if (mode !== "link" && SED_SUBSTITUTION.test(written)) return null;

  const anchored = splitAnchor(written);
  let base = anchored.base;
  if (mode === "link") {
    // Query strings and non-line fragments are not part of the path.
    const q = base.indexOf("?");
    if (q >= 0) base = base.slice(0, q);
    base = percentDecode(unescapeMarkdown(base));
  } else if (mode === "prose") {
    base = unescapeMarkdown(base);
  }
  if (base === "" || base.startsWith("#")) return null;
  if (base.includes("\\")) {
    // In a code span a backslash is kept as written. Before "_" or "*" and nothing else it is an
    // escape the author (often an agent escaping every underscore) did not need: `app\_router.dart`
    // is `app_router.dart`, not a Windows path to `app/_router.dart`.
    if (ESCAPES_ONLY.test(base)) base = base.replace(/\\([_*])/g, "$1");
    else if (WINDOWS_RELATIVE.test(base)) base = base.replace(/\\/g, "/");
  }
  if (SYSTEM_ROOT.test(base)) return null;
  // `/NMHG/`, `/SCWM/`: an SAP namespace (or another all-capitals name between slashes), not a
  // folder at the repository's root.
  if (NAMESPACE.test(base)) return null;
  // `./actions/notify-teams`, `./scripts/deploy`: written from here, so a path with or without an
  // extension (a folder, or an extensionless script).
  const fromHere = mode === "code" && base.startsWith("./");
  while (base.startsWith("./")) base = base.slice(2);
  if (base.includes("//")) base = base.replace(/\/{2,}/g, "/");
  if (base === "" || base === "." || base === "/") return null;

  const folder = base.endsWith("/");
  const example =
    placeholderReason(base) ??
    (JULIA_PACKAGE.test(base) ? "a Julia package's name (`DataFrames.jl`), not a file" : undefined);
  const shape = example ? neutralise(base) : base;
  if (mode !== "link" && !looksLikePath(shape, mode) && !(fromHere && NESTED_NAMES.test(shape))) return null;

  const out: PathCandidate = { path: base, folder, rawLength: anchored.rawLength };
  if (anchored.range) out.range = anchored.range;
  if (example) out.example = example;
  else if (mayBeLocalOnly(base) && LOCAL_ONLY.test(base.replace(/\/$/, "")))
    out.local = "normally not committed (local or generated)";
  else if (isBuildArtifact(base)) out.local = "a build artifact, normally not committed";
  // "they end up in `Assembly-CSharp.dll`", "references `nunit.framework.dll`": an assembly or a
  // shared library by its name alone is what a build makes or a package installs. One kept in the
  // repository is written with its folder (`Assets/Plugins/x.dll`).
  else if (COMPILED_LIBRARY.test(base)) out.local = "a compiled library's name, built or installed";
  // "`logship_1.4.0_linux_amd64.tar.gz` from the v1.4.0 release": a release's download by name.
  else if (isReleaseAsset(base)) out.local = "a release's download, named with its version";
  else if (folder && BUILD_FOLDER.test(base)) out.local = "a build's output folder, normally not committed";
  return out;
}

const NAMESPACE = /^\/[A-Z][A-Z0-9_]{1,9}\/$/;

/** Packages a build writes into its output folder (`dist/app.zip`, `target/app.jar`). */
const ARTIFACT_EXTENSIONS = new Set(
  "zip tar tgz gz bz2 xz 7z whl jar war ear exe dmg msi deb rpm apk aab ipa appimage nupkg gem vsix".split(
    " ",
  ),
);
const BUILD_OUTPUT = /(?:^|\/)(?:dist|build|target|out|release|releases|artifacts?|bin)\//;
/** A package named alone with a version in its name: `tool_1.4.0_linux_amd64.tar.gz`, `app-2.1.apk`. */
function isReleaseAsset(path: string): boolean {
  const dot = path.lastIndexOf(".");
  return (
    dot > 0 &&
    !path.includes("/") &&
    ARTIFACT_EXTENSIONS.has(path.slice(dot + 1).toLowerCase()) &&
    /\d\.\d/.test(path.slice(0, dot))
  );
}
const COMPILED_LIBRARY = /^[^/]+\.(?:dll|pdb|so|dylib)$/i;

/**
 * A build's output folder written as a folder (`build/`, `build/Release/`, `target/debug/`): made
 * by the build the document describes. A file in one (`dist/index.js`) is still checked: some
 * projects commit their bundle, and a handoff may rely on it.
 */
const BUILD_FOLDER = /^(?:build|dist|out|target|obj|_build|\.build|cmake-build-[\w-]+)\/(?:[\w.-]+\/){0,3}$/;

/** A package in a build's output folder: built, uploaded, not committed. */
function isBuildArtifact(path: string): boolean {
  const dot = path.lastIndexOf(".");
  return dot > 0 && ARTIFACT_EXTENSIONS.has(path.slice(dot + 1).toLowerCase()) && BUILD_OUTPUT.test(path);
}

/** False when LOCAL_ONLY cannot match: none of its names starts the path or a segment. */
function mayBeLocalOnly(path: string): boolean {
  return (
    path.startsWith(".") ||
    path.includes("/.") ||
    path.includes("venv") ||
    path.includes("node_modules") ||
    path.includes("__pycache__") ||
    path.includes("coverage") ||
    path.includes("htmlcov") ||
    path.includes("junit") ||
    path.includes("lcov") ||
    path.includes("cobertura") ||
    path.includes("-re") || // test-results, playwright-report, allure-results, allure-report
    path.includes(".local.") // settings.local.json, config.local.yml
  );
}

/**
 * Cheap pre-check before the regex work: without a slash, a token can only be a file if the
 * text after its last dot is a known extension, or it is a known extensionless name or dotfile.
 * Most rejected tokens ("e.g.", "v1.0", "self.fs.x") stop here.
 */
function plausible(written: string): boolean {
  if (written.includes("/") || written.includes("\\")) return true;
  const dot = written.lastIndexOf(".");
  if (dot === -1 || EXTENSIONLESS.has(written))
    return EXTENSIONLESS.has(written) || /^[A-Z][A-Za-z]*file$/.test(written);
  if (dot === 0 || written.startsWith(".env")) return true;
  let end = dot + 1;
  while (end < written.length && /[A-Za-z0-9]/.test(written[end]!)) end++;
  const ext = written.slice(dot + 1, end);
  if (ext.length === 1)
    return oneLetterExtension(written.slice(0, dot), ext) || EXTENSIONLESS.has(written.slice(0, dot));
  if (KNOWN_EXTENSIONS.has(ext.toLowerCase())) return true;
  // `phpcs.xml.dist`, `secrets.env.example`: a template of a known kind of file.
  if (TEMPLATE_SUFFIX.test(ext)) {
    const inner = written.lastIndexOf(".", dot - 1);
    if (inner >= 0 && KNOWN_EXTENSIONS.has(written.slice(inner + 1, dot).toLowerCase())) return true;
  }
  return EXTENSIONLESS.get(written.slice(0, written.indexOf("."))) === "any";
}

/** Shape test for tokens outside links. */
export function looksLikePath(p: string, mode: PathMode): boolean {
  // Nearly every path is plain ASCII (letters, digits, `_ . - /`), which none of the character
  // tests below can reject: they are skipped for it.
  if (isPlainAscii(p)) {
    // A manual page in a `man` folder: `docs/man/tool-push.1`, `man/man8/tool.8`.
    const last = p.charCodeAt(p.length - 1);
    if (last >= 49 && last <= 57 && MAN_PAGE.test(p)) return true;
    return segmentsLookLikePath(p, mode, true);
  }
  return looksLikeOddPath(p, mode);
}

const MAN_PAGE = /(?:^|\/)man\d?\/(?:[\w-]+\/)?[\w.-]+\.[1-9]$/;

function isPlainAscii(p: string): boolean {
  for (let k = 0; k < p.length; k++) {
    const c = p.charCodeAt(k);
    if (
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (c >= 45 && c <= 57) || // - . / 0-9
      c === 95
    )
      continue;
    return false;
  }
  return true;
}

/** A route parameter in a file or folder name: `[id]`, `[...slug]`, `[[...rest]]`. */
const ROUTE_PARAM = /\[\[?(?:\.\.\.)?[A-Za-z_][\w-]*\]\]?/g;

/** `looksLikePath` for a path with any character outside the plain ASCII set. */
function looksLikeOddPath(p: string, mode: PathMode): boolean {
  if (/\s/.test(p)) {
    if (mode !== "code") return false;
    const words = p.split(/\s+/);
    if (words.length > 5 || COMMANDS.has(words[0]!) || words.some((w) => w.startsWith("-"))) return false;
    // `wp i18n make-pot . languages/x.pot`: the current folder as an argument; no name has a
    // word that is only dots.
    if (words.some((w) => w === "." || w === "..")) return false;
    // `stylua lua/ tests/`: no folder's name starts or ends with a space, so a space beside a
    // slash separates paths (arguments of a command), not words of one name.
    if (/\/\s|\s\//.test(p)) return false;
    // `otter assign book/labs/lab03.ipynb autograder/lab03/`: a word that ends in a file's
    // extension ends a name; another path after it is the next argument.
    if (
      words
        .slice(0, -1)
        .some((w) => FILE_END.test(w) && KNOWN_EXTENSIONS.has(w.slice(w.lastIndexOf(".") + 1).toLowerCase()))
    )
      return false;
    // `golangci-lint run ./...`, `sqlfluff lint models/`: a lower-case program name and then a
    // path is a command; a folder whose name has a space is written with it in the middle of
    // the path (`mods/My Mod/init.lua`) or in capitals (`Game Assets/`).
    if (
      // (`build_file_name BUILD.bazel`: a setting's key and its value, the same shape.)
      /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/.test(words[0]!) &&
      /[/.]/.test(words[words.length - 1]!) &&
      words.slice(1, -1).every((w) => /^[a-z][a-z0-9-]*$/.test(w))
    )
      return false;
    // `GET /api/v1/productos/`: an HTTP method and its route.
    if (/^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(words[0]!)) return false;
    // `/consolidate a.md b.md`: a slash command with arguments, not a path with spaces.
    if (/^\/[A-Za-z][\w-]*$/.test(words[0]!)) return false;
    // `vendor/bin/phpunit tests/a.php`, `./gradlew test`: a program and its arguments.
    if (/(?:^|\/)\.?bin\/[\w.-]+$/.test(words[0]!) || words[0]!.startsWith("./")) return false;
  }
  // Next.js, SvelteKit and Nuxt name route folders and files in brackets: `app/[id]/page.tsx`,
  // `pages/blog/[...slug].tsx`. Only whole bracketed names count; the rest is read as usual.
  if (mode !== "prose" && p.includes("[")) {
    const named = p.replace(ROUTE_PARAM, "param");
    return !/[[\]]/.test(named) && looksLikeOddPath(named, mode);
  }
  if (/["`<>|^:#=*?{}\\[\]]/.test(p)) return false;
  if (mode !== "code" && /[&,;!]/.test(p)) return false;
  // `deploy/systemd/worker@.service`: a systemd template unit is a file.
  if (p.includes("@") && !p.includes("/@") && !/@\.(?:service|socket|timer|target|path|mount)$/.test(p))
    return false;
  if (p.startsWith("@")) return false;
  return segmentsLookLikePath(p, mode, false);
}

/** The segment, folder and file-name tests; `plain` when every character is plain ASCII. */
function segmentsLookLikePath(p: string, mode: PathMode, plain: boolean): boolean {
  const folder = p.endsWith("/");
  const rooted = p.startsWith("/");
  const segments = p.split("/");
  if (rooted) segments.shift();
  if (folder) segments.pop();
  if (segments.length === 0) return false;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg === "") return false;
    if (seg === "." || seg === "..") {
      if (i === segments.length - 1 && !folder) return false;
      continue;
    }
    // Plain ASCII names (nearly all) skip the Unicode-aware tests, which cost several times more.
    if (plain || ASCII_SEGMENT.test(seg)) {
      if (!hasAsciiAlphanumeric(seg)) return false;
      continue;
    }
    if (!SEGMENT.test(seg) || !/[\p{L}\p{N}]/u.test(seg)) return false;
    if (/^[()]|[()]$/.test(seg) && !balanced(seg)) return false;
  }
  if ((segments.length > 1 || folder) && DOMAIN.test(segments[0]!)) return false;

  const last = segments[segments.length - 1]!;
  if (folder) {
    // `release/screenshots/2.4.0/`, `logs/2026/`: a numbered folder under a named one.
    const named = (s: string) => (plain ? hasAsciiLetter(s) : /\p{L}/u.test(s));
    if (!named(last) && !(segments.length > 1 && segments.slice(0, -1).some(named))) return false;
    // A single bare word with a slash ("w/", "and/") is prose, not a folder.
    if (
      segments.length === 1 &&
      !rooted &&
      mode === "prose" &&
      (last.length < 2 || PROSE_WORDS.has(last.toLowerCase()))
    )
      return false;
    return !rooted || mode !== "prose";
  }
  // `bin/setup`, `exe/rate_gate`, `script/bootstrap`, `deploy/logrotate/celery`: scripts and
  // drop-in files, named without an extension in a folder that holds such files.
  if (segments.length > 1 && !rooted && extensionlessScript(segments)) return true;
  return isFileName(last, segments.length > 1, mode, plain);
}

const SCRIPT_NAME = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;

/**
 * Folders whose files go without an extension: scripts (`script/bootstrap`, `rel/overlays/bin/
 * migrate`), and the drop-in folders of cron, logrotate, init, sudoers and nginx, which name a
 * file after what it configures (`deploy/logrotate/celery`, `nginx/sites-available/shop`).
 */
const EXTENSIONLESS_FOLDERS = new Set(
  "bin sbin exe script scripts libexec githooks .githooks .husky cron.d crontabs logrotate logrotate.d init.d sudoers.d sites-available sites-enabled".split(
    " ",
  ),
);
/** Files of `/etc` named without an extension, as an image's overlay of it holds them. */
const ETC_FILES = new Set(
  "motd hostname hosts fstab issue inittab profile environment shells sudoers exports passwd group".split(
    " ",
  ),
);
/** The files of a Debian package's `debian/` folder, named without an extension. */
const DEBIAN_FILES = new Set(
  "control rules changelog copyright compat install dirs docs watch conffiles triggers postinst preinst postrm prerm".split(
    " ",
  ),
);
/** Git's hook names: `scripts/hooks/pre-commit`, `.husky/commit-msg`. */
const GIT_HOOK =
  /^(?:pre-commit|prepare-commit-msg|commit-msg|post-commit|pre-push|pre-rebase|post-checkout|post-merge|post-rewrite|pre-receive|post-receive|pre-merge-commit)$/;
/** Folders of installed or built things: `env/bin/python`, `vendor/bin/phpunit`, `build/bin/app`. */
const INSTALLED_FOLDER =
  /^(?:\.?venv|env|\.env|virtualenv|node_modules|vendor|\.bundle|target|build|dist|out|obj|\.cargo|\.local|site-packages)$/;

/** An extensionless script or drop-in file, written with its folder. */
function extensionlessScript(segments: readonly string[]): boolean {
  const last = segments[segments.length - 1]!;
  if (!SCRIPT_NAME.test(last)) return false;
  const parent = segments[segments.length - 2]!;
  const known =
    EXTENSIONLESS_FOLDERS.has(parent) ||
    GIT_HOOK.test(last) ||
    (last === "crontab" && parent !== "etc") ||
    // Kamal's `.kamal/hooks/pre-build`, `post-deploy` (not React's `src/hooks/use-auth`).
    (parent === "hooks" && /^(?:pre|post)-[a-z]+(?:-[a-z]+)*$/.test(last)) ||
    // A root file system's overlay: `rootfs_overlay/etc/motd` (not `etc/hosts`, the machine's own).
    (parent === "etc" && segments.length > 2 && ETC_FILES.has(last)) ||
    // A Debian package's `debian/control`, `debian/rules`, `packaging/debian/postinst`.
    (parent === "debian" && DEBIAN_FILES.has(last));
  if (!known) return false;
  for (let i = 0; i < segments.length - 1; i++) if (INSTALLED_FOLDER.test(segments[i]!)) return false;
  return true;
}

/** The known extensionless `…file` names, lower-cased (`dockerfile`, `fastfile`, `makefile`). */
const MISCASED_FILES = new Set(
  [...EXTENSIONLESS.keys()].filter((n) => /file$/i.test(n)).map((n) => n.toLowerCase()),
);

const PROSE_WORDS = new Set([
  "and",
  "or",
  "w",
  "n",
  "a",
  "i",
  "is",
  "to",
  "of",
  "in",
  "on",
  "vs",
  "per",
  "the",
]);

/**
 * A file name: known extension, known extensionless name, or known dotfile. `plain` when the name
 * is known to be plain ASCII (letters, digits, `_ . -`), which skips a Unicode-aware test.
 */
export function isFileName(name: string, hasDir: boolean, mode: PathMode, plain = false): boolean {
  if (
    name.charCodeAt(0) === 46 &&
    (DOTFILES.has(name) ||
      /^\.[a-z0-9-]+(?:rc|ignore)$/.test(name) ||
      /^\.env\.[\w.-]+$/.test(name) ||
      // A version manager's pin: `.php-version`, `.terraform-version`, `.bazelversion`.
      /^\.[a-z][a-z0-9-]*versions?$/.test(name))
  )
    return true;
  const bare = EXTENSIONLESS.get(name);
  if (bare) return bare === "any" || mode !== "prose" || hasDir;
  // `fastlane/FastFile`, `docker/DockerFile`: a known build file in the wrong case, written with its
  // folder, is that file misspelt (resolution then reports the case).
  if (hasDir && MISCASED_FILES.has(name.toLowerCase()) && !EXTENSIONLESS.has(name)) return true;
  const dot = name.lastIndexOf(".");
  if (dot <= 0 || dot === name.length - 1) return false;
  // "the `.d.ts` path bug", "every `.test.ts` file": a compound suffix, the way `.ts` alone is one.
  if (name.charCodeAt(0) === 46 && !hasDir && COMPOUND_SUFFIX.test(name)) return false;
  const ext = name.slice(dot + 1);
  const stem = name.slice(0, dot);
  const extOk =
    ext.length === 1
      ? // A Perl test is written with its folder (`t/basic.t`, `legacy/t/payments.t`).
        // … and so is an assembly source (`components/ulp/ulp_main.S`, `arch/boot.s`).
        oneLetterExtension(stem, ext) || ((ext === "t" || ext === "S" || ext === "s") && hasDir)
      : (KNOWN_EXTENSIONS.has(ext.toLowerCase()) &&
          (ext === ext.toLowerCase() || ext === ext.toUpperCase())) ||
        MIXED_CASE_EXTENSIONS.has(ext);
  if (!extOk) {
    // `ci/secrets.env.example`, `config/app.yml.dist`: a template of a known kind of file.
    if (TEMPLATE_SUFFIX.test(ext)) {
      const inner = stem.lastIndexOf(".");
      if (inner > 0 && KNOWN_EXTENSIONS.has(stem.slice(inner + 1).toLowerCase())) return true;
    }
    // `Dockerfile.dev`, `Makefile.am`: a known extensionless name with a suffix.
    const head = name.slice(0, name.indexOf("."));
    return EXTENSIONLESS.get(head) === "any";
  }
  if (!(plain ? hasAsciiAlphanumeric(stem) : /[\p{L}\p{N}]/u.test(stem))) return false;
  if (!hasDir) {
    const parts = stem.split(".");
    const root = parts[0]!;
    if (ext.toLowerCase() === "js" && PRODUCT_NAMES.has(stem.toLowerCase().replace(/^non-/, "")))
      return false;
    if (ext.toLowerCase() === "exe" && SYSTEM_PROGRAMS.has(stem.toLowerCase())) return false;
    // A bare `x.socket` or `x.pid` is a systemd unit, a runtime file or a member (`request.socket`,
    // `subprocess.pid`); a unit file kept in the repository is written with its folder.
    if (ext === "socket" || ext === "pid") return false;
    // A bare `stats.ino` is Node's inode number; an Arduino sketch is written with its folder.
    if (ext === "ino" && !hasDir) return false;
    // "8 a.m.", "p.m.", "e.f.": a time or an abbreviation. A bare one-letter MATLAB, Objective-C,
    // Fortran or Verilog file is written with its folder.
    if ((ext === "m" || ext === "f" || ext === "v") && stem.length === 1) return false;
    // `tar.gz`, `.tar.xz`: the name of a format, not of a file.
    if (/^\.?tar$/i.test(stem)) return false;
    if (MEMBER_LIKE_EXTENSIONS.has(ext.toLowerCase()) && IDENTIFIER_STEMS.has(root)) return false;
    if (parts.length >= 2 && IDENTIFIER_STEMS.has(root)) return false;
    // `options.config`, `context.config`, `routeOptions.config`, `fastify.log`: a member of an
    // options or context object (or of a camel-cased variable) whose name is also an extension.
    if (
      parts.length === 1 &&
      OBJECT_MEMBER_EXTENSIONS.has(ext) &&
      (OBJECT_STEMS.has(root) || CAMEL_CASE.test(root))
    )
      return false;
    // `Array.prototype.map`, `Widget.prototype.render.js`: a method, whatever the class.
    if (parts.length >= 2 && parts[1] === "prototype") return false;
    // "a redaction path of `a.b.c`": a key path of one-letter names, not a C file.
    if (parts.length >= 2 && ext.length === 1 && parts.every((p) => p.length === 1)) return false;
    // `a.b.c.py` style chains with call syntax are code, not files.
    if (/\(\)?$/.test(stem)) return false;
    // `middleware.HTTP`, `c.JSON`: a package's or a value's exported member, not a file.
    if (ext.length >= 2 && ext === ext.toUpperCase() && /^[a-z][a-z0-9_]*$/.test(stem)) return false;
    // `com.acme.shared.db`: a package named in reverse-DNS order.
    if (REVERSE_DNS.test(stem) && PACKAGE_TAILS.has(ext)) return false;
  }
  return true;
}

/** Extensions that are also the names of common members of an options or context object. */
const OBJECT_MEMBER_EXTENSIONS = new Set(["config", "fs", "strings", "log", "env", "args", "params"]);
/** Variables that hold options or a request's context in JavaScript docs. */
const OBJECT_STEMS = new Set(["options", "opts", "context", "argv", "props", "fastify"]);
/** `routeOptions`, `pluginContext`: a camel-cased variable, not a file's name. */
const CAMEL_CASE = /^[a-z]+[A-Z][A-Za-z]*$/;

const TEMPLATE_SUFFIX = /^(?:example|sample|dist|template|tmpl|tpl|orig|defaults?)$/i;

/** `.d.ts`, `.test.ts`, `.module.css`, `.min.js`, `.pb.go`: a kind of file, not a dotfile. */
const COMPOUND_SUFFIX =
  /^\.(?:d|test|spec|stories|story|module|min|e2e|pb|g|generated|mock|snap)\.[A-Za-z0-9]+$/;

const REVERSE_DNS = /^(?:com|org|io|net|dev|app|co|me)\.[a-z0-9_]+\.[a-z0-9_.]+$/;
/** Last segments of package names that are also file extensions. */
const PACKAGE_TAILS = new Set(["db", "app", "data", "api", "core", "ui", "web", "model", "test"]);

function hasAsciiAlphanumeric(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k) | 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true;
  }
  return false;
}

function hasAsciiLetter(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k) | 32;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

function balanced(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return false;
  }
  return depth === 0;
}

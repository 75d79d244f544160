// Placeholders and globs: a path with one of these is an example, never a repository file.

const CHECKS: [RegExp, string][] = [
  [/[*?]/, "glob pattern"],
  [/YYYY|MM-?DD|HHMM|(?:^|[^A-Za-z])DD(?:[^A-Za-z]|$)/, "date placeholder"],
  // The same written in French, German, Spanish and Portuguese: `AAAAMMJJ`, `JJJJ-MM-TT`, `AAAA-MM-DD`.
  [/AAAA-?MM-?(?:JJ|DD)|JJJJ-?MM-?TT|(?:JJ|TT)[./-]MM[./-](?:AAAA|JJJJ)/, "date placeholder"],
  [/<[^<>]*>/, "placeholder in angle brackets"],
  [/\{[^{}]*\}/, "placeholder in braces"],
  [/\$[A-Za-z_{(]/, "shell variable"],
  [/%[sd]|%\(/, "format placeholder"],
  [/\.\.\.|…/, "elided path"],
  [/(?:^|[^A-Za-z])(?:X{2,}|x{3,}|N{3,}|#{2,})(?![A-Za-z])/, "XX placeholder"],
  // `docs/release/vX.Y.Z-handoff.md`, `app-X.Y.tar.gz`: a version to fill in.
  [/(?:^|[^A-Za-z])v?X\.Y(?:\.Z)?(?![A-Za-z])/, "version placeholder"],
  // "labXX.ipynb", "weekNN/", "hil_run_NN.mat": a number to fill in after a lower-case stem.
  [/[a-z_-](?:X{2,}|N{2,})(?=[._/-]|$)/, "XX placeholder"],
  [/(?:^|\/)path\/to\//i, "'path/to' placeholder"],
  // "relative to the current page, such as `./some/page.html`": any folder, named 'some'.
  [/^(?:\.\/)?some\//, "'some/…' placeholder"],
  // "if `some-test.md` needs settings, a `some-test.json` is used": a name that says it is any.
  [/(?:^|\/)some[-_][^/]*$/, "'some-…' placeholder"],
  // `[version].[action].[optional-description].sql`: a naming scheme, one bracket per part.
  [/\[[\w -]+\]\.\[[\w -]+\]/, "placeholder in brackets"],
  [
    /(?:^|[/_.-])(?:your|my)[-_][^/]*$|(?:^|\/)(?:[Yy]our|my)(?=[A-Z])|(?:^|\/)(?:[Yy]our|[Mm]y)[-_]|(?:^|\/)your(?:app|project|theme|plugin|site|repo|package|module|service|org|company|domain|bucket|component|lib|library)(?=[/._-]|$)/,
    "'your-…' placeholder",
  ],
  [/(?:^|\/)(?:foo|bar|baz|qux|quux|foobar)(?:[./]|$)/i, "demo name"],
  // `foo-bar-element.js`, `foo_bar.js`, `FooBarElement.js`: a name built on "foo".
  [/(?:^|\/)(?:foo|Foo|FOO)(?=[-_A-Z])/, "demo name"],
  // "in both `./packages/a` and `./packages/b`", "Defaults to `a/`", "import from `./x`": names
  // that are a letter.
  [/(?:^|\/)[abx]\/?$/, "demo name"],
  // "`a.js` imports `b.js`", Albanian "p.sh." (për shembull): a bare one-letter name is a demo.
  [/^[a-z]\.(?:js|ts|py|sh|rb|go|md|txt|json)$/, "demo name"],
  // `NN_short_name.ipynb`, `NNNN-title.md`: a number to fill in, before the name.
  [/(?:^|\/)N{2,4}[_-]/, "number placeholder"],
  // `_test.go`, `_spec.rb`: the suffix a convention gives files, not a file.
  [/^_(?:test|spec)\.[a-z]+$/, "file-name suffix"],
  // "globs or `/regex/`": the notation of a regular expression, not a root folder.
  [/^\/(?:regexp?|pattern|re)\/[gimsuy]*$/, "regular expression notation"],
  // `file.py#L10`, `file.ts:120`: the name that stands for any file in docs and rule descriptions.
  // So are `file-1.js`, `file2.txt` and `file_a.md`: the numbered files of an illustration.
  [/(?:^|\/)(?:file|name|filename)(?:[-_]?(?:\d{1,2}|[a-cA-C]))?\.[A-Za-z0-9]+$/, "generic file name"],
  // `/Game/Characters/BP_Hero`, `/Script/Engine`: an Unreal Engine content path, not the repository's.
  [/^\/(?:Game|Engine|Script)(?:\/|$)/, "an Unreal Engine content path"],
  // `VaultFolder/.obsidian/plugins/x/`, `ProjectRoot/src`: a folder to fill in.
  [
    /(?:^|\/)(?:Vault|Project|Repo|App|Workspace|Your|My|Some|Target|Install|Base|Home|Parent)(?:Folder|Dir|Directory|Path|Root|Location)(?:\/|$)/,
    "placeholder folder name",
  ],
  // "md5sum of every fastq.gz", "download the tar.gz": a compressed format's name, not a file.
  [
    /^(?:fastq|fq|fasta|fa|fna|vcf|bcf|bam|sam|bed|gff3?|gtf|nii|tar|csv|tsv|json|jsonl|ndjson|txt|log|sql|xml|parquet)\.(?:gz|bz2|xz|zst|zip|lz4)$/i,
    "a compressed format's name, not a file",
  ],
];

/**
 * All the checks as one alternation (flags dropped: the one case-insensitive check is spelled
 * out): it matches exactly when one of them does. Nearly every path matches none, and one regex
 * pass costs far less than twelve.
 */
const ANY = new RegExp(
  CHECKS.map(([re]) =>
    re.flags.includes("i")
      ? re.source.replace(/(?<!\\)[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)
      : re.source,
  ).join("|"),
);

const VERSION_TRIPLE = /^major\.minor\.patch$/i;

/** Why `path` is a placeholder, or null when it reads as a real path. */
export function placeholderReason(written: string): string | null {
  // A catch-all route (`pages/blog/[...slug].tsx`) is a real name, not an elided path.
  let path = written.includes("[...")
    ? written.replace(/\[\[?\.\.\.[A-Za-z_][\w-]*\]\]?/g, "param")
    : written;
  // Remix, React Router and TanStack Router name a route's parameter with `$`:
  // `app/routes/orders.$orderId.refund.tsx` is a real file, not a shell variable.
  if (path.includes("$") && path.includes("routes/")) path = path.replace(FLAT_ROUTE_PARAM, "param");
  // The version triple ("tied to a specific version triple (major.minor.patch)"), not a patch
  // file; tested apart, on its length, to keep it out of the alternation every path runs.
  if (path.length === 17 && VERSION_TRIPLE.test(path)) return "version pattern";
  if (!ANY.test(path)) return null;
  for (const [re, why] of CHECKS) if (re.test(path)) return why;
  return null;
}

const FLAT_ROUTE_PARAM = /(?<=[./])\$[A-Za-z_]\w*(?=[./])/g;

/** Generic names that are illustrations when introduced by "e.g." / "for example" / "such as". */
const GENERIC =
  /(?:^|\/)(?:example|examples|sample|file|filename|name|new|some|something|test|thing|abc|xyz)(?:[-_.][^/]*)?$/i;

export function isGenericName(path: string): boolean {
  return GENERIC.test(path.replace(/\/$/, ""));
}

/** Replace placeholder pieces by a neutral word so the rest can be judged as a path. */
export function neutralise(path: string): string {
  return path
    .replace(/<[^<>]*>|\{[^{}]*\}|\$\{[^}]*\}|\$[A-Za-z_]\w*|%[sd]/g, "x")
    .replace(/\*\*?|\?/g, "x")
    .replace(/\.\.\.|…/g, "x");
}

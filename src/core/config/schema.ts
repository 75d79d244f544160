// The configuration file (.github/handoff-guard.yml), as one zod schema: the single source for
// validation, defaults, the committed JSON schema and docs/configuration.md.
import { z } from "zod";

export const SEVERITY_SETTINGS = ["error", "warning", "notice", "off"] as const;
const severitySetting = z.enum(SEVERITY_SETTINGS);

const ruleSetting = z.union([
  severitySetting,
  z.strictObject({
    handoffs: severitySetting.optional().describe("Severity for findings in handoffs."),
    documents: severitySetting.optional().describe("Severity for findings in other documents."),
  }),
]);

const globList = z.array(z.string().min(1));

export const DEFAULT_HANDOFFS = [
  "**/_handoffs/**/*.md",
  "**/handoffs/**/*.md",
  "**/handoff*.md",
  "**/HANDOFF*.md",
  "**/Handoff*.md",
  // `2025-04-22-orders-duplicates-handoff.md`, `session_handoff.md`: named for what they are.
  "**/*-handoff.md",
  "**/*_handoff.md",
  "**/*-HANDOFF.md",
  "**/*_HANDOFF.md",
];

/** Markdown, and Cursor's rule files (`.cursor/rules/*.mdc`: Markdown with front matter). */
export const DEFAULT_DOCUMENTS = ["**/*.md", "**/*.markdown", "**/*.mdx", "**/*.mdc"];

export const DEFAULT_EXCLUDE = [
  "**/node_modules/**",
  "**/vendor/**",
  "**/third_party/**",
  "**/.venv/**",
  "**/venv/**",
  "**/site-packages/**",
  "**/bower_components/**",
  "**/.git/**",
  "**/dist/**",
  "**/build/**",
  // Release notes record files as they were: a renamed file in last year's notes is history, not
  // a phantom. (A changelog is read, its newest entry only: see document/changelog.ts.)
  "**/{RELEASE_NOTES,RELEASE-NOTES,RELEASENOTES,release-notes,release_notes}*.md",
  "**/.changeset/*.md",
  "**/LICENSE*.md",
];

export const DEFAULT_IMPLEMENTATION = [
  "src/**",
  "lib/**",
  "app/**",
  "apps/**",
  "packages/**",
  "tests/**",
  "test/**",
  "**/*.{py,pyi,js,jsx,mjs,cjs,ts,tsx,mts,cts,go,rs,java,kt,kts,scala,rb,php,cs,fs,c,h,cc,cpp,hpp,cxx,m,mm,swift,dart,lua,r,R,jl,ex,exs,erl,hs,ml,clj,sh,bash,zsh,ps1,sql,vue,svelte,astro,css,scss,sass,less,html,tf,hcl,proto,graphql,gql}",
  "**/{Dockerfile,Makefile,Justfile,Rakefile,Gemfile,Procfile}",
  "**/*.{json,yaml,yml,toml,ini,cfg,env.example,lock}",
];

export const DEFAULT_DOCUMENTATION = [
  "docs/**",
  "doc/**",
  "adr/**",
  "**/adr/**",
  "**/*.{md,markdown,mdx,rst,adoc,txt}",
];

export const DEFAULT_ARTIFACTS = [
  "**/*.{log,patch,diff,tmp,temp,bak,orig,rej,swp,dump,dmp,core,pid,prof,heapsnapshot,cpuprofile}",
  "**/*.{sqlite,sqlite3,db}-journal",
  "**/coverage/**",
  "**/.coverage",
  "**/.nyc_output/**",
  "**/htmlcov/**",
  "**/__pycache__/**",
  "**/*.pyc",
  "**/.pytest_cache/**",
  "**/.mypy_cache/**",
  "**/.DS_Store",
  "**/Thumbs.db",
  "**/core.[0-9]*",
  "**/nohup.out",
  "**/*.stackdump",
];

export const DEFAULT_UNTRACKED_IGNORE = [
  "**/node_modules/**",
  "**/.venv/**",
  "**/venv/**",
  "**/env/**/pyvenv.cfg",
  "**/.git/**",
  "**/.claude/**",
  "**/.cursor/**",
  "**/.idea/**",
  "**/.vscode/**",
  "**/.aider*",
  "**/.windsurf/**",
  "**/.codex/**",
  "**/.continue/**",
  "**/.zed/**",
];

export const configSchema = z
  .strictObject({
    handoffs: globList
      .default(DEFAULT_HANDOFFS)
      .describe("Globs of handoff documents. Findings in handoffs default to the stricter severity."),
    documents: globList
      .default(DEFAULT_DOCUMENTS)
      .describe("Globs of other Markdown documents checked with the same engine (reports, docs)."),
    exclude: globList
      .default(DEFAULT_EXCLUDE)
      .describe(
        "Globs of documents never read (vendored folders, build output, release notes and changesets; a changelog is read, its newest entry only).",
      ),
    ignore: z
      .array(z.string().min(1))
      .default([])
      .describe(
        "Reference targets or document paths whose findings are dropped. A glob (`legacy/**`) or a regular expression written between slashes (`/^_debug\\//`).",
      ),
    rules: z
      .partialRecord(
        z.enum([
          "HG101",
          "HG102",
          "HG103",
          "HG104",
          "HG105",
          "HG106",
          "HG201",
          "HG202",
          "HG301",
          "HG302",
          "HG303",
          "HG304",
          "HG401",
          "HG402",
        ]),
        ruleSetting,
      )
      .default({})
      .describe(
        "Severity per rule id: error, warning, notice or off, or {handoffs, documents} to set each class.",
      ),
    untracked: z
      .strictObject({
        enabled: z.boolean().default(true).describe("Check the working tree for uncommitted work."),
        implementation: globList
          .default(DEFAULT_IMPLEMENTATION)
          .describe("Globs of implementation files (HG301)."),
        documentation: globList
          .default(DEFAULT_DOCUMENTATION)
          .describe("Globs of documentation files (HG302)."),
        artifacts: globList
          .default(DEFAULT_ARTIFACTS)
          .describe("Globs of logs, patches, dumps and temp files (HG303)."),
        ignore: globList
          .default(DEFAULT_UNTRACKED_IGNORE)
          .describe("Globs never reported as untracked (editor and agent state, virtualenvs)."),
        groupThreshold: z
          .number()
          .int()
          .min(2)
          .default(4)
          .describe("A new untracked folder with at least this many files is one finding."),
      })
      .prefault({})
      .describe("Checks of files in the working tree that were never committed."),
    duplicates: z
      .strictObject({
        enabled: z.boolean().default(true),
        threshold: z
          .number()
          .min(0)
          .max(1)
          .default(0.6)
          .describe("Score from 0 to 1 at which two open handoffs count as the same work."),
        dateWindowDays: z
          .number()
          .int()
          .min(0)
          .default(14)
          .describe("Handoffs created or due within this many days of each other count as close."),
      })
      .prefault({})
      .describe("Duplicate handoff detection (HG201)."),
    consolidate: z
      .strictObject({
        permission: z
          .enum(["admin", "maintain", "write", "triage", "read"])
          .default("write")
          .describe("Least repository permission a commenter needs for /consolidate."),
        issueLabel: z
          .string()
          .min(1)
          .default("handoff")
          .describe("Label of handoffs kept as GitHub issues; they are closed as duplicates."),
        pullRequest: z
          .boolean()
          .default(true)
          .describe("Open a pull request marking member files `status: consolidated`."),
        label: z
          .string()
          .min(1)
          .default("handoff-guard:consolidated")
          .describe("Label put on consolidated issues."),
      })
      .prefault({})
      .describe("The /consolidate command."),
    hygiene: z
      .strictObject({
        label: z
          .string()
          .min(1)
          .default("handoff-guard:hygiene")
          .describe("Label of the single living hygiene issue."),
        title: z.string().min(1).default("Handoff hygiene report"),
      })
      .prefault({})
      .describe("Scheduled hygiene scans."),
    maxDocumentBytes: z
      .number()
      .int()
      .min(1024)
      .default(5 * 1024 * 1024)
      .describe("Documents larger than this are skipped with a notice."),
  })
  .describe("handoff-guard configuration (.github/handoff-guard.yml).");

export type Config = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
export type RuleSetting = z.output<typeof ruleSetting>;

/** The configuration used when a repository has no config file. */
export function defaultConfig(): Config {
  return configSchema.parse({});
}

// What counts as a file name. Curated, because the tail of `render.com` or `gpt-4.1` looks like
// an extension too: top-level domains (.com .io .ai .dev .org .net .app ...) are deliberately absent.

const EXTENSIONS = `
py pyi pyx pxd ipynb js mjs cjs jsx ts mts cts tsx vue svelte astro rb erb go rs java kt kts scala
groovy gradle c h cc cpp cxx hpp hh hxx cs fs fsx vb swift mm php pl pm r jl lua dart ex exs erl
hrl elm clj cljs edn hs ml mli nim zig sol asm sql graphql gql proto pbtxt pbtx textproto thrift prisma sh bash zsh fish bats sbatch slurm
ps1 psm1 bat cmd awk vim el tf tfvars hcl nix bicep cue rego wasm wat
json jsonc json5 jsonl ndjson yaml yml toml ini cfg conf config properties xml plist lock env
editorconfig npmrc babelrc eslintrc prettierrc gitignore dockerignore gitattributes gitmodules
md markdown mdx rst txt adoc asciidoc tex bib rtf pdf doc docx odt ppt pptx xls xlsx csv tsv
html htm css scss sass less styl ejs hbs mustache njk jinja jinja2 j2 liquid twig haml pug svg
parquet avro arrow feather pkl pickle npy npz h5 hdf5 db sqlite sqlite3 dump bak tar gz tgz zip
bz2 xz 7z rar jar war whl egg gem deb rpm dmg iso img exe dll so dylib class map
log out err trace pid patch diff orig rej
png jpg jpeg gif webp bmp ico tif tiff avif heic mp3 wav ogg flac mp4 mov avi mkv webm
woff woff2 ttf otf eot
dockerfile mk cmake ninja bazel bzl star service socket timer crt pem pub cer csr p12 gpg asc
tmpl tpl snap lockb http rest csproj sln vcxproj pbxproj xcconfig entitlements storyboard xib
mdc neon mld razor cshtml inputactions asset prefab unity mat anim shader hlsl glsl cginc uss
uxml tscn tres gd ld sv svh vhd vhdl purs qmd rmd
xcprivacy xcscheme xcstrings xctestplan xcworkspacedata stringsdict strings intentdefinition pro
bazelrc drawio excalidraw rake gemspec jbuilder podspec xcassets imageset colorset appiconset symbolset
heex eex leex sface controller overridecontroller sq sqm cls
psd xcf kra aseprite blend fbx gltf glb
arb po pot xliff xlf resx ftl age sal zon cabal lhs dhall hl7 jks keystore args cron crontab
puml plantuml mmd mermaid dot gv
ron wgsl wesl vert frag comp geom tesc tese spv metal usf ush rd rda rds rdata rproj
uasset umap uplugin uproject ino pde stl 3mf scad kicad_pcb kicad_sch xacro urdf sdf srdf pgm
ui qrc qml desktop
xaml axaml fsproj vbproj props targets nuspec runsettings resw appxmanifest
feature robot
f90 f95 f03 f08 ftn nml mlx slx nc rbs gpx kml kmz geojson mplstyle
nf smk xdc pcf sdc ucf qsf lpf tcl rpt bit sby vcd kicad_pro kicad_prl kicad_sym kicad_mod kql bicepparam
rockspec cpy cbl cob jcl abap phtml tmx tmj tsj xsd asmdef asmref gleam waypoints params apj mavlink dat rules avsc avdl binlog leaf xcworkspace xcodeproj xcassets xcframework sls mgcb cff dcf dts dtsi overlay ambr spec
`;

/** Lower-case extensions (without the dot) that make a token a file name. */
export const KNOWN_EXTENSIONS: ReadonlySet<string> = new Set(EXTENSIONS.split(/\s+/).filter(Boolean));

/**
 * R's files keep a capital R in their extension (`man/fit.Rd`, `vignettes/intro.Rmd`); other
 * mixed-case tails (`Foo.Bar`) are members, not extensions.
 */
export const MIXED_CASE_EXTENSIONS: ReadonlySet<string> = new Set([
  "Rd",
  "Rmd",
  "Rnw",
  "Rproj",
  "RData",
  "Rda",
  "Rds",
  "Rprofile",
  "Rhistory",
]);

/** Single letters are file extensions too (`main.c`), but only these (R's scripts end in `.R`). */
/** MATLAB and Objective-C (`.m`) and fixed-form Fortran (`.f`) too; see `isFileName` for "a.m." and "p.m.". */
export const SINGLE_LETTER_EXTENSIONS: ReadonlySet<string> = new Set(["c", "h", "r", "R", "m", "f", "v"]);

/**
 * Linker scripts of embedded Rust and C (`memory.x`, cortex-m-rt's `link.x`, a PAC's `device.x`):
 * the one `.x` files people name, so `.x` is an extension for these stems only (`v1.x` is not).
 */
/** `memory.x`, `link.x`, `device.x` and their variants (`memory-softdevice.x`, `memory_nrf52840.x`). */
const LINKER_SCRIPT_STEM = /(?:^|\/)(?:memory|link|device)(?:[-_][a-z0-9]+){0,3}$/i;

/** A one-letter extension that makes `stem.ext` a file name. */
export function oneLetterExtension(stem: string, ext: string): boolean {
  return SINGLE_LETTER_EXTENSIONS.has(ext) || (ext === "x" && LINKER_SCRIPT_STEM.test(stem));
}

/**
 * Extensions that are also common member names (`console.log`, `response.json`, `self.db`):
 * with these, a dotted identifier stem (`self`, `res`...) or a multi-dot chain is not a file.
 */
export const MEMBER_LIKE_EXTENSIONS: ReadonlySet<string> = new Set([
  "log",
  "json",
  "map",
  "out",
  "err",
  "lock",
  "dump",
  "diff",
  "patch",
  "class",
  "html",
  "xml",
  "csv",
  "sql",
  "pid",
  "trace",
  "db",
  "rules",
  "params",
  "dat",
  "config",
  "env",
  "txt",
  "exe",
  "bin",
  "sh",
  "r",
  "c",
  "h",
  "age",
  "keystore",
  "args",
  "ui",
  "desktop",
  "m",
  "f",
  "nc",
]);

export const IDENTIFIER_STEMS: ReadonlySet<string> = new Set([
  "self",
  "this",
  "cls",
  "obj",
  "console",
  "logger",
  "logging",
  "window",
  "document",
  "process",
  "res",
  "req",
  "resp",
  "response",
  "request",
  "reply",
  "ctx",
  "os",
  "sys",
  "np",
  "pd",
  "df",
  "json",
  "math",
  "e",
  "r",
  "x",
  "t",
  "module",
  "exports",
  // JavaScript's built-in objects: `Array.map`, `Object.keys.json`-like member chains.
  "Array",
  "Object",
  "String",
  "Number",
  "Promise",
  "JSON",
  "Math",
  "Date",
  "Map",
  "Set",
  "Symbol",
  "Reflect",
  "Buffer",
  "RegExp",
  "Intl",
]);

/** `Node.js`, `Vue.js`... are products, not files. */
export const PRODUCT_NAMES: ReadonlySet<string> = new Set(
  `node vue next nuxt react angular angularjs ember backbone express d3 three chart alpine socket
  knockout meteor nest solid preact svelte p5 anime moment day ml5 tf brain video pixi babylon
  phaser matter cannon hammer popper reveal impress highlight prism marked showdown mathjax io cmake
  auth tone paper fabric leaflet cytoscape sigma vis uppy hls plyr howler lottie two zdog ammo dexie
  immutable handlebars gatsby electron koa hapi feathers keystone mithril riot stimulus inferno sails
  fuse lunr math underscore lodash jquery polyglot nextauth require zepto mootools dojo raphael typed
  particles sortable tippy quill draft clipboard dropzone pdf tesseract turf big decimal bignumber
  numeral chroma mermaid blitz total ractive sweetalert2 tabulator datatables inertia cucumber`
    .split(/\s+/)
    .filter(Boolean),
);

/** Windows programs (`cmd.exe`, `node.exe`): named in docs, never files of a repository. */
export const SYSTEM_PROGRAMS: ReadonlySet<string> = new Set(
  `cmd powershell pwsh explorer notepad conhost svchost rundll32 regedit msiexec wsl taskmgr mmc calc
  mspaint wscript cscript certutil bitsadmin schtasks netsh ipconfig nslookup tasklist taskkill
  whoami winget choco robocopy xcopy node python pythonw git bash java javaw link cl lib msbuild devenv`
    .split(/\s+/)
    .filter(Boolean),
);

/** Names that are files with no extension (case-exact). `strict` ones only count in code/links. */
export const EXTENSIONLESS: ReadonlyMap<string, "any" | "strict"> = new Map([
  ...[
    "Dockerfile",
    "Containerfile",
    "Makefile",
    "GNUmakefile",
    "Procfile",
    "Gemfile",
    "Rakefile",
    "Jenkinsfile",
    "Vagrantfile",
    "Brewfile",
    "Justfile",
    "justfile",
    "Pipfile",
    "Podfile",
    "Cartfile",
    "Earthfile",
    "Tiltfile",
    "Caddyfile",
    "Snakefile",
    // fastlane's, Ruby tools' and Capistrano's
    "Fastfile",
    "Appfile",
    "Matchfile",
    "Gymfile",
    "Scanfile",
    "Snapfile",
    "Deliverfile",
    "Pluginfile",
    "Dangerfile",
    "Guardfile",
    "Capfile",
    "Berksfile",
    "Puppetfile",
    "CODEOWNERS",
    // Rack's entry point: `.ru` alone is a country's domain, so only this name counts.
    "config.ru",
    // ESP-IDF's build settings (`sdkconfig`, `sdkconfig.defaults`, `sdkconfig.release`).
    "sdkconfig",
  ].map((n) => [n, "any"] as const),
  ...[
    "LICENSE",
    "LICENCE",
    "COPYING",
    "NOTICE",
    "AUTHORS",
    "README",
    "CHANGELOG",
    "CONTRIBUTING",
    "VERSION",
    // R packages' spelling word list (`inst/WORDLIST`), Netlify's and Cloudflare Pages' rules
    "WORDLIST",
    "_redirects",
    "_headers",
    // Kconfig menus of Linux, Zephyr and ESP-IDF components (`components/power/Kconfig`); alone in
    // prose the word names the system.
    "Kconfig",
  ].map((n) => [n, "strict"] as const),
]);

/** Dotfiles recognised by name (besides `.xxxrc` and `.xxxignore`). */
export const DOTFILES: ReadonlySet<string> = new Set([
  ".gitignore",
  ".gitattributes",
  ".gitmodules",
  ".gitkeep",
  ".keep",
  ".dockerignore",
  ".npmignore",
  ".editorconfig",
  ".npmrc",
  ".nvmrc",
  ".yarnrc",
  ".env",
  ".envrc",
  ".python-version",
  ".node-version",
  ".ruby-version",
  ".tool-versions",
  ".flake8",
  ".pylintrc",
  ".coveragerc",
  ".htaccess",
  ".mailmap",
  ".clang-format",
  ".clang-tidy",
  ".prettierrc",
  ".eslintrc",
  ".babelrc",
  ".stylelintrc",
  ".swcrc",
  ".browserslistrc",
  ".markdownlint",
  ".shellcheckrc",
  ".hadolint",
  ".gcloudignore",
  ".vercelignore",
  ".ansible-lint",
  ".yamllint",
  ".rspec",
]);

/**
 * Files every project of an ecosystem has: its lockfile, manifest, package-manager and editor
 * settings, licence and readme. Documentation of a tool ("npm ci reads `package-lock.json`",
 * "put the version in a `.python-version` file") names them for the reader's project.
 */
export const PROJECT_FILES: ReadonlySet<string> = new Set(
  (
    "package-lock.json npm-shrinkwrap.json yarn.lock pnpm-lock.yaml pnpm-workspace.yaml bun.lock bun.lockb " +
    ".npmrc .yarnrc .yarnrc.yml .npmignore .nvmrc .node-version .python-version .ruby-version " +
    ".tool-versions Pipfile Pipfile.lock poetry.lock uv.lock Gemfile Gemfile.lock Cargo.lock go.sum " +
    "composer.lock .gitignore .gitattributes .dockerignore .editorconfig .env .env.local .envrc " +
    "npm-debug.log yarn-error.log README LICENSE LICENCE CHANGELOG package.json pyproject.toml " +
    "requirements.txt setup.py setup.cfg Cargo.toml go.mod composer.json tsconfig.json jsconfig.json " +
    "Dockerfile docker-compose.yml docker-compose.yaml compose.yaml Makefile " +
    // A language's conventional module files, bare or at their conventional place.
    "lib.rs main.rs mod.rs build.rs src/lib.rs src/main.rs __init__.py conftest.py manage.py main.go go.work"
  ).split(" "),
);

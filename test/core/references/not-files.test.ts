// Names that look like files in real documentation and are not files of the repository. Found by
// running the extractor over the Markdown of this project's node_modules (READMEs and docs of
// about 300 packages) and reading every mention it would have relied on.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../../src/core/document/parse.js";

function mentions(text: string) {
  return parseDocument("README.md", text, "document").references.map((r) => `${r.raw} ${r.intent}`);
}

describe("names that are not files", () => {
  it("a title that is only `name.js` names the project (`# core.js`, `# types.ts`)", () => {
    expect(mentions("# core.js\n\nA library.")).toEqual(["core.js example"]);
    expect(mentions("# `types.ts`")).toEqual(["types.ts example"]);
    // A mention in the body, a lower heading, or a title with more words is still a file.
    expect(mentions("# core.js\n\nEdit `src/core.js`.")).toEqual(["core.js example", "src/core.js exists"]);
    expect(mentions("## rest.js")).toEqual(["rest.js exists"]);
    expect(mentions("# Fix api_healer.py")).toEqual(["api_healer.py exists"]);
  });

  it("ECMAScript internal slots are not wikilinks to notes", () => {
    expect(mentions("The [[Prototype]] of obj, and [[Meeting Notes]].")).toEqual([
      "Prototype example",
      "Meeting Notes exists",
    ]);
  });

  it("Windows system programs are not repository files, a program in a folder still is", () => {
    expect(mentions("Run `cmd.exe` or `node.exe`, then `tools/cmd.exe` and `build.exe`.")).toEqual([
      "tools/cmd.exe exists",
      "build.exe exists",
    ]);
  });

  it("a bare `.socket` or `.pid` name is a unit, a runtime file or a member, not a repository file", () => {
    expect(mentions("Read `request.socket` and `subprocess.pid`; see `deploy/app.socket`.")).toEqual([
      "deploy/app.socket exists",
    ]);
  });

  it("an archive format is not a file: `tar.gz`, `.tar.xz`; `vendor/app.tar.gz` is", () => {
    expect(mentions("Download the `tar.gz` or the `.tar.xz`, not `vendor/app.tar.gz`.")).toEqual([
      "vendor/app.tar.gz exists",
    ]);
  });

  it("sed substitutions and product names are not paths", () => {
    // A top-level folder named `s` reads as a substitution too: rare enough to accept.
    expect(mentions("Fixed the docs (s/node.js/Node.js) and `s/foo/bar/g`; see src/s/main.py.")).toEqual([
      "src/s/main.py exists",
    ]);
    expect(mentions("Runs on io.js and non-Node.js runtimes, built with CMake.js.")).toEqual([]);
  });

  it("a negated expression or an ignore-file exception in code is not a path", () => {
    expect(mentions("Use `!stdSerializers.err`, and add `!dist/keep.js` to .gitignore.")).toEqual([
      ".gitignore exists",
    ]);
  });

  it("a piece of a name is not a file: `-timing.json`, prefixed with `ci/`, major.minor.patch", () => {
    // Found in npm's documentation.
    expect(mentions("The file name ends with `-timing.json`.")).toEqual([]);
    expect(mentions("The log file name ends in `debug.log`.")).toEqual(["debug.log example"]);
    expect(mentions("The value of `ci-name`, prefixed with `ci/`, or empty.")).toEqual(["ci/ example"]);
    expect(mentions("Tied to a specific version triple (major.minor.patch).")).toEqual([
      "major.minor.patch example",
    ]);
    // An instruction to start with a file, a real patch file, and a name that ends a list are files.
    expect(mentions("Start with `docs/guide.md`, then apply `fixes/major.patch`.")).toEqual([
      "docs/guide.md exists",
      "fixes/major.patch exists",
    ]);
  });

  it("a diff's a/ and b/ sides are not folders: one mention per file, new and deleted files as such", () => {
    const diff = [
      "```diff",
      "diff --git a/src/app.py b/src/app.py",
      "--- a/src/app.py",
      "+++ b/src/app.py",
      "@@ -1 +1 @@",
      "--- /dev/null",
      "+++ b/src/new_module.py",
      "--- a/src/old.py",
      "+++ /dev/null",
      "```",
      "",
      "```",
      "--- a/tree/",
      "```",
    ].join("\n");
    expect(mentions(diff)).toEqual([
      "src/app.py exists",
      "src/new_module.py created",
      "src/old.py removed",
      // Not a diff header without its `+++` line: a tree listing's path as written.
      "a/tree/ exists",
    ]);
  });

  it("methods of JavaScript's built-ins and prototypes are not files; a file named after one is", () => {
    expect(
      mentions(
        "Use `Array.map`, `Array.prototype.map`, `Widget.prototype.render.js` or `JSON.json`; see `Map.md`.",
      ),
    ).toEqual(["Map.md exists"]);
  });

  it("a property or method named as such is not a file; a module or script is", () => {
    expect(mentions("New `Response.json` property, and the `config.load()` method.")).toEqual([
      "Response.json example",
    ]);
    expect(mentions("The `utils.py` module and the `deploy.sh` script.")).toEqual([
      "utils.py exists",
      "deploy.sh exists",
    ]);
  });

  it("a package in a build's output folder is an artifact; other files there, and packages elsewhere, are not", () => {
    expect(
      mentions("Upload `dist/bundle.zip` and `target/app.jar`; see `dist/cli.js` and `docs/guide.zip`."),
    ).toEqual([
      "dist/bundle.zip example",
      "target/app.jar example",
      "dist/cli.js exists",
      "docs/guide.zip exists",
    ]);
  });

  it("a pytest node id names its test file", () => {
    const refs = parseDocument(
      "README.md",
      "Failing: `tests/test_api.py::test_login`.",
      "document",
    ).references;
    expect(refs.map((r) => r.path)).toEqual(["tests/test_api.py"]);
    // Other `::` paths (Rust, PHP, C++) are not Python files.
    expect(mentions("Call `crate::config::load` and `App::boot`.")).toEqual([]);
  });

  it("a file a diff creates or deletes says so in its reason", () => {
    const refs = parseDocument(
      "README.md",
      "```diff\n--- /dev/null\n+++ b/src/new.py\n--- a/src/gone.py\n+++ /dev/null\n```",
      "document",
    ).references;
    expect(refs.map((r) => `${r.path} ${r.intent} ${r.intentReason}`)).toEqual([
      "src/new.py created listed as new or changed (diff header)",
      "src/gone.py removed listed as deleted (diff header)",
    ]);
  });
});

describe("session 17: names from 29 packages' docs", () => {
  it("a key path of one-letter names is not a C file", () => {
    expect(mentions("Given a redaction path of `a.b.c` the `path` argument is `['a', 'b', 'c']`.")).toEqual(
      [],
    );
    // near-misses: a one-letter C file, and one in a folder
    expect(mentions("Compile `src/a.c` and read `main.c`.")).toEqual(["src/a.c exists", "main.c exists"]);
  });

  it("Fastify's `reply.log` is a member, a log file in a folder is a file", () => {
    expect(mentions("Use `request.log` or `reply.log` for log messages.")).toEqual([]);
    expect(mentions("Read `logs/reply.log`.")).toEqual(["logs/reply.log exists"]);
  });

  it("the host of a URL on the same line is a site", () => {
    expect(mentions('Load it from <a href="https://esm.sh">esm.sh</a>, including types.')).toEqual([]);
    expect(mentions("Fetch from esm.sh (https://esm.sh/preact).")).toEqual([]);
    expect(mentions("Types come from esm.sh, see https://esm.sh.")).toEqual([]);
    // near-miss: a script whose name a longer host only starts with
    expect(mentions("Run deploy.sh (see https://deploy.sh.example.com).")).toEqual(["deploy.sh exists"]);
  });

  it("a settings file in the reader's current directory is the reader's", () => {
    expect(mentions("It reads a `.pino-prettyrc` in your current directory if not specified.")).toEqual([
      ".pino-prettyrc example",
    ]);
    expect(mentions("Put `.github/workflows/ci.yml` in your repository.")).toEqual([
      ".github/workflows/ci.yml example",
    ]);
    // near-miss: this repository's file, copied into the reader's project
    expect(mentions("Copy `templates/.pino-prettyrc` into your project.")).toEqual([
      "templates/.pino-prettyrc exists",
    ]);
  });
});

describe("session 17: suffixes, versions to fill in, templates and folders at a sentence's end", () => {
  it("a compound suffix is a kind of file, a dotfile is a file", () => {
    expect(mentions("Fix the `.d.ts` path bug and every `.test.ts` file.")).toEqual([]);
    // near-miss: a real dotfile with two dots
    expect(mentions("Edit `.eslintrc.json` first.")).toEqual([".eslintrc.json exists"]);
  });

  it("a version to fill in makes a path an example", () => {
    expect(mentions("Handoffs are `docs/release/vX.Y.Z-handoff.md`.")).toEqual([
      "docs/release/vX.Y.Z-handoff.md example",
    ]);
    // near-miss: a real version in a name
    expect(mentions("Read `docs/release/v2.0.0-handoff.md`.")).toEqual([
      "docs/release/v2.0.0-handoff.md exists",
    ]);
  });

  it("a Leaf template is a file", () => {
    expect(mentions("Open `Resources/Views/admin/bookings.leaf`.")).toEqual([
      "Resources/Views/admin/bookings.leaf exists",
    ]);
  });

  it("a folder at the end of a sentence keeps its slash and loses the full stop", () => {
    expect(mentions("Postmortem template: ops/postmortems/.")).toEqual(["ops/postmortems/ exists"]);
    // near-miss: the current folder written `./.` stays as written
    expect(mentions("Run it from ./.")).toEqual([]);
  });
});

describe("session 17: Xcode bundles", () => {
  it("an Xcode workspace or project is a path", () => {
    expect(mentions("Open `ios/App/App.xcworkspace` in Xcode.")).toEqual(["ios/App/App.xcworkspace exists"]);
    expect(mentions("Citing: use `CITATION.cff`.")).toEqual(["CITATION.cff exists"]);
  });
});

describe("session 18: code, values, the file system's root and 'some/'", () => {
  it("a name followed by a comma in a program's code is an expression, not a file", () => {
    expect(mentions("```js\nconsole.log(\n  debug.log, // the log function\n)\n```")).toEqual([]);
    // near-miss: the same line in a block that is not code lists a file
    expect(mentions("```text\nlogs/debug.log, # written by the app\n```")).toEqual(["logs/debug.log exists"]);
  });

  it("a drawn tree that starts at '/' is the reader's file system", () => {
    const tree = (root: string) =>
      mentions(
        `\`\`\`\n${root}\n└── Users\n    └── me\n        ├── unicorn.png\n        └── example.js\n\`\`\``,
      );
    expect(tree("/")).toEqual(["unicorn.png example", "example.js example"]);
    // near-miss: a tree of the project
    expect(tree("project/")).toEqual(["project/ example", "unicorn.png exists", "example.js exists"]);
  });

  it("a setting that is true or false is not a file", () => {
    expect(mentions("Dotfiles are ignored unless `options.dot` is true.")).toEqual(["options.dot example"]);
    expect(mentions("Check that `config.strict === false` … or `opts.dot` defaults to false.")).toEqual([
      "opts.dot example",
    ]);
    // near-miss: a Graphviz file that is the input
    expect(mentions("`graph.dot` is the input of the render step.")).toEqual(["graph.dot exists"]);
  });

  it("a kind of settings file a tool reads is not this repository's", () => {
    expect(mentions("Prettier reads a `.prettierrc` file in the project.")).toEqual([".prettierrc example"]);
    expect(mentions("If there is an `.nvmrc` file, nvm uses it.")).toEqual([".nvmrc example"]);
    expect(mentions("Old versions kept it in a file named `.pyenv-version`.")).toEqual([
      ".pyenv-version example",
    ]);
    // near-misses: one to make, one said to be here, one at a path
    expect(mentions("Add a `.nvmrc` file with 20.")).toEqual([".nvmrc planned"]);
    expect(mentions("There is a `.nvmrc` file at the root.")).toEqual([".nvmrc exists"]);
    expect(mentions("See a `docs/.nvmrc` file.")).toEqual(["docs/.nvmrc exists"]);
  });

  it("npm's documentation: a file that may be there, a path from another folder, demo names", () => {
    expect(mentions("If there is a `server.js` file in the root of your package, npm runs it.")).toEqual([
      "server.js example",
    ]);
    expect(mentions("The file at `./etc/npmrc` (relative to the global prefix) is parsed.")).toEqual([
      "./etc/npmrc example",
    ]);
    expect(mentions("It runs in both `./packages/a` and `./packages/b` folders.")).toEqual([
      "./packages/a example",
      "./packages/b example",
    ]);
    expect(mentions("Run it as `name` or `name.cmd`, linked by `ld` or `link.exe`.")).toEqual([
      "name.cmd example",
    ]);
    // near-misses: a file said to be there, a path from this folder or the root, a real letter-like name
    expect(mentions("There is a `server.js` file.")).toEqual(["server.js exists"]);
    expect(mentions("Open `docs/a.md`, relative to this folder.")).toEqual(["docs/a.md exists"]);
    expect(mentions("Paths are `docs/a.md` (relative to the repository root).")).toEqual([
      "docs/a.md exists",
    ]);
    expect(mentions("See `./packages/ab` and `tools/link.sh`.")).toEqual([
      "./packages/ab exists",
      "tools/link.sh exists",
    ]);
  });

  it("a path under 'some/' stands for any path", () => {
    expect(mentions("URLs relative to the current page, such as `./some/page.html`, are kept.")).toEqual([
      "./some/page.html example",
    ]);
    // near-miss: a folder whose name merely ends in 'some'
    expect(mentions("See `./awesome/page.html`.")).toEqual(["./awesome/page.html exists"]);
  });
});

describe("session 18: a case ending glued to a bare path", () => {
  it("'docs/oncall.md-ში' names docs/oncall.md; a Latin suffix or a name without extension stays", () => {
    expect(mentions("იხილეთ docs/runbooks/oncall.md-ში კონტაქტები.")).toEqual([
      "docs/runbooks/oncall.md exists",
    ]);
    // near-misses: no extension before the ending; a Latin word glued on is not a case ending
    expect(mentions("See data/report-日本 now.")).toEqual([]);
    expect(mentions("See docs/a.md-based notes.")).toEqual([]);
  });
});

describe("session 18: templates of known kinds of files, and devicetree sources", () => {
  it("reads `x.env.example`, `x.yml.dist` and `.dts`, `.dtsi`, `.overlay` files as files", () => {
    expect(mentions("Copy `ci/secrets.env.example` and `config/app.yml.dist`.")).toEqual([
      "ci/secrets.env.example exists",
      "config/app.yml.dist exists",
    ]);
    expect(mentions("Edit `boards/v2.dts`, `boards/v2-pinctrl.dtsi` and `app.overlay`.")).toEqual([
      "boards/v2.dts exists",
      "boards/v2-pinctrl.dtsi exists",
      "app.overlay exists",
    ]);
    expect(mentions("Commit `tests/snapshots/test_diagnostics.ambr`.")).toEqual([
      "tests/snapshots/test_diagnostics.ambr exists",
    ]);
    expect(mentions("Create `test/isolation/concurrent_generate.spec`.")).toEqual([
      "test/isolation/concurrent_generate.spec planned",
    ]);
    // near-miss: a template suffix after a name of no known kind
    expect(mentions("See `notes/foo.example`.")).toEqual([]);
  });
});

describe("session 19: names of illustrations, members of options objects and example trees", () => {
  it("reads 'some-…', numbered generic files, a naming scheme in brackets and `./x` as placeholders", () => {
    expect(mentions("If `some-test.md` needs settings, a `some_module.py` is used.")).toEqual([
      "some-test.md example",
      "some_module.py example",
    ]);
    expect(mentions("With staged files `file-1.js`, `file2.txt` and `file_a.md`.")).toEqual([
      "file-1.js example",
      "file2.txt example",
      "file_a.md example",
    ]);
    expect(mentions("Name them `[version].[action].[optional-description].sql`.")).toEqual([
      "[version].[action].[optional-description].sql example",
    ]);
    expect(mentions("Import from `./x`, not `./__mocks__/x`.")).toEqual(["./__mocks__/x example"]);
    // near-misses: a name that starts with 'something', a profile file, a Next.js route
    expect(mentions("See `something.md`, `files/profile-1.js` and `app/[slug]/page.tsx`.")).toEqual([
      "something.md exists",
      "files/profile-1.js exists",
      "app/[slug]/page.tsx exists",
    ]);
  });

  it("reads a member of an options or context object, or of a camel-cased variable, as code", () => {
    expect(mentions("##### options.config")).toEqual([]);
    expect(
      mentions("See `options.fs`, `options.strings`, `context.config` and `routeOptions.config`."),
    ).toEqual([]);
    expect(mentions("Use `fastify.log` to write.")).toEqual([]);
    // near-misses: a C source, a test file, a settings file, a .NET config
    expect(mentions("Edit `options.c`, `context.test.js`, `settings.json` and `Web.config`.")).toEqual([
      "options.c exists",
      "context.test.js exists",
      "settings.json exists",
      "Web.config exists",
    ]);
  });

  it("reads a drawn tree whose root is a placeholder as the reader's project", () => {
    const tree = (root: string) =>
      mentions(`\`\`\`\n${root}\n├── lib\n│   ├── api.js\n│   └── getUser.js\n└── main.js\n\`\`\``);
    expect(tree("my-project")).toEqual(["api.js example", "getUser.js example", "main.js example"]);
    expect(tree("example-app/")).toEqual([
      "example-app/ example",
      "api.js example",
      "getUser.js example",
      "main.js example",
    ]);
    // near-miss: a tree of this project
    expect(tree("billing-service/")).toEqual([
      "billing-service/ example",
      "api.js exists",
      "getUser.js exists",
      "main.js exists",
    ]);
  });
});

describe("session 19: a file's name over the code block that writes it out", () => {
  it("in a document, the caption and the same name elsewhere are the reader's copy", () => {
    expect(mentions("**app.js**:\n\n```js\nconst app = 1\n```\n\nUses **app.js** from above.")).toEqual([
      "app.js example",
      "app.js example",
    ]);
    expect(mentions("#### lambda.js\n\n```js\nexport {}\n```")).toEqual(["lambda.js example"]);
    expect(mentions("And a `custom.json` configuration file:\n\n```json\n{}\n```")).toEqual([
      "custom.json example",
    ]);
    expect(
      mentions("The `provider.js` file, simulating a provider, is as follows:\n\n```js\nx\n```"),
    ).toEqual(["provider.js example"]);
  });

  it("not an edit of a file, an instruction to change one, or a caption in a handoff", () => {
    expect(
      mentions("src/export.py\n```python\n<<<<<<< SEARCH\n=======\nx = 1\n>>>>>>> REPLACE\n```"),
    ).toEqual(["src/export.py exists"]);
    expect(mentions("Update `src/app.ts` like this:\n\n```ts\nx\n```")).toEqual(["src/app.ts exists"]);
    expect(mentions("Run a `setup.sh` script first, then:\n\n```sh\nx\n```")).toEqual(["setup.sh exists"]);
    const handoff = parseDocument("HANDOFF.md", "**app.js**:\n\n```js\nx\n```", "handoff");
    expect(handoff.references.map((r) => `${r.raw} ${r.intent}`)).toEqual(["app.js exists"]);
  });
});

describe("session 19: a ticked list of links in a README", () => {
  it("reads a ticked link as followed in a document, as a claim of work done in a handoff", () => {
    const text = "- [x] [Promise API](documentation/1-promise.md)\n- [x] Create `docs/streams.md`";
    expect(mentions(text)).toEqual(["documentation/1-promise.md exists", "docs/streams.md created"]);
    const handoff = parseDocument("HANDOFF.md", text, "handoff");
    expect(handoff.references.map((r) => `${r.raw} ${r.intent}`)).toEqual([
      "documentation/1-promise.md created",
      "docs/streams.md created",
    ]);
  });
});

describe("session 20: expressions, libraries' names, files like one and the reader's files", () => {
  it("an expression in a code span is not a name with `&` in it", () => {
    expect(mentions("Prefer `_.get` over chains like `a && a.b && a.b.c`.")).toEqual([]);
    expect(mentions("Falls back with `opts.file || config.js`.")).toEqual([]);
    // near-miss: a name with one `&` in it is still a file
    expect(mentions("Read `docs/Q&A.md` first.")).toEqual(["docs/Q&A.md exists"]);
  });

  it("a library's name ending in `.js` is not a file; the same name with a folder is", () => {
    expect(mentions("Lodash and Underscore.js clone results should not be mutated.")).toEqual([]);
    expect(mentions("Math.js is an extensive math library.")).toEqual([]);
    expect(mentions("Edit lib/math.js first.")).toEqual(["lib/math.js exists"]);
  });

  it("files like one named are a kind of file, not that file", () => {
    expect(mentions("If they are in just a few files like `nav.tsx`, disable the rule there.")).toEqual([
      "nav.tsx example",
    ]);
    // near-miss: one file named like another is still followed
    expect(mentions("Name it like `nav.tsx` and open `src/nav.tsx`.")).toEqual([
      "nav.tsx exists",
      "src/nav.tsx exists",
    ]);
  });

  it("your file is the reader's own, whatever the verb before it", () => {
    expect(mentions("### 2. Edit your `eslint.config` file")).toEqual(["eslint.config example"]);
    expect(mentions("Add the plugin to their `babel.config.js`.")).toEqual(["babel.config.js example"]);
    // near-miss: a link is followed whoever it belongs to
    expect(mentions("See [your settings](docs/settings.md).")).toEqual(["docs/settings.md exists"]);
  });
});

describe("session 20: built libraries, release downloads, manual pages and job scripts", () => {
  it("an assembly or shared library by its name alone is built or installed, not kept", () => {
    expect(mentions("Scripts outside an asmdef end up in `Assembly-CSharp.dll`.")).toEqual([
      "Assembly-CSharp.dll example",
    ]);
    // near-miss: one kept in the repository is written with its folder
    expect(mentions("Update `Assets/Plugins/Newtonsoft.Json.dll`.")).toEqual([
      "Assets/Plugins/Newtonsoft.Json.dll exists",
    ]);
  });

  it("a release's download named with its version is no file of the repository", () => {
    expect(mentions("Smoke-test `logship_1.4.0_linux_amd64.tar.gz` from the release.")).toEqual([
      "logship_1.4.0_linux_amd64.tar.gz example",
    ]);
    // near-miss: an archive kept in the repository has no version in its name or has a folder
    expect(mentions("Unpack `fixtures/sample.tar.gz` first.")).toEqual(["fixtures/sample.tar.gz exists"]);
  });

  it("reads a manual page in a man folder, a Slurm job script and a Perfetto config", () => {
    expect(mentions("Read `docs/man/logship-push.1`, not `version.1`.")).toEqual([
      "docs/man/logship-push.1 exists",
    ]);
    expect(mentions("Submit with `sbatch scripts/slurm/train_ddp.sbatch`.")).toEqual([
      "scripts/slurm/train_ddp.sbatch exists",
    ]);
    expect(mentions("Trace with `tools/perfetto/startup.pbtx`.")).toEqual([
      "tools/perfetto/startup.pbtx exists",
    ]);
  });

  it("a route's `$param` in a Remix or TanStack route file is part of its name", () => {
    expect(mentions("Open `app/routes/orders.$orderId.refund.tsx`.")).toEqual([
      "app/routes/orders.$orderId.refund.tsx exists",
    ]);
    // near-miss: a shell variable outside a routes folder is still a placeholder
    expect(mentions("Open `$HOME/app/x.tsx`.")).toEqual(["$HOME/app/x.tsx example"]);
  });
});

describe("session 20: the reader's own file, named again", () => {
  it("once the document says 'your `.eslintrc`', its other plain mentions of it are the reader's too", () => {
    const text =
      "Add `jest` to the plugins of your `.eslintrc` file.\n\nFor `.eslintrc` configs use overrides.\n\nSee [the sample](.eslintrc) and `docs/.eslintrc`.";
    expect(mentions(text)).toEqual([
      ".eslintrc example",
      ".eslintrc example",
      // near-misses: a link is followed; another path with the same name is another file
      ".eslintrc exists",
      "docs/.eslintrc exists",
    ]);
  });
});

describe("session 20: names built on 'foo'", () => {
  it("reads `foo-bar.js`, `foo_bar_element.js` and `FooBarElement.js` as demo names", () => {
    expect(mentions("`FooBarElement` -> `foo_bar_element.js`, `FooBarElement.js` or `foo-bar.js`.")).toEqual([
      "foo_bar_element.js example",
      "FooBarElement.js example",
      "foo-bar.js example",
    ]);
    // near-misses: a word that starts with 'foo' is a name
    expect(mentions("Edit `src/footer.js` and `Footnotes.md`.")).toEqual([
      "src/footer.js exists",
      "Footnotes.md exists",
    ]);
  });
});

describe("session 21: Bats tests, Kotlin scripts run by path, Cucumber and Robot suites", () => {
  it("reads the files these runners and suites are made of", () => {
    expect(mentions("Run `bats test/deploy.bats` locally.")).toEqual(["test/deploy.bats exists"]);
    expect(mentions("```bash\n./scripts/release-notes.main.kts --since v1.2\n```")).toEqual([
      "./scripts/release-notes.main.kts exists",
    ]);
    expect(mentions("See `features/login.feature` and `tests/smoke.robot`.")).toEqual([
      "features/login.feature exists",
      "tests/smoke.robot exists",
    ]);
    // near-miss: a word joined to 'feature' by a dot in prose is no suite
    expect(mentions("This is a new feature. Robot arms come next.")).toEqual([]);
  });
});

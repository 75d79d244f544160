import { describe, expect, it } from "vitest";
import { describeIntentRules, type IntentCases, parse, refs } from "../document/helpers.js";

// General linguistic rules, each with paraphrases (worded unlike the corpus) and near-misses
// that must keep their old reading. [snippet, path, expected intent]
const RULES: IntentCases = {
  "negated existence and a later removal clause": [
    ["There's no `src/cache/v3.py`; stick with v2.", "src/cache/v3.py", "historical"],
    ["There are no `tests/e2e/` folders yet.", "tests/e2e/", "historical"],
    ["No such file `config/prod.yaml` on main.", "config/prod.yaml", "historical"],
    ["Leave `old/runner.py` alone — it has been removed upstream.", "old/runner.py", "removed"],
    ["Skip `lib/shim.js`, which was deleted last sprint.", "lib/shim.js", "removed"],
    // near-misses
    ["There is no need to edit `src/app.py` twice.", "src/app.py", "exists"],
    ["Edit `src/app.py` — the old flag was deleted in #12.", "src/app.py", "exists"],
  ],
  "what is added goes into an existing file": [
    ["I added the retry guard to `worker/queue.py` last night.", "worker/queue.py", "exists"],
    ["Implemented the backoff in `worker/retry.py` as discussed.", "worker/retry.py", "exists"],
    ["The flag is added to the `ops/a.yaml` or `ops/b.yaml` file.", "ops/b.yaml", "exists"],
    ["Wired the new limiter in `gateway/routes.ts`.", "gateway/routes.ts", "exists"],
    // near-misses: the added thing itself, a file written "to", and a merge's result are created
    ["Added `worker/guard.py` with the retry loop.", "worker/guard.py", "created"],
    ["Added `worker/a.py`, `worker/b.py` and `worker/c.py`.", "worker/c.py", "created"],
    ["Wrote the findings to `notes/findings.md`.", "notes/findings.md", "created"],
    ["Merged `notes/a.md` and `notes/b.md` into `notes/all.md`.", "notes/all.md", "created"],
  ],
  "where a file is, and what its author says is not committed": [
    ["Store screenshots for both apps are in `fastlane/shots/`.", "fastlane/shots/", "exists"],
    ["The move blocks for the subnet rename are in `infra/moved.tf`.", "infra/moved.tf", "exists"],
    [
      "The flame graph is in `bench/out/flame.svg` (build output, not committed).",
      "bench/out/flame.svg",
      "historical",
    ],
    [
      "Wrote `svc/reversal.go` (reversal postings). It is NOT committed yet.",
      "svc/reversal.go",
      "historical",
    ],
    ["The Python bindings (`pybind/`) are a separate repository.", "pybind/", "example"],
    ["Call GET `/api/v2/visits/` to list visits.", "/api/v2/visits/", "example"],
    ["| File | Status |\n| --- | --- |\n| `web/useCart.ts` | ❌ Not started |", "web/useCart.ts", "planned"],
    // near-misses: a created claim with no such remark, a folder that lives here, a rooted
    // folder with no route signal, a cross that says missing
    ["Wrote `svc/reversal.go`. It works.", "svc/reversal.go", "created"],
    ["The bindings live in `pybind/`.", "pybind/", "exists"],
    ["See `/docs/setup/` first.", "/docs/setup/", "exists"],
    ["| File | Status |\n| --- | --- |\n| `web/useCart.ts` | ❌ Missing |", "web/useCart.ts", "historical"],
  ],
  "where the author says a file is not": [
    ["The SPA we tried (`web/spa/`, deleted in October) doubled the API.", "web/spa/", "removed"],
    ["The SPA we tried (`web/spa/`,\ndeleted in October) doubled the API.", "web/spa/", "removed"],
    [
      "Rooms were `app/models/room.rb` on the spike\nbranch only; that model was never merged.",
      "app/models/room.rb",
      "historical",
    ],
    ["The timings in `tmp/bench.txt` are from my machine only.", "tmp/bench.txt", "historical"],
    ["Runs go to `mlruns/` locally (gitignored) or to the server.", "mlruns/", "historical"],
    ["Compare the vendor code in `hal/spi.c` (fetched by CMake; not in this repo).", "hal/spi.c", "example"],
    ["Diagrams for all ADRs are kept in `docs/diagrams/`.", "docs/diagrams/", "exists"],
    // near-misses: a list of edits, the main branch, output a run keeps
    ["Edited `src/a.py`, removed the dead code.", "src/a.py", "created"],
    ["The fix is `app/models/room.rb` on the main branch.", "app/models/room.rb", "exists"],
    ["Logs are kept in `logs/app.log`.", "logs/app.log", "example"],
    ["The SPA (`web/spa/`, see the design doc) is next.", "web/spa/", "exists"],
  ],
  "claims, proposals and reports in incident and PR documents": [
    [
      "| # | Action | Status |\n| --- | --- | --- |\n| 2 | Add `tests/GuardTests.cs` for the guard | ✅ Done |",
      "tests/GuardTests.cs",
      "created",
    ],
    ["- Consider adding fault-injection tests under `tests/Chaos/`.", "tests/Chaos/", "planned"],
    ["A wrote that `sync/Policy.kt` was already added. It never was.", "sync/Policy.kt", "historical"],
    ["`Library/` is the engine's import cache and is not committed.", "Library/", "historical"],
    [
      "`gen/lexer.ml` and `gen/parser.ml` come from ocamllex and Menhir; they are\nnot committed.",
      "gen/lexer.ml",
      "historical",
    ],
    ["The chat export `inc-22.txt` is attached to the incident, not to this repo.", "inc-22.txt", "example"],
    [
      "Optional: Docker, for the database setup described in `deploy/compose.yml`.",
      "deploy/compose.yml",
      "exists",
    ],
    ["Raw timeline export: [CSV](attachments/timeline.csv)", "attachments/timeline.csv", "exists"],
    // near-misses: an action still in progress, a command's own setup step, a plain test run
    [
      "| # | Action | Status |\n| --- | --- | --- |\n| 4 | Add a breaker in `src/Breaker.cs` | 🟡 In progress |",
      "src/Breaker.cs",
      "planned",
    ],
    ["- Setup `config/staging.yml` before the deploy", "config/staging.yml", "planned"],
    ["Run the tests in `tests/unit/` first.", "tests/unit/", "exists"],
  ],
  "logs, maps and open items of agent notes": [
    [
      "- `scripts/` holds the tools; the old `tools/` folder was removed, do not recreate it",
      "tools/",
      "removed",
    ],
    ["- `_fresh/` – build output, gitignored, never committed", "_fresh/", "historical"],
    ["3. Deploy both and watch `wp-content/debug.log` on the server.", "wp-content/debug.log", "example"],
    ["- [ ] Prometheus metrics\n  - [ ] Dashboard JSON in `config/grafana/`", "config/grafana/", "planned"],
    ["Fit the model with `R/fit_glmm.R` first.", "R/fit_glmm.R", "exists"],
    ["Render `reports/summary.qmd` afterwards.", "reports/summary.qmd", "exists"],
    ["We use `DataFrames.jl` for the tables.", "DataFrames.jl", "example"],
    // near-misses: a deployed file, a checked item with a place, a Julia file with a folder
    ["Deploy `app/main.py` on the server.", "app/main.py", "exists"],
    ["- [x] Dashboard JSON in `config/grafana/`", "config/grafana/", "created"],
    ["- [ ] `pydantic<2` in `svc/requirements.txt`", "svc/requirements.txt", "exists"],
    ["Load `src/DataFrames.jl` in the REPL.", "src/DataFrames.jl", "exists"],
  ],
  "the example the text points to": [
    ["In the above example, the `src/win_only.cc` file is dropped on Linux.", "src/win_only.cc", "example"],
    ["In this example, `conf/site.yaml` sets the port to 8080.", "conf/site.yaml", "example"],
    ["In the following example `lib/patch.py` is loaded twice.", "lib/patch.py", "example"],
    // near-misses: an example file that exists, and "this example" as a noun phrase
    ["Copy the values in the example `conf/site.example.yaml` first.", "conf/site.example.yaml", "exists"],
    ["Open the example in `docs/samples/basic.md`.", "docs/samples/basic.md", "exists"],
  ],
  "a local override of a committed setting": [
    [
      "Permissions live in `.claude/settings.local.json` on each machine.",
      ".claude/settings.local.json",
      "example",
    ],
    ["Put your token in `config/app.local.yml`.", "config/app.local.yml", "example"],
    // near-misses: names that only contain "local"
    ["Edit `src/locale.ts` for the date format.", "src/locale.ts", "exists"],
    ["Read `docs/local.md` first.", "docs/local.md", "exists"],
  ],
  "a build's output folder": [
    ["The compiled bindings end up in `build/Release/`.", "build/Release/", "example"],
    ["Run `cargo build` and look in `target/debug/` for the binary.", "target/debug/", "example"],
    // near-misses: a file in one (some projects commit their bundle), a source folder named build
    ["Deploy `dist/index.js` to the CDN.", "dist/index.js", "exists"],
    ["Edit the scripts in `tools/build/`.", "tools/build/", "exists"],
  ],
  "reported speech": [
    ['The last three notes all say "run scripts/fix_all.sh first".', "scripts/fix_all.sh", "historical"],
    ["Someone wrote “deploy `svc/healer.py` tonight” in the channel.", "svc/healer.py", "historical"],
    ["The ticket title was 'Ship tools/sync.py now' again.", "tools/sync.py", "historical"],
    // near-misses: a quoted name is emphasis, not speech; apostrophes are not quotes
    ['Open "config/app.yaml" and change the port.', "config/app.yaml", "exists"],
    ["Don't forget to run `scripts/lint.sh` before you're done.", "scripts/lint.sh", "exists"],
  ],
  "the author says it is not in the repository (yet)": [
    ["`tools/sync.py` lives only on my laptop for now.", "tools/sync.py", "historical"],
    ["`scripts/warm.sh` is not in the repo yet.", "scripts/warm.sh", "historical"],
    ["- secrets: deploy/staging.env (not committed, ask Sam)", "deploy/staging.env", "historical"],
    ["`docs/api.md` still being written by Gemini.", "docs/api.md", "planned"],
    ["- Sam: `docs/limits.md` in progress", "docs/limits.md", "planned"],
    ["Blocked on `vendor/maps/` (licence).", "vendor/maps/", "planned"],
    ["Awaiting `data/seed.csv` from the data team.", "data/seed.csv", "planned"],
    ["Designed in RFC-12 (`docs/rfc-12.md`, to be created).", "docs/rfc-12.md", "planned"],
    // near-misses
    ["`tools/sync.py` still works locally.", "tools/sync.py", "exists"],
    ["Wait for `scripts/migrate.sh` to finish, then restart.", "scripts/migrate.sh", "exists"],
  ],
  "listings that say their files are untracked": [
    ["**Untracked files:**\n\n```\nsrc/tmp_probe.py\n```", "src/tmp_probe.py", "historical"],
    ["## Not committed\n\n- `notes/scratch.md`", "notes/scratch.md", "historical"],
    ["**Local-only files**:\n- `out/dump.json`", "out/dump.json", "historical"],
    // near-misses: a claim of new or changed files stays a claim
    ["**Files created (not yet committed):**\n\n- `src/a.py`", "src/a.py", "created"],
    ["## Files created\n\n- `src/b.py`", "src/b.py", "created"],
  ],
  "fenced Markdown and templates are illustrations": [
    ["```md\n## Files created\n- src/x/y.py\n```", "src/x/y.py", "example"],
    ["```markdown\n- docs/guide.md\n```", "docs/guide.md", "example"],
    ["Handoff template:\n\n```\ndocs/report.md\n```", "docs/report.md", "example"],
    // near-miss: a plain fenced list under a claim label
    ["Files created:\n\n```\nsrc/x/y.py\n```", "src/x/y.py", "created"],
  ],
  "examples across a soft line break": [
    ["Reports are named by date, for example\n`reports/2025-01-02.md`.", "reports/2025-01-02.md", "example"],
    [
      "Name each note after its ticket, e.g.\nnotes/ticket-12.md or similar.",
      "notes/ticket-12.md",
      "example",
    ],
    [
      "Handoffs live in one folder, e.g. handoffs/2025-03-01-cache.md.",
      "handoffs/2025-03-01-cache.md",
      "example",
    ],
    // near-misses: a verb after the lead, or no lead at all
    ["For example, run\n`scripts/check.sh` before merging.", "scripts/check.sh", "exists"],
    ["The settings are described in\n`docs/config.md` in detail.", "docs/config.md", "exists"],
    ["E.g. see `docs/guide.md` for the layout.", "docs/guide.md", "exists"],
  ],
  "unchecked items: planned only when the item makes the file": [
    ["- [ ] Write `docs/ops.md`", "docs/ops.md", "planned"],
    ["- [ ] Add unit tests in `tests/test_cache.py`", "tests/test_cache.py", "planned"],
    ["- [ ] Chart of the flow, saved as `docs/flow.png`", "docs/flow.png", "planned"],
    ["- [ ] `docs/ops.md` drafted and linked", "docs/ops.md", "planned"],
    ["- [ ] Refactor `src/http.py`", "src/http.py", "exists"],
    ["- [ ] Run `scripts/smoke.sh` against staging", "scripts/smoke.sh", "exists"],
    ["- [ ] `svc/worker.py` running on Fly", "svc/worker.py", "exists"],
    ["- [ ] `docs/ops.md` updated with the new port", "docs/ops.md", "exists"],
    ["## Acceptance criteria\n\n- [ ] worker.py deployed to Fly", "worker.py", "exists"],
    // near-miss: a bare item is a deliverable
    ["- [ ] `src/new_mod.py`", "src/new_mod.py", "planned"],
  ],
  "glued era words": [
    ["Pre-migrate.py behaviour is documented below.", "migrate.py", "example"],
    ["The Post-loader.py era had fewer retries.", "loader.py", "example"],
  ],
  "verbs that are nouns or parts of paths": [
    ["See docs/run-setup.md and the notes in `docs/x.md`.", "docs/x.md", "exists"],
    ["Context: the benchmark output in docs/bench-2025.md.", "docs/bench-2025.md", "exists"],
    // near-miss: a participle keeps its meaning as an adjective
    ["Read the deleted `scripts/old.sh` history.", "scripts/old.sh", "removed"],
  ],
  "reliance lists and links in plan sections": [
    ["**This note merges:**\n1. `notes/a.md` (first)\n2. `notes/b.md` (second)", "notes/b.md", "exists"],
    ["## Missing pieces\n\n**Related documents:**\n- `docs/x.md`", "docs/x.md", "exists"],
    [
      "## Deliverables\n\n| Item | Link |\n|---|---|\n| Runbook | [runbook](docs/runbook.md) |",
      "docs/runbook.md",
      "exists",
    ],
    // near-miss: a plain mention in a plan section stays planned
    ["## Next steps\n\n- `src/later.py` for caching", "src/later.py", "planned"],
  ],
  // Found in real how-to docs (Node.js contributing guides): instructions, not change reports.
  "how-to steps and navigation are not lists of changes": [
    ["## 4. Update the changelog\n\n- `doc/api/deprecations.md`", "doc/api/deprecations.md", "exists"],
    [
      "Pick a version to view the changelog history:\n\n* [v20](doc/CHANGELOG_V20.md)",
      "doc/CHANGELOG_V20.md",
      "exists",
    ],
    ["Confirm that `src/node_root_certs.h` was updated.", "src/node_root_certs.h", "exists"],
    ["Make sure `package.json` has been bumped.", "package.json", "exists"],
    ["Once the file is created, the root `CHANGELOG.md` must be updated.", "CHANGELOG.md", "exists"],
    // near-misses: a changelog section still lists changes; an elliptical clause is about the mention
    ["## Changelog\n\n- `src/a.py`", "src/a.py", "created"],
    ["Once created, `src/router/metrics.py` must be imported.", "src/router/metrics.py", "planned"],
    ["`src/report.py` was updated.", "src/report.py", "created"],
  ],
  "a creation verb followed by 'with' names the means, not the product": [
    ["Made with 💛 Published under the [MIT](./LICENSE) license.", "LICENSE", "exists"],
    ["The bundle is built with `vite.config.ts`.", "vite.config.ts", "exists"],
    ["Generated with `scripts/gen_docs.py` from the schema.", "scripts/gen_docs.py", "exists"],
    // near-misses: the made thing itself, and "replaced with" (the replacement)
    ["Created `src/cache.py` with a TTL.", "src/cache.py", "created"],
    ["Generated `docs/api.md` from the schema.", "docs/api.md", "created"],
  ],
  "data a program writes when it runs is an output, not a repository file": [
    ["The script writes results to `results/summary.csv` after each run.", "results/summary.csv", "example"],
    ["The job stores its state in `state/checkpoint.pkl` between runs.", "state/checkpoint.pkl", "example"],
    ["Metrics are saved to `reports/metrics.json` nightly.", "reports/metrics.json", "example"],
    ["The exporter creates `exports/users.parquet`.", "exports/users.parquet", "example"],
    ["Everything it prints goes to `runs/` under the project root.", "runs/", "example"],
    // near-misses: code is not data; past tense is a claim; a reader's step relies on the file
    ["The fix is saved in `src/fix.py`.", "src/fix.py", "exists"],
    ["I wrote the results to `docs/analysis.csv`.", "docs/analysis.csv", "created"],
    ["Open `results/summary.csv` and check the totals.", "results/summary.csv", "exists"],
    ["Go to `reports/summary.html` for the numbers.", "reports/summary.html", "exists"],
    ["Logs go to `logs_archive/` on the server.", "logs_archive/", "example"],
    ["Rebuild them from the raw logs in `_agents/_logs/` first.", "_agents/_logs/", "exists"],
  ],
  "a file a run left behind, named in a report, is not a deliverable": [
    ["- Screenshot saved as `screenshots/login.png`.", "screenshots/login.png", "example"],
    ["- Exported the dashboard to `exports/dashboard.pdf`.", "exports/dashboard.pdf", "example"],
    ["- Recorded a trace at `traces/checkout.trace`.", "traces/checkout.trace", "example"],
    ["- Benchmark output: `bench/results-2026-11-20.json`", "bench/results-2026-11-20.json", "example"],
    ["- Test results in `test-results/junit.xml`.", "test-results/junit.xml", "example"],
    ["- pytest wrote `reports/junit.xml` and `coverage.xml`.", "coverage.xml", "example"],
    // near-misses: configuration, code, documents and diagrams saved by the author are claims
    ["- Saved the new settings to `config/app.json`.", "config/app.json", "created"],
    ["- Saved the diagram as `docs/arch.png`.", "docs/arch.png", "created"],
    ["- Created `src/new_feature.py` with the parser.", "src/new_feature.py", "created"],
    ["- Output: `src/report.py` now prints totals.", "src/report.py", "exists"],
  ],
  "a move written with an arrow: the old name is gone, the new one made (or planned)": [
    ["- Moved `src/old_name.py` → `src/new_name.py`.", "src/old_name.py", "removed"],
    ["- Moved `src/old_name.py` → `src/new_name.py`.", "src/new_name.py", "created"],
    ["- `src/x.py` -> `src/y.py` (renamed)", "src/x.py", "removed"],
    ["- `src/x.py` -> `src/y.py` (renamed)", "src/y.py", "created"],
    ["Rename `lib/a.js` => `lib/b.js` next sprint.", "lib/b.js", "planned"],
    ["## Next steps\n\n- `src/x.py` -> `src/y.py` (renamed)", "src/y.py", "planned"],
    ["- [ ] `src/x.py` -> `src/y.py` (renamed)", "src/y.py", "planned"],
    // near-misses: an arrow without a move word is a flow between files that exist
    ["Requests go `api/server.py` → `api/db.py`.", "api/server.py", "exists"],
    ["Requests go `api/server.py` → `api/db.py`.", "api/db.py", "exists"],
  ],
  "what a file used to be, or the road not taken, is history": [
    ["- Previously `src/cache_old.py` handled this.", "src/cache_old.py", "historical"],
    ["- We no longer use `src/legacy.py`.", "src/legacy.py", "historical"],
    ["- Originally planned `src/planner.py` but dropped it.", "src/planner.py", "historical"],
    ["- Used to live in `lib/old_place/`.", "lib/old_place/", "historical"],
    ["- Instead of `src/alt.py`, we kept everything in `src/main.py`.", "src/alt.py", "historical"],
    // near-misses: the clause after the contrast, and a plain present reference
    ["- Instead of `src/alt.py`, we kept everything in `src/main.py`.", "src/main.py", "exists"],
    ["- `src/cache.py` handles this now.", "src/cache.py", "exists"],
  ],
  "files merged into another were folded away": [
    ["- Merged `docs/a.md` and `docs/b.md` into `docs/c.md`.", "docs/a.md", "removed"],
    ["- Merged `docs/a.md` and `docs/b.md` into `docs/c.md`.", "docs/b.md", "removed"],
    ["- Merged `docs/a.md` and `docs/b.md` into `docs/c.md`.", "docs/c.md", "created"],
    // near-miss: a merge with no target names what was merged in
    ["- Merged `src/retry.py` after review.", "src/retry.py", "created"],
  ],
  "what a made thing is for or made from is relied on, not made": [
    ["- Added unit tests for `src/billing/tax.py`.", "src/billing/tax.py", "exists"],
    ["- Wrote documentation about `cli/main.go`.", "cli/main.go", "exists"],
    ["- Generated types from `schema/api.json`.", "schema/api.json", "exists"],
    ["- Built a wrapper around `vendor/sdk.js`.", "vendor/sdk.js", "exists"],
    ["- Created `src/g.py` based on `src/h.py`.", "src/h.py", "exists"],
    // near-misses: the made thing itself, named right after the verb
    ["- Created `src/g.py` based on `src/h.py`.", "src/g.py", "created"],
    ["- Added `src/retry.py` for the uploader.", "src/retry.py", "created"],
  ],
  "a file marked new is a claim that it was made": [
    ["- `src/components/Button.tsx` (new)", "src/components/Button.tsx", "created"],
    // near-miss: "new" as an adjective before the mention
    ["- See the new `src/components/Card.tsx`.", "src/components/Card.tsx", "exists"],
  ],
  "a file said to live in another repository is not this one's": [
    ["The deploy repo has `k8s/deployment.yaml`.", "k8s/deployment.yaml", "example"],
    ["Apply `k8s/deployment.yaml` (not in this repo) after the merge.", "k8s/deployment.yaml", "example"],
    ["Copy `terraform/main.tf` from the infra repo.", "terraform/main.tf", "example"],
    // near-misses: this repository, said in so many words
    ["Edit `src/app.py` in this repo.", "src/app.py", "exists"],
    ["The main repo has `src/app.py`.", "src/app.py", "exists"],
    ["Edit `src/app.py` in the repo.", "src/app.py", "exists"],
    ["Run `scripts/seed.py` from the repository root.", "scripts/seed.py", "exists"],
  ],
  "a name something might have, or a scenario to imagine, is an example": [
    [
      "If it also checked arrow functions, it might be named `test/unit/exit-arrow.spec.ts`.",
      "test/unit/exit-arrow.spec.ts",
      "example",
    ],
    ["The export could be called `reports/weekly.csv`.", "reports/weekly.csv", "example"],
    ["Name the script something like `scripts/backfill_2024.py`.", "scripts/backfill_2024.py", "example"],
    ["Say you have `config/dev.toml` and a second file for prod.", "config/dev.toml", "example"],
    ["Suppose we add `src/cache/lru.go` next quarter.", "src/cache/lru.go", "example"],
    // near-misses: what things are called now, and other modal verbs
    ["The entry point is called `src/main.rs`.", "src/main.rs", "exists"],
    ["This change may break `src/parser.rs`.", "src/parser.rs", "exists"],
    ["It looks like `src/parser.rs` fails on tabs.", "src/parser.rs", "exists"],
    ["Logs say `src/parser.rs` panicked.", "src/parser.rs", "exists"],
  ],
  "a file a command writes, or one to attach, is output of a run": [
    [
      "Run `DEBUG=1 ./build.sh 2>&1 | tee logs/build-trace.txt` and send `logs/build-trace.txt`.",
      "logs/build-trace.txt",
      "example",
    ],
    [
      "Run `node bench.js > results/bench.json` and compare `results/bench.json` with last week's.",
      "results/bench.json",
      "example",
    ],
    ["If the install fails, please attach `install.log` to the issue.", "install.log", "example"],
    [
      "- When the sync fails, please attach:\n  - `sync-debug.log` from the work folder",
      "sync-debug.log",
      "example",
    ],
    // near-misses: attached to code, and a file no command in the sentence writes
    ["The listener is attached to `src/events/bus.ts`.", "src/events/bus.ts", "exists"],
    [
      "Run `node bench.js > results/bench.json` and compare it with `results/baseline.json`.",
      "results/baseline.json",
      "exists",
    ],
  ],
  "a kind of file, or a file downloaded from elsewhere, is not this repository's": [
    ["`.tool-versions` files are read from every parent folder.", ".tool-versions", "example"],
    ["Any `.nvmrc` file in the project root wins.", ".nvmrc", "example"],
    ["The installer downloads `bootstrap.sh` from the release page.", "bootstrap.sh", "example"],
    ["Download `get-deps.py` from the specified URL first.", "get-deps.py", "example"],
    // near-misses: one file of this repository, files in its folder, a negated one
    ["Edit the `setup.cfg` file.", "setup.cfg", "exists"],
    ["The `src/gen/` files are rebuilt on every push.", "src/gen/", "exists"],
    ["No `setup.py` file exists.", "setup.py", "historical"],
    ["No `src/parse.py` changes were needed.", "src/parse.py", "exists"],
  ],
  "a name something is to be given is planned": [
    ["The new module should be named `src/auth/session.py`.", "src/auth/session.py", "planned"],
    [
      "The migration must be called `db/migrations/0042_add_index.sql`.",
      "db/migrations/0042_add_index.sql",
      "planned",
    ],
  ],
  "a table column of examples holds examples": [
    [
      "| Flag | Meaning | Example |\n| --- | --- | --- |\n| `--out` | output folder | `./out/site/` |",
      "out/site/",
      "example",
    ],
    ["| Setting | e.g. |\n| --- | --- |\n| path | `conf/local.yaml` |", "conf/local.yaml", "example"],
    // near-miss: the file column of the same kind of table
    ["| File | Example |\n| --- | --- |\n| `conf/app.yaml` | port: 80 |", "conf/app.yaml", "exists"],
  ],
};

describeIntentRules("intent rules", RULES);

describe("placeholder segments glued into a path", () => {
  it("keeps services/<name>/utils.py whole and reads it as an example", () => {
    const doc = parse("Layout: apps/<app>/main.py, tests beside it.\n");
    const found = doc.references.filter((r) => r.path.endsWith("main.py"));
    expect(found.map((r) => [r.raw, r.intent])).toEqual([["apps/<app>/main.py", "example"]]);
  });

  it("still splits at real HTML tags", () => {
    const doc = parse("| Files |\n|---|\n| src/a.py<br>src/b.py |\n");
    expect(refs(doc, "src/a.py").map((r) => r.intent)).toEqual(["exists"]);
    expect(refs(doc, "src/b.py").map((r) => r.intent)).toEqual(["exists"]);
  });
});

describe("awareness spreads only explicit statements, by path suffix", () => {
  it("a bare unchecked item does not make a full-path mention planned", () => {
    const doc = parse("Deploy `svc/api.py` to Fly.\n\n## Checks\n\n- [ ] api.py\n");
    expect(refs(doc, "svc/api.py")[0]!.intent).toBe("exists");
  });

  it("a removal the log records later answers an earlier created claim, and nothing else does", () => {
    const log = "## Session 1\n\nFiles created:\n\n- `src/io/Writer.scala`\n\n## Session 3\n\n";
    const removed = parse(`${log}Deleted \`src/io/Writer.scala\`; the sink writes directly now.\n`);
    expect(refs(removed, "src/io/Writer.scala").map((r) => r.intent)).toEqual(["removed", "removed"]);
    const planned = parse(`${log}Gemini will write \`src/io/Writer.scala\` again.\n`);
    expect(refs(planned, "src/io/Writer.scala").map((r) => r.intent)).toEqual(["created", "planned"]);
  });

  it("an explicit plan for the bare name covers the full path", () => {
    const doc = parse("Gemini will write api.py.\n\nDeploy `svc/api.py`.\n");
    expect(refs(doc, "svc/api.py")[0]!.intent).toBe("planned");
  });

  it("an explicit plan for a full path covers a shorter suffix", () => {
    const doc = parse("Gemini will write `app/svc/api.py`.\n\nDeploy `svc/api.py`.\n");
    expect(refs(doc, "svc/api.py")[0]!.intent).toBe("planned");
  });

  it("different folders with the same basename stay apart", () => {
    const doc = parse("Gemini will write `a/api.py`.\n\nDeploy `b/api.py`.\n");
    expect(refs(doc, "b/api.py")[0]!.intent).toBe("exists");
  });
});

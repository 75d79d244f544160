import { describe, expect, it } from "vitest";
import { ANOTHERS_WORK } from "../../../src/core/references/intent.js";
import type { Intent } from "../../../src/core/types.js";
import { describeIntentRules, type IntentCases, parse, refs } from "../document/helpers.js";

// Readings added after two more batches of documents written blind (session 8): where a file is
// said to be, whose file it is, moves, plans and statuses written in other ways. Each rule has
// paraphrases (worded unlike the batches) and near-misses that keep their old reading.
// [snippet, path, expected intent]
const RULES: IntentCases = {
  "where a file is set up or written down": [
    ["The splash screen is set up in `MainActivity.kt`.", "MainActivity.kt", "exists"],
    ["Retries are configured in `conf/retry.toml`.", "conf/retry.toml", "exists"],
    ["Report problems as described in `SECURITY.md`.", "SECURITY.md", "exists"],
    ["Follow the steps as documented in `docs/release.md`.", "docs/release.md", "exists"],
    ["Design decisions are recorded as ADRs in `docs/adr/`.", "docs/adr/", "exists"],
    // near-misses: a plan, and a run's output
    ["It will be set up in `app/Boot.kt`.", "app/Boot.kt", "planned"],
    ["Benchmark results recorded in `out/run.csv`.", "out/run.csv", "example"],
  ],
  "what the author says never reached the repository": [
    ["My notes are in `scratch/notes.txt`, still only on my machine.", "scratch/notes.txt", "historical"],
    ["The dump is at `tmp/state.json`, gitignored.", "tmp/state.json", "historical"],
    // near-miss: a plain location
    ["My notes are in `scratch/notes.txt`, next to the plan.", "scratch/notes.txt", "exists"],
  ],
  "the reader's own file": [
    ["Paste your own `tokenfmt.config.json` if you use one.", "tokenfmt.config.json", "example"],
    ["Compare with your local `settings.yaml`.", "settings.yaml", "example"],
    // near-miss
    ["Paste `tokenfmt.config.json` into the issue.", "tokenfmt.config.json", "exists"],
  ],
  "a proposal's target": [
    ["Consider adding a limiter to `src/routes/admin.ts` later.", "src/routes/admin.ts", "planned"],
    ["We could add a cache to `src/store.ts`.", "src/store.ts", "planned"],
    // near-miss: an instruction
    ["Add a limiter to `src/routes/admin.ts`.", "src/routes/admin.ts", "exists"],
  ],
  "a removal said with the kind of thing in between": [
    ["The old `docs/SECURITY-1.x.md` policy was removed in 2.0.", "docs/SECURITY-1.x.md", "removed"],
    ["`ci/nightly.yml` workflow was deleted last week.", "ci/nightly.yml", "removed"],
    ["Abandoned `models/hourly.sql`; the grain is too large.", "models/hourly.sql", "removed"],
    ["Scrapped `web/legacy.ts` after the review.", "web/legacy.ts", "removed"],
    // near-miss: the thing removed is something else of the file
    ["The `api.py` tests were removed.", "api.py", "exists"],
  ],
  "moves named by their heading or table": [
    ["## What I moved\n\n- `img/a.png` → `assets/a.png`", "img/a.png", "removed"],
    ["## What I moved\n\n- `img/a.png` → `assets/a.png`", "assets/a.png", "created"],
    ["## Renames\n\n- `lib/x.py` -> `lib/y.py`", "lib/x.py", "removed"],
    ["| Old path | New path |\n| --- | --- |\n| `guide/a.md` | `start/a.md` |", "guide/a.md", "removed"],
    ["| Previous location | Now |\n| --- | --- |\n| `old/b.md` | `new/b.md` |", "old/b.md", "removed"],
    // near-misses: an arrow of a flow, and the new side of the table
    ["## Flow\n\n- `api.py` → `db.py`", "api.py", "exists"],
    ["| Old path | New path |\n| --- | --- |\n| `guide/a.md` | `start/a.md` |", "start/a.md", "exists"],
  ],
  "site addresses and documentation directives": [
    ["Site URLs changed: `/guide/install/` is now `/start/install/`.", "/guide/install/", "example"],
    ["The redirect sends `/blog/` to the new host.", "/blog/", "example"],
    ["::: tidewater.config", "tidewater.config", "example"],
    // near-misses: a rooted file in a sentence about URLs, a rooted folder with no such talk
    ["The URL is served from `/public/index.html`.", "/public/index.html", "exists"],
    ["See `/docs/setup/` first.", "/docs/setup/", "exists"],
  ],
  "a label that says what comes next": [
    [
      "**Next:** `models/fct_hourly.sql`; then `migrations/0045_drop.sql`.",
      "migrations/0045_drop.sql",
      "planned",
    ],
    ["Tomorrow: `etl/load.py`", "etl/load.py", "planned"],
    // near-miss: a label that is not about later
    ["**Files:** `etl/load.py`", "etl/load.py", "exists"],
  ],
  "commands in a code span": [
    ["Lint with `ansible-lint playbooks/` before pushing.", "playbooks/", "none"],
    ["Run `sqlfluff lint models/` too.", "models/", "none"],
    ["Run `lua tests/test_inventory.lua`.", "tests/test_inventory.lua", "exists"],
    ["Run `npx playwright test e2e/cart.spec.ts`.", "e2e/cart.spec.ts", "exists"],
    ["Run `vendor/bin/phpunit tests/GuardTest.php`.", "tests/GuardTest.php", "exists"],
    // near-misses: folders whose names hold a space
    ["See `mods/My Mod/init.lua`.", "mods/My Mod/init.lua", "exists"],
    ["See `Game Assets/hero.png`.", "Game Assets/hero.png", "exists"],
  ],
  "a file said to live elsewhere, and links in a column of examples": [
    [
      "- Upstream has `drivers/iio/adc/ti-ads8688.c`; it lives in the Linux tree, not in this\n  repo. Diff against it.",
      "drivers/iio/adc/ti-ads8688.c",
      "example",
    ],
    [
      "| Kind | Example |\n| --- | --- |\n| schema | [Session.yaml](./schemas/Session.yaml) |",
      "schemas/Session.yaml",
      "exists",
    ],
    ["PATCH bodies use `$ref: './schemas/UserPatch.yaml'` now.", "schemas/UserPatch.yaml", "exists"],
    // near-misses: the next clause about something else, a code example in that column
    ["- Upstream has `drivers/x.c`; it is fine as it is.", "drivers/x.c", "exists"],
    ["| Kind | Example |\n| --- | --- |\n| schema | `schemas/Thing.yaml` |", "schemas/Thing.yaml", "example"],
  ],
  "where a file stays, what was moved, and a review comment on a file as it was": [
    ["Your `kubeconfig.yaml` stays local (not in repo).", "kubeconfig.yaml", "historical"],
    [
      "The page needs `static/img/team.jpg`, which is still only on my machine.",
      "static/img/team.jpg",
      "historical",
    ],
    ["The old `themes/paper/` submodule was removed in May.", "themes/paper/", "removed"],
    [
      "**@dana:** Done, but note this file was moved: `src/cart/tax.ts` → `src/pricing/tax.ts`.",
      "src/cart/tax.ts",
      "removed",
    ],
    [
      "| File | Status |\n| --- | --- |\n| `layouts/header.html` → `layouts/head.html` | ✅ Renamed |",
      "layouts/header.html",
      "removed",
    ],
    ["### @codebot on `src/cart/tax.ts` L41 (outdated)", "src/cart/tax.ts", "historical"],
    [
      "The search script will live in `assets/js/search.js` once the page lands.",
      "assets/js/search.js",
      "planned",
    ],
    // near-misses: a plain location, and a review comment that is current
    ["The search script lives in `assets/js/search.js`.", "assets/js/search.js", "exists"],
    ["### @codebot on `src/cart/total.ts` L12", "src/cart/total.ts", "exists"],
  ],
  "mapping tables, ports and what was taken out of a file": [
    [
      "| Module | Target | Status |\n|---|---|---|\n| `mono/shop/models.py` | `svc/app/models.py` | ✅ Done |",
      "mono/shop/models.py",
      "removed",
    ],
    [
      "| Date | Earlier decision | Now |\n|---|---|---|\n| 07-30 | gRPC (`proto/catalog.proto`) | REST |",
      "proto/catalog.proto",
      "removed",
    ],
    ["- [ ] Port the tasks from `mono/tasks.py` to `svc/app/worker.py`", "svc/app/worker.py", "planned"],
    [
      "- `apps/web/tsconfig.app.json`: removed the stale `paths` override",
      "apps/web/tsconfig.app.json",
      "exists",
    ],
    ["Architecture decisions are recorded in `docs\\adr\\`; read them first.", "docs/adr/", "exists"],
    ["Run `pwsh -File .\\scripts\\Migrate.ps1 -Environment Staging`.", "scripts/Migrate.ps1", "exists"],
    // near-misses: a row that is not a mapping, a removal of the file itself, an addition into a file
    ["| File | Status |\n|---|---|\n| `svc/app/models.py` | ✅ Done |", "svc/app/models.py", "created"],
    ["- `apps/web/old.json`: removed in #12", "apps/web/old.json", "removed"],
    ["- [ ] Add the tasks to `svc/app/worker.py`", "svc/app/worker.py", "exists"],
  ],
  "route folders in brackets, change descriptions and diffstats": [
    ["Added `app/dashboard/invoices/[id]/page.tsx`.", "app/dashboard/invoices/[id]/page.tsx", "created"],
    ["See `pages/blog/[...slug].tsx` for the catch-all.", "pages/blog/[...slug].tsx", "exists"],
    ["This PR adds `internal/sink/retry.go` with backoff.", "internal/sink/retry.go", "created"],
    ["Port `crates/core/src/markdown.rs` to the new API.", "crates/core/src/markdown.rs", "exists"],
    [
      "### Files changed\n\n```\ninternal/tail/watcher.go               +73  −0\n```",
      "internal/tail/watcher.go",
      "created",
    ],
    // near-misses: an index into an array, an elided path, a plan
    ["Read `a[0]/x.py` from the list.", "a[0]/x.py", "none"],
    ["See `src/.../x.py`.", "src/.../x.py", "example"],
    ["We will add `internal/sink/queue.go` next.", "internal/sink/queue.go", "planned"],
  ],
  "names the extension list lacked, and numbered folders": [
    ["Added `ios/App/PrivacyInfo.xcprivacy`.", "ios/App/PrivacyInfo.xcprivacy", "created"],
    ["Screenshots are in `release/screenshots/2.4.0/`.", "release/screenshots/2.4.0/", "exists"],
    ["Use `Assets\\Sprites\\Player (new).png` for idle.", "Assets/Sprites/Player (new).png", "exists"],
    // near-miss: numbers alone are no folder
    ["Ratio was `10/20/` at peak.", "10/20/", "none"],
  ],
};

describeIntentRules("readings from the session-8 blind batches", RULES);

describe("document-level readings from the session-8 blind batches", () => {
  it("a created claim gives way when the same document says the file never reached the repository", () => {
    const claim = "- Created `db/changelog/002-indexes.yaml` with two indexes.\n\n";
    const local = parse(`${claim}> [!WARNING]\n> \`002-indexes.yaml\` is still only on my machine.\n`);
    expect(refs(local, "db/changelog/002-indexes.yaml")[0]!.intent).toBe("historical");
    // "did not exist" says nothing about whether the claim's file reached the repository
    const before = parse(`${claim}Before today \`002-indexes.yaml\` did not exist.\n`);
    expect(refs(before, "db/changelog/002-indexes.yaml")[0]!.intent).toBe("created");
  });
});

// Handoffs in Spanish, Portuguese, French and German say the same things with other words.
const LANGUAGES: [string, string, Intent][] = [
  ["- `notificaciones/`: todavía no existe, hay que crearla.", "notificaciones/", "historical"],
  ["- `config/prod.py` no está en el repositorio: vive en el servidor.", "config/prod.py", "historical"],
  ["O export (`pedidos/exportar.py`) ainda não existe.", "pedidos/exportar.py", "historical"],
  ["Le fichier `app/rapport.py` n'existe pas encore.", "app/rapport.py", "historical"],
  ["Die Datei `src/bericht.py` existiert noch nicht.", "src/bericht.py", "historical"],
  ["| Archivo | Estado |\n| --- | --- |\n| `fact/pdf.py` | 🟡 En progreso |", "fact/pdf.py", "planned"],
  ["| Archivo | Estado |\n| --- | --- |\n| `fact/mail.py` | ❌ Sin empezar |", "fact/mail.py", "planned"],
  ["| Datei | Status |\n| --- | --- |\n| `a/b.py` | In Arbeit |", "a/b.py", "planned"],
  ["- `app/services/fonts.py` est à créer (polices).", "app/services/fonts.py", "planned"],
  ["- `app/services/pdf_legacy.py` a été supprimé dans #48.", "app/services/pdf_legacy.py", "removed"],
  [
    "- `app/services/sms.py` ainda não foi criado; ninguém deve importá-lo.",
    "app/services/sms.py",
    "historical",
  ],
  ["- `lib/viejo.py` fue eliminado en la versión 2.", "lib/viejo.py", "removed"],
  ["- Ancien nom : `app/export_pdf.py` → `app/routes/export.py`.", "app/export_pdf.py", "removed"],
  [
    "- `internal/store/0003_ttl.sql` 该文件还不存在，等 DBA 确认后再建。",
    "internal/store/0003_ttl.sql",
    "historical",
  ],
  ["- 设计稿 `docs/设计/过期.md` 尚未提交，还在我本地。", "docs/设计/过期.md", "historical"],
  ["- 旧的 `internal/handler/inv.go` 已删除，逻辑并入 `stock.go`。", "internal/handler/inv.go", "removed"],
  ["- [ ] 需要创建 `internal/worker/expiry.go`", "internal/worker/expiry.go", "planned"],
  ["- 待办：`deploy/k8s/cron.yaml`", "deploy/k8s/cron.yaml", "planned"],
  [
    "| 功能 | 文件 | 状态 |\n| --- | --- | --- |\n| 指标 | `internal/metrics/m.go` | 未开始 |",
    "internal/metrics/m.go",
    "planned",
  ],
  [
    "| 功能 | 文件 | 状态 |\n| --- | --- | --- |\n| 查询 | `internal/handler/q.go` | 完成 |",
    "internal/handler/q.go",
    "created",
  ],
  ["- サービス層: `app/services/`（まだ存在しません。実装時に作成予定です）", "app/services/", "historical"],
  ["JWT の検証は `app/auth/jwt.py` で実装する予定です（未着手）。", "app/auth/jwt.py", "planned"],
  ["以前は `app/api.py` にありましたが、#14 で削除しました。", "app/api.py", "removed"],
  ["- `app/services/stripe.py` はまだ未コミットです。", "app/services/stripe.py", "historical"],
  ["| ファイル | 状況 |\n|---|---|\n| `app/schemas/inv.py` | 対応中 |", "app/schemas/inv.py", "planned"],
  ["- `src/pay/RetryScheduler.java`는 아직 존재하지 않습니다.", "src/pay/RetryScheduler.java", "historical"],
  ["- `src/legacy/RefundJob.java`는 #88에서 삭제되었습니다.", "src/legacy/RefundJob.java", "removed"],
  ["- `RefundPolicyTest.java` 작성 필요", "RefundPolicyTest.java", "planned"],
  [
    "| 파일 | 상태 |\n|---|---|\n| `src/refund/Policy.java` | 🟡 진행 중 |",
    "src/refund/Policy.java",
    "planned",
  ],
  [
    "- `scripts/reprocessar.py` não foi commitado (só na minha máquina).",
    "scripts/reprocessar.py",
    "historical",
  ],
  ["- A criar: `pedidos/dashboards/fila.json`", "pedidos/dashboards/fila.json", "planned"],
  ["- Yesterday: [[Daily/YYYY-MM-DD]]", "Daily/YYYY-MM-DD.md", "example"],
  // near-misses: a done row, and a sentence that only looks alike
  ["| Archivo | Estado |\n| --- | --- |\n| `fact/srv.py` | ✅ Hecho |", "fact/srv.py", "created"],
  ["Revisa `pedidos/views.py` antes de desplegar.", "pedidos/views.py", "exists"],
];

describeIntentRules("the same things said in other languages", {
  "Spanish, Portuguese, French, German": LANGUAGES,
});

// Session 9, from a duplicate set written blind: a reliability assessment's record of events
// ("| 03-25 | codex writes `twilio_retry.py` |") was read as a plan, and its "If `x.py` is
// missing after the pull, check …" spread to its "Deploy `x.py`" as if the author knew the file
// was absent.
describeIntentRules("records of events and conditional checks", {
  "a record of events tells what happened, in the present tense": [
    [
      "| Date | Event |\n|---|---|\n| 03-25 | codex writes `reminders/retry.py` and asks for a deploy |",
      "reminders/retry.py",
      "created",
    ],
    [
      "## What happened\n\n- 09:14 Alice adds `deploy/limits.yaml` and pushes it.",
      "deploy/limits.yaml",
      "created",
    ],
    [
      "## Sequence of events\n\n1. The on-call engineer creates `runbooks/db-failover.md`.",
      "runbooks/db-failover.md",
      "created",
    ],
    // near-misses: a schedule under a bare "Timeline" heading (the seed's), and an imperative
    [
      "## Timeline\n\n**Feb 20 (Today):**\n- Gemini creates `api_healer.py` with model discovery",
      "api_healer.py",
      "planned",
    ],
    [
      "| Date | Event |\n|---|---|\n| 03-28 | Write `reminders/report.py` for the weekly numbers |",
      "reminders/report.py",
      "planned",
    ],
  ],
});

describe("a check for a missing file is not the author saying it is missing", () => {
  const doc = [
    "# Reminders reliability",
    "",
    "**Deploy `reminders/twilio_retry.py` to ops-1 and restart the worker.**",
    "",
    "If `twilio_retry.py` is missing after the pull, check that the branch was merged.",
  ].join("\n");
  it("reads the check as conditional and the deploy as relied on", () => {
    const parsed = parse(doc);
    expect(refs(parsed, "twilio_retry.py", 5).map((r) => r.intent)).toEqual(["historical"]);
    expect(refs(parsed, "reminders/twilio_retry.py", 3).map((r) => r.intent)).toEqual(["exists"]);
  });
  it("still spreads a plain statement that the file is missing", () => {
    const stated = doc.replace(
      "If `twilio_retry.py` is missing after the pull, check",
      "`twilio_retry.py` is missing; check",
    );
    expect(refs(parse(stated), "reminders/twilio_retry.py", 3).map((r) => r.intent)).toEqual(["historical"]);
  });
});

// Session 9, from two more batches written blind (a Cline memory bank, Godot, LaTeX, Bazel,
// Django, Turborepo; four repositories of agents' handoffs): paraphrases and near-misses.
describeIntentRules("readings from the session-9 blind batches", {
  "the author's earlier words and the time before a change": [
    [
      "Correction: in my earlier note I said the parser lives in `pkg/parse/parse.go`.",
      "pkg/parse/parse.go",
      "historical",
    ],
    ["We claimed the job was in `jobs/old_sync.py`.", "jobs/old_sync.py", "historical"],
    ["Pre-migration the settings were in `conf/legacy.ini`.", "conf/legacy.ini", "historical"],
    ["Before the rename it was `src/Widget.tsx`.", "src/Widget.tsx", "historical"],
    // near-misses: the author reaffirming, and a creation claim
    ["As I said, the entry point is `src/main.ts`.", "src/main.ts", "exists"],
    ["I wrote the summary to `docs/summary.md`.", "docs/summary.md", "created"],
  ],
  "what never reached the repository": [
    ["The export is still only on my machine (`out/export.pdf`).", "out/export.pdf", "historical"],
    ["Never commit `.godot/` — it is the import cache.", ".godot/", "historical"],
    ["(the tool calls it `Dialog.vue`; that name never existed here)", "Dialog.vue", "historical"],
    [
      "Every old note says to run `bin/reindex.sh` after an import; that script was never committed.",
      "bin/reindex.sh",
      "historical",
    ],
    ["Use `tools/lint.py`; it was never pushed.", "tools/lint.py", "historical"],
    [
      "Don't deploy `functions/digest/index.ts` until it is committed.",
      "functions/digest/index.ts",
      "historical",
    ],
    ["- [ ] Run the suite once `tests/test_sync.py` exists", "tests/test_sync.py", "historical"],
    // near-misses
    ["Commit `src/fix.ts` before the release.", "src/fix.ts", "exists"],
    // another file named before the later clause: the clause is about that one
    [
      "Run `bin/reindex.sh` with `conf/extra.yml`; that file was never committed.",
      "bin/reindex.sh",
      "exists",
    ],
    ["Deploy `functions/digest/index.ts` until the queue drains.", "functions/digest/index.ts", "exists"],
  ],
  "folded away and gone": [
    ["- `docs/old-faq.md` was merged into the guide and deleted.", "docs/old-faq.md", "removed"],
    ["The old `app/helpers.py` functions were folded into `app/utils.py`.", "app/helpers.py", "removed"],
    ["`make docs` is gone together with `tools/gendocs.sh`.", "tools/gendocs.sh", "historical"],
  ],
  "moves named by a noun, and where things go": [
    ["# Package restructure (`lib/` → `internal/`)", "lib/", "removed"],
    ["Moving everything under `internal/` lets us change signatures.", "internal/", "planned"],
    ["- [ ] Caching: would go in `src/cache/lru.ts`", "src/cache/lru.ts", "planned"],
    // near-misses: a flow of calls, and where a thing is
    ["Requests flow `api/handler.go` → `api/store.go`.", "api/handler.go", "exists"],
    ["The cache goes in `src/cache/lru.ts`.", "src/cache/lru.ts", "exists"],
  ],
  "nouns that look like verbs": [
    [
      "- [ ] Component test `tests/unit/List.spec.ts` (needs a fake store)",
      "tests/unit/List.spec.ts",
      "planned",
    ],
    ["Please review the API draft at `docs/api.yaml` first.", "docs/api.yaml", "exists"],
    ["Generate a dev key pair with `scripts/dev-keys.sh`.", "scripts/dev-keys.sh", "exists"],
    ["Deduplicated the list and wrote the removed keys to `bib/removed.txt`.", "bib/removed.txt", "created"],
    // near-misses: "test" before a file that is not a test, an edit in an open item, a change description
    ["- [ ] Test `src/parser.ts` against the new grammar", "src/parser.ts", "exists"],
    ["- [ ] Retry logic in `billing/worker.py`", "billing/worker.py", "exists"],
    ["This PR adds `internal/sink/retry.go` with backoff.", "internal/sink/retry.go", "created"],
  ],
  "work left and labels after a sentence": [
    ["## Still to do\n\n- `docs/tuning.md`", "docs/tuning.md", "planned"],
    ["- Tracing: plan is `app/core/tracing.py`, not started", "app/core/tracing.py", "planned"],
    [
      "Tick a task in both tabs. Tests: `npx vitest run tests/unit/sync.spec.ts`",
      "tests/unit/sync.spec.ts",
      "exists",
    ],
    [
      "Unit: `deno test supabase/functions/invite/index.test.ts`",
      "supabase/functions/invite/index.test.ts",
      "exists",
    ],
  ],
  "names that are not this repository's files": [
    ["tsconfigs extend `@acme/tsconfig/base.json`.", "acme/tsconfig/base.json", "none"],
    ["gazelle runs with `build_file_name BUILD.bazel`.", "build_file_name BUILD.bazel", "none"],
    // near-misses: an agent's import, and file kinds that are read now
    ["See `@docs/setup.md` first.", "docs/setup.md", "exists"],
    ["Source in `figures/src/arch.drawio`.", "figures/src/arch.drawio", "exists"],
    ["- [ ] Add `tools/ci/remote.bazelrc` and try-import it", "tools/ci/remote.bazelrc", "planned"],
  ],
});

// Session 9, from a fourteenth batch written blind (Spring Boot, Rails weekly notes, Airflow, a
// SwiftUI app, a wiki-to-Docusaurus migration).
describeIntentRules("readings from the fourteenth blind batch", {
  "where a file came from, and what the author knows is gone": [
    ["- `website/docs/intro.md` (from `docs/Home.md`)", "docs/Home.md", "removed"],
    [
      "- Sync job (replaces the inline call; `app/sync.rb` → `app/jobs/sync_job.rb`)",
      "app/sync.rb",
      "removed",
    ],
    ["`V3__legacy_tax.sql` no longer exists; it was squashed.", "V3__legacy_tax.sql", "historical"],
    [
      "Sidekiq reads `config/sidekiq.yml` (note: that file is still only on Tomás's machine).",
      "config/sidekiq.yml",
      "historical",
    ],
    // near-miss: a move in a flow without a move word
    ["Requests go `app/sync.rb` → `app/jobs/sync_job.rb`.", "app/sync.rb", "exists"],
  ],
  "files that are not this repository's": [
    [
      "The raw object is `raw/orders/2025/04/21/orders.parquet` in the datalake bucket.",
      "raw/orders/2025/04/21/orders.parquet",
      "example",
    ],
    [
      "Prod overrides live in `application-prod.yml`, which is in the infra repo.",
      "application-prod.yml",
      "example",
    ],
    [
      "Tern reads `tern.config.ts` (or `.mjs`) in the working directory — your project.",
      "tern.config.ts",
      "example",
    ],
    // near-misses: this repository's file copied out, and a file in this repository's bucket config
    ["Copy `templates/ci.yml` into your project.", "templates/ci.yml", "exists"],
    ["The bucket policy is in `infra/bucket.tf`.", "infra/bucket.tf", "exists"],
  ],
  "decisions, new things and rows still to do": [
    ["- [ ] Decide on `spec/factories/subs.rb` vs inline builds", "spec/factories/subs.rb", "planned"],
    ["- New module `dags/common/sla.py` with the callback", "dags/common/sla.py", "planned"],
    [
      "| Old (wiki) | New (Docusaurus) | Status |\n|---|---|---|\n| `docs/FAQ.md` | `website/docs/faq.md` | ❌ Not started |",
      "website/docs/faq.md",
      "planned",
    ],
    // near-misses: a finding's location in an audit table, and an existing module
    [
      "| ID | Location | Finding | Status |\n|---|---|---|---|\n| F-9 | `src/routes/health.js:3` | leaks the version | Open |",
      "src/routes/health.js",
      "exists",
    ],
    ["- The module `dags/common/retry.py` handles it", "dags/common/retry.py", "exists"],
  ],
  "file kinds read now": [
    ["- TODO: `lib/tasks/trials.rake` to re-open trials", "lib/tasks/trials.rake", "planned"],
    [
      "Added `Resources/Assets.xcassets/Overlay.imageset`.",
      "Resources/Assets.xcassets/Overlay.imageset",
      "created",
    ],
    ["The match config is `fastlane/Matchfile`.", "fastlane/Matchfile", "exists"],
  ],
});

// Session 9, from a fifteenth batch written blind (a browser extension, Kotlin Multiplatform,
// Symfony, an ML notebook log, a Go library's contributor docs, a Kubernetes runbook).
describeIntentRules("readings from the fifteenth blind batch", {
  "what the author says went away": [
    ["- `index.html` + `src/main.js` (the old page) were removed.", "index.html", "removed"],
    ["- `index.html` + `src/main.js` (the old page) were removed.", "src/main.js", "removed"],
    [
      "I tried it by adding `k8s/patch.yaml` for a while; that file was reverted afterwards.",
      "k8s/patch.yaml",
      "removed",
    ],
    ["`Factory.ios.kt` is **not in the repo**.", "Factory.ios.kt", "historical"],
    ["## What changed\n\n- `src/content.js` → `src/content/inject.ts`", "src/content.js", "removed"],
    // near-misses: only one of the names goes, and a flow
    ["- `index.html` stays; `src/main.js` was removed.", "index.html", "exists"],
    ["Requests go `src/content.js` → `src/content/inject.ts`.", "src/content.js", "exists"],
  ],
  "names that are not files": [
    ["The `web-config` ConfigMap has two keys, `app.yaml` and `logback.xml`.", "logback.xml", "example"],
    ["`middleware.HTTP` wraps the handler; `c.JSON` writes the body.", "middleware.HTTP", "none"],
    ["| `com.acme.shared.db` | driver factory |", "com.acme.shared.db", "none"],
    ["Convention: `Foo.kt` declares it, `Foo.ios.kt` holds the actual.", "Foo.ios.kt", "example"],
    ["Name new notebooks `NN_short_name.ipynb`.", "NN_short_name.ipynb", "example"],
    ["Each algorithm has a matching `_test.go`.", "_test.go", "example"],
    // near-misses: a real file with a capital extension and a folder, a plist named by its domain
    ["See `docs/SCAN.PDF` for the form.", "docs/SCAN.PDF", "exists"],
    ["Edit `com.apple.Safari.plist` to reset it.", "com.apple.Safari.plist", "exists"],
  ],
  "files runners and systemd read": [
    ["Run `torchrun --nproc_per_node=4 src/train_ddp.py`.", "src/train_ddp.py", "exists"],
    ["Copy `deploy/systemd/worker@.service` to the host.", "deploy/systemd/worker@.service", "exists"],
  ],
});

// Session 9, from a sixteenth batch written blind (agents' TODO/PLAN files, Codex PR summaries,
// a Java-to-Kotlin migration, Cursor notes, a Devin session summary).
describeIntentRules("readings from the sixteenth blind batch", {
  "plans further out, and work under way": [
    ["## Backlog\n\n- [ ] Pagination helper in `src/lib/paginate.ts`", "src/lib/paginate.ts", "planned"],
    [
      "## Phase 4 (not started)\n\n- CI in `.github/workflows/ci.yml`: lint and build",
      ".github/workflows/ci.yml",
      "planned",
    ],
    [
      "## 🚧 In progress\n\n- `crates/api/src/routes/admin.rs` for editing overrides",
      "crates/api/src/routes/admin.rs",
      "planned",
    ],
    // near-misses: an edit among a handoff's tasks, and a plan that names what exists
    [
      "## Tasks\n\n- [ ] `GRACE_SECS`: 5 -> 30 in `server/session/reconnect.rs`",
      "server/session/reconnect.rs",
      "exists",
    ],
    [
      "## Backlog\n\n- The existing tests in `tests/sql/test_dedupe.py` cover it",
      "tests/sql/test_dedupe.py",
      "exists",
    ],
  ],
  "claims corrected, gone, or served": [
    [
      "| PR summary said | Actually on `main` |\n| --- | --- |\n| `src/filters/time_window.py` | `src/filters.py` |",
      "src/filters/time_window.py",
      "historical",
    ],
    ["The old Copilot notes (`docs/copilot-notes.md`) were deleted.", "docs/copilot-notes.md", "removed"],
    ["Logo is `public/logo.svg`, served as `/logo.svg`.", "/logo.svg", "example"],
    [
      "| Java source | Kotlin target | Status |\n|---|---|---|\n| `NoteDao.java` | `NoteDao.kt` | ✅ Converted |",
      "NoteDao.kt",
      "created",
    ],
    // near-misses: the file a site serves from, and a parenthesis that is not about the verb's subject
    ["The URL is served from `public/index.html`.", "public/index.html", "exists"],
    ["Read the guide (`docs/guide.md`) before you deploy.", "docs/guide.md", "exists"],
  ],
});

// Session 10, from a seventeenth batch written blind (dbt, Terragrunt, Flutter, Unity, Phoenix, .NET).
describeIntentRules("readings from the seventeenth blind batch", {
  "work on an asset still to come": [
    [
      "- Mira will block out `Assets/Scenes/Harbor.unity` next sprint.",
      "Assets/Scenes/Harbor.unity",
      "planned",
    ],
    [
      "- Theme song `Assets/Audio/theme_loop.ogg` still needs to be imported.",
      "Assets/Audio/theme_loop.ogg",
      "planned",
    ],
    [
      "- `assets/icons/cart.svg` needs to be exported from the design file.",
      "assets/icons/cart.svg",
      "planned",
    ],
    // near-misses: an asset relied on, and one already imported (there: not a plan)
    ["- Open `Assets/Scenes/Harbor.unity` and bake the lighting.", "Assets/Scenes/Harbor.unity", "exists"],
    ["- `Assets/Audio/theme_loop.ogg` was imported last week.", "Assets/Audio/theme_loop.ogg", "exists"],
  ],
  "a link to a generated report": [
    [
      "| Coverage | [report](../../artifacts/coverage/index.html) |",
      "../../artifacts/coverage/index.html",
      "exists",
    ],
    // near-miss: the same report named in a code span, as where a run writes it
    ["Open `coverage/index.html` after the run.", "coverage/index.html", "example"],
  ],
  "where records are kept, and scripts Elixir runs": [
    [
      "The call log is archived in [the export](../exports/call-118.txt).",
      "../exports/call-118.txt",
      "exists",
    ],
    ["Run `elixir scripts/rotate_keys.exs --dry-run` first.", "scripts/rotate_keys.exs", "exists"],
    [
      "For the markup, see `lib/shop_web/live/cart_live.html.heex`.",
      "lib/shop_web/live/cart_live.html.heex",
      "exists",
    ],
    [
      "The animator `Assets/Animations/Guard.controller` has an Alert state.",
      "Assets/Animations/Guard.controller",
      "exists",
    ],
    // near-miss: a file that was archived away
    ["We archived `docs/old-runbook.md` last month.", "docs/old-runbook.md", "removed"],
  ],
});

// Session 10, from an eighteenth batch written blind (Rust ADRs, Prefect, Next.js PR notes, Android,
// Ansible on-call, an MkDocs migration).
describeIntentRules("readings from the eighteenth blind batch", {
  "tables of moves and broken links, and eras gone": [
    [
      "| Old (Hugo) | New (MkDocs) | Status |\n|---|---|---|\n| `content/intro.md` | `docs/index.md` | ✅ |",
      "content/intro.md",
      "removed",
    ],
    [
      "The link checker warns about these; the targets were never migrated:\n\n| Page | Link target |\n|---|---|\n| `docs/a.md` | `signing.md` |",
      "signing.md",
      "historical",
    ],
    [
      "| 0007 | Retry budget (`0007-retry-budget.md`, not written yet) | Proposed |",
      "0007-retry-budget.md",
      "historical",
    ],
    ["- Supersedes: the blocking client in `src/client.rs` (pre-async)", "src/client.rs", "historical"],
    // near-misses: a link table without a story, goals under a heading, and a hook named "pre-…"
    ["| Page | Link target |\n|---|---|\n| `docs/a.md` | `signing.md` |", "signing.md", "exists"],
    ["## Targets\n\n- `docs/perf.md` reports p95 under 200 ms", "docs/perf.md", "planned"],
    ["- Hook lives in `.githooks/pre-push.sh` (pre-push hook)", ".githooks/pre-push.sh", "exists"],
  ],
  "a change described in its own voice": [
    ["## Changes\n\n- Adds `emails/welcome.tsx` (React Email template)", "emails/welcome.tsx", "created"],
    ["- Introduces `lib/rate-limit.ts`", "lib/rate-limit.ts", "created"],
    // near-misses: the imperative of a plan, and what a program does when it runs
    ["## Changes\n\n- Add `emails/welcome.tsx`", "emails/welcome.tsx", "planned"],
    ["Creates `cache/index.json` on first run.", "cache/index.json", "example"],
  ],
});

// Session 10, from a nineteenth batch written blind (multi-agent repositories: CrewAI, a pnpm
// monorepo, a Go service, a DVC repo, a WordPress plugin, a Godot game).
describeIntentRules("readings from the nineteenth blind batch", {
  "eras, conditions and conventions": [
    [
      "- Pre-EXP-011 numbers in `metrics/scores_v0.json` are invalid.",
      "metrics/scores_v0.json",
      "historical",
    ],
    ["- Next: Ana updates `docs/model_card.md` once it exists.", "docs/model_card.md", "historical"],
    ["- Put fixtures in a `testdata/` folder next to the test.", "testdata/", "example"],
    [
      "Status check at end of week 3: `theme/snippets/consent.liquid` is still missing from `main`.",
      "theme/snippets/consent.liquid",
      "historical",
    ],
    // near-misses: a step with no condition, and a named folder of this repository
    ["- Next: Ana updates `docs/model_card.md`.", "docs/model_card.md", "exists"],
    ["- Fixtures live in the `internal/testdata/` folder.", "internal/testdata/", "exists"],
  ],
  "routes, placeholders and a status row's subject": [
    ["REST base: `/wp-json/acme-rsvp/v1/`.", "/wp-json/acme-rsvp/v1/", "example"],
    ["Themes copy it to `yourtheme/acme-rsvp/form.php`.", "yourtheme/acme-rsvp/form.php", "example"],
    ["See `YourProject/Startup.cs` in your app.", "YourProject/Startup.cs", "example"],
    [
      "| # | Scene | Status |\n|---|---|---|\n| 3 | `scenes/level_03.tscn` | ❌ Not started |",
      "scenes/level_03.tscn",
      "planned",
    ],
    // near-misses: a folder that only starts like "your", and a done row
    ["Open `yourself/notes.md`.", "yourself/notes.md", "exists"],
    [
      "| # | Scene | Status |\n|---|---|---|\n| 1 | `scenes/level_01.tscn` | ✅ Done |",
      "scenes/level_01.tscn",
      "created",
    ],
  ],
});

// Session 10, from a twentieth batch written blind (German, French and Japanese handoffs, a
// Windows .NET app, Zephyr firmware, an iOS app).
describeIntentRules("readings from the twentieth blind batch", {
  "German, French and Japanese": [
    ["- `KundeDao.java` wurde in !51 gelöscht.", "KundeDao.java", "removed"],
    [
      "Vielleicht sollten wir einen `events/AuditPublisher.java` ergänzen.",
      "events/AuditPublisher.java",
      "planned",
    ],
    ["- Geplant: `db/migration/V7__index.sql` anlegen.", "db/migration/V7__index.sql", "planned"],
    ["(ancien fichier `salles/plages.py` supprimé aussi)", "salles/plages.py", "removed"],
    ["## Fichiers à créer\n\n- `salles/exports.py`", "salles/exports.py", "planned"],
    ["- `salles/vieilles_vues.py` → `salles/views.py` (fusion)", "salles/vieilles_vues.py", "removed"],
    ["- `src/screens/Top.tsx` → `src/screens/TopScreen.tsx` にリネーム", "src/screens/Top.tsx", "removed"],
    ["- `src/i18n/fr.json` は未作成（次のスプリント）", "src/i18n/fr.json", "planned"],
    // near-misses: a word that only starts like a participle, and an arrow of a flow
    ["- `salles/suppression.py` gère la suppression.", "salles/suppression.py", "exists"],
    ["## Flux\n\n- `api.py` → `db.py`", "api.py", "exists"],
  ],
  "a warning in a blockquote": [
    ["> ⚠️ Deploy `scripts/migrate.py` before the release.", "scripts/migrate.py", "exists"],
    // near-miss: a quote of an earlier note
    ["> Earlier note: deploy `scripts/old.py`.", "scripts/old.py", "historical"],
  ],
  "Spanish and Portuguese, and what was folded away": [
    [
      "Más adelante habrá un modelo `app/Models/Nota.php` (pendiente, ver el otro handoff).",
      "app/Models/Nota.php",
      "planned",
    ],
    ["O antigo `src/app/main.py` virou `src/app/__main__.py` na 0.2.0.", "src/app/main.py", "removed"],
    ["Na era pré-refatoração as fontes ficavam em `src/app/providers/`.", "src/app/providers/", "historical"],
    [
      "Também escrevi `src/app/fontes/bcb.py`, mas ainda está só na minha máquina.",
      "src/app/fontes/bcb.py",
      "historical",
    ],
    [
      "Every earlier handoff says to deploy `config/queue.yml`; that file was folded into the main config.",
      "config/queue.yml",
      "historical",
    ],
    ["1. `bin/rails test test/models/invoice_test.rb`", "test/models/invoice_test.rb", "exists"],
    // near-miss: the new side of "virou"
    ["O antigo `src/app/main.py` virou `src/app/__main__.py` na 0.2.0.", "src/app/__main__.py", "exists"],
  ],
  "Windows scripts and renames": [
    [
      "To publish a beta, run `.\\scripts\\Publish-Beta.ps1 -Channel beta`.",
      "scripts/Publish-Beta.ps1",
      "exists",
    ],
    ["- `OldForm.cs` → `MainWindow.xaml` (WinForms to WPF migration, 2023).", "OldForm.cs", "removed"],
  ],
});

// Session 11, from a twenty-second batch written blind (Italian and Korean handoffs, a Bazel
// monorepo, an agent's memory files, a LaTeX thesis, a Terraform postmortem).
describeIntentRules("readings from the twenty-second blind batch", {
  Italian: [
    ["## Rinomine\n\n- `R/pulizia.R` → `R/utils_pulizia.R`", "R/pulizia.R", "removed"],
    [
      "Il vecchio script `analisi_vecchia.R` è stato eliminato nel commit a1b2c3d.",
      "analisi_vecchia.R",
      "removed",
    ],
    [
      "- Creare `notebooks/04-previsioni.qmd` per le previsioni 2025.",
      "notebooks/04-previsioni.qmd",
      "planned",
    ],
    ["- Valutare se aggiungere `R/tema_ggplot.R` (proposta di Marco).", "R/tema_ggplot.R", "planned"],
    [
      "- Aggiunto `notebooks/03-validazione.qmd` (cross-validation a 10 fold).",
      "notebooks/03-validazione.qmd",
      "created",
    ],
    ["- Salvati i grafici in `output/figure/fig2.png`.", "output/figure/fig2.png", "created"],
    ["## File creati\n\n- `R/validazione.R`", "R/validazione.R", "created"],
    ["Era pre-renv: le librerie stavano in `lib/` (non più usato).", "lib/", "historical"],
    ["The old vendored copy lived in `third_party/` (no longer used).", "third_party/", "historical"],
    // near-misses: an English "Create" is not Italian "create" (made), and a reading verb
    ["Create `src/cache.py` with an LRU cache.", "src/cache.py", "planned"],
    ["- Confrontare con i valori attesi in `docs/risultati_attesi.md`", "docs/risultati_attesi.md", "exists"],
    ["## Rinomine\n\n- `R/pulizia.R` → `R/utils_pulizia.R`", "R/utils_pulizia.R", "created"],
  ],
  Korean: [
    ["`MemoRepository.kt` → `NoteRepository.kt` 로 이름 변경 완료.", "MemoRepository.kt", "removed"],
    [
      "예전 저장소는 #41 에서 삭제되었습니다 (`data/MemoRepository.kt`).",
      "data/MemoRepository.kt",
      "removed",
    ],
    ["- `desktopApp/` — 데스크톱 타깃 (검토 중, 추가를 고려)", "desktopApp/", "planned"],
    // near-miss: a description in parentheses that names another file
    ["- `iosApp/` — SwiftUI (`iosApp/iosApp/ContentView.swift`)", "iosApp/", "exists"],
  ],
  "a parenthesis about two names, and the next clause about the file": [
    [
      "- Do not touch `bazel-bin/` or `bazel-out/` (convenience symlinks, not in repo)",
      "bazel-bin/",
      "historical",
    ],
    [
      "- PR #231 (`modules/rds/alarms.tf`) is open, not merged; the file is not in the repo yet.",
      "modules/rds/alarms.tf",
      "historical",
    ],
    ["- `src/payments/BUILD.bazel` (new package, empty `go_library`)", "src/payments/BUILD.bazel", "created"],
    // near-misses: a parenthesis that says nothing about being there, and a later clause about
    // another name
    ["- Read `docs/a.md` or `docs/b.md` (either works)", "docs/a.md", "exists"],
    [
      "Run `bin/reindex.sh` with `conf/extra.yml`; the file is not in the repo yet.",
      "bin/reindex.sh",
      "exists",
    ],
  ],
});

// Session 11, from a twenty-third batch written blind (a Russian handoff, a GitOps repository, an
// agent's session log, a Salesforce project, a game mod, a versioned documentation site).
describeIntentRules("readings from the twenty-third blind batch", {
  Russian: [
    ["- Старый `celeryconfig.py` в корне был удалён ещё в #212.", "celeryconfig.py", "removed"],
    ["- Модуль `apps/billing/legacy_sync.py` удалён целиком.", "apps/billing/legacy_sync.py", "removed"],
    [
      "- Пост-эпоха: `scripts/sync_invoices.sh` больше не нужен и тоже удалён.",
      "scripts/sync_invoices.sh",
      "historical",
    ],
    ["- `scripts/sync_invoices.sh` больше не нужен.", "scripts/sync_invoices.sh", "historical"],
    [
      "Файла `apps/billing/webhooks.py` пока нет — он ещё не создан.",
      "apps/billing/webhooks.py",
      "historical",
    ],
    [
      "Фикстура `fixtures/invoices.json` пока только у меня на машине.",
      "fixtures/invoices.json",
      "historical",
    ],
    [
      "- Вебхуки переедут в `apps/billing/webhooks.py` — файл будет написан позже.",
      "apps/billing/webhooks.py",
      "planned",
    ],
    ["- Можно подумать о `tools/celery_top.py` для мониторинга.", "tools/celery_top.py", "planned"],
    ["- [ ] Создать `apps/billing/tests/test_webhooks.py`", "apps/billing/tests/test_webhooks.py", "planned"],
    [
      "Переименовал `apps/notifications/mailer.py` → `apps/notifications/email.py`.",
      "apps/notifications/mailer.py",
      "removed",
    ],
    ["## Планы\n\n- `apps/core/retry.py` для общих хелперов", "apps/core/retry.py", "planned"],
    // near-misses: a reading verb, and the new side of the rename
    ["- Посмотреть декоратор задачи в `apps/billing/tasks.py`", "apps/billing/tasks.py", "exists"],
    [
      "Переименовал `apps/notifications/mailer.py` → `apps/notifications/email.py`.",
      "apps/notifications/email.py",
      "created",
    ],
  ],
  "gone, never made it, served under": [
    ["- pre-kustomize `k8s/payments.yaml` is long gone too.", "k8s/payments.yaml", "removed"],
    [
      "The week-18 note said to apply `clusters/prod/hpa.yaml`; that file never made it into the repo.",
      "clusters/prod/hpa.yaml",
      "historical",
    ],
    ["2.x is no longer maintained; 2.x pages are served under `/docs/2.x/`.", "/docs/2.x/", "example"],
    // near-misses: a folder that is still there, and a root-relative link read as the root
    ["- The `k8s/base/` folder is still in use.", "k8s/base/", "exists"],
    ["See [the guide](/docs/guide.md) first.", "/docs/guide.md", "exists"],
  ],
  "what an agent's log and a report say was done": [
    ["Applied edit to src/invoice_parser/xlsx_export.py", "src/invoice_parser/xlsx_export.py", "created"],
    ["Applied changes to `src/invoice_parser/cli.py`", "src/invoice_parser/cli.py", "created"],
    ["- `tests/test_ocr.py`: 4 tests passing", "tests/test_ocr.py", "created"],
    [
      "- Fix: raised the limit via `overlays/prod/patch-resources.yaml`, shipped in PR #882.",
      "overlays/prod/patch-resources.yaml",
      "created",
    ],
    ["## Изменённые файлы\n\n- `apps/billing/signals.py`", "apps/billing/signals.py", "created"],
    // near-misses: an edit asked for, and a count of tests that says nothing was made
    ["Please apply the edit to `src/invoice_parser/cli.py`.", "src/invoice_parser/cli.py", "exists"],
    ["- Run `tests/test_ocr.py` (4 tests)", "tests/test_ocr.py", "exists"],
  ],
  "a status column over a column of tests": [
    [
      "| Area | Test | Status |\n|---|---|---|\n| Payments | `lwc/paymentStatus/__tests__/paymentStatus.test.js` | 🟡 In progress |",
      "lwc/paymentStatus/__tests__/paymentStatus.test.js",
      "planned",
    ],
    [
      "| Area | Test | Status |\n|---|---|---|\n| Gateway | `classes/PaymentGatewayTest.cls` | ✅ Implemented |",
      "classes/PaymentGatewayTest.cls",
      "created",
    ],
    // near-miss: a column that says where a finding is, not what was made
    [
      "| Finding | Location | Status |\n|---|---|---|\n| Slow query | `src/db/query.ts` | 🟡 In progress |",
      "src/db/query.ts",
      "exists",
    ],
  ],
});

// Session 11, from a twenty-fourth batch written blind (Turkish and Polish handoffs, an Obsidian
// vault, ADRs and PR templates, an Nx monorepo, a notebook lab log).
describeIntentRules("readings from the twenty-fourth blind batch", {
  "Turkish and Polish": [
    [
      "## Yeniden adlandırma\n\n- `app/Services/PaytrGateway.php` → `app/Services/IyzicoGateway.php`",
      "app/Services/PaytrGateway.php",
      "removed",
    ],
    [
      "- `app/Http/Controllers/LegacyPaymentController.php` silindi (#212'de kaldırıldı).",
      "app/Http/Controllers/LegacyPaymentController.php",
      "removed",
    ],
    ["- Eski rota dosyası `routes/payment-legacy.php` artık yok.", "routes/payment-legacy.php", "removed"],
    [
      "- `app/Observers/OrderObserver.php` henüz oluşturulmadı; olaylar controller içinde.",
      "app/Observers/OrderObserver.php",
      "historical",
    ],
    [
      "- Diğer ekip `resources/js/checkout.js` üzerinde çalışıyor; bu dosya henüz repoda değil.",
      "resources/js/checkout.js",
      "historical",
    ],
    [
      "- `internal/http/legacy_handlers.go` został usunięty (martwy kod).",
      "internal/http/legacy_handlers.go",
      "removed",
    ],
    ["- Repozytorium: `internal/ledger/repository.go` (dawniej `store.go`)", "store.go", "historical"],
    [
      "- Planowane: `internal/ledger/outbox.go` oraz `internal/ledger/outbox_worker.go`.",
      "internal/ledger/outbox.go",
      "planned",
    ],
    [
      "## Zmiany nazw i usunięcia\n\n- `internal/ledger/store.go` → `internal/ledger/repository.go`",
      "internal/ledger/store.go",
      "removed",
    ],
    ["## Silinenler\n\n- `app/Legacy/Helpers.php`", "app/Legacy/Helpers.php", "removed"],
    // near-misses: the new side of the rename, and a file the other team works on that is there
    [
      "- Repozytorium: `internal/ledger/repository.go` (dawniej `store.go`)",
      "internal/ledger/repository.go",
      "exists",
    ],
    ["- Diğer ekip `resources/js/cart.js` üzerinde çalışıyor.", "resources/js/cart.js", "exists"],
  ],
});

describeIntentRules("readings from the twenty-fifth blind batch", {
  Hindi: [
    ["- पुरानी स्क्रिप्ट `scripts/old_sync.sh` हटा दी गई है।", "scripts/old_sync.sh", "removed"],
    ["`app/jobs/retry.py` अभी तक मौजूद नहीं है।", "app/jobs/retry.py", "historical"],
    ["`app/jobs/export.py` बाद में बनाया जाएगा।", "app/jobs/export.py", "planned"],
    ["## हटाई गई फ़ाइलें\n\n- `app/old_refunds.py`", "app/old_refunds.py", "removed"],
    ["| फ़ाइल | स्थिति |\n|---|---|\n| `app/queue.py` | ❌ शुरू नहीं हुआ |", "app/queue.py", "planned"],
    // near-miss: an instruction to register something in a file
    ["फिर `app/main.py` में रजिस्टर करें।", "app/main.py", "exists"],
  ],
  Vietnamese: [
    ["- File `src/legacy/cron.ts` đã bị xóa ở commit trước.", "src/legacy/cron.ts", "removed"],
    ["`src/queue/worker.ts` hiện chưa tồn tại.", "src/queue/worker.ts", "historical"],
    ["- Cân nhắc tạo `src/cache/redis.ts`.", "src/cache/redis.ts", "planned"],
    ["### Các file chưa commit\n\n- `tmp/debug.html`", "tmp/debug.html", "historical"],
    // near-miss: "see also" is not "add"
    ["Xem thêm `docs/api.md`.", "docs/api.md", "exists"],
  ],
  Arabic: [
    ["- تم حذف `lib/old_theme.dart` في الإصدار السابق.", "lib/old_theme.dart", "removed"],
    ["الملف `lib/payments/sheet.dart` غير موجود حالياً.", "lib/payments/sheet.dart", "historical"],
    ["- ملف الألمانية `lib/l10n/app_de.arb` (سيُنشأ لاحقًا)", "lib/l10n/app_de.arb", "planned"],
    ["## ملفات محذوفة\n\n- `lib/legacy/cart.dart`", "lib/legacy/cart.dart", "removed"],
    // near-miss: read it first
    ["اقرأ `docs/setup.md` أولاً.", "docs/setup.md", "exists"],
  ],
  Indonesian: [
    ["- `internal/cache/lru.go` sudah dihapus minggu lalu.", "internal/cache/lru.go", "removed"],
    ["- File `configs/prod.yaml` tidak ada di repo (disimpan di vault).", "configs/prod.yaml", "historical"],
    ["- `internal/report/pdf.go` akan dibuat di sesi berikutnya.", "internal/report/pdf.go", "planned"],
    [
      "## Langkah selanjutnya\n\n- Menambahkan retry di `internal/queue/retry.go`.",
      "internal/queue/retry.go",
      "planned",
    ],
    // near-miss: run it first
    ["- Jalankan `scripts/seed.sh` dulu.", "scripts/seed.sh", "exists"],
  ],
  Dutch: [
    ["- `src/main/kotlin/Old.kt` werd vorige week verwijderd.", "src/main/kotlin/Old.kt", "removed"],
    ["- `config/local.yml` zit niet in de repository.", "config/local.yml", "historical"],
    ["- `docs/api.md` wordt later toegevoegd.", "docs/api.md", "planned"],
    ["- `a/Oud.kt` → `a/Nieuw.kt` (hernoemd)", "a/Oud.kt", "removed"],
    ["### Niet gecommitte bestanden\n\n- `out/proef.pdf`", "out/proef.pdf", "historical"],
    // near-miss: read it first
    ["- Lees eerst `docs/setup.md`.", "docs/setup.md", "exists"],
  ],
  Ukrainian: [
    ["- Старий конфіг `config/old.yaml` видалили.", "config/old.yaml", "removed"],
    ["- `src/workers/sync.ts` поки немає, з'явиться пізніше.", "src/workers/sync.ts", "historical"],
    ["- `src/api/client.ts` буде створено в наступному спринті.", "src/api/client.ts", "planned"],
    ["- `src/a.ts` → `src/b.ts` (перейменовано)", "src/a.ts", "removed"],
    ["| Файл | Статус |\n|---|---|\n| `src/x.ts` | 🟡 В роботі |", "src/x.ts", "planned"],
    // near-miss: see it
    ["- Див. `docs/arch.md`.", "docs/arch.md", "exists"],
  ],
});

describeIntentRules("readings from the twenty-sixth blind batch", {
  "a history line's arrow": [
    ["History: `lib/relay/pool.ex` → `lib/relay/conn.ex` in 2.0.", "lib/relay/pool.ex", "removed"],
    // near-miss: an arrow of a flow
    ["Requests go `lib/relay/pool.ex` → `lib/relay/conn.ex`.", "lib/relay/pool.ex", "exists"],
  ],
  "'Not yet:' as a label": [
    ["Not yet: `src/Infer/Kinds.hs`. Until then kinds are unchecked.", "src/Infer/Kinds.hs", "planned"],
    // near-miss: a sentence that only contains the words
    ["It is not yet clear why `src/Infer/Kinds.hs` is slow.", "src/Infer/Kinds.hs", "exists"],
  ],
  "what a planned thing is made from or for": [
    ["Implement the `Codec` trait from `src/codec.rs` for your transport.", "src/codec.rs", "exists"],
    ["Write tests for `src/parser.ts`.", "src/parser.ts", "exists"],
    // near-miss: the thing to implement is the file
    ["Implement `src/codec.rs`.", "src/codec.rs", "planned"],
  ],
  "a removal after an apposition": [
    ["- The old guide, `docs/v1-guide.md`, was removed in 3.0.", "docs/v1-guide.md", "removed"],
  ],
});

describe("a list of what is not committed speaks only for its own lines", () => {
  // Invented wording: a run step, and the same script listed as untracked further down.
  const listed =
    "- Run `./tool/sandbox.sh --env staging`.\n\n### Other untracked files\n\n- `tool/sandbox.sh`\n";
  it("leaves the run step relying on the script", () => {
    expect(refs(parse(listed), "tool/sandbox.sh", 1).map((r) => r.intent)).toEqual(["exists"]);
    expect(refs(parse(listed), "tool/sandbox.sh", 5).map((r) => r.intent)).toEqual(["historical"]);
  });
  it("unlike a statement that the file is not there yet", () => {
    const said = "- Run `./tool/sandbox.sh --env staging`.\n\n`tool/sandbox.sh` does not exist yet.\n";
    expect(refs(parse(said), "tool/sandbox.sh", 1).map((r) => r.intent)).toEqual(["historical"]);
  });
});

describeIntentRules("readings from the twenty-seventh blind batch", {
  "a kind of file each one has": [
    ["Each module should have an `index.ts` for re-exports.", "index.ts", "example"],
    ["Every package has an `__init__.py`.", "__init__.py", "example"],
    ["Mỗi module nên có một `index.ts` để re-export.", "index.ts", "example"],
    ["Cada paquete tiene un `README.md` propio.", "README.md", "example"],
    // near-misses: one file of the repository, and a plain instruction
    ["Each module imports `src/core/index.ts`.", "src/core/index.ts", "exists"],
    ["Read the `CONTRIBUTING.md` first.", "CONTRIBUTING.md", "exists"],
  ],
  "the same six languages, other writers": [
    [
      "- Модель `src/nlp/tagger.py` ніколи не було в репозиторії, хоча всі про неї пишуть.",
      "src/nlp/tagger.py",
      "historical",
    ],
    ["## Заплановано\n\n- спробувати `src/nlp/augment.py`", "src/nlp/augment.py", "planned"],
    ["- De oude pagina `docs/old-upgrade.md` is hernoemd naar deze.", "docs/old-upgrade.md", "removed"],
    ["- `docs/runbooks/windows.md` staat gepland voor Q3.", "docs/runbooks/windows.md", "planned"],
    ["- `scripts/backfill.py` लिख ली है, पर अभी सिर्फ़ मेरे लैपटॉप पर है।", "scripts/backfill.py", "historical"],
    ["- वहाँ `ops/scaling.md` जोड़ने के बारे में सोचा जा सकता है।", "ops/scaling.md", "planned"],
    ["- مواصفة الواجهة ستُضاف لاحقًا في `docs/api.yaml`.", "docs/api.yaml", "planned"],
    ["## إعادة التسمية\n\n- `src/helpers/log.js` → `src/utils/logger.js`", "src/helpers/log.js", "removed"],
    ["- السكربت `scripts/load.js` جاهز لكنه على جهازي فقط.", "scripts/load.js", "historical"],
    ["- File yang masih harus dibuat: `lib/services/channel.dart`", "lib/services/channel.dart", "planned"],
    [
      "| الميزة | الملف | الحالة |\n|---|---|---|\n| الإشعارات | `src/services/notify.js` | ❌ لم يبدأ بعد |",
      "src/services/notify.js",
      "planned",
    ],
    // near-misses: the same words about other things
    ["- Див. `docs/arch.md`, там усе описано.", "docs/arch.md", "exists"],
    ["- Lees `docs/runbooks/windows.md` voor de planning.", "docs/runbooks/windows.md", "exists"],
  ],
});

describeIntentRules("readings from the twenty-eighth blind batch", {
  Czech: [
    ["- Starý klient `internal/api/client_v1.go` byl smazán v #40.", "internal/api/client_v1.go", "removed"],
    [
      "- `internal/cache/redis.go` zatím neexistuje, napíše ho Petr.",
      "internal/cache/redis.go",
      "historical",
    ],
    ["- [ ] `internal/api/limits.go` (bude vytvořen)", "internal/api/limits.go", "planned"],
    ["## Smazáno\n\n- `cmd/old/main.go`", "cmd/old/main.go", "removed"],
    ["- `a/stary.go` → `a/novy.go` (přejmenováno)", "a/stary.go", "removed"],
    // near-miss: read it
    ["- Přečti si `docs/arch.md`.", "docs/arch.md", "exists"],
  ],
  Swedish: [
    ["- Den gamla `app/views_old.py` togs bort i #12.", "app/views_old.py", "removed"],
    ["- `app/tasks.py` finns inte än; Lisa skriver den.", "app/tasks.py", "historical"],
    ["- Nästa steg: skapa `app/services/export.py`.", "app/services/export.py", "planned"],
    ["### Övriga ospårade filer\n\n- `scratch/notes.txt`", "scratch/notes.txt", "historical"],
    ["- Jag har driftsatt `deploy/cron/sync.cron` på staging.", "deploy/cron/sync.cron", "created"],
    // near-miss: read it
    ["- Läs `docs/setup.md` först.", "docs/setup.md", "exists"],
  ],
  Persian: [
    ["- `src/components/OldTable.tsx` حذف شد.", "src/components/OldTable.tsx", "removed"],
    ["- فایل `src/data/rates.json` هنوز وجود ندارد.", "src/data/rates.json", "historical"],
    ["- [ ] `src/hooks/useRates.ts` (ساخته خواهد شد)", "src/hooks/useRates.ts", "planned"],
    ["## حذف‌شده و تغییر نام\n\n- `src/utils/old.ts` → `src/utils/format.ts`", "src/utils/old.ts", "removed"],
    // near-miss: read it
    ["- فایل `docs/setup.md` را بخوانید.", "docs/setup.md", "exists"],
  ],
  "the era before a version": [
    ["Pre-v0.4 the policy CRD was kept in `config/crd/policy.yaml`.", "config/crd/policy.yaml", "historical"],
    // near-miss: a version that is no era
    ["The v0.4 policy CRD is in `config/crd/policy.yaml`.", "config/crd/policy.yaml", "exists"],
  ],
  "a KEP's graduation criteria": [
    [
      "## Graduation Criteria\n\n### Beta\n\n- [ ] Conversion webhook in `internal/webhook/conversion.go`",
      "internal/webhook/conversion.go",
      "planned",
    ],
    // near-miss: an open task under an ordinary heading edits the file
    [
      "## Tasks\n\n- [ ] Timeout in `internal/webhook/conversion.go`",
      "internal/webhook/conversion.go",
      "exists",
    ],
  ],
  "a feature and, in a parenthesis, where it lives": [
    ["- [ ] Product reviews (`app/products/reviews/page.tsx`)", "app/products/reviews/page.tsx", "planned"],
    // near-miss: the verb takes the mention as its object
    ["- [ ] Review `app/products/reviews/page.tsx` for a11y", "app/products/reviews/page.tsx", "exists"],
  ],
  "a label saying where a file is not": [
    ["- Sample export only on my machine: `scripts/sample.ts`", "scripts/sample.ts", "historical"],
    ["- فایل نمونه فقط روی سیستم من است: `scripts/sample.ts`", "scripts/sample.ts", "historical"],
  ],
});

describeIntentRules("readings from the twenty-ninth blind batch", {
  "French, German and their neighbours, other writers": [
    ["- Supprimé `app/models/legacy.rb`, plus utilisé.", "app/models/legacy.rb", "removed"],
    ["- Renommé `app/a_builder.rb` en `app/a_generator.rb`.", "app/a_builder.rb", "removed"],
    ["- Eliminado `scripts/old_sync.py` en la última versión.", "scripts/old_sync.py", "removed"],
    ["- Rimosso `lib/vecchio.py`.", "lib/vecchio.py", "removed"],
    ["- `script/backfill.rb` n'existe que sur mon poste pour l'instant.", "script/backfill.rb", "historical"],
    [
      "- `db/seeds/extra.rb` : uniquement sur ma machine, pas encore commité.",
      "db/seeds/extra.rb",
      "historical",
    ],
    ["## Fichiers non suivis\n\n- `tmp/previews/`", "tmp/previews/", "historical"],
    ["## Nicht versionierte Dateien\n\n- `http/orders.http`", "http/orders.http", "historical"],
    ["- Il faudra rédiger `docs/exports/format.md` pour le cabinet.", "docs/exports/format.md", "planned"],
    ["- Fichier produit : `tmp/exports/FEC-AAAAMMJJ.txt`", "tmp/exports/FEC-AAAAMMJJ.txt", "example"],
    ["- Depois que `config/beat.py` for criado, faça o deploy dele.", "config/beat.py", "historical"],
    ["- Sobald `config/beat.py` erstellt ist, deployen.", "config/beat.py", "historical"],
    // near-misses: an instruction to read, and an instruction to delete (still there)
    ["- Lire `docs/setup.md` avant de commencer.", "docs/setup.md", "exists"],
    ["- Depois que `config/beat.py` rodar, confira os logs.", "config/beat.py", "exists"],
  ],
  "other readings": [
    [
      "A new migration, `src/db/migrations/002_jobs.sql`, will add the table.",
      "src/db/migrations/002_jobs.sql",
      "planned",
    ],
    ["- Other untracked files:\n  - `scratch/bench.csv`", "scratch/bench.csv", "historical"],
    ["- `cloudfront.tf` was split out into `modules/cloudfront/main.tf`.", "cloudfront.tf", "removed"],
    ["- Load test: `k6 run load/refunds.js`", "load/refunds.js", "exists"],
    ["7. Read the sequence diagram in `docs/diagrams/cancel.puml`.", "docs/diagrams/cancel.puml", "exists"],
    // near-miss: a list item ending in a colon that says nothing of its children
    ["- Review these:\n  - `docs/setup.md`", "docs/setup.md", "exists"],
  ],
});

describeIntentRules("readings from the thirtieth blind batch", {
  "Spanish and Portuguese by other writers, and a next clause that denies the file": [
    [
      "- También renombré `src/services/pago.js` → `src/services/pagos.js`.",
      "src/services/pago.js",
      "removed",
    ],
    ["- El viejo `src/routes/v1.js` lo borré, nadie lo usaba.", "src/routes/v1.js", "removed"],
    ["- Aclaración: `src/auth/passport.js` nunca existió.", "src/auth/passport.js", "historical"],
    ["- `ui/Home.kt` → `ui/home/Home.kt`: movi para o pacote da feature", "ui/Home.kt", "removed"],
    ["- `keystore.properties` não é commitado (cada um tem o seu)", "keystore.properties", "historical"],
    [
      "- The ticket mentions `app/engine.py`; there is no such module, it all lives in `pricing.py`.",
      "app/engine.py",
      "historical",
    ],
    // near-misses: a plain instruction, and a next clause about something else
    ["- Revisa `src/routes/v1.js` antes del viernes.", "src/routes/v1.js", "exists"],
    ["- The ticket mentions `app/engine.py`; there is no such test yet.", "app/engine.py", "exists"],
  ],
});

describeIntentRules("readings from the thirty-first blind batch", {
  "Chinese, Japanese and Korean by other writers": [
    ["- `components/Login.jsx` を `app/login/Login.tsx` に移動しました。", "components/Login.jsx", "removed"],
    ["- `lib/session.ts` は v2.0 で削除しました。", "lib/session.ts", "removed"],
    ["- `scripts/seed.mjs` はまだ手元にしかありません。", "scripts/seed.mjs", "historical"],
    ["- 売上 API `app/api/sales/route.ts` はこれから作成。", "app/api/sales/route.ts", "planned"],
    ["## 消したファイル\n\n- `pages/old.tsx`", "pages/old.tsx", "removed"],
    ["- 模板比如 `templates/orders/detail.html` 这种命名。", "templates/orders/detail.html", "example"],
    ["旧版的 `api/v1/urls.py` 已在 v3.0 删除。", "api/v1/urls.py", "removed"],
    ["- 删掉了 `orders/signals.py`。", "orders/signals.py", "removed"],
    ["- `orders/utils.py` 重命名为 `orders/helpers.py`。", "orders/utils.py", "removed"],
    ["- `payments/signing.py` 目前只在我本地。", "payments/signing.py", "historical"],
    ["## 其他未跟踪的文件\n\n- `scratch/samples.json`", "scratch/samples.json", "historical"],
    ["- `V3__erp.sql` 은 `V3__sync_log.sql` 로 이름을 바꿨습니다.", "V3__erp.sql", "removed"],
    ["- `docker/compose.yml` 은 아직 제 PC에만 있습니다.", "docker/compose.yml", "historical"],
    ["3. `k8s/topic.yaml` 을 추가할지 검토", "k8s/topic.yaml", "planned"],
    ["- 예전 `security/Token.java` 는 v1.3에서 삭제됨", "security/Token.java", "removed"],
    [
      "| 方法 | 路径 |\n|---|---|\n| POST | `/api/payments/callback/` |",
      "/api/payments/callback/",
      "example",
    ],
    // near-misses: the new side of a move is where the file went; a plain instruction
    ["- `components/Login.jsx` を `app/login/Login.tsx` に移動しました。", "app/login/Login.tsx", "created"],
    ["- `docs/setup.md` を読んでください。", "docs/setup.md", "exists"],
  ],
  "eras and gone files in English": [
    ["Before 0.3 everything lived in `src/limiter.rs`.", "src/limiter.rs", "historical"],
    ["- The old handoff asked to keep `src/sync.rs`; it is gone now.", "src/sync.rs", "removed"],
    // near-miss: a version that is no era
    ["In 0.3 everything lives in `src/limiter.rs`.", "src/limiter.rs", "exists"],
  ],
});

describeIntentRules("readings from the thirty-second and thirty-third blind batches", {
  "Hebrew: names glued to a one-letter word, and what is gone, not there or still to come": [
    [
      "מגבלות מוגדרות ב-src/middleware/rateLimit.js#L5-L12, אם צריך.",
      "src/middleware/rateLimit.js",
      "exists",
    ],
    ["- [x] נמחק `src/routes/legacy.js` (לא בשימוש)", "src/routes/legacy.js", "removed"],
    ["- הקובץ `src/jobs/cleanup.js` לא קיים עדיין.", "src/jobs/cleanup.js", "historical"],
    [
      "- התחלתי לכתוב את `src/jobs/cleanup.js`, עוד לא עשיתי לו commit, הוא רק אצלי במחשב.",
      "src/jobs/cleanup.js",
      "historical",
    ],
    ["- הקובץ src/middleware/requestId.js לא נמצא בריפו!", "src/middleware/requestId.js", "historical"],
    ["- שיניתי שם: `src/utils/mail.js` → `src/services/mailer.js`", "src/utils/mail.js", "removed"],
    ["- [ ] ליצור את `src/services/sms.js`", "src/services/sms.js", "planned"],
    ["- [x] נוצר `src/middleware/requestId.js`, מוסיף כותרת", "src/middleware/requestId.js", "created"],
    ["תיקון קטן, ראו src/routes/users.js\u200f, שם.", "src/routes/users.js", "exists"],
    // near-misses: a plain instruction; the new side of a rename
    ["- לקרוא את `docs/deploy.md` לפני הפריסה.", "docs/deploy.md", "exists"],
    ["- שיניתי שם: `src/utils/mail.js` → `src/services/mailer.js`", "src/services/mailer.js", "created"],
  ],
  "Greek, with or without accents": [
    [
      "- Αφαιρέθηκε το παλιό `internal/orders/legacy.go` — δεν το καλούσε κανείς.",
      "internal/orders/legacy.go",
      "removed",
    ],
    ["Το `internal/orders/idem_test.go` δεν υπάρχει στο repo.", "internal/orders/idem_test.go", "historical"],
    ["Το `migrations/0003.up.sql` επίσης δεν έχει γίνει commit.", "migrations/0003.up.sql", "historical"],
    ["Το `internal/orders/legacy.go` σωστά αφαιρέθηκε.", "internal/orders/legacy.go", "removed"],
    [
      "Ο breaker θα γραφτεί στο `internal/payments/breaker.go` μόλις συμφωνήσουμε.",
      "internal/payments/breaker.go",
      "planned",
    ],
    ["- Δημιούργησα το `internal/payments/retry.go` με backoff.", "internal/payments/retry.go", "created"],
    ["- Δημιουργηθηκε το `internal/orders/idem.go`.", "internal/orders/idem.go", "created"],
    [
      "| Αρχείο | Κατάσταση |\n|---|---|\n| `internal/payments/breaker.go` | ❌ Δεν ξεκίνησε |",
      "internal/payments/breaker.go",
      "planned",
    ],
    [
      "| Αρχείο | Κατάσταση |\n|---|---|\n| `internal/payments/retry.go` | ✅ Ολοκληρώθηκε |",
      "internal/payments/retry.go",
      "created",
    ],
    // near-miss: a plain instruction
    ["1. `deploy/k8s/hpa.yaml` — autoscaling 3→10 pods", "deploy/k8s/hpa.yaml", "exists"],
  ],
  "Italian and the other Romance languages: both sides of a rename, plans and next week": [
    [
      "- `components/OrdiniTable.vue` rinominato in `components/TabellaOrdini.vue`",
      "components/OrdiniTable.vue",
      "removed",
    ],
    [
      "- `components/OrdiniTable.vue` rinominato in `components/TabellaOrdini.vue`",
      "components/TabellaOrdini.vue",
      "created",
    ],
    ["- `a/p.vue` renommé en `a/q.vue`", "a/p.vue", "removed"],
    ["- Renommé `a/r.vue` en `a/s.vue`", "a/s.vue", "created"],
    ["- `a/t.vue` movido a `a/u.vue`", "a/u.vue", "created"],
    ["- `backend/ordini/signals.py` è ancora da creare.", "backend/ordini/signals.py", "planned"],
    ["- Da creare: `backend/ordini/signals.py` (notifiche)", "backend/ordini/signals.py", "planned"],
    [
      "## Prossima settimana\n\n- Completare `components/FiltroOrdini.vue`",
      "components/FiltroOrdini.vue",
      "planned",
    ],
    ["## Next week\n\n- Finish `src/export.rs`", "src/export.rs", "planned"],
    [
      "| File | Stato |\n|---|---|\n| `components/FiltroOrdini.vue` | In corso |",
      "components/FiltroOrdini.vue",
      "planned",
    ],
    // near-misses: a rename whose old name is the object; last week's work
    ["- Renommé `a/r.vue` en `a/s.vue`", "a/r.vue", "removed"],
    ["## Last week\n\n- Finished `src/export.rs`", "src/export.rs", "exists"],
  ],
  "ideas, guesses, what other documents say, eras, future names, settings and waiting for someone": [
    [
      "Ideas / next:\n\n- water shader — a `Material2d` in `src/plugins/water.rs`",
      "src/plugins/water.rs",
      "planned",
    ],
    ["Ideas / next:\n\n- level select screen (`src/plugins/menu.rs`?)", "src/plugins/menu.rs", "planned"],
    [
      "Every handoff since April says to run `scripts/cleanup-snapshots.sh` on Mondays.",
      "scripts/cleanup-snapshots.sh",
      "historical",
    ],
    ["Pre-incident the alarms were defined in `src/monitoring.ts`.", "src/monitoring.ts", "historical"],
    [
      "The alarms were defined in `src/monitoring.ts`; they moved to `src/alarms.ts`.",
      "src/monitoring.ts",
      "removed",
    ],
    ["Export (planned for 0.10) will be `export.rs` in the same folder.", "export.rs", "planned"],
    ["| Setting | Default |\n|---|---|\n| `mdTableTools.trace` | `off` |", "mdTableTools.trace", "example"],
    [
      "Its entity is at `components/x/catalog-info.yaml` once someone adds the Location.",
      "components/x/catalog-info.yaml",
      "historical",
    ],
    ["- אחרי ש-`src/jobs/cleanup.js` ייכתב צריך למחוק את השורה.", "src/jobs/cleanup.js", "historical"],
    // near-misses: a plain notes label, a question, this README's words, a hook named pre-…, a
    // sentence about later, a column of files, someone reading, moving on to other work
    ["Notes:\n\n- the shader in `src/plugins/water.rs`", "src/plugins/water.rs", "exists"],
    [
      "Probably in the drawer script (`theme/assets/cart-drawer.js`?).",
      "theme/assets/cart-drawer.js",
      "exists",
    ],
    ["The README says to run `scripts/setup.sh` first.", "scripts/setup.sh", "exists"],
    ["Pre-commit, run `scripts/lint.sh` once.", "scripts/lint.sh", "exists"],
    ["It will be easier to read `docs/guide.md` first.", "docs/guide.md", "exists"],
    ["| File | Default |\n|---|---|\n| `config/app.yaml` | `off` |", "config/app.yaml", "exists"],
    ["See `docs/guide.md` once someone reads the intro.", "docs/guide.md", "exists"],
    ["Check `src/monitoring.ts`; they moved on to other work.", "src/monitoring.ts", "exists"],
  ],
});

describeIntentRules("readings from the thirty-fourth blind batch", {
  "what others said, what the author could not find, eras by year, and where a file only is": [
    [
      "Every session report since DATA-398 says it added `tests/assert_monthly.sql`, but I can't find it on main.",
      "tests/assert_monthly.sql",
      "historical",
    ],
    [
      "Dana's handoff says to run `Repair-AgReplication.ps1` when the alert fires.",
      "Repair-AgReplication.ps1",
      "historical",
    ],
    [
      "Before 2024 (the Redshift era) revenue came from the `sql/legacy/revenue.sql` view.",
      "sql/legacy/revenue.sql",
      "historical",
    ],
    [
      "Until 2023 backups were `MaintenanceSolution.sql` in SQL Agent jobs.",
      "MaintenanceSolution.sql",
      "historical",
    ],
    [
      "Before 2024 (the Redshift era) revenue came from `analytics_legacy.revenue_v2` and the\n`sql/legacy/revenue.sql` view; numbers before January 2024 are not comparable.",
      "sql/legacy/revenue.sql",
      "historical",
    ],
    [
      "The migration `supabase/migrations/0042_comments.sql` only exists in session 07's working tree.",
      "supabase/migrations/0042_comments.sql",
      "historical",
    ],
    [
      "Same story for `modules/Ops/Invoke-Failover.ps1` from her handoff: it isn't in the repo either.",
      "modules/Ops/Invoke-Failover.ps1",
      "historical",
    ],
    ["So `packages/ui/dist/` is cached and gitignored — don't commit it.", "packages/ui/dist/", "historical"],
    [
      "`.changeset/fuzzy-owls.md` from the 1.4.2 release was already consumed by `changeset version`.",
      ".changeset/fuzzy-owls.md",
      "removed",
    ],
    [
      "| Module | Where | Notes |\n|---|---|---|\n| billing-notifications | `billing-notifications/` | **planned** for Q3; not created yet |",
      "billing-notifications/",
      "planned",
    ],
    // near-misses: this document's own words, a year that is now, a relative clause about
    // something else, a note that only mentions a plan
    ["The README says to run `scripts/setup.sh` first.", "scripts/setup.sh", "exists"],
    ["In 2024 revenue comes from the `sql/revenue.sql` view.", "sql/revenue.sql", "exists"],
    ["The `src/report.ts` helpers were deleted last week.", "src/report.ts", "exists"],
    [
      "| Module | Where | Notes |\n|---|---|---|\n| billing-api | `billing-api/` | replaces the planned v2 |",
      "billing-api/",
      "exists",
    ],
  ],
  "Polish removals": [
    ["- [x] Usunąć katalog `app/Services/PayU/`", "app/Services/PayU/", "removed"],
    [
      "- Do lutego płatności szły przez PayU (`app/Services/PayU/`, usunięte w marcu).",
      "app/Services/PayU/",
      "removed",
    ],
    [
      "| Plik | Status |\n|---|---|\n| `app/Services/PayU/PayUClient.php` | 🗑️ Usunięty |",
      "app/Services/PayU/PayUClient.php",
      "removed",
    ],
    [
      "Plik `resources/lang/en/orders.php` usunięty — sklep jest tylko po polsku.",
      "resources/lang/en/orders.php",
      "removed",
    ],
    [
      "Zapisuje plik w `storage/app/faktury/` (katalog tworzony w locie, gitignorowany).",
      "storage/app/faktury/",
      "historical",
    ],
    // near-miss: a plain instruction
    ["Tłumaczenia są w `resources/lang/pl/orders.php`.", "resources/lang/pl/orders.php", "exists"],
  ],
  "a bare name removed beside two longer paths of that name stands for neither": [
    [
      "The old `openapi.yaml` at the repo root was deleted. The root is `openapi/openapi.yaml`. Compare with `openapi/v1/openapi.yaml`.",
      "openapi/v1/openapi.yaml",
      "exists",
    ],
    // near-miss: one longer path of that name is the same file
    ["Deleted `api.py` last week.\n\nDeploy `svc/api.py` now.", "svc/api.py", "removed"],
  ],
});

describeIntentRules("readings from the thirty-fifth and thirty-sixth blind batches", {
  "Danish, Romanian and Thai": [
    [
      "- `booking/utils.py` er slettet; de to hjælpefunktioner er flyttet ind i modellen.",
      "booking/utils.py",
      "removed",
    ],
    [
      "- Kalendervisningen: `booking/views_calendar.py` findes ikke endnu.",
      "booking/views_calendar.py",
      "historical",
    ],
    [
      "- [ ] `booking/services/availability.py` skal oprettes – ledige tider pr. hal.",
      "booking/services/availability.py",
      "planned",
    ],
    ["| Fil | Status |\n|---|---|\n| `booking/utils.py` | Slettet |", "booking/utils.py", "removed"],
    [
      "Første version brugte en separat app, `reservations/`, som blev slettet i juli (#14).",
      "reservations/",
      "removed",
    ],
    [
      "- Stilurile sunt în `src/styles/global.css`; am șters `src/App.css` și `src/index.css` generate de Vite.",
      "src/index.css",
      "removed",
    ],
    [
      "`src/pages/LoginPage.tsx` nu există încă – până atunci tokenul se pune manual.",
      "src/pages/LoginPage.tsx",
      "historical",
    ],
    ["- [ ] Pagina de login `src/pages/LoginPage.tsx` – de creat", "src/pages/LoginPage.tsx", "planned"],
    [
      "| Fișier | Stare |\n|---|---|\n| `src/components/OrderFilters.tsx` | ❌ Nu există |",
      "src/components/OrderFilters.tsx",
      "historical",
    ],
    [
      "- `src/mocks/orders.json` a fost șters (mock-urile sunt acum handler-e MSW).",
      "src/mocks/orders.json",
      "removed",
    ],
    [
      "Notă: sesiunea 1 spune „Creat `src/components/OrderFilters.tsx`” – nu e adevărat.",
      "src/components/OrderFilters.tsx",
      "historical",
    ],
    ["- `src/services/scb.js` ลบแล้ว (เปลี่ยนมาใช้ KBank อย่างเดียว)", "src/services/scb.js", "removed"],
    [
      "- Postman collection `docs/postman/payments.json` ยังไม่มี จะทำในสปรินต์หน้า",
      "docs/postman/payments.json",
      "historical",
    ],
    ["- [ ] สร้าง `src/jobs/expireQr.js` ยกเลิก QR ที่หมดอายุ", "src/jobs/expireQr.js", "planned"],
    [
      "| ไฟล์ | สถานะ |\n|---|---|\n| `src/services/refund.js` | ❌ ยังไม่เริ่ม |",
      "src/services/refund.js",
      "planned",
    ],
    // near-misses: "registers" holds "sters"; a plain Danish instruction
    ["- Also wrote `tools/read_regs.c` to dump registers from user space.", "tools/read_regs.c", "created"],
    ["- Kør `pytest booking/tests/test_models.py` først.", "booking/tests/test_models.py", "exists"],
  ],
  "the reader's own vault, storage keys, computed paths and other repositories": [
    ["The plugin looks at the last 7 notes in your `Daily/` folder.", "Daily/", "example"],
    ["That's `Templates/Daily.md` in *their* vault, not ours.", "Templates/Daily.md", "example"],
    [
      "| Setting | Default | Notes |\n|---|---|---|\n| Template | `Templates/Daily.md` | a note in *your* vault |",
      "Templates/Daily.md",
      "example",
    ],
    [
      "2. Copy them into `VaultFolder/.obsidian/plugins/daily-rollup/`.",
      "VaultFolder/.obsidian/plugins/daily-rollup/",
      "example",
    ],
    ["- [ ] Open a note like `Daily/2024-05-20.md` in the test vault.", "Daily/2024-05-20.md", "example"],
    [
      "- [ ] PR to `obsidianmd/obsidian-releases` adding the entry to `community-plugins.json`",
      "community-plugins.json",
      "example",
    ],
    [
      'With `dailyFolder = "Journal"` the rollup finds nothing because `previousDays` builds `Journal/2024-05-13.md`.',
      "Journal/2024-05-13.md",
      "example",
    ],
    [
      "3. Upstream objects must exist in the bucket: `raw/orders/2024-06-04.parquet` and `staging/orders/2024-06-04.parquet`.",
      "staging/orders/2024-06-04.parquet",
      "example",
    ],
    ["They go under the `dagster/` prefix of `acme-lake`.", "dagster/", "example"],
    ["All assets live under `/Game/` in the editor.", "/Game/", "example"],
    // near-misses: the reader's copy of this repository's file; this repository's folder
    ["Edit your copy of `src/settings.ts` before the release.", "src/settings.ts", "exists"],
    ["Read `dagster/definitions.py` first.", "dagster/definitions.py", "exists"],
  ],
  "moves, what an old setup had, what was never made, and where files only are": [
    [
      "## What moved where\n\n| Docusaurus | Astro |\n|---|---|\n| `docs/intro.md` | `src/content/docs/index.mdx` |",
      "docs/intro.md",
      "removed",
    ],
    [
      "- [ ] Versioning: Docusaurus had `versioned_docs/version-1.x/`, Starlight has nothing built in.",
      "versioned_docs/version-1.x/",
      "historical",
    ],
    [
      "The deploy guide links to `/reference/env-vars/`, which we never migrated.",
      "/reference/env-vars/",
      "historical",
    ],
    [
      "The dark logo, `public/images/logo-dark.svg`, is referenced from `astro.config.mjs` and doesn't exist, so it 404s.",
      "public/images/logo-dark.svg",
      "historical",
    ],
    [
      "| 11:15 | `/cmd_vel` went quiet | full console dump in `nav_log_1115.txt` on the field laptop |",
      "nav_log_1115.txt",
      "historical",
    ],
    [
      "Ines wrote `public/_redirects` on her machine but it is not in the repo.",
      "public/_redirects",
      "historical",
    ],
    [
      "Wait for Mara to commit `Content/Maps/L_Desert.umap`, then add it to the cook list.",
      "Content/Maps/L_Desert.umap",
      "historical",
    ],
    [
      "The bench job will use `./.github/actions/cache-restore`, which is only in my fork for now.",
      ".github/actions/cache-restore",
      "historical",
    ],
    ["Microsoft Teams: use the composite action `./actions/notify-teams`.", "actions/notify-teams", "exists"],
    // near-misses: a table of pages, not of moves; the new side of a move; a plain "had"
    [
      "## Pages\n\n| Page | Source |\n|---|---|\n| `docs/intro.md` | `src/content/docs/index.mdx` |",
      "docs/intro.md",
      "exists",
    ],
    [
      "## What moved where\n\n| Docusaurus | Astro |\n|---|---|\n| `docs/intro.md` | `src/content/docs/index.mdx` |",
      "src/content/docs/index.mdx",
      "exists",
    ],
    ["Wait for the build to finish, then open `dist/report.html`.", "dist/report.html", "exists"],
  ],
});

describeIntentRules("readings from the thirty-seventh blind batch", {
  "Finnish, and 'e.g.' in other languages": [
    [
      "- `src/main/resources/application-test.yml` poistettu, testit eivät enää käyttäneet sitä",
      "src/main/resources/application-test.yml",
      "removed",
    ],
    ["- `LaskuServiceImpl.java` poistettiin jo siirrossa.", "LaskuServiceImpl.java", "removed"],
    [
      "- Maksumuistutusluokka `MaksumuistutusService.java` ei ole vielä olemassa; se tehdään myöhemmin.",
      "MaksumuistutusService.java",
      "historical",
    ],
    [
      "- V4-migraatio `V4__maksumuistutus.sql` luodaan vasta, kun tietomalli on sovittu.",
      "V4__maksumuistutus.sql",
      "planned",
    ],
    [
      "| Tiedosto | Tila |\n|---|---|\n| `malli/Maksumuistutus.java` | ❌ Ei aloitettu |",
      "malli/Maksumuistutus.java",
      "planned",
    ],
    [
      "| Tiedosto | Tila |\n|---|---|\n| `templates/muistutus.html` | 🟡 Kesken |",
      "templates/muistutus.html",
      "planned",
    ],
    [
      "Pohjat tulevat polkuun `templates/<kieli>/muistutus.html`, esim. `templates/sv/muistutus.html`.",
      "templates/sv/muistutus.html",
      "example",
    ],
    ["Die Vorlagen liegen pro Sprache, z.B. `templates/de/mail.html`.", "templates/de/mail.html", "example"],
    // near-miss: a plain instruction
    [
      "- Staging-profiilin SMTP-asetukset: `src/main/resources/application-staging.yml`",
      "src/main/resources/application-staging.yml",
      "exists",
    ],
  ],
});

describeIntentRules("readings from the thirty-eighth blind batch", {
  "a destination an extraction makes, and a Portuguese 'not for git'": [
    [
      "- [ ] extract the due badge into `app/views/tasks/_due_badge.html.erb` (currently inline)",
      "app/views/tasks/_due_badge.html.erb",
      "planned",
    ],
    [
      "- Release: `./gradlew bundleRelease` (precisa do `key.properties` local, que não vai pro git).",
      "key.properties",
      "historical",
    ],
    // near-misses: adding something to a file that is there; a plain Portuguese instruction
    [
      "- [ ] add the due badge to `app/views/tasks/_task.html.erb`",
      "app/views/tasks/_task.html.erb",
      "exists",
    ],
    ["- Veja `lib/main.dart` antes de mudar as rotas.", "lib/main.dart", "exists"],
  ],
});

describeIntentRules("readings from the thirty-ninth and fortieth blind batches", {
  "Catalan: made, gone, renamed, not committed, to create; statuses in a table": [
    ["3. He escrit `scripts/drain_queue.py` per buidar la cua.", "scripts/drain_queue.py", "created"],
    [
      "- L'antic `bookings/cron.py` es va eliminar quan vam passar a Celery beat.",
      "bookings/cron.py",
      "removed",
    ],
    [
      "- `scripts/purge_locks.py` → `scripts/purge_stale_locks.py` (canvi de nom).",
      "scripts/purge_locks.py",
      "removed",
    ],
    ["- Fitxers a crear: `ops/dashboards/celery.json`", "ops/dashboards/celery.json", "planned"],
    ["- Proposta: una carpeta `ops/chaos/` per a proves de caos", "ops/chaos/", "planned"],
    ["L'script `scripts/drain.py` encara no és al repo.", "scripts/drain.py", "historical"],
    [
      "| # | Acció | Fitxer | Estat |\n|---|---|---|---|\n| 4 | Alerta | `deploy/alerts/celery.yml` | ❌ No començat |",
      "deploy/alerts/celery.yml",
      "planned",
    ],
    ["| Fitxer | Estat |\n|---|---|\n| `bookings/tasks.py` | ✅ Fet |", "bookings/tasks.py", "created"],
    // near-misses: a plain Catalan instruction, a done row with no note
    ["Per a la part de Flower, llegiu `ops/runbooks/flower.md`.", "ops/runbooks/flower.md", "exists"],
    ["| File | Status |\n|---|---|\n| `scripts/d.py` | ✅ Done |", "scripts/d.py", "created"],
  ],
  "Malay: gone, not there yet, to be made; a status cell": [
    ["- `internal/payment/ipay88.go` dah dibuang dalam #71.", "internal/payment/ipay88.go", "removed"],
    [
      "`internal/payment/fpx.go` belum wujud lagi — tunggu Aiman cipta dulu.",
      "internal/payment/fpx.go",
      "historical",
    ],
    ["- `internal/payment/grab.go` akan dicipta minggu depan.", "internal/payment/grab.go", "planned"],
    [
      "| Fail | Status |\n|---|---|\n| `internal/payment/toyyibpay.go` | ❌ Belum mula |",
      "internal/payment/toyyibpay.go",
      "planned",
    ],
    // near-miss
    ["- Semak `internal/payment/billplz.go` sebelum deploy.", "internal/payment/billplz.go", "exists"],
  ],
  "a done row whose note says the file is not committed": [
    [
      "| # | Action | File | Status |\n|---|---|---|---|\n| 3 | Script | `scripts/d.py` | ✅ Done (but not in the repo yet, only on Jordi's laptop) |",
      "scripts/d.py",
      "historical",
    ],
    [
      "| File | Status |\n|---|---|\n| `scripts/e.py` | ✅ Fet (però encara no és al repo) |",
      "scripts/e.py",
      "historical",
    ],
    // near-miss: a note that says something else
    [
      "| File | Status |\n|---|---|\n| `scripts/f.py` | ✅ Done (reviewed by Ana) |",
      "scripts/f.py",
      "created",
    ],
  ],
  "the author's own plan, a list removed, a file broken up": [
    [
      "- Notifications — `lib/tidepool/notifications.ex` (will write after the waitlist settles)",
      "lib/tidepool/notifications.ex",
      "planned",
    ],
    [
      "- Sequence diagram: `docs/diagrams/flow.puml` — author will add it in the follow-up PR.",
      "docs/diagrams/flow.puml",
      "planned",
    ],
    [
      "- Old Truffle setup (`truffle-config.js`, `migrations/`) was removed in v0.3.",
      "truffle-config.js",
      "removed",
    ],
    [
      "- Old Truffle setup (`truffle-config.js`, `migrations/`) was removed in v0.3.",
      "migrations/",
      "removed",
    ],
    ["- Refactored `src/swe_all.f90` into modules (the monolith is gone now).", "src/swe_all.f90", "removed"],
    // near-misses: waiting for a run, a script at work, a refactor in place, a list that stays
    ["Wait for `scripts/backfill.py` to finish before the deploy.", "scripts/backfill.py", "exists"],
    ["- `scripts/export.py` will write the CSV to the bucket.", "scripts/export.py", "exists"],
    ["- Refactored `src/solver.f90` for speed.", "src/solver.f90", "created"],
    ["- The setup (`hardhat.config.ts`, `scripts/`) was reviewed in v0.3.", "hardhat.config.ts", "exists"],
  ],
});

describeIntentRules("readings from the forty-first blind batch", {
  "Turkish: will write, no such file yet, formerly": [
    [
      "- Burak, iade akışı için `src/services/iadeService.ts` yazacak (sprint 14).",
      "src/services/iadeService.ts",
      "planned",
    ],
    [
      "- Aras için `src/services/kargo/arasClient.ts` diye bir dosya yok daha.",
      "src/services/kargo/arasClient.ts",
      "historical",
    ],
    [
      "Float kullanmayın.\nEskiden `src/db/prisma.ts` vardı, `src/utils/db.ts` olarak taşındı.",
      "src/db/prisma.ts",
      "historical",
    ],
    // near-misses: the new side of the move, a plain Turkish instruction
    ["Eskiden `src/db/prisma.ts` vardı, `src/utils/db.ts` olarak taşındı.", "src/utils/db.ts", "exists"],
    ["- Detaylar için `docs/mimari.md` dosyasına bakın.", "docs/mimari.md", "exists"],
    [
      "Diğer takip edilmeyen dosyalar (commit'lenmedi, bilerek):\n\n- `notlar/deneme.http`",
      "notlar/deneme.http",
      "historical",
    ],
    ["Değişen dosyalar:\n\n- `src/app.ts`", "src/app.ts", "created"],
  ],
  "a claim denied after 'but', a name of the time, a draft written, a file made but unfinished, the next report":
    [
      [
        "Session 5's log says it added `src/notifiers/telegram.py`, but that file never existed in git.",
        "src/notifiers/telegram.py",
        "historical",
      ],
      [
        "- Wrote the alerts plan (`docs/plans/alerts-plan.md` at the time, renamed in session 4).",
        "docs/plans/alerts-plan.md",
        "removed",
      ],
      [
        "- Wrote a first draft of `docs/plans/playwright-migration.md`.",
        "docs/plans/playwright-migration.md",
        "created",
      ],
      ["- Created `src/pricewatch/proxy.py` (WIP, see handoff).", "src/pricewatch/proxy.py", "created"],
      ["Next report: `docs/data-quality/2025-W24.md` (Ana).", "docs/data-quality/2025-W24.md", "planned"],
      // near-misses: a "but" about something else, unfinished work on its own, a draft to write
      ["It added `src/a.py`, but the tests still fail.", "src/a.py", "created"],
      ["- `src/pricewatch/proxy.py` (WIP)", "src/pricewatch/proxy.py", "planned"],
      ["- Draft `docs/plans/rollout.md` next week.", "docs/plans/rollout.md", "planned"],
      ["Previous report: `docs/data-quality/2025-W22.md`.", "docs/data-quality/2025-W22.md", "exists"],
    ],
});

describeIntentRules("readings from the forty-second blind batch", {
  "German headings and 'wird noch erstellt'": [
    ["## Erstellte Dateien\n\n```\nsrc/main/java/Bestand.java\n```", "src/main/java/Bestand.java", "created"],
    ["## Noch zu erstellen\n\n- `docs/betrieb/backup.md`", "docs/betrieb/backup.md", "planned"],
    [
      "- `src/test/java/LagerortServiceTest.java` (wird noch erstellt)",
      "src/test/java/LagerortServiceTest.java",
      "planned",
    ],
    // near-miss: a plain German instruction
    ["- Siehe `docs/betrieb/Betrieb.md` für Details.", "docs/betrieb/Betrieb.md", "exists"],
  ],
  "a replacement's status, a verb with its own object, the name a file had, a label of removals, node's loader":
    [
      [
        "| Legacy module | Symfony replacement | Status |\n|---|---|---|\n| CSV export | `src/Controller/ExportController.php` | ❌ Not started |",
        "src/Controller/ExportController.php",
        "planned",
      ],
      [
        "If you build it, register `scripts/achievements.gd` as an autoload.",
        "scripts/achievements.gd",
        "exists",
      ],
      [
        "The HUD script path changed, it's `scripts/ui/hud.gd` now (not `scripts/hud.gd`).",
        "scripts/hud.gd",
        "historical",
      ],
      [
        "Changesets consumed (deleted by `changeset version`): `.changeset/fuzzy-cats-jump.md`",
        ".changeset/fuzzy-cats-jump.md",
        "removed",
      ],
      [
        "Tokens are synced by `node --import tsx scripts/sync-tokens.ts`.",
        "scripts/sync-tokens.ts",
        "exists",
      ],
      // near-misses: a bare correction, a verb that takes the mention, a location column
      ["Read `README.md` first (not `Readme.md`).", "Readme.md", "exists"],
      ["Build `scripts/achievements.gd` next.", "scripts/achievements.gd", "planned"],
      [
        "| Finding | Location | Status |\n|---|---|---|\n| SQL injection | `src/Repo/Search.php` | ❌ Open |",
        "src/Repo/Search.php",
        "exists",
      ],
    ],
});

describeIntentRules("readings from the forty-third blind batch", {
  "Spanish past tenses, an HTTP route with its method, a verb in a closed parenthesis, the old router": [
    [
      "- Se eliminó `apps/catalogo/utils_viejo.py`, duplicaba `slugify`.",
      "apps/catalogo/utils_viejo.py",
      "removed",
    ],
    [
      "- Renombramos `apps/pedidos/checkout.py` → `apps/pedidos/services.py`.",
      "apps/pedidos/checkout.py",
      "removed",
    ],
    [
      "- Se implementó `templates/emails/envio.html` (falta probar en Gmail).",
      "templates/emails/envio.html",
      "created",
    ],
    ["- `GET /api/v1/productos/` — listado paginado", "GET /api/v1/productos/", "none"],
    [
      "Put the keys in `.env.local` (never committed) and validate them in `src/env.mjs`.",
      "src/env.mjs",
      "exists",
    ],
    ["- The old `pages/` router is gone since the migration.", "pages/", "removed"],
    // near-misses: a Spanish instruction, a negation outside a parenthesis, a router that is there
    ["- Revisa `apps/pedidos/services.py` antes del deploy.", "apps/pedidos/services.py", "exists"],
    ["The keys are never committed to `config/keys.json`.", "config/keys.json", "historical"],
    ["- The `app/` router handles every page.", "app/", "exists"],
  ],
});

describeIntentRules("readings from the forty-fourth blind batch", {
  "Tagalog (Taglish): made, deleted, only on a laptop, still to do, someone else's to make": [
    [
      "- Ginawa ko na rin yung `app/Jobs/SyncLedger.php` para sa nightly sync.",
      "app/Jobs/SyncLedger.php",
      "created",
    ],
    ["- Naka-commit na yung `config/ledger.php`, dalawang queue.", "config/ledger.php", "created"],
    [
      "- `app/Services/OldMailer.php` — binura na, pinalitan ng bago.",
      "app/Services/OldMailer.php",
      "removed",
    ],
    ["Yung `app/Jobs/Backfill.php` nasa laptop ko pa lang.", "app/Jobs/Backfill.php", "historical"],
    ["- Hindi pa naka-push yung `app/Jobs/Draft.php`.", "app/Jobs/Draft.php", "historical"],
    ["- Walang `config/legacy.php`, iisa lang ang config.", "config/legacy.php", "historical"],
    ["- Gagawin pa lang yung `deploy/warmup.sh` para sa cold start.", "deploy/warmup.sh", "planned"],
    ["- Balak naming idagdag yung `deploy/probe.sh` para sa uptime.", "deploy/probe.sh", "planned"],
    ["Hinihintay pa namin gawin ni Ana yung `config/prod.php`.", "config/prod.php", "planned"],
    ["## Binago ko\n\n- `config/queue.php` — redis na", "config/queue.php", "created"],
    ["## Gagawin pa lang\n\n- `deploy/rollback.sh`", "deploy/rollback.sh", "planned"],
    // near-misses: a Tagalog sentence that only points at the file, an English "wala" that is not one
    ["- Tingnan niyo yung `config/queue.php` bago mag-deploy.", "config/queue.php", "exists"],
    ["- Run `deploy/check.sh` first.", "deploy/check.sh", "exists"],
  ],
  "a file said not to exist after 'but', a picture of a new layout, someone else at work on a file": [
    [
      "The module stages `assets/q.yaml`, but that file does not exist; the real one is `assets/q.yml`.",
      "assets/q.yaml",
      "historical",
    ],
    ["DAG for the new layout: see `docs/figures/dag.svg`.", "docs/figures/dag.svg", "exists"],
    ["- Marko is writing `modules/network/ddos.bicep` for the hub.", "modules/network/ddos.bicep", "planned"],
    // near-miss: a layout that is the label's subject
    ["## New layout\n\n- `src/app/routes.ts`", "src/app/routes.ts", "planned"],
  ],
});

describe("someone else at work on a file (forty-fifth blind batch)", () => {
  const reason = (text: string, path: string) => refs(parse(text), path)[0]?.intentReason ?? "";
  it("reads a person writing a file as their work to come, not this document's deliverable", () => {
    expect(
      reason("- Marko is writing `modules/network/ddos.bicep`.", "modules/network/ddos.bicep"),
    ).toContain(ANOTHERS_WORK);
    expect(reason("The data team is still building `dbt/models/fct.sql`.", "dbt/models/fct.sql")).toContain(
      ANOTHERS_WORK,
    );
  });
  it("leaves a program writing its output, and the author's own work, to the other readings", () => {
    expect(reason("The exporter is writing `out/report.csv` every hour.", "out/report.csv")).not.toContain(
      ANOTHERS_WORK,
    );
    expect(reason("- I am writing `docs/guide.md` now.", "docs/guide.md")).not.toContain(ANOTHERS_WORK);
  });
});

describeIntentRules("readings from the forty-fifth blind batch", {
  "Serbian (Latin and Cyrillic): made, deleted, to be made, renamed, 'npr.'": [
    ["- Dodao sam `reports/exporters/pdf.py`, izvoz u PDF.", "reports/exporters/pdf.py", "created"],
    ["- `orders/utils/old_pdf.py` je obrisan zajedno sa testom.", "orders/utils/old_pdf.py", "removed"],
    ["`reports/exporters/csv.py` ne postoji i neće postojati.", "reports/exporters/csv.py", "historical"],
    ["- [x] Obrisati `orders/utils/legacy.py`", "orders/utils/legacy.py", "removed"],
    ["Kad napraviš `reports/urls.py`, uključi ga u `config/urls.py`.", "reports/urls.py", "planned"],
    ["Fajlovi se zovu `r-YYYY.xlsx`, npr. `r-2024.xlsx`.", "r-2024.xlsx", "example"],
    ["### Napravljeni fajlovi\n\n```\nreports/models.py\n```", "reports/models.py", "created"],
    ["## Šta treba napraviti\n\n- `reports/views.py`, endpoint", "reports/views.py", "planned"],
    ["- Preimenovano: `orders/efaktura.py` → `orders/sef.py`", "orders/efaktura.py", "removed"],
    // near-misses: a Serbian instruction to read a file, the new side of the rename
    ["- Pogledaj `orders/services/pdv.py` pre izmene.", "orders/services/pdv.py", "exists"],
    ["- Preimenovano: `orders/efaktura.py` → `orders/sef.py`", "orders/sef.py", "created"],
  ],
  "a removal list with its reason, what was not done": [
    [
      "Removed from the theme because nobody used them: `sections/video.liquid`.",
      "sections/video.liquid",
      "removed",
    ],
    ["## What I did not do\n\n- `src/backends/pg.py` (out of scope)", "src/backends/pg.py", "exists"],
    // near-miss: what was done
    ["## What I did\n\n- `src/backends/pg.py`", "src/backends/pg.py", "created"],
  ],
});

describeIntentRules("readings from the forty-sixth and forty-seventh blind batches", {
  "Polish verbs, labels and a status column headed 'Stan'": [
    ["- Dodałem `internal/queue/backoff.go` z testami.", "internal/queue/backoff.go", "created"],
    ["Dodałem:\n\n- `internal/queue/jitter.go` — losowe opóźnienie", "internal/queue/jitter.go", "created"],
    ["Usunięty: `internal/cache/lru.go` (nieużywany).", "internal/cache/lru.go", "removed"],
    ["Nie ma jeszcze pliku `deploy/alerts/disk.yaml`.", "deploy/alerts/disk.yaml", "historical"],
    ["- Trzeba dodać `deploy/alerts/cpu.yaml` przed wdrożeniem.", "deploy/alerts/cpu.yaml", "planned"],
    [
      "| Plik | Stan |\n|---|---|\n| `internal/metrics/rates.go` | ❌ Nie rozpoczęte |",
      "internal/metrics/rates.go",
      "planned",
    ],
    // near-miss: a Polish instruction to read a file
    ["- Przeczytaj `docs/runbook.md` przed dyżurem.", "docs/runbook.md", "exists"],
  ],
  "Japanese after a name: only on my machine, to make, to add first": [
    ["- `tools/rank.py` はまだリポジトリに入っていない（手元のみ）。", "tools/rank.py", "historical"],
    ["- 手順書 `ops/runbooks/rollback.md` を作る（次回まで）。", "ops/runbooks/rollback.md", "planned"],
    [
      "- `tools/schemas/event_v3.json` を追加してから実行すること。",
      "tools/schemas/event_v3.json",
      "planned",
    ],
    // near-miss: a Japanese instruction to check a file
    ["- `docs/policies/disclosure.md` を必ず確認すること。", "docs/policies/disclosure.md", "exists"],
  ],
  "a 'Replaced by' column, 'Things I removed', what a file used to do": [
    [
      "| Job | Replaced by | Status |\n|---|---|---|\n| `NIGHT.jcl` | `dags/night.py` | ❌ Not started |",
      "dags/night.py",
      "planned",
    ],
    ["## 5. Things I removed\n\n- `app/lib/old_cart.dart` → merged", "app/lib/old_cart.dart", "removed"],
    [
      "If the service had its own attributes (like `cookbooks/base/attributes/jetty.rb` used to), move them.",
      "cookbooks/base/attributes/jetty.rb",
      "historical",
    ],
    // near-miss: "used to" with what it used to do after it
    ["The parser `src/parse.py` used to crash on tabs; it is fixed.", "src/parse.py", "exists"],
  ],
});

describeIntentRules("readings from the forty-eighth blind batch", {
  "kept on a shared drive, not committed, looked for and not found, an idea, where a thing will go": [
    [
      "- `data/cache/sales_2024.parquet` is only on the share (gitignored).",
      "data/cache/sales_2024.parquet",
      "historical",
    ],
    ["- The model `models/churn_v2.pkl` is also share-only.", "models/churn_v2.pkl", "historical"],
    [
      "`config/secrets.toml` holds the credentials. It is **not committed**; copy it from the vault.",
      "config/secrets.toml",
      "historical",
    ],
    ["- I can't find `updater.rs` on the branch at all.", "updater.rs", "historical"],
    ["We are considering a `deploy/k8s/` folder once platform has a namespace.", "deploy/k8s/", "planned"],
    [
      "Ambient loops will go into `assets/audio/ambience/` once we have any.",
      "assets/audio/ambience/",
      "planned",
    ],
    [
      "For months before 2024 run `python scripts/backfill.py --from 2022-01`.",
      "scripts/backfill.py",
      "exists",
    ],
    ["Old sheets from before 2023 are in `sheets/`; look there first.", "sheets/", "exists"],
    [
      "4. Run `tools/check_credits.py` to make sure every file has a row.",
      "tools/check_credits.py",
      "exists",
    ],
    // near-misses: a share the reader is sent to, the time before a change, a real plan to make
    [
      "- Copy `data/reference/regions.csv` from the share before the first run.",
      "data/reference/regions.csv",
      "exists",
    ],
    ["Before 2023 the loader lived in `src/legacy/loader.py`.", "src/legacy/loader.py", "historical"],
    ["- Make `tools/check_assets.py` before the release.", "tools/check_assets.py", "planned"],
  ],
  "Vietnamese: renamed to, not started, a note that it will be added": [
    ["| Thư mục | Nội dung |\n|---|---|\n| `src/alerts/` | (sẽ thêm ở Q4) |", "src/alerts/", "planned"],
    ["- `src/shared/` đã đổi tên thành `src/common/`.", "src/shared/", "removed"],
    [
      "| File | Trạng thái |\n|---|---|\n| `src/orders/orders.listener.ts` | ❌ Chưa làm |",
      "src/orders/orders.listener.ts",
      "planned",
    ],
  ],
});

describeIntentRules("readings from the forty-ninth and fiftieth blind batches", {
  "another repository's path, a suggestion, French 'there is none yet' and 'once created'": [
    ["- **infra-live** repo: `envs/prod/network.tf` (the peering)", "envs/prod/network.tf", "example"],
    ["- `public/robots.txt` (marketing-site repo, already deployed)", "public/robots.txt", "example"],
    [
      "- The agent suggested a release workflow at `.github/workflows/release.yml`.",
      ".github/workflows/release.yml",
      "planned",
    ],
    ["It proposed `src/plugins/base.py` as a start.", "src/plugins/base.py", "planned"],
    ["Il n'y a pas encore de `deploy/php/preprod.ini`.", "deploy/php/preprod.ini", "historical"],
    ["Une fois `deploy/php/preprod.ini` créé, déployer.", "deploy/php/preprod.ini", "planned"],
    [
      "Le modèle est prévu dans `templates/emails/rappel.html.twig` (pas encore écrit).",
      "templates/emails/rappel.html.twig",
      "planned",
    ],
    ["`wp-config.php` and the SSH key are not in this repo, Ollie has both.", "wp-config.php", "historical"],
    [
      "- HIL runs `data/hil/run_07.mat` are only on the server, not in the repo.",
      "data/hil/run_07.mat",
      "historical",
    ],
    [
      "### What I changed\n\nIf you need to rewind offsets, run `./scripts/reset-offsets.sh --group x`.",
      "scripts/reset-offsets.sh",
      "exists",
    ],
    // near-misses: this repository's file after the repo word, a list item under the same heading
    ["- See the repo: `docs/setup.md`", "docs/setup.md", "exists"],
    ["- `docs/setup.md` (this repo, step 2)", "docs/setup.md", "exists"],
    ["### What I changed\n\n- `scripts/reset-offsets.sh`", "scripts/reset-offsets.sh", "created"],
  ],
  "Korean headings and words after a name": [
    ["## 이번에 만든 파일\n\n- `src/main/java/Coupon.java`", "src/main/java/Coupon.java", "created"],
    [
      "## 아직 안 만든 파일 (작성 예정)\n\n- `src/main/java/Evictor.java`",
      "src/main/java/Evictor.java",
      "planned",
    ],
    ["- `DiscountPolicy.java` 삭제 — 쿠폰으로 대체됨", "DiscountPolicy.java", "removed"],
    ["- 예전 `V4__init.sql`은 로컬에서만 돌려 본 파일이고 커밋한 적 없습니다.", "V4__init.sql", "historical"],
    [
      "| 항목 | 파일 | 상태 |\n|---|---|---|\n| 결제 취소 | `service/CancelService.java` | ❌ 시작 안 함 |",
      "service/CancelService.java",
      "planned",
    ],
  ],
});

describeIntentRules("readings from session 16's left-overs", {
  "an open question that proposes a file": [
    [
      "- Should `tray:set-badge` become part of a notifications area (`src-tauri/src/commands/notify.rs`)?",
      "src-tauri/src/commands/notify.rs",
      "historical",
    ],
    [
      "- Should zipped batches be staged in `exports/batches/` or streamed directly to S3?",
      "exports/batches/",
      "historical",
    ],
    // near-misses: "should" that opens a condition, and a question that is not about should
    ["- Run `lib/b.py`. Should it fail, check `lib/c.py`.", "lib/c.py", "exists"],
    ["- Should `lib/d.py` fail, check the logs.", "lib/d.py", "exists"],
    ["- Did you run `lib/e.py`?", "lib/e.py", "exists"],
  ],
  "a range of names that shares what is said after it": [
    ["- `data/run_01.mat` … `data/run_07.mat` are only on the server.", "data/run_01.mat", "historical"],
    ["- `sql/V1.sql` through `sql/V9.sql` are not in the repo.", "sql/V1.sql", "historical"],
    ["- `data/j.mat`–`data/k.mat` are not in the repo.", "data/j.mat", "historical"],
    // near-miss: a name before a sentence that ends, then a name that is not here
    ["- Run `lib/f.py`. `lib/g.py` is not in the repo.", "lib/f.py", "exists"],
  ],
});

describeIntentRules("readings from the fifty-first and fifty-second blind batches", {
  "Bengali words after a name": [
    ["- `apps/payments/sslcommerz.py` মুছে ফেলা হয়েছে (#48)", "apps/payments/sslcommerz.py", "removed"],
    ["স্ট্যাটিক: `static/js/` ফোল্ডার এখনো নেই।", "static/js/", "historical"],
    ["পরের স্প্রিন্টে `deploy/ansible/playbook.yml` বানানো হবে।", "deploy/ansible/playbook.yml", "planned"],
    ["আমি `apps/orders/views.py` বানিয়েছি।", "apps/orders/views.py", "created"],
    ["- অ্যাপের নাম বদলেছে: `apps/shop/` → `apps/orders/`", "apps/shop/", "removed"],
    // near-miss: a name with nothing said after it
    ["- `apps/orders/models.py` দেখুন।", "apps/orders/models.py", "exists"],
  ],
  "what became of a file, said after it": [
    [
      "Notes were in `docs/runbooks/api-5xx.md`, merged into this file in #287.",
      "docs/runbooks/api-5xx.md",
      "removed",
    ],
    [
      "The config was split across `otel/a.yaml` and `otel/b.yaml`; both were merged into `otel/c.yaml`.",
      "otel/a.yaml",
      "removed",
    ],
    ["- The `k8s/jaeger/` manifests were deleted in #290.", "k8s/jaeger/", "removed"],
    [
      "- Old vimrc (`vim/.vimrc`, pre-Neovim) is kept in the `archive/vim` branch only",
      "vim/.vimrc",
      "historical",
    ],
    // near-misses: a next clause about something else, a branch named as where work goes
    ["Edit `otel/a.yaml`; the others were fine.", "otel/a.yaml", "exists"],
    ["Push `src/a.py` to the `release` branch.", "src/a.py", "exists"],
  ],
  "someone else's repository": [
    [
      "- see `abapGit/src/objects/` in the upstream abapGit repo, not ours",
      "abapGit/src/objects/",
      "example",
    ],
    [
      "Run `k6 run loadtest/otlp-spike.js` from the perf team's repo (not ours).",
      "loadtest/otlp-spike.js",
      "example",
    ],
    // near-miss: our own team's repository
    ["The code is in `lib/y.py` in our team's repo.", "lib/y.py", "exists"],
  ],
  "an open item that adds work in a file": [
    [
      "## Next\n\n- [ ] burst-case tests in `test/rate-limit.burst.test.ts`",
      "test/rate-limit.burst.test.ts",
      "planned",
    ],
    // near-miss: an open item that changes a file
    ["## Next\n\n- [ ] fix the retry in `src/retry.py`", "src/retry.py", "exists"],
  ],
  "a done action in a 'Where' column": [
    [
      "## Action items\n\n| # | Action | Where | Status |\n|---|---|---|---|\n| 4 | Tempo alerts | `alerts/tempo.rules.yml` | ✅ Done |",
      "alerts/tempo.rules.yml",
      "created",
    ],
    // near-miss: an open action there may be an edit of that file
    [
      "| # | Action | Where | Status |\n|---|---|---|---|\n| 5 | Tail board | `grafana/tail.json` | 🟡 In progress |",
      "grafana/tail.json",
      "exists",
    ],
  ],
  "Bulgarian words before and after a name": [
    ["- Добавих `src/schemas/invoice.schema.ts` (zod схемите).", "src/schemas/invoice.schema.ts", "created"],
    ["- Изтрит в #88: `src/routes/legacyExport.ts` — не се ползва.", "src/routes/legacyExport.ts", "removed"],
    ["- Преди Prisma ползвахме `src/db/knexfile.ts` — не го търси.", "src/db/knexfile.ts", "historical"],
    ["- (старата папка `src/lib/` вече я няма)", "src/lib/", "historical"],
    ["- `npm start` пуска `dist/index.js` — генерира се, не е в git.", "dist/index.js", "historical"],
    ["- `src/services/export.ts` е все още само на моята машина.", "src/services/export.ts", "historical"],
    [
      "- [ ] `src/services/creditNote.ts` (предстои да бъде създаден)",
      "src/services/creditNote.ts",
      "planned",
    ],
    ["- `scripts/migrate.sh` никога не е съществувал.", "scripts/migrate.sh", "historical"],
    ["- Мария прави `src/routes/reports.ts` в нейния PR #97.", "src/routes/reports.ts", "planned"],
    // near-miss: a name with nothing said of it
    ["1. `src/services/vatBreakdown.ts` — сърцето на промяната", "src/services/vatBreakdown.ts", "exists"],
  ],
  "a claim answered in the same sentence": [
    [
      "The summary says Copilot added `Setup/Patch/AddHours.php`, but it's not in the diff.",
      "Setup/Patch/AddHours.php",
      "historical",
    ],
    [
      "3. Review `view/layout/store.xml` — oh wait, it's not there either.",
      "view/layout/store.xml",
      "historical",
    ],
    [
      "I also wrote `models/stg_refunds.sql`, but it's still only on my machine.",
      "models/stg_refunds.sql",
      "historical",
    ],
    [
      "- **Thu** — Ana: `airbyte/hubspot.yaml` is still blocked on the app scopes.",
      "airbyte/hubspot.yaml",
      "planned",
    ],
    // near-misses: a "but" about something else, and one that says the file is there
    ["I also wrote `models/stg_orders.sql`, but it needs a review.", "models/stg_orders.sql", "created"],
    [
      "The summary says Copilot added `Setup/Patch/AddDays.php`, but it's in the diff.",
      "Setup/Patch/AddDays.php",
      "created",
    ],
  ],
  "an untracked list over what a tool generated": [
    [
      "## Other untracked files\n\n- `tool/atlas_cache/` (generated by the atlas script; should be gitignored)",
      "tool/atlas_cache/",
      "historical",
    ],
    // near-miss: the same words under a list of what was made
    ["## Files created\n\n- `tool/atlas/` (generated by the atlas script)", "tool/atlas/", "created"],
  ],
});

describeIntentRules("readings from the fifty-third blind batch", {
  "Lithuanian words before and after a name": [
    [
      "- Senas skriptas `app/legacy/isaf_old.py` ištrintas (#58), jo neieškokite.",
      "app/legacy/isaf_old.py",
      "removed",
    ],
    [
      "- Staging kintamieji yra `deploy/staging.env` (ne repozitorijoje, klauskite Tomo).",
      "deploy/staging.env",
      "historical",
    ],
    [
      "- Tarifai: `apskaita-core/src/pvm/tarifai.py` (jų repozitorija, ne mūsų).",
      "apskaita-core/src/pvm/tarifai.py",
      "historical",
    ],
    ["- [ ] Sukurti `app/services/pdf_renderer.py`", "app/services/pdf_renderer.py", "planned"],
    [
      "- Failai, kuriuos reikės sukurti: `app/templates/invoice.html.j2`",
      "app/templates/invoice.html.j2",
      "planned",
    ],
    // near-miss: a name with nothing said of it
    ["- Žr. `app/core/config.py`.", "app/core/config.py", "exists"],
  ],
  "a done task that removed files, an open decision, what is not built yet": [
    [
      "- [x] Removed stale Karma files: `karma.conf.js`, `apps/web/src/test.ts` (Jest only since 2023).",
      "karma.conf.js",
      "removed",
    ],
    [
      "- Decide the shape of `dagster/assets/vendor_feeds/` (one asset per vendor vs. a factory).",
      "dagster/assets/vendor_feeds/",
      "planned",
    ],
    [
      "## Not built yet\n\n- A `Billing` context (`lib/rota/billing/`) for invoicing.",
      "lib/rota/billing/",
      "planned",
    ],
    ["plan.md says it wrote `tools/verify.ts`, but it isn't in the PR.", "tools/verify.ts", "historical"],
    [
      "2. Same story for `table.spec.ts`: the plan says done, the PR has no such file.",
      "table.spec.ts",
      "historical",
    ],
    // near-misses: a done task that created files, a test that failed in a QA table
    ["- [x] Added Jest files: `jest.config.ts`", "jest.config.ts", "created"],
    [
      "| Scene | Result |\n|---|---|\n| Yard (`Assets/Scenes/Yard.unity`) | ❌ Fail |",
      "Assets/Scenes/Yard.unity",
      "exists",
    ],
  ],
});

describeIntentRules("readings from the fifty-fourth blind batch", {
  "what made a file, what is still to be written, what the reader must not use": [
    [
      "It will be `figures/fig3.pdf`, generated by `figures/src/make_gantt.py`, which needs to be written.",
      "figures/src/make_gantt.py",
      "planned",
    ],
    ["The chart is generated by `scripts/make_chart.py` each night.", "scripts/make_chart.py", "exists"],
    ["Don't open `budget/Budget-Y1.xlsx` from the old Box link.", "budget/Budget-Y1.xlsx", "historical"],
    ["- Maria will send `data/pilot/cohort.csv` for the power check.", "data/pilot/cohort.csv", "planned"],
    [
      "- Jun's analysis (`analysis/power.R` in his own repo) backs the figure.",
      "analysis/power.R",
      "example",
    ],
    ["- Split the old `proposal.tex` into `sections/01-intro.tex` and the rest.", "proposal.tex", "removed"],
    [
      "- Schematic is `hardware/rev-b/board.pdf` on the team drive (not in repo).",
      "hardware/rev-b/board.pdf",
      "historical",
    ],
    [
      "- `supabase/functions/legacy-pdf/`\n  itself was deleted in #205",
      "supabase/functions/legacy-pdf/",
      "removed",
    ],
    [
      "## Plan\n\n- `supabase/functions/share/index.ts` (new)",
      "supabase/functions/share/index.ts",
      "planned",
    ],
    // near-misses: the reader is told to use it; a new file listed as made
    ["Open `budget/budget-y1.xlsx` for the numbers.", "budget/budget-y1.xlsx", "exists"],
    [
      "## Files created\n\n- `supabase/functions/share/index.ts` (new)",
      "supabase/functions/share/index.ts",
      "created",
    ],
  ],
  "European Portuguese": [
    [
      "- Não existe ainda `config/stock.php`; quando existir, lê o limite de lá.",
      "config/stock.php",
      "historical",
    ],
    [
      "- A reserva depende da Joana: espera que ela crie `app/Services/Stock/Reservation.php`.",
      "app/Services/Stock/Reservation.php",
      "planned",
    ],
    [
      "6. O XSD oficial (`docs/saft.xsd`) descarrega-se do Portal e não está no repositório.",
      "docs/saft.xsd",
      "historical",
    ],
  ],
});

describeIntentRules("readings from the fifty-fifth to fifty-eighth blind batches", {
  "eras, other documents' claims, and files gone in a later step": [
    ["- Pre-`LegacyLedgerFetcher.php` era code polled the API.", "LegacyLedgerFetcher.php", "historical"],
    ["- Post-`sessionize_v1.py` we key by user and device.", "sessionize_v1.py", "historical"],
    [
      "The postmortem says `deploy/k8s/pdb.yaml` was applied; I could not find it.",
      "deploy/k8s/pdb.yaml",
      "historical",
    ],
    [
      "The W22 handover says it deployed `lua/fair_queue.lua`; it didn't.",
      "lua/fair_queue.lua",
      "historical",
    ],
    ["The runbook says `sql/rollback/` has the reverse subscription.", "sql/rollback/", "historical"],
    [
      "It lists `app/modifiers/autofocus.js` as new; that file was dropped before merge.",
      "app/modifiers/autofocus.js",
      "removed",
    ],
    ["- `h/1718_squashed/` was squashed and deleted last week.", "h/1718_squashed/", "removed"],
    [
      "Changesets consumed (and deleted) by `pnpm changeset version`:\n- `.changeset/major-runes.md` (major)",
      ".changeset/major-runes.md",
      "removed",
    ],
    ["Don't add `src/Page/Admin.elm` to `Route` until we decide.", "src/Page/Admin.elm", "historical"],
    // near-misses: a step that names no era, the runbook's own place, and a file to read
    ["- Pre- and post-checks live in `ops/checks.sh`.", "ops/checks.sh", "exists"],
    ["See the runbook in `docs/runbook.md`.", "docs/runbook.md", "exists"],
    ["Add `src/Page/Loans.elm` to `Route`.", "src/Page/Loans.elm", "planned"],
  ],
  "the next sentence says the file is gone": [
    [
      "- Blinky from `src/bin/blinky.rs` worked. That binary was deleted in !37.",
      "src/bin/blinky.rs",
      "removed",
    ],
    // near-miss: the next sentence is about something else
    ["- Blinky from `src/bin/blink.rs` worked. That board was replaced.", "src/bin/blink.rs", "exists"],
  ],
  "what a feature is served from, and where a key is": [
    [
      "- Portal PDF download in `addons/portal/controllers/pdf.py`.",
      "addons/portal/controllers/pdf.py",
      "exists",
    ],
    ["Report issues to security@x.example (PGP key in `docs/pgp.asc`).", "docs/pgp.asc", "exists"],
    // near-misses: a file fetched, and results to be written
    ["- Download `exports/report.pdf` from the portal.", "exports/report.pdf", "example"],
    ["Report the results in `results/summary.md`.", "results/summary.md", "planned"],
  ],
  Slovak: [
    ["- `bookings/utils.py` bol odstránený v #37.", "bookings/utils.py", "removed"],
    ["- Zatiaľ nie: `deploy/docker-compose.prod.yml`.", "deploy/docker-compose.prod.yml", "planned"],
    ["- Treba napísať `docs/monitoring.md`.", "docs/monitoring.md", "planned"],
    ["- Zvážiť health-check, napr. `scripts/healthcheck.py`.", "scripts/healthcheck.py", "example"],
    [
      "Staré odovzdanie tvrdí, že vytvorilo `accounts/backends.py`; nevytvorilo.",
      "accounts/backends.py",
      "historical",
    ],
    ["- Pridal som `bookings/views.py`.", "bookings/views.py", "created"],
  ],
  Latvian: [
    ["- `internal/receipts/tax.go` tika dzēsts ar #51.", "internal/receipts/tax.go", "removed"],
    ["`cmd/backfill-vat/main.go` vēl NEEKSISTĒ.", "cmd/backfill-vat/main.go", "historical"],
    ["- Izveidot `scripts/rotate-rates.sh`, kas nolasa likmes.", "scripts/rotate-rates.sh", "planned"],
    ["- Apsvērt `tools/` mapi rīkiem.", "tools/", "planned"],
    ["## Jāizveido\n\n- `internal/receipts/credit_note.go`", "internal/receipts/credit_note.go", "planned"],
    ["## Citi neizsekotie faili\n\n- `notes/vat-questions.txt`", "notes/vat-questions.txt", "historical"],
    [
      "- Migrācijas, piem. `migrations/0003_credit_notes.sql`.",
      "migrations/0003_credit_notes.sql",
      "example",
    ],
    [
      "- Pirms-`internal/receipts/vat.go` laikmeta čekiem nav klases.",
      "internal/receipts/vat.go",
      "historical",
    ],
  ],
  Urdu: [
    [
      "- `app/Http/Controllers/OldPaymentController.php` کو #88 میں حذف کر دیا گیا تھا۔",
      "app/Http/Controllers/OldPaymentController.php",
      "removed",
    ],
    ["- `app/Services/JazzCash.php` کا نام بدل کر رکھا۔", "app/Services/JazzCash.php", "removed"],
    [
      "`app/Services/SadaPayGateway.php` ابھی موجود نہیں ہے۔",
      "app/Services/SadaPayGateway.php",
      "historical",
    ],
    [
      "پچھلے ہینڈآف کے مطابق `app/Models/Refund.php` بن چکی ہے، مگر ایسا نہیں ہے۔",
      "app/Models/Refund.php",
      "historical",
    ],
    ["- ہر Laravel پیکیج کی اپنی `ServiceProvider.php` ہوتی ہے۔", "ServiceProvider.php", "example"],
    [
      "- بنانے والی فائلیں: `app/Http/Controllers/RefundController.php`",
      "app/Http/Controllers/RefundController.php",
      "planned",
    ],
    ["## باقی کام\n\n- پالیسی کے لیے `docs/refund-policy.md` پڑھیں۔", "docs/refund-policy.md", "exists"],
  ],
  Tamil: [
    [
      "`src/main/resources/payment-plans.yml` என்ற கோப்பு இன்னும் இல்லை.",
      "src/main/resources/payment-plans.yml",
      "historical",
    ],
    ["- `src/main/java/notify/` package #57-இல் நீக்கப்பட்டது.", "src/main/java/notify/", "removed"],
  ],
});

describeIntentRules("readings from the fifty-ninth to sixty-second blind batches", {
  "an era named by what replaced it": [
    ["The pre-SQLModel `app/orm_models.py` used raw SQLAlchemy.", "app/orm_models.py", "historical"],
    [
      "- Kaspi-ге дейінгі (pre-Kaspi) `payments/cloudpayments.py` енді.",
      "payments/cloudpayments.py",
      "historical",
    ],
    // near-miss: a hook named "pre-…"
    ["Run the pre-commit `scripts/lint.sh` before pushing.", "scripts/lint.sh", "exists"],
  ],
  "what another is still to make, and what would have helped": [
    [
      "Wait for Ops (Dario) to create `salt/files/recovery.conf.j2`, then deploy it.",
      "salt/files/recovery.conf.j2",
      "planned",
    ],
    [
      "Wait for Mira to export `Content/Sprites/boss.png`, then add it.",
      "Content/Sprites/boss.png",
      "planned",
    ],
    [
      "Once she pushes `Content/Audio/death.wav` and `Content/Audio/lantern.wav`, add both.",
      "Content/Audio/lantern.wav",
      "planned",
    ],
    [
      "This consolidation stays open until `modules/run/startup_probe.tf` is created and committed.",
      "modules/run/startup_probe.tf",
      "planned",
    ],
    [
      "- A `policies/min_instances.rego` check would have caught it.",
      "policies/min_instances.rego",
      "planned",
    ],
    [
      "- Consider a `src/Lanternfall/Debug/` overlay for collision boxes.",
      "src/Lanternfall/Debug/",
      "planned",
    ],
    ["- SMS — needs to be written: `src/Reminders/SmsSender.cs`.", "src/Reminders/SmsSender.cs", "planned"],
    [
      "- Before Playwright, `src/puppeteer/launcher.js` was the entry point (Pre-Playwright era).",
      "src/puppeteer/launcher.js",
      "historical",
    ],
    [
      "Encrypted files live in `pillar/secrets/` on the master only (they are not in this repo).",
      "pillar/secrets/",
      "historical",
    ],
    [
      "The waitlist builds on the design sketch in `docs/waitlist-design.md`.",
      "docs/waitlist-design.md",
      "exists",
    ],
    // near-misses: the author's own step, a check that runs, and something built
    ["Once I push `Content/Audio/step.wav`, add it.", "Content/Audio/step.wav", "exists"],
    ["Run until `tests/smoke.sh` passes.", "tests/smoke.sh", "exists"],
    ["- Build `docker/Dockerfile.api` for the new service.", "docker/Dockerfile.api", "planned"],
  ],
  "other documents' claims in lists, and another's steps before the file": [
    [
      "The CHANGELOG says 0.9 added `src/specfit/io/asdf.py`; that reader was reverted before tagging.",
      "src/specfit/io/asdf.py",
      "removed",
    ],
    // near-miss: the next clause moves something else
    ["Added `docs/agenda.md`; that meeting was moved to Friday.", "docs/agenda.md", "created"],
    [
      "The Copilot summary says it added `src/components/WishlistButton.vue` and `src/views/WishlistView.vue`.",
      "src/views/WishlistView.vue",
      "historical",
    ],
    [
      "Wait for Copilot to re-open the wishlist PR and create `src/views/Wishlist.vue`, then deploy it.",
      "src/views/Wishlist.vue",
      "planned",
    ],
    // near-miss: the author's own plan after a pause
    ["Wait a day, then open `src/views/Cart.vue` and fix it.", "src/views/Cart.vue", "exists"],
  ],
  "the next sentence, an ADR's rejected option, where things lived, a build's output": [
    [
      "- Started `src/workers/reconcileWorker.ts`. It is still only on my machine (not committed).",
      "src/workers/reconcileWorker.ts",
      "historical",
    ],
    [
      "Option B: Kafka Connect with `connect/debezium-orders.json`. Rejected: nobody operates Connect.",
      "connect/debezium-orders.json",
      "historical",
    ],
    [
      "Money helpers lived in three places: `apps/api/src/lib/money.ts`, `apps/web/src/lib/price.ts` and `packages/legacy-utils/`.",
      "apps/web/src/lib/price.ts",
      "historical",
    ],
    ["- `assets/scss/main.scss`: compiled to `assets/dist/main.css`", "assets/dist/main.css", "example"],
    [
      "- Built files come from `assets/dist/` (git-ignored, produced by `npm run build`)",
      "assets/dist/",
      "historical",
    ],
    [
      "| Path | Purpose |\n|---|---|\n| `xtask/` | man page generation (planned, see handoffs) |",
      "xtask/",
      "planned",
    ],
    // near-misses: a missing noun elsewhere in the sentence, the next sentence about something else
    [
      "If `tuist generate` complains about a missing manifest, check `Workspace.swift`.",
      "Workspace.swift",
      "exists",
    ],
    ["- Started `src/workers/export.ts`. It is long.", "src/workers/export.ts", "exists"],
    [
      "- Task config to read: `configs/tasks/gpqa_diamond.yaml`.",
      "configs/tasks/gpqa_diamond.yaml",
      "exists",
    ],
  ],
  Icelandic: [
    ["- `app/services/legacy_prices.py` var eytt í #58.", "app/services/legacy_prices.py", "removed"],
    ["- Fyrir Alembic notuðum við `schema.sql` í rótinni.", "schema.sql", "historical"],
    ["- Það er engin `app/jobs/retry_queue.py`; ekki búa hana til.", "app/jobs/retry_queue.py", "historical"],
    [
      "- `scripts/seed_species.py` er bara á minni vél ennþá (ekki í geymslunni).",
      "scripts/seed_species.py",
      "historical",
    ],
    ["- Skrár sem á að búa til: `tests/test_currency.py`", "tests/test_currency.py", "planned"],
  ],
  "Spanish and Armenian": [
    ["- `scripts/wp-export.php` se borró en #57.", "scripts/wp-export.php", "removed"],
    ["- No hay carpeta `content/pt/` aún; el portugués llegará en Q3.", "content/pt/", "historical"],
    ["`data/stopwords_hy.txt` ֆայլը դեռ գոյություն չունի։", "data/stopwords_hy.txt", "historical"],
    ["- `src/lurer/scrapers/lragir.py`-ը հեռացվել է #49-ում։", "src/lurer/scrapers/lragir.py", "removed"],
  ],
  "status columns and file columns": [
    [
      "| State / file | Change | Status |\n|---|---|---|\n| `salt/firewall/init.sls` | baseline | ❌ Not started |",
      "salt/firewall/init.sls",
      "planned",
    ],
    [
      "| State / file | Change | Status |\n|---|---|---|\n| `salt/certs/renew.sls` | hook | ✅ Done |",
      "salt/certs/renew.sls",
      "created",
    ],
  ],
  Estonian: [
    ["- `internal/parser/legacy_vat.go` kustutati PR #51-s.", "internal/parser/legacy_vat.go", "removed"],
    ["- `internal/parser/rounding.go` ei ole veel olemas.", "internal/parser/rounding.go", "historical"],
    [
      "- Faili `docs/emta-api.md` repos ei ole; kirjeldus on Confluence'is.",
      "docs/emta-api.md",
      "historical",
    ],
    ["- Igas paketis peaks olema oma `doc.go` paketi kirjeldusega.", "doc.go", "example"],
    [
      "Iga üleandmine alates märtsist ütleb, et tuleb käivitada `scripts/backfill_vat.sh`.",
      "scripts/backfill_vat.sh",
      "historical",
    ],
    [
      "- Loodavad failid: `deploy/k8s/tesseract-sidecar.yaml`",
      "deploy/k8s/tesseract-sidecar.yaml",
      "planned",
    ],
    [
      "| Fail | Staatus |\n|---|---|\n| `internal/parser/ocr_fallback.go` | ❌ Alustamata |",
      "internal/parser/ocr_fallback.go",
      "planned",
    ],
    [
      "## Teised jälgimata failid\n\n- `testdata/receipts/coop_04.json`",
      "testdata/receipts/coop_04.json",
      "historical",
    ],
  ],
  Slovenian: [
    [
      "- `src/main/java/einvoice/XmlUtil.java` je bil odstranjen v #57.",
      "src/main/java/einvoice/XmlUtil.java",
      "removed",
    ],
    ["Paket `src/main/java/furs/` bo dodan v naslednji fazi.", "src/main/java/furs/", "planned"],
    [
      "V vsaki predaji od februarja piše, da je treba pognati `scripts/migrate-legacy.sh`.",
      "scripts/migrate-legacy.sh",
      "historical",
    ],
    [
      "Pred prehodom na Flyway je shema živela v `src/main/resources/schema.sql`.",
      "src/main/resources/schema.sql",
      "historical",
    ],
    [
      "- Naslednji koraki: `src/main/java/furs/ZoiCalculator.java`",
      "src/main/java/furs/ZoiCalculator.java",
      "planned",
    ],
    ["- Razmisli o `src/main/java/common/` za skupne razrede.", "src/main/java/common/", "planned"],
    [
      "| Datoteka | Stanje |\n|---|---|\n| `src/main/java/furs/FursClient.java` | ❌ Ni začeto |",
      "src/main/java/furs/FursClient.java",
      "planned",
    ],
  ],
  Kazakh: [
    ["- `shop/payments_legacy.py` #54-те жойылды (was removed).", "shop/payments_legacy.py", "removed"],
    [
      "- `payments/reconcile.py` әлі жоқ: түнгі салыстыру бөлек PR болады.",
      "payments/reconcile.py",
      "historical",
    ],
    ["- `config/kaspi.yml` репозиторийде жоқ; құпиялар Vault-та.", "config/kaspi.yml", "historical"],
    ["- `payments/cloud.py` енді қолданылмайды.", "payments/cloud.py", "historical"],
    [
      "- Барлық алдыңғы хэндоффтар `scripts/sync_prices.py` іске қосу керек дейді; енді қажет емес.",
      "scripts/sync_prices.py",
      "historical",
    ],
    ["- `payments/refunds.py` (құрылады)", "payments/refunds.py", "planned"],
    ["## Құрылатын файлдар\n\n- `payments/tasks.py`", "payments/tasks.py", "planned"],
  ],
});

describeIntentRules("readings from the sixty-seventh and later blind batches", {
  "what older handoffs said, with a version or a bare verb after 'says'": [
    ["Every handoff since 0.2 says to edit `shell.nix`; the flake has it now.", "shell.nix", "historical"],
    [
      "Every old handoff says apply `live/shared/dns/` first; that folder is gone.",
      "live/shared/dns/",
      "historical",
    ],
    [
      "Jonas: the Sprint 13 QA handoff says to run `Tools/CI/smoke_android.sh` before every RC.",
      "Tools/CI/smoke_android.sh",
      "historical",
    ],
    // near-miss: this document's own instruction after a version
    ["Since 0.2, edit `shell.nix` for the dev shell.", "shell.nix", "exists"],
  ],
  "what others' notes keep saying, a brief that links a page, another project's own file": [
    [
      "Dana's older notes keep saying to review `app/(tabs)/favorites.tsx`; that claim is hers.",
      "app/(tabs)/favorites.tsx",
      "historical",
    ],
    [
      "The May brief also links `content/en/docs/api.md`; that page never existed.",
      "content/en/docs/api.md",
      "historical",
    ],
    [
      "- Zephyr's own `nrf52840dk_nrf52840.dts` lives in the west workspace.",
      "nrf52840dk_nrf52840.dts",
      "example",
    ],
    [
      "- A `layouts/shortcodes/lang-note.html` shortcode will be written.",
      "layouts/shortcodes/lang-note.html",
      "planned",
    ],
    // near-misses: this document's own link, and this project's own file
    ["The README links `docs/setup.md`.", "docs/setup.md", "exists"],
    ["The app's own `config/app.py` is read first.", "config/app.py", "exists"],
  ],
  "an era named in a line's label": [
    [
      "- Pre-Snowflake era: `include/sql/unload_orders.sql` (Redshift is gone).",
      "include/sql/unload_orders.sql",
      "historical",
    ],
    ["- Pre-Daraja-2.0: `src/legacy/soapClient.js`", "src/legacy/soapClient.js", "historical"],
    // near-misses: a step before another, and a step with a verb before the name
    ["**Pre-Deploy**: `scripts/check.sh`", "scripts/check.sh", "exists"],
    ["**Pre-deploy**: run `scripts/check.sh`", "scripts/check.sh", "exists"],
  ],
  "a rename inside one code span": [
    ["## History\n\n- `scripts/gen.py → scripts/gen.sh` (no Python any more).", "scripts/gen.py", "removed"],
    ["- `src/routes/payments.js → src/routes/mpesa.js` (rename).", "src/routes/payments.js", "removed"],
    // near-miss: an arrow with no move word is a flow
    ["Data flows `src/api.py -> src/db.py`.", "src/api.py", "exists"],
  ],
  "Lithuanian: moved to, and a heading of what was removed": [
    ["- `app/utils/xml.py` perkelta į `app/services/xml_utils.py`.", "app/utils/xml.py", "removed"],
    [
      "### Pašalinta\n\n- `app/legacy/export_old.py` (senas eksportas).",
      "app/legacy/export_old.py",
      "removed",
    ],
    // near-miss: the new side of the move
    ["- `app/utils/xml.py` perkelta į `app/services/xml_utils.py`.", "app/services/xml_utils.py", "exists"],
  ],
  "a mapping row's status speaks for its new side": [
    [
      "## Route mapping\n\n| Route | Perl | Go | Status |\n|---|---|---|---|\n| `GET /a` | `legacy/A.pm` | `go/a/handler.go` | 🟡 In progress |",
      "go/a/handler.go",
      "planned",
    ],
    [
      "## Route mapping\n\n| Route | Perl | Go | Status |\n|---|---|---|---|\n| `GET /a` | `legacy/A.pm` | `go/a/handler.go` | ❌ Not started |",
      "legacy/A.pm",
      "exists",
    ],
    // near-miss: a done row moved the old side away
    [
      "## Route mapping\n\n| Route | Perl | Go | Status |\n|---|---|---|---|\n| `GET /a` | `legacy/A.pm` | `go/a/handler.go` | ✅ Done |",
      "legacy/A.pm",
      "removed",
    ],
  ],
  "a list item written as a row, another tool's page, a conventional file": [
    ["- `tests/limiter_test.cpp` | 🟡 In progress", "tests/limiter_test.cpp", "planned"],
    ["- 14:05 spec generated (`spec.md` lives in the Workspace UI, never exported)", "spec.md", "historical"],
    ["Note: the old `staff/roster.csv` export was removed in September.", "staff/roster.csv", "removed"],
    ["If you import from a folder you need an `__init__.py` there.", "__init__.py", "example"],
    ["- Era pra-Billplz (Pre-Billplz): `app/Services/Molpay.php`.", "app/Services/Molpay.php", "historical"],
    // near-misses: a plain note after the pipe, and an `__init__.py` to add
    ["- `src/loop.cpp` | the main loop", "src/loop.cpp", "exists"],
    ["Add an `__init__.py` to the folder.", "__init__.py", "planned"],
  ],
  "a file in a folder the document says does not exist": [
    [
      "- `static/fonts/` does NOT exist yet; once it does, `static/fonts/Inter.woff2` replaces the link.",
      "static/fonts/Inter.woff2",
      "historical",
    ],
    ["- Pre-HTMX εποχή: `adminpanel/static/app.jquery.js`.", "adminpanel/static/app.jquery.js", "historical"],
    // near-miss: a folder the reader is sent to
    ["- See `static/` and `static/app.css`.", "static/app.css", "exists"],
  ],
  "a file ported from elsewhere is made": [
    ["- [ ] Port `src/ui/pause_menu.rs` from the old prototype.", "src/ui/pause_menu.rs", "planned"],
    // near-miss: a file ported to a new API is changed where it is
    ["- [ ] Port `src/markdown.rs` to the new API.", "src/markdown.rs", "exists"],
  ],
  Romanian: [
    ["Pe viitor vom adăuga `cms/src/api/event/` pentru evenimente.", "cms/src/api/event/", "planned"],
    [
      "Toate predările vechi spun să rulați `scripts/seed-strapi.sh`; nu mai e necesar.",
      "scripts/seed-strapi.sh",
      "historical",
    ],
    ["Convenții: ex. `frontend/app/exemplu/page.tsx`.", "frontend/app/exemplu/page.tsx", "example"],
    // near-miss: a script to run
    ["Rulați `scripts/build.sh` înainte de deploy.", "scripts/build.sh", "exists"],
  ],
  Malay: [
    ["- `app/Services/Ipay88.php` dipadam dalam #151.", "app/Services/Ipay88.php", "removed"],
    ["- `app/Jobs/Sync.php` belum wujud; Nurul akan tulis.", "app/Jobs/Sync.php", "historical"],
    ["- Semua serahan lama kata jalankan `scripts/bersih.sh` dahulu.", "scripts/bersih.sh", "historical"],
    [
      "- Migrasi, cth. `database/migrations/2024_12_01_vouchers.php`.",
      "database/migrations/2024_12_01_vouchers.php",
      "example",
    ],
    ["- Fail untuk dicipta: `tests/Unit/JntClientTest.php`", "tests/Unit/JntClientTest.php", "planned"],
    // near-miss: a file to read
    ["- Baca `docs/bayaran.md` dahulu.", "docs/bayaran.md", "exists"],
  ],
  Finnish: [
    ["- [ ] Luo `src/test/kotlin/VatRatesTest.kt`", "src/test/kotlin/VatRatesTest.kt", "planned"],
    ["Lisätään myöhemmin `docs/tietomalli.md` (ER-kaavio).", "docs/tietomalli.md", "planned"],
    // near-miss: a file to run
    ["14. Aja `scripts/migrate.sh` vain kerran.", "scripts/migrate.sh", "exists"],
  ],
  Hungarian: [
    ["- `internal/nav/legacy_v2.go` — törölve (#57).", "internal/nav/legacy_v2.go", "removed"],
    ["- Az `internal/nav/cache.go` még NEM létezik.", "internal/nav/cache.go", "historical"],
    [
      "- Nincs `deploy/helm/values-staging.yaml` — a prod values-t használja.",
      "deploy/helm/values-staging.yaml",
      "historical",
    ],
    ["- a `signer_test.go` még hiányzik.", "signer_test.go", "historical"],
    ["- Új RPC-nél (pl. `internal/server/sztorno.go`) regisztráld.", "internal/server/sztorno.go", "example"],
    ["- Tervezett: `internal/nav/cache.go` (még nincs kész).", "internal/nav/cache.go", "historical"],
    ["## Létrehozott fájlok\n\n- `internal/nav/signer.go`", "internal/nav/signer.go", "created"],
    // near-miss: a file to read
    ["- Olvasd el a `docs/architektura.md` fájlt.", "docs/architektura.md", "exists"],
  ],
  Uzbek: [
    ["- `app/services/notifier.py` o'chirildi (#87 PR).", "app/services/notifier.py", "removed"],
    ["- Dilnoza: outbox uchun `app/worker/relay.py` hali mavjud emas.", "app/worker/relay.py", "historical"],
    ["- Akmal `app/worker/relay.py` ni yaratishini kuting.", "app/worker/relay.py", "planned"],
    [
      "Oldingi barcha handoff'larda `scripts/run_worker.sh` ni ishga tushirish aytilgan.",
      "scripts/run_worker.sh",
      "historical",
    ],
    ["## Yaratilgan fayllar\n\n- `app/tasks.py`", "app/tasks.py", "created"],
    // near-miss: a file to run
    ["- `scripts/migrate.sh` ni ishga tushiring.", "scripts/migrate.sh", "exists"],
  ],
  Swahili: [
    ["- `src/services/mpesa.js` ilifutwa kwenye PR #57.", "src/services/mpesa.js", "removed"],
    ["Handler `src/controllers/b2c.js` bado haijaandikwa.", "src/controllers/b2c.js", "historical"],
    ["- `config/daraja.json` haiko kwenye repo.", "config/daraja.json", "historical"],
    ["- `src/jobs/reconcile.js` itaundwa wiki ijayo.", "src/jobs/reconcile.js", "planned"],
    ["## Faili zilizoundwa\n\n- `src/services/stk.js`", "src/services/stk.js", "created"],
    ["## Faili za kuunda\n\n- `src/services/b2c.js`", "src/services/b2c.js", "planned"],
    // near-miss: a plain pointer
    ["- Soma `docs/api.md` kwanza.", "docs/api.md", "exists"],
  ],
  Georgian: [
    ["- `apps/legacy_api/` წაიშალა #180-ში.", "apps/legacy_api/", "removed"],
    [
      "- `apps/payments/bog_client.py` მხოლოდ ჩემს კომპიუტერზეა.",
      "apps/payments/bog_client.py",
      "historical",
    ],
    ["- `apps/payments/tbc.py` ჯერ არ არსებობს.", "apps/payments/tbc.py", "historical"],
    ["- `apps/payments/tasks.py` შეიქმნება შემდეგ სპრინტში.", "apps/payments/tasks.py", "planned"],
    [
      "ყველა წინა გადაცემაში წერია, რომ deploy `apps/payments/bog_webhooks.py`.",
      "apps/payments/bog_webhooks.py",
      "historical",
    ],
    [
      "- ველოდებით, სანამ ლევანი შექმნის `apps/payments/refunds.py`-ს.",
      "apps/payments/refunds.py",
      "planned",
    ],
    // near-miss: a step the reader is to take ("see X")
    ["- იხილეთ `apps/payments/views.py`.", "apps/payments/views.py", "exists"],
  ],
});

// Session 19: readings from the seventy-fifth to seventy-eighth blind batches, paraphrased.
describeIntentRules("readings from the seventy-fifth to seventy-eighth blind batches", {
  "a row whose note keeps its file out of the repository": [
    [
      "| File | Notes |\n|---|---|\n| `conf/secrets.toml` | local only, not in the repo |",
      "conf/secrets.toml",
      "historical",
    ],
    ["| File | Notes |\n|---|---|\n| `conf/dev.toml` | gitignored; ask Ana |", "conf/dev.toml", "historical"],
    // near-miss: a note that describes the file
    ["| File | Notes |\n|---|---|\n| `conf/app.toml` | the main settings |", "conf/app.toml", "exists"],
  ],
  "what another document still says, and what stays in a secret store": [
    ["The onboarding page still says builds run from `ci/old-build.sh`.", "ci/old-build.sh", "historical"],
    ["Staging reads a `staging.env` that the SRE team keeps in Vault.", "staging.env", "historical"],
    [
      "The signing key `keys/release.p12` (stored in 1Password) never leaves it.",
      "keys/release.p12",
      "historical",
    ],
    // near-misses: a claim the summary makes is still a claim; a vault folder in the repository
    ["The summary says Copilot added `src/a11y.ts`.", "src/a11y.ts", "created"],
    ["Policies live in `vault/policies/app.hcl`.", "vault/policies/app.hcl", "exists"],
  ],
  "a file not needed, none anywhere, or awaited from another team": [
    ["Kotlin modules do not need a `package-info.java`.", "package-info.java", "historical"],
    ["There are no themes, and no `theme.json` anywhere.", "theme.json", "historical"],
    ["- clearer error when no `.eslintrc` is present", ".eslintrc", "historical"],
    [
      "Blocked: waiting on the identity team to land `auth/session.go` (ID-12).",
      "auth/session.go",
      "historical",
    ],
    // near-miss: a file still needed is no statement that it is absent
    ["We still need a `Makefile` for this.", "Makefile", "exists"],
  ],
  "before a change, gone, or from an earlier era": [
    ["Before this migration, `bin/sync.sh` copied the files by hand.", "bin/sync.sh", "historical"],
    ["The old `gen/swagger/` output is gone.", "gen/swagger/", "removed"],
    ["The views in `app/legacy/views.py` are pre-#88 era.", "app/legacy/views.py", "historical"],
    // near-miss: an instruction timed before a release
    ["Before the release, run `scripts/check.sh`.", "scripts/check.sh", "exists"],
  ],
  "a kind of file each thing has, a pointer in an example column, a means to build with": [
    ["Plugins ship with their own `plugin.json`.", "plugin.json", "example"],
    [
      "| Layer | Example |\n|---|---|\n| staging | see models/staging/stg_orders.sql |",
      "models/staging/stg_orders.sql",
      "exists",
    ],
    ["For the release image, build with `docker/Dockerfile.release`.", "docker/Dockerfile.release", "exists"],
    // near-misses: one service's own file; an example cell without a pointer
    ["Services keep their own `config/app.yml`.", "config/app.yml", "exists"],
    [
      "| Layer | Example |\n|---|---|\n| staging | models/staging/stg_users.sql |",
      "models/staging/stg_users.sql",
      "example",
    ],
  ],
});

describeIntentRules("session 19: Azerbaijani, Albanian, Afrikaans and Persian", {
  Azerbaijani: [
    ["- `lib/legacy/cart.ts` silindi.", "lib/legacy/cart.ts", "removed"],
    ["- `lib/refunds.ts` (hələ yaradılmayıb)", "lib/refunds.ts", "historical"],
    ["- `scripts/seed.ts` hələ yalnız mənim kompüterimdədir, repoda deyil.", "scripts/seed.ts", "historical"],
    ["- `tools/lint-i18n.ts` skriptini əlavə etməyi düşünün.", "tools/lint-i18n.ts", "planned"],
    ["Komponentlər (məsələn, `components/Hero.tsx`) burada qalır.", "components/Hero.tsx", "example"],
    // near-miss: a plain pointer
    ["- Bax: `docs/arxitektura.md`.", "docs/arxitektura.md", "exists"],
  ],
  Albanian: [
    ["- `internal/old/tax.go` u fshi në #41.", "internal/old/tax.go", "removed"],
    ["Skripti `scripts/seed.sh` është ende vetëm në makinën time.", "scripts/seed.sh", "historical"],
    ["- `scripts/clean.sh` (do të krijohet)", "scripts/clean.sh", "planned"],
    ["- [ ] Krijo `internal/reminders.go`", "internal/reminders.go", "planned"],
    ["Do ta shkruajmë `docs/incidents.md` më vonë.", "docs/incidents.md", "planned"],
    // near-miss: a plain pointer
    ["- Lexo `docs/api.md`.", "docs/api.md", "exists"],
  ],
  Afrikaans: [
    ["- `lib/yoco.ts` is verwyder.", "lib/yoco.ts", "removed"],
    ["- `lib/sms.ts` bestaan nog NIE.", "lib/sms.ts", "historical"],
    ["- `lib/email.ts` moet nog geskep word.", "lib/email.ts", "planned"],
    ["Gebruik bv. `lib/voorbeeld.ts` hier.", "lib/voorbeeld.ts", "example"],
    // near-miss: a plain pointer
    ["- Lees `docs/api.md` eers.", "docs/api.md", "exists"],
  ],
  Persian: [
    ["- Claude: `etl/clean.py` را هفته‌ی بعد می‌نویسد.", "etl/clean.py", "planned"],
    ["- `etl/export.py` ساخته خواهد شد.", "etl/export.py", "planned"],
    // near-miss: a plain pointer
    ["- `docs/readme-fa.md` را بخوانید.", "docs/readme-fa.md", "exists"],
  ],
});

describeIntentRules("readings from the eighty-second blind batch", {
  "a folder written from its parent, a later parenthesis, any noun before 'needs to be written'": [
    [
      "- `site/changelog/` never existed; ignore `changelog/index.md` in old logs.",
      "changelog/index.md",
      "historical",
    ],
    ["- `deploy/.env.prod` holds the database URL (not in repo, ask Ops).", "deploy/.env.prod", "historical"],
    [
      "A shared `tools/new-service.sh` generator still needs to be written.",
      "tools/new-service.sh",
      "planned",
    ],
    // near-misses: the test of a planned file may be written first (tried: five labels say it is
    // there); another name before the parenthesis; a word that is no plan after the name
    ["- Create `src/cart.ts`.\n- Run `npx vitest run src/cart.test.ts`.", "src/cart.test.ts", "exists"],
    ["`api.py` calls `db.py` (not in repo).", "api.py", "exists"],
    ["`svc.py` handles planned outages.", "svc.py", "exists"],
    ["The command is in `src/cmd.rs` and must be added to the list.", "src/cmd.rs", "exists"],
  ],
});

describeIntentRules("readings from the seventy-ninth to eighty-first blind batches", {
  "gone later in the clause, a removed action, a cited link, a heading that is a name": [
    ["The old `lib/handlers/` layout from v2 is gone.", "lib/handlers/", "removed"],
    ["`.github/actions/cache-deps/` action was removed in v4.", ".github/actions/cache-deps/", "removed"],
    ["- Parsing moves to the worker ([ADR 7](adr/0007-worker.md)).", "adr/0007-worker.md", "exists"],
    ["## deploy-staging-job\n\nRun `python scripts/check-env.py` first.", "scripts/check-env.py", "exists"],
    // near-misses: 'gone' in a clause about when; a link that is the object of the move; a heading
    // that is words
    ["`auth.py` retries when the token is gone.", "auth.py", "exists"],
    ["- Moved [the guide](docs/old-guide.md) to the wiki.", "docs/old-guide.md", "removed"],
    ["## Next steps\n\n- `scripts/check-env.py`", "scripts/check-env.py", "planned"],
  ],
  Amharic: [
    ["- `lib/payments/mock.dart` ተሰርዟል (#37)።", "lib/payments/mock.dart", "removed"],
    ["- `lib/core/analytics.dart` ገና የለም።", "lib/core/analytics.dart", "historical"],
    ["- `android/key.properties` (ኮሚት አልተደረገም)", "android/key.properties", "historical"],
    ["## የሚፈጠሩ ፋይሎች\n\n- `lib/auth/biometric_gate.dart`", "lib/auth/biometric_gate.dart", "planned"],
    ["- `lib/auth/otp_screen.dart` ተፈጥሯል", "lib/auth/otp_screen.dart", "created"],
    // near-miss: a plain pointer
    ["- `docs/setup.md` ያንብቡ።", "docs/setup.md", "exists"],
  ],
});

describeIntentRules("readings from the eighty-third to eighty-seventh blind batches", {
  "a later iteration, a removed flow, a recording to make, a route's pattern, a deployed file": [
    ["- Memory goes in `src/agents/memory/store.py` next sprint.", "src/agents/memory/store.py", "planned"],
    ["- The old `scripts/release.sh` flow was removed in v1.2.0.", "scripts/release.sh", "removed"],
    [
      "CI copies it to `build-artifacts/state/` (not versioned either).",
      "build-artifacts/state/",
      "historical",
    ],
    ["- [ ] Record the demo video (`store/video/demo.webm`, max 30 s)", "store/video/demo.webm", "planned"],
    ["- [x] Added a route in `reports/urls.py` (`stock/export/`)", "stock/export/", "example"],
    ["- **Codex:** deployed `deploy/cloud.yaml` to staging.", "deploy/cloud.yaml", "created"],
    [
      "## What exists now\n\n- `scripts/smoke-install.sh`: smoke test.",
      "scripts/smoke-install.sh",
      "created",
    ],
    [
      "Planned: a `hosts/cinder/` laptop config and a\n`modules/nixos/restic.nix` backup module.",
      "modules/nixos/restic.nix",
      "planned",
    ],
    // near-misses: a run next week still needs the script; a recording that is there is read;
    // a file beside the routing file is a file; a label on a sentence that ended the line before
    ["- Run `scripts/bench.sh` next week.", "scripts/bench.sh", "exists"],
    ["- [ ] Check the demo video (`store/video/demo.webm`)", "store/video/demo.webm", "exists"],
    ["- Edit `config/routes.rb` (`app/models/user.rb` too)", "app/models/user.rb", "exists"],
    [
      "Planned: a laptop config.\n`modules/nixos/restic.nix` is read at boot.",
      "modules/nixos/restic.nix",
      "exists",
    ],
  ],
  "Lithuanian, Croatian and Swahili": [
    ["## Sukurti failai\n\n```\nsandelis/tags.py\n```", "sandelis/tags.py", "created"],
    [
      "| Failas | Būsena |\n|---|---|\n| `sandelis/paieska.js` | ✅ Įgyvendinta |",
      "sandelis/paieska.js",
      "created",
    ],
    ["- [ ] Sukurti `ataskaitos/eksportas.py`", "ataskaitos/eksportas.py", "planned"],
    ["- Dodan `src/outbox/OutboxEvent.java` (JPA entitet).", "src/outbox/OutboxEvent.java", "created"],
    ["- Izmijenjen `NarudzbaProducer.java`: više ne šalje direktno.", "NarudzbaProducer.java", "created"],
    ["- Nimeandika `src/lib/sms.ts` (mteja wa SMS).", "src/lib/sms.ts", "created"],
    ["## Nimefanya\n\n- `src/lib/cron.ts`", "src/lib/cron.ts", "created"],
    ["## Bado (Not yet)\n\n- `vercel.json`", "vercel.json", "planned"],
    // near-misses: a plain pointer in each
    ["- Žr. `ataskaitos/views.py`, ten dabartinis rodinys.", "ataskaitos/views.py", "exists"],
    ["- Pogledaj `docs/outbox.md` prije deploya.", "docs/outbox.md", "exists"],
  ],
});

describeIntentRules("a sentence that tells how things were before a decision", {
  "names later in the sentence, past dots in earlier names": [
    [
      "Before this ADR, `gen-proto.sh` ran `protoc` with plugins pinned in `tools/tools.go`.",
      "tools/tools.go",
      "historical",
    ],
    // near-misses: the next sentence is today's; 'no longer' about a column is not about later names
    ["Before this ADR, builds were slow. Now `scripts/gen.sh` runs in CI.", "scripts/gen.sh", "exists"],
    [
      "It selected a column that no longer exists, and (`a.sql`, `models/b.sql`) errored out.",
      "models/b.sql",
      "exists",
    ],
  ],
});

describeIntentRules("readings from the eighty-eighth to ninetieth blind batches", {
  "a second absent name, emphasis in a parenthesis, a path never to commit; Thai and Romanian": [
    ["- There is no `ios/` or `android/` folder: we use CNG.", "android/", "historical"],
    [
      "Follow [Redis OOM](redis-oom.md) (*not written yet, see the postmortem*).",
      "redis-oom.md",
      "historical",
    ],
    ["Never commit `_site/` or `.jekyll-cache/` (both are build output).", ".jekyll-cache/", "historical"],
    ["- ยังไม่มี `src/views/AuditLog.vue` ใน repo", "src/views/AuditLog.vue", "historical"],
    ["Vezi [glosar.md](glosar.md) (încă nescris, îl va crea Ana).", "glosar.md", "historical"],
    // near-misses: a name joined after a present one; a plain commit step; a plain pointer
    ["- `ios/` and `android/` are generated.", "android/", "exists"],
    ["Commit `src/app.ts` first.", "src/app.ts", "exists"],
    ["- ดู `docs/setup.md` ก่อน", "docs/setup.md", "exists"],
  ],
});

describeIntentRules("session 21: renames told by what a file became, neither … nor, a denied status", {
  "the old name of a rename, two names never committed, a status that is not done": [
    ["The old `lib/auth.js` became `lib/session.js` in the refactor.", "lib/auth.js", "removed"],
    ["`config/app.cfg` is now `config/app.toml`.", "config/app.cfg", "removed"],
    ["Neither `scripts/seed.sh` nor `scripts/reset.sh` is on `main` yet.", "scripts/seed.sh", "historical"],
    ["Neither `scripts/seed.sh` nor `scripts/reset.sh` is on `main` yet.", "scripts/reset.sh", "historical"],
    ["`scripts/reset.sh` isn't in the repo.", "scripts/reset.sh", "historical"],
    ["`scripts/reset.sh` is not on `main` yet.", "scripts/reset.sh", "historical"],
    [
      "| Path | Status |\n|---|---|\n| `live/sandbox/` | not created yet (requested in #41) |",
      "live/sandbox/",
      "planned",
    ],
    // near-misses: the new name of a rename; a setting that is now on; neither … used; done
    ["The old `lib/auth.js` became `lib/session.js` in the refactor.", "lib/session.js", "exists"],
    ["Run `lib/flags.js`; it is now `enabled` by default.", "lib/flags.js", "exists"],
    ["Neither `scripts/seed.sh` nor `scripts/reset.sh` is used by CI.", "scripts/seed.sh", "exists"],
    ["| Path | Status |\n|---|---|\n| `live/prod/` | ✅ created |", "live/prod/", "created"],
  ],
});

describeIntentRules("readings from the ninety-first to ninety-fifth blind batches", {
  "Galician verbs and absence, a plan timed after another step, XAML views": [
    ["- Creei `internal/format/csv.go` co lector de CSV.", "internal/format/csv.go", "created"],
    ["- Eliminei `cmd/legacy.go`; xa non se usaba.", "cmd/legacy.go", "removed"],
    ["`cmd/export.go` aínda non existe: crearase despois.", "cmd/export.go", "historical"],
    ["## Que se fixo\n\n- `internal/format/json.go`", "internal/format/json.go", "created"],
    [
      "- [ ] Create `App/Platforms/Windows/App.xaml.cs` once we add the Windows target.",
      "App/Platforms/Windows/App.xaml.cs",
      "planned",
    ],
    [
      "## Files modified\n\n| File | Change |\n|---|---|\n| `App/Views/SettingsPage.xaml` | New: settings UI |",
      "App/Views/SettingsPage.xaml",
      "created",
    ],
    // near-misses: a step relied on once someone else's step is done; a Galician pointer
    ["Deploy `cmd/export.go` once we add it to the build.", "cmd/export.go", "historical"],
    ["- Le `internal/parser/parser.go`, onde está o tokenizador.", "internal/parser/parser.go", "exists"],
  ],
  "a definition read where the page uses it, a verb whose object comes before a modal, a colon naming what was made":
    [
      [
        "- Metric definitions: [glossary][glossary].\n\n## Follow-ups\n\nFiles to create:\n\n- `src/a.py`\n\n[glossary]: ../docs/metrics-glossary.md",
        "../docs/metrics-glossary.md",
        "exists",
      ],
      [
        "See the retired [v1 dashboard][old].\n\n[old]: dashboards/latency-v1.json",
        "dashboards/latency-v1.json",
        "removed",
      ],
      ["Author ids must match the [authors file](data/authors.yml).", "data/authors.yml", "exists"],
      [
        "I also shipped the editor module: `Source/Editor/Private/EditorModule.cpp` registers it.",
        "Source/Editor/Private/EditorModule.cpp",
        "created",
      ],
      // near-misses: a definition used in a plan; the object of a plan verb; a section added to a guide
      [
        "## Files to create\n\n- [glossary][glossary] (to be created)\n\n[glossary]: docs/glossary.md",
        "docs/glossary.md",
        "planned",
      ],
      ["Author the guide in `docs/guide.md`.", "docs/guide.md", "planned"],
      ["We added a section to the guide: `docs/x.md` explains it.", "docs/x.md", "exists"],
    ],
  "Basque, Welsh, Marathi and Telugu: removed, not there yet, planned, and their headings": [
    ["- `app/legacy_views.py` ezabatu egin zen #48 PRan.", "app/legacy_views.py", "removed"],
    ["- `app/auth.py` oraindik EZ dago biltegian: nire makinan bakarrik dago.", "app/auth.py", "historical"],
    ["- `docs/api.md` (sortzeko dago).", "docs/api.md", "planned"],
    ["- Cafodd `gwneud/hen.py` ei ddileu yn #17.", "gwneud/hen.py", "removed"],
    ["## Ffeiliau a grëwyd\n\n- `gwneud/porthiant.py` — porthiant RSS", "gwneud/porthiant.py", "created"],
    ["## Camau nesaf\n\n- Creu `gwneud/atom.py` yn nes ymlaen.", "gwneud/atom.py", "planned"],
    ["- `src/routes/legacy.js` ही जुनी फाइल #7 मध्ये काढून टाकली.", "src/routes/legacy.js", "removed"],
    ["`src/routes/reports.js` ही फाइल अजून अस्तित्वात नाही.", "src/routes/reports.js", "historical"],
    ["## तयार केलेल्या फाइल्स\n\n- `src/middleware/auth.js`: JWT", "src/middleware/auth.js", "created"],
    ["- `books/old_views.py` తొలగించాను; కోడ్ కొత్త వ్యూలలో ఉంది.", "books/old_views.py", "removed"],
    ["`books/permissions.py` ఇంకా లేదు.", "books/permissions.py", "historical"],
    ["- API డాక్యుమెంటేషన్ `docs/api.md` ను తర్వాత రాస్తాం.", "docs/api.md", "planned"],
    ["## సృష్టించిన ఫైళ్లు\n\n- `books/serializers.py` — serializers", "books/serializers.py", "created"],
    [
      "- Once that happens, commit the generated `fastlane/Pluginfile` with the Gemfile change.",
      "fastlane/Pluginfile",
      "planned",
    ],
    ["I committed the generated `fastlane/Pluginfile`.", "fastlane/Pluginfile", "created"],
    // near-misses: a plain pointer in each language
    ["- Ikusi `app/routes.py` lehenago.", "app/routes.py", "exists"],
    ["- Darllenwch `gwneud/adeiladu.py` yn gyntaf.", "gwneud/adeiladu.py", "exists"],
    ["- आधी `docs/setup.md` वाचा.", "docs/setup.md", "exists"],
    ["- ముందుగా `docs/deploy.md` చదవండి.", "docs/deploy.md", "exists"],
  ],
});

describeIntentRules("readings from the ninety-sixth to hundredth blind batches", {
  "a plan given up, a kind of file a folder holds, to-do markers, status sentences": [
    ["`src/importers/ofx.py` was planned and then dropped.", "src/importers/ofx.py", "removed"],
    [
      "A segment folder holds a `page.tsx` and, optionally, a `loading.tsx` and an `error.tsx`.",
      "error.tsx",
      "example",
    ],
    ["The old `godot/` prototype was removed in #12.", "godot/", "removed"],
    ["PHP follows the standards; the ruleset is in `phpcs.xml.dist`.", "phpcs.xml.dist", "exists"],
    // near-misses: a plan carried out; a folder of this tree holding a named file
    ["`src/x.py` was planned and then built.", "src/x.py", "planned"],
    ["The app folder holds a `config.ts`.", "config.ts", "exists"],
  ],
  "Slovenian, Icelandic, Estonian, Kazakh and Azerbaijani": [
    ["- Kasneje bomo dodali še `src/stores/nastavitve.ts`.", "src/stores/nastavitve.ts", "planned"],
    ["- `src/i18n/sl.json` (še ni ustvarjena)", "src/i18n/sl.json", "planned"],
    ["- Bjó til `app/auth.py` með JWT.", "app/auth.py", "created"],
    ["- `app/rate_limit.py` (verður búin til í næsta spretti).", "app/rate_limit.py", "planned"],
    [
      "## Ekki til enn\n\nStaðfestu síðan að `migrations/versions/` sé til.",
      "migrations/versions/",
      "historical",
    ],
    ["- Järgmises etapis lisame `app/services/fine.rb`.", "app/services/fine.rb", "planned"],
    ["- `app/views/loans/overdue.html.erb` (veel loomata)", "app/views/loans/overdue.html.erb", "planned"],
    ["- `app/services/cache.py` (әлі жасалмаған, to be created)", "app/services/cache.py", "planned"],
    ["## Yaradılmış fayllar\n\n- `src/routes/orders.js` — siyahı", "src/routes/orders.js", "created"],
    ["`src/config/redis.js` hələ repozitoriyada yoxdur.", "src/config/redis.js", "historical"],
    // near-misses: a plain pointer in each
    ["- Lue `docs/setup.md` enne.", "docs/setup.md", "exists"],
    ["- Sjá `docs/api.md`.", "docs/api.md", "exists"],
  ],
});

// The script a shell command runs is a reference: "run `pytest tests/test_api.py`" relies on the
// test file as much as "run `tests/test_api.py`" does. Other arguments are not, and neither is a
// script in a command that runs somewhere else (after `cd`), downloads it, or runs a module.
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config/schema.js";
import { check } from "../../../src/core/engine.js";
import { memorySnapshot } from "../../../src/core/snapshot/memory.js";
import { intentOf, parse } from "../document/helpers.js";

describe("the script a command runs", () => {
  const read: [string, string, string][] = [
    ["Run `python scripts/migrate.py --dry-run` first.", "scripts/migrate.py", "exists"],
    ["Then `python3 -u tools/sync.py`.", "tools/sync.py", "exists"],
    ["Run `pytest tests/test_api.py::test_login -x`.", "tests/test_api.py", "exists"],
    ["Run `node --inspect tools/gen.mjs`.", "tools/gen.mjs", "exists"],
    ["Run `npx tsx scripts/seed.ts --reset`.", "scripts/seed.ts", "exists"],
    ["Use `uv run python jobs/nightly.py`.", "jobs/nightly.py", "exists"],
    ["Run `DEBUG=1 bash deploy/run.sh staging`.", "deploy/run.sh", "exists"],
    ["Run `./deploy/release.sh --prod`.", "deploy/release.sh", "exists"],
    ["```bash\n$ python scripts/backfill.py --since 2026-01-01\n```", "scripts/backfill.py", "exists"],
    ["```\nruby bin/rotate.rb\n```", "bin/rotate.rb", "exists"],
    ["Run `./tools/lint.sh --fix`.", "tools/lint.sh", "exists"],
    // the test file a test runner runs
    ["Run one file with `pnpm vitest run test/cart.test.ts`.", "test/cart.test.ts", "exists"],
    ["Run `npx jest --runInBand src/cart.spec.ts`.", "src/cart.spec.ts", "exists"],
    [
      "```bash\nbundle exec rspec spec/jobs/reminder_job_spec.rb\n```",
      "spec/jobs/reminder_job_spec.rb",
      "exists",
    ],
    // Laravel's and Pest's test runners
    ["Run `php artisan test tests/Feature/PayoutTest.php`.", "tests/Feature/PayoutTest.php", "exists"],
    ["Run `./vendor/bin/pest tests/Unit/MoneyTest.php`.", "tests/Unit/MoneyTest.php", "exists"],
    // Dart's and Flutter's runners
    ["```bash\ndart run tool/gen_icons.dart\n```", "tool/gen_icons.dart", "exists"],
    ["Run `flutter test test/widgets/login_test.dart`.", "test/widgets/login_test.dart", "exists"],
    // a bare name stands for the reader's own program
    ["```sh\n$ node app.js | pino-pretty\n```", "app.js", "example"],
    ["Run `NODE_DEBUG=undici node yourapp.js`.", "yourapp.js", "example"],
    ["Run `python main.py --port 8080`.", "main.py", "example"],
    ["```console\n$ node process-args.js one two=three\n```", "process-args.js", "example"],
    ["Run `python src/main.py --port 8080`.", "src/main.py", "exists"],
    // its intent is the sentence's, as for any mention
    ["- [ ] Write and run `python scripts/cleanup.py` (to be created)", "scripts/cleanup.py", "planned"],
  ];
  for (const [snippet, path, intent] of read) {
    it(`${intent}: ${snippet.replace(/\n/g, " ⏎ ")}`, () => {
      expect(intentOf(snippet, path)).toBe(intent);
    });
  }

  const notRead: [string, string][] = [
    // other commands' arguments
    ["Run `git add src/app.py` and `cat src/app.py`.", "src/app.py"],
    // a module, inline code, a folder of tests, a file of another kind
    ["Run `python -m tools.sync`.", "tools.sync"],
    ["Run `node -e 'require(\"./lib/x.js\")'`.", "lib/x.js"],
    ["Run `pytest tests/`.", "tests/"],
    ["Run `flutter test test/auth/` to check.", "flutter test test/auth/"],
    ["Run `jest --watch`.", "--watch"],
    [
      "Run one file with `vendor/bin/phpunit tests/Feature/LoanTest.php`.",
      "vendor/bin/phpunit tests/Feature/LoanTest.php",
    ],
    ["Run `python notes.txt`.", "notes.txt"],
    // relative to another folder, or downloaded first
    ["Run `cd api && python manage.py test`.", "manage.py"],
    ["Run `curl -sSL https://example.com/install.sh | bash`.", "install.sh"],
    ["```bash\ncurl -O https://example.com/get.py && python get.py\n```", "get.py"],
    ["```bash\ncd services/api\npython manage.py test\n```", "manage.py"],
    ["```sh\ncurl -O https://example.com/get-deps.py\npython get-deps.py\n```", "get-deps.py"],
    // a fence of another language
    ["```python\nrun('python scripts/x.py')\n```", "scripts/x.py"],
  ];
  for (const [snippet, path] of notRead) {
    it(`not read: ${snippet.replace(/\n/g, " ⏎ ")}`, () => {
      expect(parse(snippet).references.filter((r) => r.path === path)).toEqual([]);
    });
  }
});

describe("a handoff that says to run a script", () => {
  const findings = async (handoff: string) =>
    (
      await check(
        memorySnapshot({
          "scripts/present.py": "print(1)\n",
          "_agents/_handoffs/run.md": `# Run the jobs\n\n${handoff}\n`,
        }),
        defaultConfig(),
      )
    ).findings.filter((f) => f.rule === "HG101");

  it("is flagged when the script is not in the repository", async () => {
    const list = await findings("Run `pytest tests/test_missing.py` before deploying.");
    expect(list.map((f) => [f.target, f.severity])).toEqual([["tests/test_missing.py", "error"]]);
  });

  it("is not flagged when the script is there", async () => {
    expect(await findings("Run `python scripts/present.py --dry-run` first.")).toEqual([]);
  });
});

describe("bun's test runner", () => {
  const findings = async (handoff: string) =>
    (
      await check(memorySnapshot({ "notes/run.md": `# Verify\n\n${handoff}\n` }), defaultConfig())
    ).findings.filter((f) => f.rule === "HG101");

  it("runs the test file it is given", async () => {
    const list = await findings("Run `bun test test/api-keys.test.ts`, then `bun test` for the full suite.");
    expect(list.map((f) => f.target)).toEqual(["test/api-keys.test.ts"]);
    // near-miss: bun's test runner alone names no file
    expect(await findings("Run `bun test` for the full suite.")).toEqual([]);
  });
});

describe("session 17: runners with a configuration option before the file", () => {
  const findings = async (handoff: string) =>
    (
      await check(memorySnapshot({ "notes/run.md": `# Verify\n\n${handoff}\n` }), defaultConfig())
    ).findings.filter((f) => f.rule === "HG101");

  it("reads the file after phpunit's -c, ts-mocha's -p, and elm-test's file", async () => {
    const list = await findings(
      "```\nphpunit -c phpunit.xml.dist tests/Kernel/QueueWorkerTest.php\nyarn ts-mocha -p ./tsconfig.json tests/withdraw-auth.ts\nnpx elm-test tests/Page/LoansTests.elm\n```",
    );
    expect(list.map((f) => f.target)).toEqual([
      "tests/Kernel/QueueWorkerTest.php",
      "tests/withdraw-auth.ts",
      "tests/Page/LoansTests.elm",
    ]);
    // near-miss: python's -c still takes code, not a file
    expect(await findings("```\npython -c 'print(1)' tests/x.py\n```")).toEqual([]);
  });
});

describe("session 17: a test runner given several files", () => {
  const findings = async (handoff: string) =>
    (
      await check(memorySnapshot({ "notes/run.md": `# Verify\n\n${handoff}\n` }), defaultConfig())
    ).findings.filter((f) => f.rule === "HG101");

  it("reads every file pytest is given, and only the script an interpreter runs", async () => {
    const list = await findings(
      "```\npytest tests/test_kpis.py tests/test_weather.py -q\npython tools/run.py tools/other.py\n```",
    );
    expect(list.map((f) => f.target)).toEqual([
      "tests/test_kpis.py",
      "tests/test_weather.py",
      "tools/run.py",
    ]);
  });

  it("reads the file `zig test` runs", async () => {
    const list = await findings("- Run `zig test src/lang/gitignore.zig`.\n- Then `zig build test`.");
    expect(list.map((f) => f.target)).toEqual(["src/lang/gitignore.zig"]);
  });

  it("reads the file `prove` and `kotlinc -script` run", async () => {
    const list = await findings(
      "```\nprove -l legacy/t/payments.t\nkotlinc -script scripts/migrate.main.kts\n```",
    );
    expect(list.map((f) => f.target)).toEqual(["legacy/t/payments.t", "scripts/migrate.main.kts"]);
  });
});

describe("session 19: an executable of the repository run by its path", () => {
  it("reads `./bin/x` and `./scripts/x` with no extension as the file run", () => {
    expect(intentOf("3. Run `./bin/release-check --strict` before tagging.", "bin/release-check")).toBe(
      "exists",
    );
    expect(intentOf("Then `./scripts/bootstrap`.", "scripts/bootstrap")).toBe("exists");
    // near-misses: a runner installed under bin runs the file after it; a bare word is a command
    expect(parse("Run `./vendor/bin/pest tests/Unit/MoneyTest.php`.").references.map((r) => r.path)).toEqual([
      "tests/Unit/MoneyTest.php",
    ]);
    expect(parse("Run `make release` then `deploy --prod`.").references).toEqual([]);
  });
});

// Issue 9: following the README on a fresh clone works without knowledge from elsewhere. The
// commands are read from the README itself, so the test breaks when the README and reality drift.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const readme = readFileSync(join(root, "README.md"), "utf8");

/** The first ```sh block under "## The two commands", without comments. */
function twoCommands(): string[] {
  const section = readme.split(/^## The two commands$/m)[1] ?? "";
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  return block
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
}

const clone = mkdtempSync(join(tmpdir(), "hg-readme-"));
afterAll(() => rmSync(clone, { recursive: true, force: true }));

describe("README", () => {
  it("has exactly two commands: set up and run the example, then the tests", () => {
    expect(twoCommands()).toEqual(["npm ci && npm run example", "npm test"]);
  });

  it(
    "the first command works in a fresh clone and prints the example's findings",
    { timeout: 600_000 },
    () => {
      const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("GIT_")));
      execFileSync("git", ["clone", "--quiet", "--no-hardlinks", root, clone], { env, stdio: "ignore" });
      const [setup] = twoCommands();
      // The npm cache is warm from this checkout's own install; prefer it so the test needs no network.
      const run = spawnSync("bash", ["-c", setup!], {
        cwd: clone,
        env: {
          ...env,
          npm_config_prefer_offline: "true",
          npm_config_audit: "false",
          npm_config_fund: "false",
          NO_COLOR: "1",
        },
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
      // The example has findings on purpose, so the check exits 1, as the README says.
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).toContain("Example repository ready");
      expect(run.stdout).toContain("HG101 phantom-reference");
      expect(run.stdout).toContain("HG102 uncommitted-claim");
      expect(run.stdout).toContain("HG301 untracked-implementation");
      expect(run.stdout).toMatch(/\d+ errors?, \d+ warnings?, \d+ notices? in \d+ documents/);
    },
  );
});

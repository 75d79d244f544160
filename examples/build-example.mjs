// Builds the example repository at examples/.build/repo from the fixture files beside this script:
// two commits (the second renames the deploy script), then uncommitted work on top, as an agent
// would leave it. Fixed dates make the commit ids the same on every machine.
import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, ".build", "repo");

rmSync(join(here, ".build"), { recursive: true, force: true });
mkdirSync(repo, { recursive: true });
cpSync(join(here, "repo"), repo, { recursive: true });

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: "Example Agent",
  GIT_AUTHOR_EMAIL: "agent@example.invalid",
  GIT_COMMITTER_NAME: "Example Agent",
  GIT_COMMITTER_EMAIL: "agent@example.invalid",
  GIT_CONFIG_NOSYSTEM: "1",
};
const git = (args, date) =>
  execFileSync("git", ["-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", ...args], {
    cwd: repo,
    env: date ? { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : env,
    stdio: ["ignore", "pipe", "inherit"],
  });

git(["init", "-q"]);
git(["add", "-A"]);
git(["commit", "-q", "-m", "Handoffs, executor and crewai-service"], "2026-02-18T09:00:00Z");
git(["mv", "scripts/deploy_render.sh", "scripts/deploy.sh"]);
git(["commit", "-q", "-m", "Rename the deploy script"], "2026-02-19T09:00:00Z");

// What an agent leaves behind: new files never added, a modified file, an ignored build product.
cpSync(join(here, "untracked"), repo, { recursive: true });
appendFileSync(join(repo, "crewai-service/requirements.txt"), "sentence-transformers==3.0.1\n");
mkdirSync(join(repo, "crewai-service/__pycache__"), { recursive: true });
writeFileSync(join(repo, "crewai-service/__pycache__/main.cpython-311.pyc"), "\0compiled\0");

console.log(`Example repository ready: ${repo}`);

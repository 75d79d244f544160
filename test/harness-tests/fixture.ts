import { Octokit } from "@octokit/rest";
import { createRepo, type FakeGitHub, startGitHub, type TestRepo } from "../harness/index.js";

/** A started fake with one repository `acme/widgets` installed for the default app. */
export interface Fixture {
  gh: FakeGitHub;
  repo: TestRepo;
  installationId: number;
  token: string;
  octokit: Octokit;
  close(): Promise<void>;
}

export const FILES = {
  "README.md": "# Widgets\n",
  "docs/handoff.md": "# Handoff\n\nSee `src/index.ts` and `src/missing.ts`.\n",
  "src/index.ts": "export const x = 1;\n",
  "src/util/strings.ts": "export const s = 'a';\n",
};

export async function startFixture(files: Record<string, string> = FILES): Promise<Fixture> {
  const gh = await startGitHub();
  const repo = createRepo(files);
  await gh.addRepo("acme", "widgets", repo.dir);
  const inst = gh.install({ account: "acme" });
  const token = gh.installationToken(inst.id).token;
  const octokit = new Octokit({ baseUrl: gh.url, auth: token, log: quietLog });
  return {
    gh,
    repo,
    installationId: inst.id,
    token,
    octokit,
    async close() {
      await gh.close();
      repo.remove();
    },
  };
}

export const quietLog = { debug() {}, info() {}, warn() {}, error() {} };

export const owner = "acme";
export const repoName = "widgets";
export const ownerRepo = { owner, repo: repoName };

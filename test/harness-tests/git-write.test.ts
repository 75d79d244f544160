import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, ownerRepo, startFixture } from "./fixture.js";

/** The consolidation-PR flow: blobs, trees (base_tree), commits, refs, contents PUT, POST pulls — real git objects. */

describe("git writes create real objects", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture();
  });
  afterAll(() => f.close());

  it("branch + blob + tree(base_tree) + commit + ref update + pull request", async () => {
    const o = f.octokit.rest;
    const { data: main } = await o.git.getRef({ ...ownerRepo, ref: "heads/main" });
    expect(main.object.sha).toBe(f.repo.sha("main"));

    const created = await o.git.createRef({
      ...ownerRepo,
      ref: "refs/heads/handoff-guard/consolidate-abc",
      sha: main.object.sha,
    });
    expect(created.status).toBe(201);
    await expect(
      o.git.createRef({
        ...ownerRepo,
        ref: "refs/heads/handoff-guard/consolidate-abc",
        sha: main.object.sha,
      }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining("Reference already exists") });

    const { data: blob } = await o.git.createBlob({
      ...ownerRepo,
      content: "---\nstatus: consolidated\n---\n# Handoff\n",
      encoding: "utf-8",
    });
    expect(f.repo.git("cat-file", "-t", blob.sha)).toBe("blob");
    const { data: baseCommit } = await o.git.getCommit({ ...ownerRepo, commit_sha: main.object.sha });
    const { data: tree } = await o.git.createTree({
      ...ownerRepo,
      base_tree: baseCommit.tree.sha,
      tree: [
        { path: "docs/handoff.md", mode: "100644", type: "blob", sha: blob.sha },
        { path: "docs/archive/notes.md", mode: "100644", type: "blob", content: "notes\n" },
        { path: "src/util/strings.ts", mode: "100644", type: "blob", sha: null },
      ],
    });
    const { data: commit } = await o.git.createCommit({
      ...ownerRepo,
      message: "Mark handoffs consolidated",
      tree: tree.sha,
      parents: [main.object.sha],
    });
    expect(commit.author.name).toBe("handoff-guard[bot]");
    const updated = await o.git.updateRef({
      ...ownerRepo,
      ref: "heads/handoff-guard/consolidate-abc",
      sha: commit.sha,
    });
    expect(updated.data.object.sha).toBe(commit.sha);

    // Real git sees the new branch and its content.
    expect(f.repo.git("rev-parse", "handoff-guard/consolidate-abc")).toBe(commit.sha);
    expect(f.repo.git("show", `${commit.sha}:docs/handoff.md`)).toContain("status: consolidated");
    expect(f.repo.git("ls-tree", "-r", "--name-only", commit.sha).split("\n")).toEqual([
      "README.md",
      "docs/archive/notes.md",
      "docs/handoff.md",
      "src/index.ts",
    ]);

    const { data: pr } = await o.pulls.create({
      ...ownerRepo,
      title: "Consolidate handoffs",
      head: "handoff-guard/consolidate-abc",
      base: "main",
      body: "<!-- handoff-guard:consolidation-pr group=abc -->",
    });
    expect(pr).toMatchObject({
      number: 1,
      state: "open",
      head: { sha: commit.sha, ref: "handoff-guard/consolidate-abc" },
      changed_files: 3,
    });
    await expect(
      o.pulls.create({ ...ownerRepo, title: "again", head: "handoff-guard/consolidate-abc", base: "main" }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("A pull request already exists"),
    });
    const listed = await o.pulls.list({
      ...ownerRepo,
      head: "acme:handoff-guard/consolidate-abc",
      state: "open",
    });
    expect(listed.data.map((p) => p.number)).toEqual([1]);
    expect((await o.pulls.list({ ...ownerRepo, head: "acme:other" })).data).toEqual([]);

    const files = await o.pulls.listFiles({ ...ownerRepo, pull_number: 1 });
    expect(files.data.map((x) => `${x.status} ${x.filename}`).sort()).toEqual([
      "added docs/archive/notes.md",
      "modified docs/handoff.md",
      "removed src/util/strings.ts",
    ]);
  });

  it("refuses a non-fast-forward ref update unless forced; 422 on unknown refs", async () => {
    const o = f.octokit.rest;
    const root = f.repo.sha("main");
    const { data: tree } = await o.git.createTree({
      ...ownerRepo,
      tree: [{ path: "only.md", mode: "100644", type: "blob", content: "x" }],
    });
    const { data: orphan } = await o.git.createCommit({
      ...ownerRepo,
      message: "orphan",
      tree: tree.sha,
      parents: [],
    });
    await expect(o.git.updateRef({ ...ownerRepo, ref: "heads/main", sha: orphan.sha })).rejects.toMatchObject(
      {
        status: 422,
        message: expect.stringContaining("Update is not a fast forward"),
      },
    );
    expect(f.repo.sha("main")).toBe(root);
    await o.git.createRef({ ...ownerRepo, ref: "refs/heads/scratch", sha: root });
    await o.git.updateRef({ ...ownerRepo, ref: "heads/scratch", sha: orphan.sha, force: true });
    expect(f.repo.sha("scratch")).toBe(orphan.sha);
    await o.git.deleteRef({ ...ownerRepo, ref: "heads/scratch" });
    await expect(o.git.getRef({ ...ownerRepo, ref: "heads/scratch" })).rejects.toMatchObject({ status: 404 });
    await expect(o.git.updateRef({ ...ownerRepo, ref: "heads/nope", sha: root })).rejects.toMatchObject({
      status: 422,
    });
    const matching = await o.git.listMatchingRefs({ ...ownerRepo, ref: "heads/handoff-guard/" });
    expect(matching.data.map((r) => r.ref)).toEqual(["refs/heads/handoff-guard/consolidate-abc"]);
  });

  it("contents: GET (json, raw, directory, 404), PUT create/update with sha checks", async () => {
    const o = f.octokit.rest;
    const { data: file } = await o.repos.getContent({ ...ownerRepo, path: "docs/handoff.md" });
    expect(Array.isArray(file)).toBe(false);
    const single = file as { type: string; sha: string; content: string; path: string };
    expect(single.type).toBe("file");
    expect(Buffer.from(single.content, "base64").toString()).toContain("# Handoff");
    const raw = await o.repos.getContent({
      ...ownerRepo,
      path: "docs/handoff.md",
      mediaType: { format: "raw" },
    });
    expect(raw.data as unknown as string).toContain("# Handoff");
    const dir = await o.repos.getContent({ ...ownerRepo, path: "src" });
    expect((dir.data as { name: string; type: string }[]).map((e) => `${e.type} ${e.name}`)).toEqual([
      "file index.ts",
      "dir util",
    ]);
    await expect(
      o.repos.getContent({ ...ownerRepo, path: ".github/handoff-guard.yml" }),
    ).rejects.toMatchObject({ status: 404 });
    const old = await o.repos.getContent({ ...ownerRepo, path: "docs/handoff.md", ref: f.repo.sha("main") });
    expect((old.data as { sha: string }).sha).toBe(single.sha);

    const put = await o.repos.createOrUpdateFileContents({
      ...ownerRepo,
      path: "docs/new.md",
      message: "Add new",
      content: Buffer.from("new\n").toString("base64"),
      branch: "main",
    });
    expect(put.status).toBe(201);
    expect(f.repo.git("show", "main:docs/new.md")).toBe("new");
    await expect(
      o.repos.createOrUpdateFileContents({
        ...ownerRepo,
        path: "docs/new.md",
        message: "m",
        content: "eA==",
      }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      o.repos.createOrUpdateFileContents({
        ...ownerRepo,
        path: "docs/new.md",
        message: "m",
        content: "eA==",
        sha: "0".repeat(40),
      }),
    ).rejects.toMatchObject({ status: 409 });
    const upd = await o.repos.createOrUpdateFileContents({
      ...ownerRepo,
      path: "docs/new.md",
      message: "Update new",
      content: "eA==",
      sha: put.data.content?.sha ?? "",
    });
    expect(upd.status).toBe(200);
    expect(f.repo.git("show", "main:docs/new.md")).toBe("x");
  });
});

describe("commits, compare and pull request files on real history", () => {
  let f: Fixture;
  let base: string;
  let head: string;
  beforeAll(async () => {
    f = await startFixture();
    base = f.repo.sha();
    f.repo.branch("feature");
    f.repo.commit(
      {
        "docs/handoff.md": "# Handoff v2\n\nSee `src/index.ts` and `src/missing.ts`.\n",
        "docs/added.md": "added\n",
      },
      "edit",
    );
    f.repo.rename("src/util/strings.ts", "src/text/strings.ts");
    head = f.repo.commit({ "README.md": null }, "remove readme");
  });
  afterAll(() => f.close());

  it("GET commits/{ref} with files", async () => {
    const { data } = await f.octokit.rest.repos.getCommit({ ...ownerRepo, ref: head });
    expect(data.sha).toBe(head);
    expect(data.commit.message).toBe("remove readme");
    expect(data.files?.map((x) => `${x.status} ${x.filename}`)).toEqual(["removed README.md"]);
    expect(data.parents).toHaveLength(1);
    await expect(f.octokit.rest.repos.getCommit({ ...ownerRepo, ref: "nope" })).rejects.toMatchObject({
      status: 422,
    });
  });

  it("compare base...head: added/modified/removed/renamed with previous_filename", async () => {
    const { data } = await f.octokit.rest.repos.compareCommitsWithBasehead({
      ...ownerRepo,
      basehead: `main...feature`,
    });
    expect(data).toMatchObject({ status: "ahead", ahead_by: 3, behind_by: 0, total_commits: 3 });
    expect(data.merge_base_commit.sha).toBe(base);
    const files = data.files!.map((x) => [x.status, x.filename, x.previous_filename ?? ""]);
    expect(files).toEqual([
      ["removed", "README.md", ""],
      ["added", "docs/added.md", ""],
      ["modified", "docs/handoff.md", ""],
      ["renamed", "src/text/strings.ts", "src/util/strings.ts"],
    ]);
    const modified = (data.files ?? []).find((x) => x.filename === "docs/handoff.md")!;
    expect(modified).toMatchObject({ additions: 1, deletions: 1, changes: 2 });
  });

  it("pull request files paginate with Link headers", async () => {
    const payload = await f.gh.openPullRequest({ owner: "acme", repo: "widgets", head: "feature" });
    expect(payload).toMatchObject({
      action: "opened",
      number: 1,
      pull_request: {
        head: { sha: head, ref: "feature" },
        base: { sha: base, ref: "main" },
        changed_files: 4,
      },
      installation: { id: f.installationId },
    });
    const first = await f.octokit.rest.pulls.listFiles({ ...ownerRepo, pull_number: 1, per_page: 3 });
    expect(first.data).toHaveLength(3);
    expect(first.headers.link).toContain('rel="next"');
    expect(first.headers.link).toContain("page=2");
    const all = await f.octokit.paginate(f.octokit.rest.pulls.listFiles, {
      ...ownerRepo,
      pull_number: 1,
      per_page: 1,
    });
    expect(all.map((x) => x.filename)).toEqual([
      "README.md",
      "docs/added.md",
      "docs/handoff.md",
      "src/text/strings.ts",
    ]);
    expect(f.gh.count("GET /repos/{owner}/{repo}/pulls/{pull_number}/files")).toBe(5);
    const pr = await f.octokit.rest.pulls.get({ ...ownerRepo, pull_number: 1 });
    expect(pr.data.head.sha).toBe(head);
  });

  it("synchronize picks up a new commit on the head branch", async () => {
    const next = f.repo.commit({ "docs/added.md": "changed\n" }, "more");
    const payload = await f.gh.synchronizePullRequest("acme", "widgets", 1);
    expect(payload).toMatchObject({
      action: "synchronize",
      before: head,
      after: next,
      pull_request: { head: { sha: next } },
    });
    expect(f.repo.git("rev-parse", "refs/pull/1/head")).toBe(next);
  });
});

describe("races and forks", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture();
  });
  afterAll(() => f.close());

  it("two concurrent branch creations: exactly one wins, the other gets GitHub's 422", async () => {
    const sha = f.repo.sha();
    const create = () =>
      f.octokit.rest.git.createRef({ ...ownerRepo, ref: "refs/heads/handoff-guard/race", sha }).then(
        (r) => r.status,
        (e: { status: number }) => e.status,
      );
    const statuses = await Promise.all([create(), create(), create()]);
    expect(statuses.sort()).toEqual([201, 422, 422]);
  });

  it("a pull request from a fork: head objects fetched into refs/pull/N/head, files listed", async () => {
    const { createRepo } = await import("../harness/index.js");
    const fork = createRepo({});
    try {
      fork.git("fetch", "--quiet", f.repo.dir, "main");
      fork.branch("fix", "FETCH_HEAD");
      const head = fork.commit({ "docs/from-fork.md": "hi\n" }, "fork change");
      await f.gh.addRepo("forker", "widgets", fork.dir, { fork: true, ownerType: "User" });
      const payload = await f.gh.openPullRequest({
        owner: "acme",
        repo: "widgets",
        head: "fix",
        headRepo: "forker/widgets",
      });
      expect(payload.pull_request).toMatchObject({
        head: { sha: head, label: "forker:fix", repo: { full_name: "forker/widgets", fork: true } },
        base: { repo: { full_name: "acme/widgets" } },
      });
      expect(f.repo.git("rev-parse", `refs/pull/${payload.number}/head`)).toBe(head);
      const files = await f.octokit.rest.pulls.listFiles({ ...ownerRepo, pull_number: payload.number });
      expect(files.data.map((x) => `${x.status} ${x.filename}`)).toEqual(["added docs/from-fork.md"]);
      const { data: run } = await f.octokit.rest.checks.create({
        ...ownerRepo,
        name: "handoff-guard",
        head_sha: head,
      });
      expect(run.head_sha).toBe(head);
    } finally {
      fork.remove();
    }
  });
});

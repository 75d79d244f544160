import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, ownerRepo, startFixture } from "./fixture.js";

const MARKER = "<!-- handoff-guard:hygiene -->";

describe("issues, comments, reactions, labels, permission", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture();
  });
  afterAll(() => f.close());

  it("creates an issue with a hidden marker and labels (created on the fly), as the app's bot", async () => {
    const { data } = await f.octokit.rest.issues.create({
      ...ownerRepo,
      title: "Handoff hygiene",
      body: `${MARKER}\n\n3 findings`,
      labels: ["handoff-guard:hygiene"],
    });
    expect(data).toMatchObject({
      number: 1,
      state: "open",
      state_reason: null,
      body: `${MARKER}\n\n3 findings`,
    });
    expect(data.user?.login).toBe("handoff-guard[bot]");
    expect(data.user?.type).toBe("Bot");
    expect(data.labels).toMatchObject([{ name: "handoff-guard:hygiene" }]);
    expect(f.gh.issues("acme", "widgets")).toHaveLength(1);
  });

  it("edits, closes with a reason, and reopens", async () => {
    await f.octokit.rest.issues.update({ ...ownerRepo, issue_number: 1, body: `${MARKER}\n\n2 findings` });
    const closed = await f.octokit.rest.issues.update({
      ...ownerRepo,
      issue_number: 1,
      state: "closed",
      state_reason: "completed",
    });
    expect(closed.data).toMatchObject({ state: "closed", state_reason: "completed" });
    expect(closed.data.closed_at).toBeTruthy();
    const reopened = await f.octokit.rest.issues.update({ ...ownerRepo, issue_number: 1, state: "open" });
    expect(reopened.data).toMatchObject({ state: "open", state_reason: "reopened", closed_at: null });
    const dup = await f.octokit.rest.issues.create({ ...ownerRepo, title: "dup" });
    const closedDup = await f.octokit.rest.issues.update({
      ...ownerRepo,
      issue_number: dup.data.number,
      state: "closed",
      state_reason: "duplicate",
    });
    expect(closedDup.data.state_reason).toBe("duplicate");
    await expect(
      f.octokit.rest.issues.update({ ...ownerRepo, issue_number: 1, state: "shut" as "open" }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(f.octokit.rest.issues.get({ ...ownerRepo, issue_number: 999 })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("lists with state, labels and creator filters", async () => {
    f.gh.createIssue({
      owner: "acme",
      repo: "widgets",
      title: "by alice",
      user: "alice",
      labels: ["duplicate"],
    });
    const open = await f.octokit.rest.issues.listForRepo({ ...ownerRepo });
    expect(open.data.map((i) => i.title)).toEqual(["by alice", "Handoff hygiene"]);
    const all = await f.octokit.rest.issues.listForRepo({ ...ownerRepo, state: "all" });
    expect(all.data).toHaveLength(3);
    const labelled = await f.octokit.rest.issues.listForRepo({
      ...ownerRepo,
      labels: "handoff-guard:hygiene",
    });
    expect(labelled.data.map((i) => i.number)).toEqual([1]);
    const byAlice = await f.octokit.rest.issues.listForRepo({ ...ownerRepo, creator: "alice", state: "all" });
    expect(byAlice.data.map((i) => i.title)).toEqual(["by alice"]);
  });

  it("comments: create, list, edit; reactions: 201 then 200 for the same one, list by content", async () => {
    const { data: c } = await f.octokit.rest.issues.createComment({
      ...ownerRepo,
      issue_number: 1,
      body: "first",
    });
    expect(c.user?.login).toBe("handoff-guard[bot]");
    const edited = await f.octokit.rest.issues.updateComment({
      ...ownerRepo,
      comment_id: c.id,
      body: "edited",
    });
    expect(edited.data.body).toBe("edited");
    const list = await f.octokit.rest.issues.listComments({ ...ownerRepo, issue_number: 1 });
    expect(list.data.map((x) => x.body)).toEqual(["edited"]);

    const r1 = await f.octokit.rest.reactions.createForIssueComment({
      ...ownerRepo,
      comment_id: c.id,
      content: "eyes",
    });
    expect(r1.status).toBe(201);
    const r2 = await f.octokit.rest.reactions.createForIssueComment({
      ...ownerRepo,
      comment_id: c.id,
      content: "eyes",
    });
    expect(r2.status).toBe(200);
    expect(r2.data.id).toBe(r1.data.id);
    await f.octokit.rest.reactions.createForIssueComment({
      ...ownerRepo,
      comment_id: c.id,
      content: "rocket",
    });
    const eyes = await f.octokit.rest.reactions.listForIssueComment({
      ...ownerRepo,
      comment_id: c.id,
      content: "eyes",
    });
    expect(eyes.data).toHaveLength(1);
    expect(f.gh.reactions("acme", "widgets", { comment: c.id }).map((r) => r.content)).toEqual([
      "eyes",
      "rocket",
    ]);
    const issueReaction = await f.octokit.rest.reactions.createForIssue({
      ...ownerRepo,
      issue_number: 1,
      content: "+1",
    });
    expect(issueReaction.status).toBe(201);
    await expect(
      f.octokit.rest.reactions.createForIssue({ ...ownerRepo, issue_number: 1, content: "yay" as "+1" }),
    ).rejects.toMatchObject({ status: 422 });
    const issue = await f.octokit.rest.issues.get({ ...ownerRepo, issue_number: 1 });
    expect(issue.data.comments).toBe(1);
    expect(issue.data.reactions?.["+1"]).toBe(1);
  });

  it("a comment added by a test user yields an issue_comment payload in GitHub's shape", () => {
    const payload = f.gh.addComment({
      owner: "acme",
      repo: "widgets",
      issueNumber: 1,
      body: "/consolidate",
      user: "bob",
    });
    expect(payload).toMatchObject({
      action: "created",
      issue: { number: 1 },
      comment: { body: "/consolidate", user: { login: "bob", type: "User" } },
      repository: { full_name: "acme/widgets", owner: { login: "acme" }, default_branch: "main" },
      installation: { id: f.installationId },
      sender: { login: "bob" },
    });
  });

  it("labels: create (422 when it exists), add to an issue, remove", async () => {
    const created = await f.octokit.rest.issues.createLabel({
      ...ownerRepo,
      name: "handoff-guard:consolidated",
      color: "0e8a16",
    });
    expect(created.status).toBe(201);
    await expect(
      f.octokit.rest.issues.createLabel({ ...ownerRepo, name: "Handoff-Guard:Consolidated" }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ code: "already_exists" }] } },
    });
    const added = await f.octokit.rest.issues.addLabels({
      ...ownerRepo,
      issue_number: 2,
      labels: ["handoff-guard:consolidated", "x"],
    });
    expect(added.data.map((l) => l.name)).toEqual(["handoff-guard:consolidated", "x"]);
    const removed = await f.octokit.rest.issues.removeLabel({ ...ownerRepo, issue_number: 2, name: "x" });
    expect(removed.data.map((l) => l.name)).toEqual(["handoff-guard:consolidated"]);
  });

  it("collaborator permission reflects setPermission; unknown users read a public repo", async () => {
    f.gh.setPermission("acme", "widgets", "writer", "write");
    f.gh.setPermission("acme", "widgets", "maint", "maintain");
    f.gh.setPermission("acme", "widgets", "tri", "triage");
    const get = (username: string) =>
      f.octokit.rest.repos.getCollaboratorPermissionLevel({ ...ownerRepo, username });
    expect((await get("writer")).data).toMatchObject({
      permission: "write",
      role_name: "write",
      user: { login: "writer" },
    });
    expect((await get("maint")).data).toMatchObject({ permission: "write", role_name: "maintain" });
    expect((await get("tri")).data).toMatchObject({ permission: "read", role_name: "triage" });
    expect((await get("stranger")).data).toMatchObject({ permission: "read" });
  });
});

describe("issue search", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture();
    f.gh.createIssue({
      owner: "acme",
      repo: "widgets",
      title: "Handoff hygiene",
      body: `${MARKER}\nfindings`,
      labels: ["handoff-guard:hygiene"],
    });
    f.gh.createIssue({
      owner: "acme",
      repo: "widgets",
      title: "Consolidated handoffs",
      body: "<!-- handoff-guard:consolidated group=abc -->",
      labels: ["handoff-guard"],
    });
    f.gh.createIssue({
      owner: "acme",
      repo: "widgets",
      title: "Old",
      body: MARKER,
      state: "closed",
      labels: ["handoff-guard:hygiene"],
    });
  });
  afterAll(() => f.close());

  const search = async (q: string) => (await f.octokit.rest.search.issuesAndPullRequests({ q })).data;

  it("filters by repo, is:issue, is:open/closed, label and quoted text in:body", async () => {
    expect(
      (await search(`repo:acme/widgets is:issue is:open label:"handoff-guard:hygiene"`)).items.map(
        (i) => i.title,
      ),
    ).toEqual(["Handoff hygiene"]);
    expect(
      (await search(`repo:acme/widgets is:issue is:closed "${MARKER}" in:body`)).items.map((i) => i.title),
    ).toEqual(["Old"]);
    expect((await search(`repo:acme/widgets "group=abc" in:body`)).total_count).toBe(1);
    expect((await search(`repo:acme/other "group=abc"`)).total_count).toBe(0);
    expect((await search(`repo:acme/widgets is:pr`)).total_count).toBe(0);
    expect(
      (await search(`repo:acme/widgets consolidated handoffs in:title`)).items.map((i) => i.number),
    ).toEqual([2]);
  });

  it("models the search index lag when searchLagMs is set", async () => {
    f.gh.searchLagMs = 150;
    f.gh.createIssue({ owner: "acme", repo: "widgets", title: "late", body: "fresh-marker" });
    expect((await search(`repo:acme/widgets fresh-marker`)).total_count).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    expect((await search(`repo:acme/widgets fresh-marker`)).total_count).toBe(1);
    f.gh.searchLagMs = 0;
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, ownerRepo, startFixture } from "./fixture.js";

function annotations(n: number, from = 0) {
  return Array.from({ length: n }, (_, i) => ({
    path: "docs/handoff.md",
    start_line: from + i + 1,
    end_line: from + i + 1,
    annotation_level: "failure" as const,
    message: `finding ${from + i}`,
    title: "HG101",
  }));
}

describe("check runs", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture();
  });
  afterAll(() => f.close());

  it("refuses more than 50 annotations in one request with 422, as GitHub does", async () => {
    const head = f.repo.sha();
    await expect(
      f.octokit.rest.checks.create({
        ...ownerRepo,
        name: "handoff-guard",
        head_sha: head,
        output: { title: "t", summary: "s", annotations: annotations(51) },
      }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("No more than 50 items are allowed; 51 were supplied."),
    });
    expect(f.gh.checkRuns("acme", "widgets")).toHaveLength(0);
  });

  it("creates in progress, accumulates annotations over PATCHes in batches of 50, completes", async () => {
    const head = f.repo.sha();
    const { data: created } = await f.octokit.rest.checks.create({
      ...ownerRepo,
      name: "handoff-guard",
      head_sha: head,
      status: "in_progress",
      output: { title: "Checking", summary: "…", annotations: annotations(50) },
    });
    expect(created).toMatchObject({ status: "in_progress", conclusion: null, head_sha: head });
    await f.octokit.rest.checks.update({
      ...ownerRepo,
      check_run_id: created.id,
      output: { title: "Checking", summary: "…", annotations: annotations(50, 50) },
    });
    const { data: done } = await f.octokit.rest.checks.update({
      ...ownerRepo,
      check_run_id: created.id,
      status: "completed",
      conclusion: "failure",
      output: { title: "3 errors", summary: "done", annotations: annotations(20, 100) },
    });
    expect(done).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(done.output.annotations_count).toBe(120);
    expect(done.completed_at).toMatch(/Z$/);

    const run = f.gh.checkRuns("acme", "widgets", head)[0]!;
    expect(run.annotations.map((a) => a.start_line)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(run.updates).toBe(2);

    const listed = await f.octokit.paginate(f.octokit.rest.checks.listAnnotations, {
      ...ownerRepo,
      check_run_id: created.id,
      per_page: 50,
    });
    expect(listed).toHaveLength(120);

    const { data: list } = await f.octokit.rest.checks.listForRef({ ...ownerRepo, ref: "main" });
    expect(list.total_count).toBe(1);
    expect(list.check_runs[0]!.id).toBe(created.id);
  });

  it("validates: unknown SHA, completed without conclusion, columns across lines", async () => {
    const base = { ...ownerRepo, name: "x" };
    await expect(f.octokit.rest.checks.create({ ...base, head_sha: "a".repeat(40) })).rejects.toMatchObject({
      status: 422,
    });
    await expect(
      f.octokit.rest.checks.create({ ...base, head_sha: f.repo.sha(), status: "completed" }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      f.octokit.rest.checks.create({
        ...base,
        head_sha: f.repo.sha(),
        output: {
          title: "t",
          summary: "s",
          annotations: [
            {
              path: "a",
              start_line: 1,
              end_line: 2,
              start_column: 1,
              annotation_level: "notice",
              message: "m",
            },
          ],
        },
      }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it("lists the latest run per name by default, all with filter=all", async () => {
    const head = f.repo.commit({ "x.md": "x\n" });
    for (let i = 0; i < 2; i++) {
      await f.octokit.rest.checks.create({
        ...ownerRepo,
        name: "handoff-guard",
        head_sha: head,
        status: "queued",
      });
    }
    const latest = await f.octokit.rest.checks.listForRef({
      ...ownerRepo,
      ref: head,
      check_name: "handoff-guard",
    });
    expect(latest.data.total_count).toBe(1);
    const all = await f.octokit.rest.checks.listForRef({ ...ownerRepo, ref: head, filter: "all" });
    expect(all.data.total_count).toBe(2);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "./fixture.js";

/** POST /graphql serves the one batched-read shape the App uses (repository.object(expression:) aliases). */

describe("graphql batched reads", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture();
  });
  afterAll(() => f.close());

  it("reads several blobs and a tree in one request; unknown paths are null", async () => {
    const head = f.repo.sha();
    const data = await f.octokit.graphql<{ repository: Record<string, unknown> }>(
      `query($owner: String!, $name: String!, $e0: String!, $e1: String!, $e2: String!) {
        repository(owner: $owner, name: $name) {
          f0: object(expression: $e0) { ... on Blob { text byteSize oid } }
          f1: object(expression: $e1) { ... on Blob { text } }
          d0: object(expression: $e2) { ... on Tree { entries { name type path } } }
        }
      }`,
      { owner: "acme", name: "widgets", e0: `${head}:README.md`, e1: `${head}:nope.md`, e2: `${head}:src` },
    );
    expect(data.repository["f0"]).toMatchObject({ text: "# Widgets\n", byteSize: 10 });
    expect(data.repository["f1"]).toBeNull();
    expect(data.repository["d0"]).toMatchObject({
      entries: [
        { name: "index.ts", type: "blob", path: "src/index.ts" },
        { name: "util", type: "tree", path: "src/util" },
      ],
    });
    expect(f.gh.count("POST /graphql", 200)).toBe(1);
  });
});

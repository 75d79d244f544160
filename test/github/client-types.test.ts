// Compile-time proof that both Octokit flavours satisfy GitHubClient (tsc checks this file).
import { getOctokit } from "@actions/github";
import { ProbotOctokit } from "probot";
import { describe, expect, it } from "vitest";
import type { GitHubClient } from "../../src/github/client.js";

describe("GitHubClient", () => {
  it("is satisfied by @actions/github and Probot's Octokit", () => {
    const actions: GitHubClient = getOctokit("token", { baseUrl: "http://127.0.0.1:1" });
    const probot: GitHubClient = new ProbotOctokit({ auth: "token" });
    expect(typeof actions.rest.issues.create).toBe("function");
    expect(typeof probot.rest.git.createTree).toBe("function");
  });
});

/** Test support: a GitHub REST API on loopback backed by real git repositories, and signed webhooks. */
export { type AppCredentials, generateAppCredentials } from "./auth.js";
export {
  ACTIONS_TOKEN_PERMISSIONS,
  FakeGitHub,
  type FakeGitHubOptions,
  type LoggedRequest,
  READ_ONLY_PERMISSIONS,
} from "./fake.js";
export type { Fault, FaultSpec } from "./faults.js";
export * from "./payloads.js";
export { createRepo, type Files, removeAllRepos, type TestRepo } from "./repo-builder.js";
export { type StartOptions, startGitHub } from "./server.js";
export type * from "./state.js";
export { type SendWebhookOptions, sendWebhook, sign, type WebhookResult } from "./webhooks.js";

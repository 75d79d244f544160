// Public surface of the GitHub App: the Probot app function and the server factory.
export { type AppOptions, app, app as default, createApp } from "./app.js";
export { createAppServer, type ServerSettings, tunedOctokit } from "./bootstrap.js";
export type { SchedulerSettings } from "./scheduler.js";

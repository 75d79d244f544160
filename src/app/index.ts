// Public surface of the GitHub App: the Probot app function, the server factory, and the pieces a
// serverless deployment wires itself (the hygiene run and its HTTP handler).
export { type AppOptions, app, app as default, createApp } from "./app.js";
export { createAppServer, type ServerSettings, tunedOctokit } from "./bootstrap.js";
export { HYGIENE_PATH, hygieneHandler } from "./hygiene-endpoint.js";
export { type HygieneRun, type HygieneScope, runHygiene, type SchedulerSettings } from "./scheduler.js";

// Entry for `npm start`: settings from the environment, Probot's own server, nothing else.
import { readFileSync } from "node:fs";
import { createApp } from "./app.js";
import { createAppServer } from "./bootstrap.js";
import { settingsFromEnv } from "./env.js";

const settings = settingsFromEnv(process.env, (path) => readFileSync(path, "utf8"));
const server = await createAppServer(settings.server, createApp({ hygiene: settings.scheduler }));
await server.start();
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    void server.stop().then(() => process.exit(0));
  });
}

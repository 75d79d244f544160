// The Probot app: wires webhook events to handlers. No logic of its own.
import type { ApplicationFunction, Probot } from "probot";
import { registerCheckHandlers } from "./checks.js";

export type AppOptions = {};

export function createApp(_options: AppOptions = {}): ApplicationFunction {
  return (app: Probot) => {
    registerCheckHandlers(app);
    app.on(["installation", "installation_repositories"], async (context) => {
      const payload = context.payload as {
        action?: string;
        installation?: { id?: number; account?: { login?: string } };
      };
      context.log.info(
        { installation: payload.installation?.id, account: payload.installation?.account?.login },
        `${context.name}.${payload.action ?? ""}: nothing to set up; state lives in GitHub`,
      );
    });
  };
}

export const app: ApplicationFunction = createApp();

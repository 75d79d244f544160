// The Probot app: wires webhook events, the hygiene scheduler and POST /api/hygiene to handlers.
import type { ApplicationFunction, ApplicationFunctionOptions, Probot } from "probot";
import { registerCheckHandlers } from "./checks.js";
import { registerConsolidate } from "./consolidate.js";
import { hygieneHandler } from "./hygiene-endpoint.js";
import { replayGuard } from "./replay.js";
import { runHygiene, type Scheduler, type SchedulerSettings, startScheduler } from "./scheduler.js";

export interface AppOptions {
  /** Scheduled hygiene (timer and endpoint); both off by default. */
  hygiene?: SchedulerSettings;
  /** Receives the scheduler handle (null when the timer is off), e.g. to stop it. */
  onScheduler?: (scheduler: Scheduler | null) => void;
}

export function createApp(options: AppOptions = {}): ApplicationFunction {
  return (app: Probot, fn?: ApplicationFunctionOptions) => {
    // A replayed delivery (same X-GitHub-Delivery) runs no handler twice.
    const guarded = replayGuard(app);
    registerCheckHandlers(guarded);
    registerConsolidate(guarded);
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

    const hygiene = options.hygiene ?? {};
    const concurrency = hygiene.concurrency ?? 4;
    if (hygiene.secret) {
      if (!fn?.addHandler)
        throw new Error("POST /api/hygiene needs Probot's Server (addHandler); use createAppServer");
      fn.addHandler(hygieneHandler(hygiene.secret, (scope) => runHygiene(app, scope, concurrency)));
    }
    const scheduler = startScheduler(hygiene, () => runHygiene(app, {}, concurrency), app.log);
    options.onScheduler?.(scheduler);
  };
}

/** The app with defaults: PR checks, pushes, re-runs, /consolidate; no scheduler. */
export const app: ApplicationFunction = createApp();

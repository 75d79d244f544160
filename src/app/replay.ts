// Replayed deliveries: GitHub's "Redeliver" (and a retrying proxy) sends the same X-GitHub-Delivery
// again. Each handler runs at most once per delivery id in this process; a delivery whose handler
// failed can be delivered again (that is how an operator recovers). Bounded memory: the oldest ids
// are forgotten first. Across replicas the handlers themselves converge (one check run per head is
// the latest; /consolidate finds its issue and pull request by key).
import type { Probot } from "probot";

export const REMEMBERED_DELIVERIES = 50_000;

type Handler = (context: {
  id: string;
  name: string;
  log: { info: (o: object, m: string) => void };
}) => unknown;

export function replayGuard(app: Probot, capacity = REMEMBERED_DELIVERIES): Probot {
  const seen = new Map<string, true>();
  let handlers = 0;
  const guard = (callback: Handler): Handler => {
    const n = handlers++;
    return async (context) => {
      const key = `${context.id}#${n}`;
      if (seen.has(key)) {
        context.log.info({ delivery: context.id, event: context.name }, "replayed delivery ignored");
        return;
      }
      seen.set(key, true);
      if (seen.size > capacity) seen.delete(seen.keys().next().value as string);
      try {
        return await callback(context);
      } catch (error) {
        seen.delete(key);
        throw error;
      }
    };
  };
  const on = (event: unknown, callback: Handler) =>
    (app.on as (e: unknown, c: Handler) => void)(event, guard(callback));
  return new Proxy(app, {
    get(target, prop) {
      if (prop === "on") return on;
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

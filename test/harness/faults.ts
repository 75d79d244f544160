import { HttpError } from "./http.js";

/** Per-route fault injection. */

export interface FaultRequest {
  method: string;
  route: string;
  path: string;
  body: unknown;
}

export interface FaultSpec {
  /** Route template as logged, e.g. "GET /repos/{owner}/{repo}/git/trees/{tree_sha}", or "*" for every route. */
  route: string;
  /** Error status to answer with (e.g. 502, 404, 500). Omit for latency only. */
  status?: number;
  /** "secondary-rate-limit": 403 with `retry-after`; "primary-rate-limit": 403 with `x-ratelimit-remaining: 0`. */
  kind?: "secondary-rate-limit" | "primary-rate-limit";
  /** Seconds, for rate limits (default 1). */
  retryAfter?: number;
  /** Delay before answering (alone: slows the real answer; with status: delays the error). */
  latencyMs?: number;
  /** How many matching requests it hits (default: every one until removed). */
  times?: number;
  /** Let this many matching requests through first. */
  skip?: number;
  message?: string;
  /**
   * Answer the error only after the request was handled (the write happened): a lost answer, as
   * when GitHub times out or a proxy fails after the change was made. Default false.
   */
  afterHandling?: boolean;
  /** Extra condition on the request. */
  match?: (request: FaultRequest) => boolean;
}

export interface Fault extends FaultSpec {
  /** Requests this fault has hit so far. */
  hits: number;
  remove(): void;
}

export const SECONDARY_RATE_LIMIT_MESSAGE =
  "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. " +
  "If you reach out to GitHub Support for help, please include the request ID.";

export class Faults {
  private readonly active: Fault[] = [];
  /** Recursive and plain tree listings longer than this are cut and marked `truncated: true`. */
  truncateTreesAt: number | null = null;

  add(spec: FaultSpec): Fault {
    const fault: Fault = {
      ...spec,
      hits: 0,
      remove: () => {
        const i = this.active.indexOf(fault);
        if (i >= 0) this.active.splice(i, 1);
      },
    };
    this.active.push(fault);
    return fault;
  }

  clear(): void {
    this.active.length = 0;
    this.truncateTreesAt = null;
  }

  get list(): readonly Fault[] {
    return this.active;
  }

  /** Applies the first matching fault: waits for its latency, then throws its error (if any). */
  async apply(request: FaultRequest, phase: "before" | "after" = "before"): Promise<void> {
    for (const fault of this.active) {
      if ((fault.afterHandling ? "after" : "before") !== phase) continue;
      const routeOk = fault.route === "*" || fault.route === request.route;
      if (!routeOk || (fault.match && !fault.match(request))) continue;
      if (fault.skip && fault.skip > 0) {
        fault.skip--;
        continue;
      }
      if (fault.times !== undefined && fault.hits >= fault.times) continue;
      fault.hits++;
      if (fault.latencyMs) await new Promise((r) => setTimeout(r, fault.latencyMs));
      const error = toError(fault);
      if (error) throw error;
      return;
    }
  }
}

function toError(fault: FaultSpec): HttpError | null {
  const retryAfter = fault.retryAfter ?? 1;
  if (fault.kind === "secondary-rate-limit") {
    return new HttpError(fault.status ?? 403, fault.message ?? SECONDARY_RATE_LIMIT_MESSAGE, {
      headers: { "retry-after": String(retryAfter) },
      documentationUrl:
        "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
    });
  }
  if (fault.kind === "primary-rate-limit") {
    return new HttpError(fault.status ?? 403, fault.message ?? "API rate limit exceeded for installation.", {
      headers: {
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + retryAfter),
      },
      documentationUrl:
        "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits",
    });
  }
  if (fault.status) {
    const message =
      fault.message ??
      (fault.status === 404 ? "Not Found" : fault.status >= 500 ? "Server Error" : "Injected fault");
    return new HttpError(fault.status, message);
  }
  return null;
}

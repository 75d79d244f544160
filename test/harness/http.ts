import type { IncomingHttpHeaders } from "node:http";

export const DOCS = "https://docs.github.com/rest";

/** An error answered as GitHub does: `{ message, documentation_url, status }` plus optional `errors`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: { errors?: unknown[]; headers?: Record<string, string>; documentationUrl?: string } = {},
  ) {
    super(message);
  }
}

export const notFound = (): HttpError => new HttpError(404, "Not Found");

export function validationFailed(message: string, field?: string, resource?: string): HttpError {
  return new HttpError(422, message, {
    errors: field ? [{ resource: resource ?? "Resource", field, code: "invalid", message }] : [message],
  });
}

export interface Reply {
  status?: number;
  body?: unknown;
  /** Raw body (e.g. `application/vnd.github.raw` contents); sent instead of JSON. */
  raw?: Buffer | string;
  headers?: Record<string, string>;
}

export interface RequestInfo {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
}

export function isoNow(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** GitHub wraps base64 content at 60 characters per line. */
export function base64Lines(data: Buffer): string {
  const b64 = data.toString("base64");
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 60) lines.push(b64.slice(i, i + 60));
  return lines.length ? `${lines.join("\n")}\n` : "";
}

export interface PageOptions {
  defaultPerPage?: number;
  maxPerPage?: number;
}

/** Slices `items` by `per_page`/`page` and builds GitHub's `Link` header. */
export function paginate<T>(
  url: URL,
  items: readonly T[],
  options: PageOptions = {},
): { items: T[]; headers: Record<string, string> } {
  const max = options.maxPerPage ?? 100;
  const perPageRaw = Number(url.searchParams.get("per_page") ?? options.defaultPerPage ?? 30);
  const perPage = Math.min(max, Math.max(1, Number.isFinite(perPageRaw) ? Math.floor(perPageRaw) : 30));
  const pageRaw = Number(url.searchParams.get("page") ?? 1);
  const page = Math.max(1, Number.isFinite(pageRaw) ? Math.floor(pageRaw) : 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (p: number, rel: string): string => {
    const u = new URL(url.href);
    u.searchParams.set("per_page", String(perPage));
    u.searchParams.set("page", String(p));
    return `<${u.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, "prev"));
  if (page < last) links.push(link(page + 1, "next"));
  if (page < last) links.push(link(last, "last"));
  if (page > 1) links.push(link(1, "first"));
  return { items: slice, headers: links.length ? { link: links.join(", ") } : {} };
}

export function requireString(body: Record<string, unknown>, field: string, resource = "Resource"): string {
  const value = body[field];
  if (typeof value !== "string" || value === "") {
    throw new HttpError(422, `Invalid request.\n\n"${field}" wasn't supplied.`, {
      errors: [{ resource, field, code: "missing_field" }],
    });
  }
  return value;
}

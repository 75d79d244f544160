// The head commit's file list from ONE recursive tree request. When GitHub truncates it (very large
// repositories), the partial listing is kept and `complete()` adds the folders the check needs.
import type { BlobReader } from "./blob-reader.js";
import type { AppOctokit, RepoCoords } from "./octokit.js";

export interface TreeListing {
  /** Tracked file paths (blobs; submodules excluded). */
  paths: string[];
  /** Blob SHA per path, for the REST read fallback. */
  shas: Map<string, string>;
  truncated: boolean;
  /** Folders listed one by one after truncation. */
  walked: string[];
}

export async function loadTree(octokit: AppOctokit, repo: RepoCoords, commit: string): Promise<TreeListing> {
  // A 100,000-entry listing is megabytes of JSON: parse it with the native JSON.parse rather than
  // Octokit's BigInt-aware parser, which is an order of magnitude slower on such bodies.
  const response = await octokit.rest.git.getTree({
    ...repo,
    tree_sha: commit,
    recursive: "1",
    request: UNPARSED,
  });
  const data = (await parseBody(response.data)) as {
    tree: { path?: string; type?: string; sha?: string }[];
    truncated?: boolean;
  };
  const shas = new Map<string, string>();
  // Submodules ("commit" entries) are listed too, without a blob to read: a mention of a file
  // inside one is another repository's (see PathIndex.resolve).
  const submodules: string[] = [];
  for (const entry of data.tree) {
    if (entry.type === "blob" && entry.path && entry.sha) shas.set(entry.path, entry.sha);
    else if (entry.type === "commit" && entry.path) submodules.push(entry.path);
  }
  return { paths: [...shas.keys(), ...submodules], shas, truncated: data.truncated === true, walked: [] };
}

/**
 * Octokit options for a body left unparsed. With `parseSuccessResponseBody: false` Octokit keeps
 * only `response.body`, a stream that undici cancels once its Response object is garbage-collected:
 * under load a collection between the answer and `parseBody` failed the check with "Response body
 * object should not be disturbed or locked". `bufferedFetch` reads the body before handing it on.
 */
export const UNPARSED = { parseSuccessResponseBody: false, fetch: bufferedFetch } as const;

const NULL_BODY = new Set([101, 204, 205, 304]);

/** fetch, with the body read in full before the Response is returned (see UNPARSED). */
export async function bufferedFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  const body = await response.arrayBuffer();
  return new Response(NULL_BODY.has(response.status) ? null : body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/** A response body left unparsed (a web stream), parsed as JSON; an already parsed body as is. */
export async function parseBody(body: unknown): Promise<unknown> {
  if (body && typeof body === "object" && "getReader" in body) {
    return JSON.parse(await new Response(body as ReadableStream).text());
  }
  return typeof body === "string" ? JSON.parse(body) : body;
}

/**
 * After truncation: lists `folders` (and adds their files) in batched GraphQL requests, so
 * the documents under check and the folders their references point into are known exactly.
 */
export async function completeTree(
  listing: TreeListing,
  reader: BlobReader,
  folders: Iterable<string>,
): Promise<void> {
  const known = new Set(listing.walked);
  const wanted = [...new Set(folders)].filter((f) => !known.has(f));
  if (wanted.length === 0) return;
  const listed = await reader.listFolders(wanted);
  const have = new Set(listing.paths);
  for (const [folder, entries] of listed) {
    listing.walked.push(folder);
    for (const entry of entries) {
      if (entry.type !== "blob") continue;
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (!have.has(path)) {
        have.add(path);
        listing.paths.push(path);
      }
    }
  }
}

/** The folder of a repo-relative path ("" for the root). */
export function folderOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i === -1 ? "" : path.slice(0, i);
}

/** Every ancestor folder of a path, nearest first, root ("") last. */
export function ancestors(path: string): string[] {
  const out: string[] = [];
  let folder = folderOf(path);
  while (folder) {
    out.push(folder);
    folder = folderOf(folder);
  }
  out.push("");
  return out;
}

// Reads file texts at one commit in as few requests as possible: every read asked for in the same
// tick is batched into ONE GraphQL query (`object(expression: "<sha>:<path>")` per file, aliased),
// up to BATCH files a query. A file GraphQL cannot give (truncated text) or a failed GraphQL call
// falls back to REST (`git/blobs/{sha}` when the tree gave the blob SHA, else `contents/{path}`).
import type { AppOctokit, RepoCoords } from "./octokit.js";
import { parseBody, UNPARSED } from "./tree.js";

/** Files per GraphQL query. */
export const BATCH = 250;

export interface BlobReaderOptions {
  octokit: AppOctokit;
  repo: RepoCoords;
  commit: string;
  /** Blob SHAs from the tree listing, for the REST fallback. */
  blobSha?: (path: string) => string | undefined;
  /** Called once when GraphQL fails and reads fall back to REST. */
  onFallback?: (reason: string) => void;
}

interface BlobNode {
  text?: string | null;
  isBinary?: boolean | null;
  isTruncated?: boolean;
}

interface TreeNode {
  entries?: { name: string; type: string }[] | null;
}

export class BlobReader {
  private readonly cache = new Map<string, Promise<string | null>>();
  private queue = new Map<string, { resolve: (v: string | null) => void; reject: (e: unknown) => void }>();
  private scheduled = false;
  private graphqlBroken = false;

  constructor(private readonly options: BlobReaderOptions) {}

  /** Text of the file, or null when it is missing or binary. Batched with every other read this tick. */
  read(path: string): Promise<string | null> {
    let cached = this.cache.get(path);
    if (!cached) {
      cached = new Promise<string | null>((resolve, reject) => {
        this.queue.set(path, { resolve, reject });
      });
      this.cache.set(path, cached);
      this.schedule();
    }
    return cached;
  }

  /** Reads all of `paths` now (in batches) so later `read`s are answered from memory. */
  async prefetch(paths: readonly string[]): Promise<void> {
    await Promise.all(paths.map((p) => this.read(p).catch(() => null)));
  }

  /** Entries (name, type) of each folder at the commit, batched like reads. Missing folders are omitted. */
  async listFolders(folders: readonly string[]): Promise<Map<string, { name: string; type: string }[]>> {
    const out = new Map<string, { name: string; type: string }[]>();
    for (let i = 0; i < folders.length; i += BATCH) {
      const chunk = folders.slice(i, i + BATCH);
      const selection = "... on Tree { entries { name type } }";
      const nodes = await this.query<TreeNode>(chunk, selection);
      chunk.forEach((folder, j) => {
        const entries = nodes[j]?.entries;
        if (entries) out.set(folder, entries);
      });
    }
    return out;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const batch = this.queue;
      this.queue = new Map();
      void this.flush(batch);
    });
  }

  private async flush(
    batch: Map<string, { resolve: (v: string | null) => void; reject: (e: unknown) => void }>,
  ): Promise<void> {
    const paths = [...batch.keys()];
    for (let i = 0; i < paths.length; i += BATCH) {
      const chunk = paths.slice(i, i + BATCH);
      try {
        const texts = await this.readChunk(chunk);
        chunk.forEach((p, j) => {
          batch.get(p)!.resolve(texts[j] ?? null);
        });
      } catch (error) {
        for (const p of chunk) {
          this.cache.delete(p);
          batch.get(p)!.reject(error);
        }
      }
    }
  }

  private async readChunk(paths: string[]): Promise<(string | null)[]> {
    if (!this.graphqlBroken) {
      try {
        const nodes = await this.query<BlobNode>(paths, "... on Blob { text isBinary isTruncated }");
        return await Promise.all(
          nodes.map((node, j) => {
            if (!node) return null;
            if (node.isBinary) return null;
            if (node.isTruncated || typeof node.text !== "string") return this.restRead(paths[j]!);
            return node.text;
          }),
        );
      } catch (error) {
        if (!isGraphqlUnavailable(error)) throw error;
        this.graphqlBroken = true;
        this.options.onFallback?.(`GraphQL was not available (${String(error)}); files were read one by one`);
      }
    }
    return Promise.all(paths.map((p) => this.restRead(p)));
  }

  private async query<T>(expressions: readonly string[], selection: string): Promise<(T | null)[]> {
    const { octokit, repo, commit } = this.options;
    const vars: Record<string, string> = { owner: repo.owner, name: repo.repo };
    const decls: string[] = ["$owner: String!", "$name: String!"];
    const fields: string[] = [];
    expressions.forEach((path, i) => {
      vars[`e${i}`] = `${commit}:${path}`;
      decls.push(`$e${i}: String!`);
      fields.push(`f${i}: object(expression: $e${i}) { ${selection} }`);
    });
    const query = `query(${decls.join(", ")}) { repository(owner: $owner, name: $name) { ${fields.join(" ")} } }`;
    // Unparsed, then native JSON.parse: a few hundred documents are a large body (see tree.ts).
    const response = await octokit.request("POST /graphql", {
      query,
      variables: vars,
      request: UNPARSED,
    });
    const body = (await parseBody(response.data)) as {
      data?: { repository: Record<string, T | null> | null } | null;
      errors?: { message: string; type?: string }[];
    };
    if (body.errors?.length && !body.data?.repository) throw new GraphqlError(body.errors);
    const repository = body.data?.repository ?? {};
    return expressions.map((_, i) => repository[`f${i}`] ?? null);
  }

  private async restRead(path: string): Promise<string | null> {
    const { octokit, repo, commit } = this.options;
    const sha = this.options.blobSha?.(path);
    try {
      if (sha) {
        const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: sha });
        return decodeText(Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8"));
      }
      const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref: commit });
      if (Array.isArray(data) || data.type !== "file" || typeof data.content !== "string") return null;
      return decodeText(Buffer.from(data.content, "base64"));
    } catch (error) {
      if ((error as { status?: number }).status === 404) return null;
      throw error;
    }
  }
}

/** Text when the bytes look like text (no NUL in the first 8 KB, as git decides), else null. */
export function decodeText(bytes: Buffer): string | null {
  if (bytes.subarray(0, 8000).includes(0)) return null;
  return bytes.toString("utf8");
}

export class GraphqlError extends Error {
  override readonly name = "GraphqlResponseError";
  constructor(readonly errors: { message: string; type?: string }[]) {
    super(`GraphQL: ${errors.map((e) => e.message).join("; ")}`);
  }
}

/** GraphQL not served (404 on /graphql, GHES without it) or refused for an unsupported shape. */
function isGraphqlUnavailable(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  if (status === 404 || status === 400 || status === 422) return true;
  // GraphqlResponseError (errors in a 200 answer) has no status.
  return status === undefined && (error as { name?: string }).name === "GraphqlResponseError";
}

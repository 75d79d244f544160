import { permits } from "../auth.js";
import { HttpError } from "../http.js";
import type { Ctx, Route } from "../router.js";
import type { Repo } from "../state.js";

/**
 * POST /graphql — the one query shape the App uses to read many files in ONE request:
 *
 *   query($owner: String!, $name: String!, $e0: String!, ...) {
 *     repository(owner: $owner, name: $name) {
 *       f0: object(expression: $e0) { ... on Blob { text isBinary isTruncated byteSize oid } }
 *       d0: object(expression: $e1) { ... on Tree { entries { name type path oid } } }
 *     }
 *   }
 *
 * Expressions are `<rev>:<path>` read with one `git cat-file --batch`. Only fields of the inline
 * fragment matching the object's type are returned; unknown objects are null. Like GitHub, errors in
 * the query answer 200 with `errors`, and a token needs `contents: read` on the repository.
 */

const MAX_TEXT = 512 * 1024;

function gqlError(message: string) {
  return { status: 200, body: { errors: [{ message, type: "INVALID" }] } };
}

function value(token: string, variables: Record<string, unknown>): unknown {
  if (token.startsWith("$")) return variables[token.slice(1)];
  return JSON.parse(token);
}

function fieldsOf(query: string, type: "Blob" | "Tree"): Set<string> | null {
  const m = new RegExp(`\\.\\.\\.\\s*on\\s+${type}\\s*\\{([^{}]*(?:\\{[^{}]*\\}[^{}]*)*)\\}`).exec(query);
  if (!m) return null;
  return new Set(
    m[1]!
      .replace(/\{[^{}]*\}/g, " ")
      .split(/[\s,]+/)
      .filter(Boolean),
  );
}

export const graphqlRoutes: Route[] = [
  {
    method: "POST",
    template: "/graphql",
    auth: "token",
    async handler(ctx: Ctx) {
      const query = ctx.body["query"];
      const variables = (ctx.body["variables"] ?? {}) as Record<string, unknown>;
      if (typeof query !== "string")
        throw new HttpError(400, "A query attribute must be specified and must be a string.");
      const arg = String.raw`(\$\w+|"(?:[^"\\]|\\.)*")`;
      const repoMatch = new RegExp(
        String.raw`repository\s*\(\s*owner\s*:\s*${arg}\s*,\s*name\s*:\s*${arg}\s*\)`,
      ).exec(query);
      if (!repoMatch)
        return gqlError(
          "handoff-guard fake: only repository(owner:, name:) { object(expression:) } is served",
        );
      const owner = value(repoMatch[1]!, variables);
      const name = value(repoMatch[2]!, variables);
      const repo =
        typeof owner === "string" && typeof name === "string" ? ctx.state.repo(owner, name) : undefined;
      const cred = ctx.cred;
      const visible =
        repo &&
        cred.kind === "token" &&
        (cred.token.repoIds === "all" || cred.token.repoIds.has(repo.id)) &&
        permits(cred.token.permissions, "contents", "read");
      if (!repo || !visible) {
        return {
          status: 200,
          body: {
            data: { repository: null },
            errors: [
              {
                type: "NOT_FOUND",
                path: ["repository"],
                message: `Could not resolve to a Repository with the name '${String(owner)}/${String(name)}'.`,
              },
            ],
          },
        };
      }
      const objects = [
        ...query.matchAll(
          new RegExp(String.raw`(\w+)\s*:\s*object\s*\(\s*expression\s*:\s*${arg}\s*\)`, "g"),
        ),
      ];
      const expressions = objects.map((m) => value(m[2]!, variables));
      if (expressions.some((e) => typeof e !== "string" || /[\n\0]/.test(e)))
        return gqlError("expression must be a String");
      const blobFields = fieldsOf(query, "Blob");
      const treeFields = fieldsOf(query, "Tree");
      const found = await catFileBatch(repo, expressions as string[]);
      const result: Record<string, unknown> = {};
      for (const [i, m] of objects.entries()) {
        const obj = found[i];
        const alias = m[1]!;
        if (!obj) {
          result[alias] = null;
        } else if (obj.type === "blob") {
          result[alias] = blobFields ? await blobJson(obj, blobFields) : {};
        } else if (obj.type === "tree") {
          result[alias] = treeFields
            ? await treeJson(repo, obj.sha, expressions[i] as string, treeFields)
            : {};
        } else {
          result[alias] = {};
        }
      }
      return { body: { data: { repository: result } } };
    },
  },
];

interface BatchObject {
  sha: string;
  type: string;
  data: Buffer;
}

async function catFileBatch(repo: Repo, expressions: string[]): Promise<(BatchObject | null)[]> {
  if (expressions.length === 0) return [];
  const out = await repo.git.run(["cat-file", "--batch"], { input: `${expressions.join("\n")}\n` });
  return parseBatch(out, expressions.length);
}

function parseBatch(out: Buffer, count: number): (BatchObject | null)[] {
  const objects: (BatchObject | null)[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const nl = out.indexOf(10, at);
    if (nl === -1) break;
    const header = out.subarray(at, nl).toString("utf8");
    at = nl + 1;
    const m = /^([0-9a-f]{40}) (\w+) (\d+)$/.exec(header);
    if (!m) {
      objects.push(null); // "<expr> missing" or "ambiguous"
      continue;
    }
    const size = Number(m[3]);
    objects.push({ sha: m[1]!, type: m[2]!, data: out.subarray(at, at + size) });
    at += size + 1;
  }
  return objects;
}

async function blobJson(obj: BatchObject, fields: Set<string>) {
  const binary = obj.data.subarray(0, 8000).includes(0);
  const truncated = obj.data.length > MAX_TEXT;
  const json: Record<string, unknown> = {};
  if (fields.has("text")) json["text"] = binary ? null : obj.data.subarray(0, MAX_TEXT).toString("utf8");
  if (fields.has("isBinary")) json["isBinary"] = binary;
  if (fields.has("isTruncated")) json["isTruncated"] = truncated;
  if (fields.has("byteSize")) json["byteSize"] = obj.data.length;
  if (fields.has("oid")) json["oid"] = obj.sha;
  return json;
}

async function treeJson(repo: Repo, sha: string, expression: string, fields: Set<string>) {
  const folder = expression.slice(expression.indexOf(":") + 1).replace(/\/+$/, "");
  const entries = await repo.git.lsTree(sha, false);
  const json: Record<string, unknown> = {};
  if (fields.has("oid")) json["oid"] = sha;
  if (fields.has("entries")) {
    json["entries"] = entries.map((e) => ({
      name: e.path,
      type: e.type,
      path: folder ? `${folder}/${e.path}` : e.path,
      oid: e.sha,
      mode: Number.parseInt(e.mode, 8),
    }));
  }
  return json;
}

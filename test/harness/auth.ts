import { generateKeyPairSync, type KeyObject, randomBytes, verify } from "node:crypto";
import { HttpError } from "./http.js";
import type { AppInfo, Permissions, Token } from "./state.js";

/** GitHub App identity: JWT (RS256) for app routes, installation tokens for the rest. */

export interface AppCredentials {
  appId: number;
  slug: string;
  name: string;
  /** PEM, PKCS#1 ("BEGIN RSA PRIVATE KEY") like the key GitHub hands out. */
  privateKey: string;
  publicKey: KeyObject;
  webhookSecret: string;
  permissions: Permissions;
  events: string[];
}

export const DEFAULT_APP_PERMISSIONS: Permissions = {
  checks: "write",
  contents: "write",
  issues: "write",
  pull_requests: "write",
  metadata: "read",
};

export const DEFAULT_APP_EVENTS = [
  "pull_request",
  "push",
  "check_suite",
  "check_run",
  "issue_comment",
  "installation",
  "installation_repositories",
];

let cachedKeyPair: { privateKey: KeyObject; publicKey: KeyObject } | null = null;

/** RSA key generation is slow; one key pair per process serves every app unless `freshKey` is asked. */
function keyPair(fresh: boolean): { privateKey: KeyObject; publicKey: KeyObject } {
  if (fresh) return generateKeyPairSync("rsa", { modulusLength: 2048 });
  cachedKeyPair ??= generateKeyPairSync("rsa", { modulusLength: 2048 });
  return cachedKeyPair;
}

export function generateAppCredentials(
  options: {
    appId?: number;
    slug?: string;
    name?: string;
    permissions?: Permissions;
    events?: string[];
    /** Generate a new RSA key instead of the per-process one. */
    freshKey?: boolean;
  } = {},
): AppCredentials {
  const { privateKey, publicKey } = keyPair(options.freshKey ?? false);
  const slug = options.slug ?? "handoff-guard";
  return {
    appId: options.appId ?? 100_000 + Math.floor(Math.random() * 800_000),
    slug,
    name: options.name ?? slug,
    privateKey: privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
    publicKey,
    webhookSecret: randomBytes(16).toString("hex"),
    permissions: options.permissions ?? { ...DEFAULT_APP_PERMISSIONS },
    events: options.events ?? [...DEFAULT_APP_EVENTS],
  };
}

export type Credential =
  | { kind: "none" }
  | { kind: "jwt"; app: AppCredentials }
  | { kind: "token"; token: Token }
  | { kind: "invalid"; message: string };

function b64urlJson(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return value && typeof value === "object" ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Verifies a GitHub App JWT as GitHub does: RS256, known `iss`, `iat`/`exp` within 10 minutes. */
export function verifyJwt(jwt: string, apps: readonly AppCredentials[], now = Date.now()): Credential {
  const parts = jwt.split(".");
  if (parts.length !== 3) return { kind: "invalid", message: "A JSON web token could not be decoded" };
  const header = b64urlJson(parts[0]!);
  const claims = b64urlJson(parts[1]!);
  if (!header || !claims) return { kind: "invalid", message: "A JSON web token could not be decoded" };
  if (header["alg"] !== "RS256") return { kind: "invalid", message: "A JSON web token could not be decoded" };
  const app = apps.find((a) => String(a.appId) === String(claims["iss"]));
  if (!app) return { kind: "invalid", message: "Integration not found" };
  const signature = Buffer.from(parts[2]!, "base64url");
  const ok = verify("RSA-SHA256", Buffer.from(`${parts[0]}.${parts[1]}`), app.publicKey, signature);
  if (!ok) return { kind: "invalid", message: "A JSON web token could not be decoded" };
  const seconds = Math.floor(now / 1000);
  const iat = claims["iat"];
  const exp = claims["exp"];
  if (typeof iat !== "number" || !Number.isInteger(iat) || iat > seconds + 60) {
    return {
      kind: "invalid",
      message:
        "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued.",
    };
  }
  if (typeof exp !== "number" || !Number.isInteger(exp) || exp <= seconds) {
    return {
      kind: "invalid",
      message: "'Expiration time' claim ('exp') must be a numeric value representing the future time",
    };
  }
  if (exp > seconds + 600 + 60 || exp - iat > 660) {
    return { kind: "invalid", message: "'Expiration time' claim ('exp') is too far in the future" };
  }
  return { kind: "jwt", app };
}

export function parseAuthorization(
  header: string | undefined,
  apps: readonly AppCredentials[],
  tokens: ReadonlyMap<string, Token>,
  now = Date.now(),
): Credential {
  if (!header) return { kind: "none" };
  const m = /^(token|bearer)\s+(\S+)$/i.exec(header.trim());
  if (!m) return { kind: "invalid", message: "Bad credentials" };
  const value = m[2]!;
  if (value.startsWith("eyJ") && value.split(".").length === 3) return verifyJwt(value, apps, now);
  const token = tokens.get(value);
  if (!token || token.expiresAt <= now) return { kind: "invalid", message: "Bad credentials" };
  return { kind: "token", token };
}

export function newToken(prefix: "ghs" | "ghp"): string {
  return `${prefix}_${randomBytes(18).toString("base64url")}`;
}

export function appInfo(app: AppCredentials, owner: AppInfo["owner"]): AppInfo {
  return { id: app.appId, slug: app.slug, name: app.name, owner };
}

/** `true` when `granted` covers `needed` ("write" implies "read"). */
export function permits(granted: Permissions, resource: string, level: "read" | "write"): boolean {
  if (resource === "metadata") return true;
  const have = granted[resource];
  return have === "write" || (have === "read" && level === "read");
}

export function unauthorized(message = "Requires authentication"): HttpError {
  return new HttpError(401, message);
}

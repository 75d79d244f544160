import { createHmac, randomUUID } from "node:crypto";

/** Delivers a webhook the way GitHub does: JSON body, X-Hub-Signature-256 (HMAC-SHA256), event and delivery headers. */

export interface SendWebhookOptions {
  deliveryId?: string;
  /** Overrides the computed signature (e.g. "sha256=bad" to test rejection). */
  signature?: string;
  /** Also send the legacy X-Hub-Signature (sha1). */
  sha1?: boolean;
  headers?: Record<string, string>;
}

export interface WebhookResult {
  status: number;
  body: string;
  deliveryId: string;
}

export function sign(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

export async function sendWebhook(
  appUrl: string,
  event: string,
  payload: unknown,
  secret: string,
  options: SendWebhookOptions = {},
): Promise<WebhookResult> {
  const body = JSON.stringify(payload);
  const deliveryId = options.deliveryId ?? randomUUID();
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "user-agent": "GitHub-Hookshot/fake",
    "x-github-event": event,
    "x-github-delivery": deliveryId,
    "x-hub-signature-256": options.signature ?? sign(secret, body),
    ...options.headers,
  };
  if (options.sha1)
    headers["x-hub-signature"] = `sha1=${createHmac("sha1", secret).update(body).digest("hex")}`;
  const response = await fetch(appUrl, { method: "POST", headers, body });
  return { status: response.status, body: await response.text(), deliveryId };
}

import { createHmac } from "node:crypto";

/**
 * The `X-Grove-Signature` header of a generic delivery: `t={unix seconds},v1={hex HMAC-SHA256
 * of "{t}.{body}" with the webhook's secret}`. The timestamp is signed with the body, so a
 * receiver that refuses old timestamps refuses replays (docs/examples/verify-grove-signature.mjs).
 */
export function signatureHeader(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
  return `t=${t},v1=${v1}`;
}

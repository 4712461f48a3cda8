// Verifies a Grove webhook delivery (docs/notifications.md, "Webhooks and chat").
// Node 18+, no dependencies. tests/api/webhooks.test.ts runs this very file.
import { createHmac, timingSafeEqual } from "node:crypto";

const TOLERANCE_SECONDS = 5 * 60;

/**
 * @param {string} rawBody   the request body exactly as received (not re-serialised JSON)
 * @param {string | undefined} header  the X-Grove-Signature header: "t=<unix seconds>,v1=<hex>"
 * @param {string} secret    the webhook's secret, shown when it was created or rolled
 * @param {number} [nowSeconds]  the current time in unix seconds
 * @returns {boolean} true when the body is Grove's and not older than 5 minutes
 */
export function verifyGroveSignature(rawBody, header, secret, nowSeconds = Math.floor(Date.now() / 1000)) {
  const parts = Object.fromEntries(
    (header ?? "").split(",").map((part) => {
      const at = part.indexOf("=");
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()];
    }),
  );
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(parts.v1 ?? "")) return false;
  // A replayed delivery carries an old timestamp: refuse anything outside the tolerance.
  if (Math.abs(nowSeconds - t) > TOLERANCE_SECONDS) return false;
  const expected = createHmac("sha256", secret).update(`${t}.${rawBody}`).digest();
  return timingSafeEqual(expected, Buffer.from(parts.v1, "hex"));
}

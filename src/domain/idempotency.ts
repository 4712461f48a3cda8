// Safe retries (issue 13, docs/api-retries.md): what decides whether a repeated POST is the same
// request, and how long its first answer is kept. Pure; the API and the services use it.

/** A key's first answer is replayed for 24 hours; after that the key is forgotten. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * A key still marked in flight after this long belongs to a request whose process died between
 * its write and keeping the answer: a retry takes the key over instead of waiting 24 hours.
 */
export const IN_FLIGHT_TAKEOVER_MS = 5 * 60 * 1000;

/** A key is 1 to 255 visible ASCII characters (a UUID is the usual choice). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * A request body in a form that does not depend on whitespace or the order of object keys, so
 * `{"a":1,"b":2}` and `{ "b": 2, "a": 1 }` are the same request. Text that is not JSON stays as sent.
 */
export function canonicalBody(text: string): string {
  if (text === "") return "";
  try {
    return JSON.stringify(sortKeys(JSON.parse(text)));
  } catch {
    return text;
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)]));
}

/** What a key's stored row says of a new request with that key. */
export type KeyState =
  | { kind: "replay"; status: number; headers: Record<string, string>; body: string }
  | { kind: "in_flight" }
  | { kind: "other_request" };

export function stateOfKey(
  row: {
    fingerprint: string;
    status: number | null;
    responseHeaders: Record<string, string> | null;
    responseBody: string | null;
  },
  fingerprint: string,
): KeyState {
  if (row.fingerprint !== fingerprint) return { kind: "other_request" };
  if (row.status === null) return { kind: "in_flight" };
  return { kind: "replay", status: row.status, headers: row.responseHeaders ?? {}, body: row.responseBody ?? "" };
}

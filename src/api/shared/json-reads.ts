import { createHash } from "node:crypto";
import type { Context, Next } from "hono";
import type { AppEnv } from "./env.ts";
import { versionedEtag } from "./versions.ts";

/** Headers a 304 keeps: what a cache needs, and a session cookie the request may have renewed. */
const KEPT_ON_304 = new Set(["cache-control", "etag", "vary", "date", "expires"]);

/**
 * Every JSON answer of the API is per caller (row-level security, roles), so it may be stored
 * only by the caller's own browser and must be revalidated before reuse: `private, no-cache`.
 * A GET read that succeeds carries a weak ETag of its body, and a repeat that sends it back in
 * If-None-Match costs a 304 with no body. Its Content-Length lets the compression middleware
 * skip small answers (app.ts). Answers that set their own Cache-Control (a streamed export,
 * `no-store`) are left as they are. A versioned row's read (org-route.ts sets `rowVersion`) gets a
 * strong tag that also names the version, which an update may send back in If-Match (versions.ts).
 */
export async function revalidatedJson(c: Context<AppEnv>, next: Next): Promise<void> {
  await next();
  const type = c.res.headers.get("content-type") ?? "";
  if (!type.startsWith("application/json") || c.res.headers.has("cache-control")) return;
  c.header("cache-control", "private, no-cache");
  if (c.req.method !== "GET" || c.res.status !== 200) return;
  const body = new Uint8Array(await c.res.arrayBuffer());
  const hash = createHash("sha1").update(body).digest("base64url");
  const version = c.get("rowVersion");
  const etag = version === undefined ? `W/"${hash}"` : versionedEtag(version, hash);
  if (etagMatches(c.req.header("if-none-match"), etag)) {
    const kept = new Headers();
    for (const [name, value] of c.res.headers) if (KEPT_ON_304.has(name)) kept.append(name, value);
    for (const cookie of c.res.headers.getSetCookie()) kept.append("set-cookie", cookie);
    kept.set("etag", etag);
    c.res = undefined;
    c.res = new Response(null, { status: 304, headers: kept });
    return;
  }
  const headers = new Headers(c.res.headers);
  headers.set("etag", etag);
  headers.set("content-length", String(body.length));
  c.res = undefined;
  c.res = new Response(body, { status: 200, headers });
}

/** If-None-Match holds this tag (weak comparison, RFC 9110 13.1.2), or is `*`. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === bare);
}

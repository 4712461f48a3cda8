import { createHash } from "node:crypto";
import type { Context, Next } from "hono";
import { AppError } from "../../domain/errors.ts";
import { canonicalBody, IDEMPOTENCY_KEY_PATTERN } from "../../domain/idempotency.ts";
import {
  claimIdempotencyKey,
  type KeyOf,
  keepIdempotentAnswer,
  releaseIdempotencyKey,
} from "../../services/idempotency/idempotency-keys.ts";
import type { AppEnv } from "./env.ts";

export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
export const REPLAYED_HEADER = "Idempotency-Replayed";

/** Headers of an answer not kept for a replay: the replay's own, or another request's. */
const NOT_REPLAYED = new Set(["set-cookie", "date", "x-request-id", "content-length"]);

/**
 * Safe retries (docs/api-retries.md): a POST under an organisation that carries an
 * Idempotency-Key is run once per organisation, caller and key for 24 hours. A repeat of the same
 * request gets the first answer again (with `Idempotency-Replayed: true`) and writes nothing; the
 * key with another method, path or body is 422; a repeat while the first still runs is 409. Only
 * an answer that wrote (2xx) is kept: a refused request lets its key go, so a retry runs again.
 * `orgRoutes` puts this before the validators of every POST.
 */
export async function idempotent(c: Context<AppEnv>, next: Next): Promise<Response | undefined> {
  const key = c.req.header(IDEMPOTENCY_KEY_HEADER);
  if (key === undefined) {
    await next();
    return;
  }
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw new AppError("validation_failed", `The ${IDEMPOTENCY_KEY_HEADER} header is not a valid key`, [
      { field: IDEMPOTENCY_KEY_HEADER, rule: "format", message: "send 1 to 255 visible ASCII characters, e.g. a UUID" },
    ]);
  }
  const auth = c.get("auth");
  const scope = c.get("scopeInPath")?.scope;
  // Nobody signed in, or not a member: the route answers 401 or 404 and writes nothing.
  if (!auth || !scope) {
    await next();
    return;
  }
  const services = c.get("services");
  const of: KeyOf = { orgId: scope.orgId, caller: callerOf(c, auth), key };
  const state = await claimIdempotencyKey(services, of, await fingerprintOf(c));
  if (state.kind === "replay") {
    return new Response(state.body || null, {
      status: state.status,
      headers: { ...state.headers, [REPLAYED_HEADER]: "true" },
    });
  }
  if (state.kind === "other_request") {
    throw new AppError("idempotency_key_reused", `This ${IDEMPOTENCY_KEY_HEADER} was used for another request`, [
      {
        field: IDEMPOTENCY_KEY_HEADER,
        rule: "same_request",
        message: "a key stands for one request (method, path and body) for 24 hours: send a new key for a new request",
      },
    ]);
  }
  if (state.kind === "in_flight") {
    throw new AppError(
      "idempotency_key_in_flight",
      `The first request with this ${IDEMPOTENCY_KEY_HEADER} is still running`,
      [
        {
          field: IDEMPOTENCY_KEY_HEADER,
          rule: "in_flight",
          message: "wait for its answer, then retry with the same key",
        },
      ],
    );
  }
  try {
    await next();
  } catch (error) {
    await releaseIdempotencyKey(services, of);
    throw error;
  }
  const res = c.res;
  if (res.status < 200 || res.status > 299) {
    await releaseIdempotencyKey(services, of);
    return;
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of res.headers) if (!NOT_REPLAYED.has(name)) headers[name] = value;
  await keepIdempotentAnswer(services, of, { status: res.status, headers, body: await res.clone().text() });
}

/** Who the key belongs to: the signed-in user, or the one API token (by a hash, never the secret). */
function callerOf(c: Context<AppEnv>, auth: NonNullable<AppEnv["Variables"]["auth"]>): string {
  if (auth.kind === "session") return `user:${auth.userId}`;
  const bearer = c.req.header("authorization") ?? "";
  return `token:${createHash("sha256").update(`idempotency:${bearer}`).digest("hex")}`;
}

async function fingerprintOf(c: Context<AppEnv>): Promise<string> {
  const url = new URL(c.req.url);
  return requestFingerprint(c.req.method, `${url.pathname}${url.search}`, await c.req.text());
}

/** What makes two requests the same: SHA-256 of the method, the path with its query, and the canonical body. */
export function requestFingerprint(method: string, pathAndQuery: string, body: string): string {
  return createHash("sha256")
    .update(`${method} ${pathAndQuery}\n${canonicalBody(body)}`)
    .digest("hex");
}

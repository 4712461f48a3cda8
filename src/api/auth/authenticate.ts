import type { Context, Next } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { AppError } from "../../domain/errors.ts";
import { resolveApiToken } from "../../services/accounts/api-tokens.ts";
import { hashSecret } from "../../services/accounts/secrets.ts";
import { type NewSession, resolveSession, SESSION_DAYS } from "../../services/accounts/sessions.ts";
import type { AppEnv, Auth } from "../shared/env.ts";

export const SESSION_COOKIE = "grove_session";
export const CSRF_COOKIE = "grove_csrf";
export const CSRF_HEADER = "x-csrf-token";

/**
 * Works out who is calling: a session cookie (the web app) or a bearer API token (scripts).
 * Cookie-authenticated writes must echo the CSRF cookie in a header (double submit checked
 * against the session's stored hash), which a cross-site form or script cannot do.
 */
export async function authenticate(c: Context<AppEnv>, next: Next): Promise<void> {
  c.set("auth", await readAuth(c));
  await next();
}

async function readAuth(c: Context<AppEnv>): Promise<Auth> {
  const services = c.get("services");
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
  if (bearer) {
    const token = await resolveApiToken(services, bearer);
    if (!token) throw new AppError("unauthenticated", "The API token is not valid or has been revoked");
    return { kind: "token", ...token };
  }
  const sessionId = getCookie(c, SESSION_COOKIE);
  if (!sessionId) return null;
  const session = await resolveSession(services, sessionId);
  if (!session) {
    clearSessionCookies(c);
    return null;
  }
  if (!["GET", "HEAD", "OPTIONS"].includes(c.req.method)) {
    const sent = c.req.header(CSRF_HEADER) ?? "";
    if (hashSecret(sent) !== session.csrfHash) {
      throw new AppError("forbidden", "This request is missing its CSRF token: reload the page and try again", [
        {
          field: CSRF_HEADER,
          rule: "csrf",
          message: `send the ${CSRF_COOKIE} cookie's value in the ${CSRF_HEADER} header`,
        },
      ]);
    }
  }
  return { kind: "session", userId: session.userId, sessionId };
}

export function requireUser(c: Context<AppEnv>): string {
  const auth = c.get("auth");
  if (auth?.kind !== "session") throw new AppError("unauthenticated", "Sign in first");
  return auth.userId;
}

export function setSessionCookies(c: Context<AppEnv>, session: NewSession): void {
  const secure = new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";
  const maxAge = SESSION_DAYS * 86_400;
  setCookie(c, SESSION_COOKIE, session.sessionId, { httpOnly: true, sameSite: "Lax", secure, path: "/", maxAge });
  // Readable by the web app on purpose: it echoes it in the CSRF header.
  setCookie(c, CSRF_COOKIE, session.csrfToken, { httpOnly: false, sameSite: "Lax", secure, path: "/", maxAge });
}

export function clearSessionCookies(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
  deleteCookie(c, CSRF_COOKIE, { path: "/" });
}

import type { Context, Next } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { MemberRow } from "../../db/repositories/request-identity.ts";
import { AppError } from "../../domain/errors.ts";
import type { TokenScope } from "../../domain/policies.ts";
import { actorOf } from "../../services/accounts/actor.ts";
import { resolveApiToken } from "../../services/accounts/api-tokens.ts";
import { hashSecret } from "../../services/accounts/secrets.ts";
import { type NewSession, resolveSession, SESSION_DAYS } from "../../services/accounts/sessions.ts";
import type { Scope } from "../../services/write.ts";
import type { AppEnv, Auth } from "../shared/env.ts";
import { isHttps } from "./client-address.ts";

export const SESSION_COOKIE = "grove_session";
export const CSRF_COOKIE = "grove_csrf";
export const CSRF_HEADER = "x-csrf-token";

/**
 * Works out who is calling: a session cookie (the web app) or a bearer API token (scripts).
 * Cookie-authenticated writes must echo the CSRF cookie in a header (double submit checked
 * against the session's stored hash), which a cross-site form or script cannot do.
 */
export async function authenticate(c: Context<AppEnv>, next: Next): Promise<void> {
  // The organisation's routes all start with /orgs/{org}: looking the caller up in it together
  // with the credential saves the separate organisation and actor queries (issue 6).
  const slug = /^\/api\/v1\/orgs\/([^/]+)/.exec(c.req.path)?.[1] ?? null;
  const caller = await identify(c, slug);
  c.set("auth", caller.auth);
  if (slug) c.set("scopeInPath", { slug, scope: caller.scope });
  await next();
}

/**
 * The caller, and their scope in the organisation `slug` names: null when there is no such
 * organisation, they are not a member of it, or their token belongs to another one.
 */
export async function identify(c: Context<AppEnv>, slug: string | null): Promise<{ auth: Auth; scope: Scope | null }> {
  const services = c.get("services");
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
  if (bearer) {
    const token = await resolveApiToken(services, bearer, slug);
    if (!token) throw new AppError("unauthenticated", "The API token is not valid or has been revoked");
    const { id: tokenId, orgId, personId, scope } = token;
    return { auth: { kind: "token", tokenId, orgId, personId, scope }, scope: scopeOfMember(token.member, scope) };
  }
  const sessionId = getCookie(c, SESSION_COOKIE);
  if (!sessionId) return { auth: null, scope: null };
  const session = await resolveSession(services, sessionId, slug);
  if (!session) {
    clearSessionCookies(c);
    return { auth: null, scope: null };
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
  const { userId, ssoOrgId } = session;
  return { auth: { kind: "session", userId, sessionId, ssoOrgId }, scope: scopeOfMember(session.member, null) };
}

function scopeOfMember(member: MemberRow | null, tokenScope: TokenScope | null): Scope | null {
  return member ? { orgId: member.orgId, actor: actorOf(member, tokenScope) } : null;
}

export function requireUser(c: Context<AppEnv>): string {
  return requireSession(c).userId;
}

/** Who is signed in; ssoOrgId: a session made by that organisation's single sign-on, which reaches only it. */
export interface SignedIn {
  userId: string;
  sessionId: string;
  ssoOrgId: string | null;
}

/**
 * The web session making the request, or 401: an API token is a script bounded to one
 * organisation, not a person at a keyboard who knows the password.
 */
export function requireSession(c: Context<AppEnv>): SignedIn {
  const auth = c.get("auth");
  if (auth?.kind !== "session") throw new AppError("unauthenticated", "Sign in first");
  return { userId: auth.userId, sessionId: auth.sessionId, ssoOrgId: auth.ssoOrgId };
}

export function setSessionCookies(c: Context<AppEnv>, session: NewSession): void {
  const secure = isHttps(c, c.get("trustProxy"));
  const maxAge = SESSION_DAYS * 86_400;
  setCookie(c, SESSION_COOKIE, session.sessionId, { httpOnly: true, sameSite: "Lax", secure, path: "/", maxAge });
  // Readable by the web app on purpose: it echoes it in the CSRF header.
  setCookie(c, CSRF_COOKIE, session.csrfToken, { httpOnly: false, sameSite: "Lax", secure, path: "/", maxAge });
}

export function clearSessionCookies(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
  deleteCookie(c, CSRF_COOKIE, { path: "/" });
}

import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AppError, notFound } from "../../domain/errors.ts";
import type { TokenScope } from "../../domain/policies.ts";
import type { Logger } from "../../logger.ts";
import type { ServiceContext } from "../../services/context.ts";
import type { Scope } from "../../services/write.ts";

export type Auth =
  /** ssoOrgId: a session made by that organisation's single sign-on, which reaches only it. */
  | { kind: "session"; userId: string; sessionId: string; ssoOrgId: string | null }
  | { kind: "token"; tokenId: string; orgId: string; personId: string; scope: TokenScope }
  | null;

export interface AppEnv {
  Variables: {
    services: ServiceContext;
    logger: Logger;
    requestId: string;
    auth: Auth;
    /** The organisation the path names and the caller's scope in it (null: not a member). */
    scopeInPath: { slug: string; scope: Scope | null } | undefined;
    /** A versioned row's read sets it: its ETag then carries the version (shared/versions.ts). */
    rowVersion: number | undefined;
    /** How many proxies of the operator's stand in front (TRUST_PROXY): their X-Forwarded-* headers count. */
    trustProxy: number;
  };
}

export type Api = OpenAPIHono<AppEnv>;

/**
 * The organisation named in the path and who is acting in it. Someone who is not a member
 * gets the same 404 as for an organisation that does not exist: membership is not disclosed.
 */
export async function scopeOf(c: Context<AppEnv>, slug: string): Promise<Scope> {
  const auth = c.get("auth");
  if (!auth) throw new AppError("unauthenticated", "Sign in first");
  const inPath = c.get("scopeInPath");
  // `authenticate` resolved the path's organisation with the credential. Every route names the
  // organisation of its path; one that named another would be a bug, not a caller's mistake.
  if (inPath?.slug !== slug) throw new Error(`scopeOf(${slug}): the path names ${inPath?.slug ?? "no organisation"}`);
  const scope = inPath.scope;
  if (!scope) throw notFound("Organisation");
  return scope;
}

import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AppError, notFound } from "../../domain/errors.ts";
import type { TokenScope } from "../../domain/policies.ts";
import type { Logger } from "../../logger.ts";
import { actorForPerson, actorForUser } from "../../services/accounts/actor.ts";
import type { ServiceContext } from "../../services/context.ts";
import { resolveOrganisation } from "../../services/organisations.ts";
import type { Scope } from "../../services/write.ts";

export type Auth =
  | { kind: "session"; userId: string; sessionId: string }
  | { kind: "token"; orgId: string; personId: string; scope: TokenScope }
  | null;

export interface AppEnv {
  Variables: {
    services: ServiceContext;
    logger: Logger;
    requestId: string;
    auth: Auth;
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
  const services = c.get("services");
  const org = await resolveOrganisation(services, slug);
  const actor =
    auth.kind === "token"
      ? auth.orgId === org.id
        ? await actorForPerson(services, org.id, auth.personId, auth.scope)
        : null
      : await actorForUser(services, org.id, auth.userId);
  if (!actor) throw notFound("Organisation");
  return { orgId: org.id, actor };
}

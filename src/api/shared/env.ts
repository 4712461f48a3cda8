import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Logger } from "../../logger.ts";
import type { ServiceContext } from "../../services/context.ts";
import { resolveOrganisation } from "../../services/organisations.ts";
import type { WriteScope } from "../../services/write.ts";

export interface AppEnv {
  Variables: {
    services: ServiceContext;
    logger: Logger;
    requestId: string;
  };
}

export type Api = OpenAPIHono<AppEnv>;

/** The organisation named in the path, as the write scope of the request. */
export async function scopeOf(c: Context<AppEnv>, slug: string): Promise<WriteScope> {
  const org = await resolveOrganisation(c.get("services"), slug);
  return { orgId: org.id, actorId: null };
}

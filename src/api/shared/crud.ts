import { createRoute, z } from "@hono/zod-openapi";
import type { ServiceContext } from "../../services/context.ts";
import type { Scope } from "../../services/write.ts";
import { type Api, scopeOf } from "./env.ts";
import { noContent, reply } from "./reply.ts";
import { errorResponses, jsonBody, jsonResponse, OrgIdParams, OrgParams } from "./schemas.ts";

interface CrudSpec<Create extends z.ZodType, Update extends z.ZodType> {
  /** Path segment and JSON list key, e.g. "units". */
  name: string;
  tag: string;
  item: z.ZodType;
  create: Create;
  update: Update;
  service: {
    list(s: ServiceContext, scope: Scope): Promise<object[]>;
    get(s: ServiceContext, scope: Scope, id: string): Promise<object>;
    create(s: ServiceContext, scope: Scope, input: z.infer<Create>): Promise<object>;
    update(s: ServiceContext, scope: Scope, id: string, input: z.infer<Update>): Promise<object>;
    remove(s: ServiceContext, scope: Scope, id: string): Promise<void>;
  };
}

// The generic body schema hides the validated types from Hono; read them back by target.
// biome-ignore lint/suspicious/noExplicitAny: the route's own validator already checked them
const valid = (c: any, target: "param" | "json") => c.req.valid(target);

/** The five plain routes of an organisation's resource: list, create, read, update, delete. */
export function registerCrudRoutes<C extends z.ZodType, U extends z.ZodType>(api: Api, spec: CrudSpec<C, U>): void {
  const tags = [spec.tag];
  const base = `/orgs/{org}/${spec.name}`;
  api.openapi(
    createRoute({
      method: "get",
      path: base,
      tags,
      request: { params: OrgParams },
      responses: { 200: jsonResponse(z.object({ [spec.name]: z.array(spec.item) }), "List"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, valid(c, "param").org);
      return reply(c, { [spec.name]: await spec.service.list(c.get("services"), scope) });
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: base,
      tags,
      request: { params: OrgParams, body: jsonBody(spec.create) },
      responses: { 201: jsonResponse(spec.item, "Created"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, valid(c, "param").org);
      return reply(c, await spec.service.create(c.get("services"), scope, valid(c, "json") as z.infer<C>), 201);
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: `${base}/{id}`,
      tags,
      request: { params: OrgIdParams },
      responses: { 200: jsonResponse(spec.item, "Found"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = valid(c, "param");
      const scope = await scopeOf(c, org);
      return reply(c, await spec.service.get(c.get("services"), scope, id));
    },
  );
  api.openapi(
    createRoute({
      method: "patch",
      path: `${base}/{id}`,
      tags,
      request: { params: OrgIdParams, body: jsonBody(spec.update) },
      responses: { 200: jsonResponse(spec.item, "Updated"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = valid(c, "param");
      const scope = await scopeOf(c, org);
      return reply(c, await spec.service.update(c.get("services"), scope, id, valid(c, "json") as z.infer<U>));
    },
  );
  api.openapi(
    createRoute({
      method: "delete",
      path: `${base}/{id}`,
      tags,
      request: { params: OrgIdParams },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      const { org, id } = valid(c, "param");
      const scope = await scopeOf(c, org);
      await spec.service.remove(c.get("services"), scope, id);
      return noContent(c);
    },
  );
}

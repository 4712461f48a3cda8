import { z } from "@hono/zod-openapi";
import type { ServiceContext } from "../../services/context.ts";
import type { Scope } from "../../services/write.ts";
import type { Api } from "./env.ts";
import { orgRoutes } from "./org-route.ts";

interface CrudSpec<Create extends z.ZodType, Update extends z.ZodType> {
  /** Path segment and JSON list key, e.g. "units". */
  name: string;
  /** One row in words, e.g. "unit": names the operations (listUnits, createUnit, ...) and their summaries. */
  one: string;
  tag: string;
  /**
   * What each operation does beyond its summary, in the method's words (rule IDs,
   * docs/method.md); every operation of the document has one (tests/docs/api-descriptions.test.ts).
   */
  descriptions: { list?: string; get?: string; create: string; update: string; remove: string };
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

/** The five plain routes of an organisation's resource: list, create, read, update, delete. */
export function registerCrudRoutes<C extends z.ZodType, U extends z.ZodType>(api: Api, spec: CrudSpec<C, U>): void {
  const { name, one, item, service, descriptions } = spec;
  const [Many, One] = [pascal(name), pascal(one)];
  const routes = orgRoutes(api, [spec.tag]);
  const base = `/orgs/{org}/${name}` as const;
  routes.get(base, {
    operationId: `list${Many}`,
    summary: `The organisation's ${name}`,
    description:
      descriptions.list ??
      `Every ${one} of the organisation, one page at a time in the list's order (docs/api.md, "Paging and sync").`,
    responds: [200, z.object({ [name]: z.array(item) }), "List"],
    run: async ({ services, scope }) => ({ [name]: await service.list(services, scope) }),
  });
  // A body's type comes from a generic schema here, which orgRoutes cannot narrow to present: cast.
  routes.post(base, {
    operationId: `create${One}`,
    summary: `Create a ${one}`,
    description: descriptions.create,
    body: spec.create,
    responds: [201, item, "Created"],
    run: ({ services, scope, json }) => service.create(services, scope, json as z.infer<C>),
  });
  routes.get(`${base}/{id}`, {
    operationId: `get${One}`,
    summary: `One ${one}`,
    description: descriptions.get ?? `The ${one} as it is now.`,
    responds: [200, item, "Found"],
    run: ({ services, scope, param }) => service.get(services, scope, param.id),
  });
  routes.patch(`${base}/{id}`, {
    operationId: `update${One}`,
    summary: `Change a ${one}`,
    description: descriptions.update,
    body: spec.update,
    responds: [200, item, "Updated"],
    run: ({ services, scope, param, json }) => service.update(services, scope, param.id, json as z.infer<U>),
  });
  routes.delete(`${base}/{id}`, {
    operationId: `delete${One}`,
    summary: `Delete a ${one}`,
    description: descriptions.remove,
    responds: [204, "Deleted"],
    run: ({ services, scope, param }) => service.remove(services, scope, param.id),
  });
}

/** "health metric" -> "HealthMetric", "units" -> "Units". */
function pascal(words: string): string {
  return words.replace(/(^|[\s-])(\w)/g, (_, _gap, letter: string) => letter.toUpperCase());
}

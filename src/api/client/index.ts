import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "./schema.gen.ts";

// Every schema by its own name (`Webhook`, `CreateWebhook`), besides `paths` and `components`.
export type * from "./schema.gen.ts";

/** The one way to call the Grove API from TypeScript: paths and bodies typed from the OpenAPI document. */
export function createGroveClient(options: { baseUrl?: string; fetch?: typeof fetch; middleware?: Middleware[] } = {}) {
  const client = createClient<paths>({ baseUrl: options.baseUrl ?? "", fetch: options.fetch });
  for (const middleware of options.middleware ?? []) client.use(middleware);
  return client;
}

export type GroveClient = ReturnType<typeof createGroveClient>;

import type { Context } from "hono";

/**
 * Sends a JSON response. Rows carry Date objects; JSON turns them into ISO strings, which is what
 * the response schemas promise. The cast hands the typed-response check to the schemas' tests.
 */
export function reply(c: Context, data: unknown, status: 200 | 201 | 202 = 200): never {
  return c.json(data as object, status) as never;
}

export function noContent(c: Context): never {
  return c.body(null, 204) as never;
}

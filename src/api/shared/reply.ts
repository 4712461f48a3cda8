import type { Context } from "hono";

/**
 * Sends a JSON response typed by what it sends: Hono turns the data's type into its JSON form
 * (a row's Date becomes the ISO string the schemas promise), and the route's declared response
 * schema then checks the handler's data at compile time. A 201 or 202 says so: `reply(c, data, 201)`.
 */
export function reply<T extends object>(c: Context, data: T): ReturnType<typeof jsonOf<T, 200>>;
export function reply<T extends object>(c: Context, data: T, status: 201): ReturnType<typeof jsonOf<T, 201>>;
export function reply<T extends object>(c: Context, data: T, status: 202): ReturnType<typeof jsonOf<T, 202>>;
export function reply<T extends object>(c: Context, data: T, status: 200 | 201 | 202 = 200) {
  return jsonOf(c, data, status);
}

function jsonOf<T extends object, S extends 200 | 201 | 202>(c: Context, data: T, status: S) {
  return c.json(data, status);
}

export function noContent(c: Context): never {
  return c.body(null, 204) as never;
}

import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { matchedRoutes } from "hono/route";
import type { RouterRoute } from "hono/types";
import type { AppEnv } from "./env.ts";

// What the registered routes say about a request, asked of the router that dispatches it and of
// the OpenAPI document it generates: no hand-kept list of paths, methods or public routes.

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"] as const;

/** An API operation (not a middleware, the catch-all 404 or the web app's pages). */
function isOperation(route: RouterRoute): boolean {
  return route.method !== "ALL" && route.path.startsWith("/api/");
}

/**
 * The methods an API path answers, for the Allow header of a 405 (RFC 9110 15.5.6); empty when
 * the path has no operation at all (a 404). HEAD comes with GET: Hono answers it from the GET.
 */
export function allowedMethods(app: OpenAPIHono<AppEnv>, path: string): string[] {
  const answers = (method: string) =>
    app.router.match(method === "HEAD" ? "GET" : method, path)[0].some(([[, route]]) => isOperation(route));
  return METHODS.filter(answers);
}

/**
 * Whether the operation a request matched may be called without signing in: its OpenAPI
 * `security` is empty (`[]`) or makes a credential optional (`[{}]`). Every other operation
 * needs a caller, and a request that matches no operation is left to the 404 or 405.
 */
export function needsCaller(app: OpenAPIHono<AppEnv>, c: Context<AppEnv>): boolean {
  const route = matchedRoutes(c).find(isOperation);
  if (!route) return false;
  return !publicOperations(app).has(`${route.method} ${route.path}`);
}

const publicOperationsOf = new WeakMap<OpenAPIHono<AppEnv>, Set<string>>();

function publicOperations(app: OpenAPIHono<AppEnv>): Set<string> {
  let found = publicOperationsOf.get(app);
  if (!found) {
    found = new Set<string>();
    for (const definition of app.openAPIRegistry.definitions) {
      if (definition.type !== "route") continue;
      const { method, path, security } = definition.route;
      if (!security || !(security.length === 0 || security.some((s) => Object.keys(s).length === 0))) continue;
      // As @hono/zod-openapi registers the path with the router: {org} becomes :org.
      found.add(`${method.toUpperCase()} ${path.replaceAll(/\/{(.+?)}/g, "/:$1")}`);
    }
    publicOperationsOf.set(app, found);
  }
  return found;
}

/** Per method and router path, the query parameters an operation declares; null: it takes any. */
const declaredQueriesOf = new WeakMap<OpenAPIHono<AppEnv>, Map<string, Set<string> | null>>();

function declaredQueries(app: OpenAPIHono<AppEnv>): Map<string, Set<string> | null> {
  let found = declaredQueriesOf.get(app);
  if (!found) {
    found = new Map();
    for (const definition of app.openAPIRegistry.definitions) {
      if (definition.type !== "route") continue;
      const { method, path, request, parameters } = definition.route;
      const query = request?.query as { shape?: Record<string, unknown>; _zod?: { def?: { catchall?: unknown } } };
      const catchall = query?._zod?.def?.catchall as { _zod?: { def?: { type?: string } } } | undefined;
      const takesAny = catchall !== undefined && catchall._zod?.def?.type !== "never";
      const names = new Set(Object.keys(query?.shape ?? {}));
      for (const parameter of parameters ?? []) {
        if ("in" in parameter && parameter.in === "query") names.add(parameter.name);
      }
      found.set(`${method.toUpperCase()} ${path.replaceAll(/\/{(.+?)}/g, "/:$1")}`, takesAny ? null : names);
    }
    declaredQueriesOf.set(app, found);
  }
  return found;
}

/**
 * The query parameters of a request that its operation does not declare (docs/api.md: an unknown
 * parameter is a 400, so a misspelt `updatedSnce` is not silently ignored). Empty when the request
 * matched no operation (the 404 or 405 answers it) or the operation takes any (the single sign-on
 * callback, whose parameters the identity provider chooses).
 */
export function unknownQueryParameters(app: OpenAPIHono<AppEnv>, c: Context<AppEnv>): string[] {
  const route = matchedRoutes(c).find(isOperation);
  if (!route) return [];
  const method = route.method === "HEAD" ? "GET" : route.method;
  const declared = declaredQueries(app).get(`${method} ${route.path}`);
  if (!declared) return [];
  const sent = new Set(new URL(c.req.url).searchParams.keys());
  return [...sent].filter((name) => !declared.has(name));
}

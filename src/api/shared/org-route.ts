import { createRoute, type RouteConfig, type z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { ServiceContext } from "../../services/context.ts";
import type { Scope } from "../../services/write.ts";
import { type Api, scopeOf } from "./env.ts";
import { noContent } from "./reply.ts";
import { errorResponses, jsonBody, jsonResponse } from "./schemas.ts";

/**
 * What a handler may answer for a response schema: the schema's output, where any string may
 * also be a Date (JSON sends a Date as the ISO string the schemas promise). So the compiler ties
 * each handler to the response it declares, as Hono does for a hand-written route.
 */
export type Answer<T> = T extends string
  ? string extends T
    ? string | Date
    : T
  : T extends readonly (infer E)[]
    ? readonly Answer<E>[]
    : T extends object
      ? { [K in keyof T]: Answer<T[K]> }
      : T;

type ErrorStatus = keyof typeof errorResponses;

/** The answer a route declares: `[200 | 201 | 202, schema, description]`, or `[204, description]`. */
type Responds = readonly [200 | 201 | 202, z.ZodType, string] | readonly [204, string];

type AnswerOf<R extends Responds> = R extends readonly [number, infer T extends z.ZodType, string]
  ? Answer<z.output<T>>
  : unknown;

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What the handler of an organisation's route gets: the caller's scope and the validated request. */
export interface OrgCall<P extends z.ZodType, Q, B> {
  services: ServiceContext;
  scope: Scope;
  param: z.output<P>;
  query: Output<Q>;
  json: Output<B>;
}

export interface OrgRouteSpec<P extends z.ZodType, Q, B, R extends Responds> {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** Starts with /orgs/{org}: the caller acts in that organisation (a non-member gets 404). */
  path: `/orgs/{org}${string}`;
  tags: string[];
  summary?: string;
  description?: string;
  middleware?: readonly MiddlewareHandler[];
  /** The request's parts as schemas; the body is JSON and required. */
  request: { params: P; query?: Q; body?: B };
  responds: R;
  /** The error responses the document lists; all of them (400, 404, 409, 422) when absent. */
  errors?: readonly ErrorStatus[];
  /** Does the work; what it returns is checked against the answer's schema. */
  run: (call: OrgCall<P, Q, B>) => Promise<AnswerOf<R>>;
}

function responsesOf(responds: Responds, errors: readonly ErrorStatus[] | undefined) {
  const listed = errors ? Object.fromEntries(errors.map((status) => [status, errorResponses[status]])) : errorResponses;
  const answer = responds[0] === 204 ? { description: responds[1] } : jsonResponse(responds[1], responds[2]);
  return { [responds[0]]: answer, ...listed };
}

/**
 * One route of an organisation's API, declared and handled in one place: its OpenAPI entry
 * (method, path, words, request schemas, the answer and the error responses) and a handler that
 * gets the caller's scope and the validated request and returns the answer's data.
 */
export function orgRoute<
  P extends z.ZodObject<{ org: z.ZodType<string> }>,
  Q extends z.ZodType | undefined,
  B extends z.ZodType | undefined,
  R extends Responds,
>(api: Api, spec: OrgRouteSpec<P, Q, B, R>): void {
  const { request, responds, errors, run, ...words } = spec;
  const route = createRoute({
    ...words,
    request: {
      params: request.params,
      ...(request.query ? { query: request.query } : {}),
      ...(request.body ? { body: jsonBody(request.body) } : {}),
    },
    responses: responsesOf(responds, errors),
  } as unknown as RouteConfig);
  api.openapi(route, async (c) => {
    // The route's own validators checked each part; the spec's types say what they hold.
    const valid = (target: "param" | "query" | "json") => (c.req.valid as (t: string) => unknown)(target);
    const param = valid("param") as z.output<P>;
    const call: OrgCall<P, Q, B> = {
      services: c.get("services"),
      scope: await scopeOf(c, param.org),
      param,
      query: (request.query ? valid("query") : undefined) as Output<Q>,
      json: (request.body ? valid("json") : undefined) as Output<B>,
    };
    const data = await run(call);
    if (responds[0] === 204) return noContent(c);
    return c.json(data as object, responds[0]) as never;
  });
}

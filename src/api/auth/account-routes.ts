import { createRoute, type RouteConfig, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ServiceContext } from "../../services/context.ts";
import { type ErrorStatus, errorsOf, securityOf } from "../shared/contract.ts";
import type { Api, AppEnv } from "../shared/env.ts";
import { type AnswerOf, isPaged, type Output, type Responds } from "../shared/org-route.ts";
import { nextLinkHeader } from "../shared/paging.ts";
import { noContent } from "../shared/reply.ts";
import { jsonBody, jsonResponse } from "../shared/schemas.ts";
import { requireSession, type SignedIn } from "./authenticate.ts";
import { answerThrottled, throttledResponses } from "./throttled.ts";

// The routes of a signed-in person's own account (their password, sessions, two-factor sign-in,
// language and organisations), outside any organisation's path: a web session only, since an API
// token is a script bounded to one organisation, not the person. orgRoutes (shared/org-route.ts)
// is their counterpart for an organisation's resources.

/** What a handler gets: the session and the validated request. */
export interface AccountCall<P, Q, B> {
  /** The request's context, for a route that sets a header or a cookie. */
  c: Context<AppEnv>;
  services: ServiceContext;
  session: SignedIn;
  param: Output<P>;
  query: Output<Q>;
  json: Output<B>;
}

interface AccountRouteSpec<P, Q, B, R extends Responds> {
  /** The operation's stable camelCase name: generated SDKs name their functions after it. */
  operationId: string;
  summary: string;
  description?: string;
  /** Another list of tags than the file's. */
  tags?: string[];
  params?: P;
  query?: Q;
  /** The JSON body, required. */
  body?: B;
  responds: R;
  /**
   * The refusals beyond those every such route can give: 400 and 401; a write 403 (the CSRF
   * header); with a body 413 and 415.
   */
  refusals?: readonly ErrorStatus[];
  /** It checks a password or a code: it counts in the sign-in throttle and answers 429 when used up. */
  throttled?: boolean;
  /** For a 201: what its Location header names. */
  location?: string;
  run: (call: AccountCall<P, Q, B>) => Promise<AnswerOf<R>>;
}

type Method = "get" | "post" | "put" | "delete";

type Declare = <
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends Responds = Responds,
>(
  path: string,
  spec: AccountRouteSpec<P, Q, B, R>,
) => void;

/** The error responses of a route of one's own account: those every one can give, then its own. */
function errorsOfAccountRoute(method: Method, hasBody: boolean, refusals: readonly ErrorStatus[]) {
  const errors: ErrorStatus[] = [400, 401];
  if (method !== "get") errors.push(403);
  if (hasBody) errors.push(413, 415);
  return errorsOf(...errors, ...refusals);
}

/**
 * The routes of one's own account under `tags`:
 * `accountRoutes(api, ["Accounts"]).post(path, { operationId, summary, body, responds, run })`
 * writes the OpenAPI entry (the words, the request's schemas, the answer, the session's security
 * and the error responses its method and body imply) and a handler that gets the session and the
 * validated request and returns the answer's data (sent as JSON, or 204).
 */
export function accountRoutes(api: Api, tags: string[]): Record<Method, Declare> {
  const declare =
    (method: Method): Declare =>
    (path, spec) =>
      register(api, method, path, { tags, ...spec });
  return { get: declare("get"), post: declare("post"), put: declare("put"), delete: declare("delete") };
}

function register<
  P extends z.ZodType | undefined,
  Q extends z.ZodType | undefined,
  B extends z.ZodType | undefined,
  R extends Responds,
>(api: Api, method: Method, path: string, spec: AccountRouteSpec<P, Q, B, R>): void {
  const { params, query, body, responds, refusals, throttled, location, run, ...words } = spec;
  const answer = responds[0] === 204 ? { description: responds[1] } : jsonResponse(responds[1], responds[2]);
  const headers = {
    ...(isPaged(query) ? nextLinkHeader : {}),
    ...(location ? { Location: { description: location, schema: { type: "string" } } } : {}),
  };
  const route = createRoute({
    method,
    path,
    ...words,
    security: securityOf("session", method),
    request: {
      ...(params ? { params } : {}),
      ...(query ? { query } : {}),
      ...(body ? { body: jsonBody(body) } : {}),
    },
    responses: {
      ...errorsOfAccountRoute(method, body !== undefined, refusals ?? []),
      [responds[0]]: Object.keys(headers).length > 0 ? { ...answer, headers } : answer,
      ...(throttled ? throttledResponses : {}),
    },
  } as unknown as RouteConfig);
  api.openapi(route, async (c) => {
    const answerIt = async () => {
      // The route's own validators checked each part; the spec's types say what they hold.
      const valid = (target: "param" | "query" | "json") => (c.req.valid as (t: string) => unknown)(target);
      const data = await run({
        c,
        services: c.get("services"),
        session: requireSession(c),
        param: (params ? valid("param") : undefined) as Output<P>,
        query: (query ? valid("query") : undefined) as Output<Q>,
        json: (body ? valid("json") : undefined) as Output<B>,
      });
      if (responds[0] === 204) return noContent(c);
      return c.json(data as object, responds[0]) as never;
    };
    return throttled ? answerThrottled(c, answerIt) : answerIt();
  });
}

import { createRoute, type RouteConfig, type z } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { baseRoutePath } from "hono/route";
import type { ServiceContext } from "../../services/context.ts";
import type { Scope } from "../../services/write.ts";
import { defaultErrors, type ErrorStatus, errorsOf, securityOf, type Tag } from "./contract.ts";
import { type Api, type AppEnv, scopeOf } from "./env.ts";
import { idempotent } from "./idempotency.ts";
import { linkNext, nextLinkHeader, pagedWhole, pageWhole, wholeListKey } from "./paging.ts";
import { noContent } from "./reply.ts";
import { retryParameters } from "./retry-parameters.ts";
import { jsonBody, jsonResponse, OrgIdParams, OrgParams } from "./schemas.ts";
import { isVersioned, withRequiredVersion } from "./versions.ts";

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

/** The answer a route declares: `[200 | 201 | 202, schema, description]`, or `[204, description]`. */
export type Responds = readonly [200 | 201 | 202, z.ZodType, string] | readonly [204, string];

export type AnswerOf<R extends Responds> = R extends readonly [number, infer T extends z.ZodType, string]
  ? Answer<z.output<T>>
  : unknown;

export type Output<S> = S extends z.ZodType ? z.output<S> : undefined;

/** An organisation's path: /orgs/{org}, then the resource; `{id}` names one row of it. */
type OrgPath = `/orgs/{org}${string}`;

/** The path's parameters when the route does not name its own: the organisation, and `{id}` if the path has it. */
type PathParams<Path extends string> = Path extends `${string}{id}${string}` ? typeof OrgIdParams : typeof OrgParams;

type ParamsSchema = z.ZodObject<{ org: z.ZodType<string> }>;

/** What the handler of an organisation's route gets: the caller's scope and the validated request. */
export interface OrgCall<P extends ParamsSchema, Q, B> {
  /** The request's context, for the few routes that read more than the parts validated here (a header). */
  c: Context<AppEnv>;
  services: ServiceContext;
  scope: Scope;
  param: z.output<P>;
  query: Output<Q>;
  json: Output<B>;
}

/** What a service given the route's request answers: the whole answer, or its `field`. */
type Served<R extends Responds, F> = F extends string
  ? AnswerOf<R> extends Record<F, infer V>
    ? V
    : never
  : AnswerOf<R>;

/** The request's input a service gets: the body, or else the query; none when the route takes neither. */
type Input<Q, B> = [B] extends [z.ZodType] ? [z.output<B>] : [Q] extends [z.ZodType] ? [z.output<Q>] : [];

/** That input, or its one field `pick`. */
type Picked<In extends unknown[], K> = K extends string ? (In extends [infer I] ? [I[K & keyof I]] : []) : In;

/**
 * A service function a route calls as it is: with the context and the caller's scope, then the
 * row's id when the path has `{id}`, then the body, or else the query, when the route takes one
 * (or, with `pick`, that one field of it).
 */
export type Service<Path extends string, Q, B, Answer, K = undefined> = (
  services: ServiceContext,
  scope: Scope,
  ...request: [...(Path extends `${string}{id}${string}` ? [id: string] : []), ...Picked<Input<Q, B>, K>]
) => Promise<Answer>;

/**
 * How a route answers: `run`, a handler given the validated request; or `serve`, the service that
 * answers it called by the one convention of `Service` (the common kinds: list, read, create,
 * update and delete of a row), its result the answer or, with `field`, the answer's one field.
 */
type Handled<Path extends string, P extends ParamsSchema, Q, B, R extends Responds, F, K> =
  | {
      /**
       * Does the work; what it returns is checked against the answer's schema. A Response is sent
       * as it is: an answer written as it is read (the whole-period tree, views/tree-document.ts).
       */
      run: (call: OrgCall<P, Q, B>) => Promise<AnswerOf<R> | Response>;
      serve?: never;
      field?: never;
      pick?: never;
    }
  | { serve: Service<Path, Q, B, Served<R, F>, K>; field?: F; pick?: K & keyof Input<Q, B>[0]; run?: never };

export type OrgRouteSpec<
  P extends ParamsSchema,
  Q,
  B,
  R extends Responds,
  Path extends string = OrgPath,
  F = undefined,
  K = undefined,
> = OrgRouteWords<P, Q, B, R> & Handled<Path, P, Q, B, R, F, K>;

interface OrgRouteWords<P extends ParamsSchema, Q, B, R extends Responds> {
  /**
   * The operation's stable camelCase name in the method's words (listObjectives, recordCheckIn):
   * generated SDKs name their functions after it, so it never changes once published.
   */
  operationId: string;
  /** One line: what the operation does. */
  summary: string;
  /** More, citing the method's rule (docs/method.md) where one applies. */
  description?: string;
  /** Another list of tags than the file's (a resource listed under its own heading). */
  tags?: string[];
  middleware?: readonly MiddlewareHandler[];
  /** The path's parameters, when they are not just {org} and {id} (which the path implies). */
  params?: P;
  query?: Q;
  /** The JSON body, required. */
  body?: B;
  responds: R;
  /**
   * For a 201: the path of the GET that reads what was created, `{id}` being the created body's
   * id, when it is not this path + `/{id}` (a key result added under its objective is read at
   * /orgs/{org}/key-results/{id}). The answer carries it as Location when that GET exists.
   */
  created?: OrgPath;
  /** The error responses the document lists, when not those its method and body imply (contract.ts). */
  errors?: readonly ErrorStatus[];
}

type Method = "get" | "post" | "put" | "patch" | "delete";

/** Declares one route of the method: its path, then what `OrgRouteSpec` says. */
type Declare = <
  Path extends OrgPath,
  Q extends z.ZodType | undefined,
  B extends z.ZodType | undefined,
  R extends Responds,
  P extends ParamsSchema = PathParams<Path>,
  F extends string | undefined = undefined,
  K extends string | undefined = undefined,
>(
  path: Path,
  spec: OrgRouteSpec<P, Q, B, R, Path, F, K>,
) => void;

function responsesOf(responds: Responds, errors: readonly ErrorStatus[], paged: boolean) {
  const listed = errorsOf(...errors);
  const answer = responds[0] === 204 ? { description: responds[1] } : jsonResponse(responds[1], responds[2]);
  return { [responds[0]]: paged ? { ...answer, headers: nextLinkHeader } : answer, ...listed };
}

/** A list: its query takes the paging parameters (shared/paging.ts). */
export function isPaged(query: unknown): boolean {
  return typeof query === "object" && query !== null && "shape" in query && "cursor" in (query as z.ZodObject).shape;
}

/**
 * The routes of an organisation's resource, each declared and handled in one place:
 * `orgRoutes(api, ["Reviews"]).post(path, { operationId, summary, body, responds, run })` writes
 * its OpenAPI entry (words, request schemas, the answer, the error responses and the security
 * its method implies) and a handler that gets the
 * caller's scope and the validated request and returns the answer's data (sent as JSON, or 204).
 */
export function orgRoutes(api: Api, tags: string[]): OrgRoutes {
  const declare =
    (method: Method): Declare =>
    (path, spec) =>
      register(api, method, path, { tags, ...spec });
  return {
    get: declare("get"),
    post: declare("post"),
    put: declare("put"),
    patch: declare("patch"),
    delete: declare("delete"),
  };
}

type OrgRoutes = Record<Method, Declare>;

/**
 * A family of an organisation's routes under its tags (contract.ts TAGS), as `app.ts` registers
 * it: `export const registerSprintRoutes = orgRouteFamily(["Sprints"], (routes) => { routes.get(...) })`;
 * `declare` gets the family's `orgRoutes` and the API (for a route declared another way).
 */
export function orgRouteFamily(tags: Tag[], declare: (routes: OrgRoutes, api: Api) => void): (api: Api) => void {
  return (api) => declare(orgRoutes(api, tags), api);
}

/** Per API, the paths of rows whose update requires the version (their reads' ETags carry it). */
const versionedPaths = new WeakMap<Api, Set<string>>();

function register<
  P extends ParamsSchema,
  Q,
  B extends z.ZodType | undefined,
  R extends Responds,
  Path extends OrgPath,
  F,
  K,
>(api: Api, method: Method, path: Path, spec: OrgRouteSpec<P, Q, B, R, Path, F, K>): void {
  const { params, body, errors, middleware, created, query: _query, responds: _responds, ...rest } = spec;
  const { run: ownRun, serve, field, pick, ...words } = rest;
  const run =
    ownRun ?? served(path, serve as unknown as AnyService, field as string | undefined, pick as string | undefined);
  // A list its service reads whole gets the paging query and nextCursor here (shared/paging.ts).
  const whole = wholeListKey(spec.operationId, method, spec.responds[1], spec.query);
  const wholePaging = whole === null ? null : pagedWhole(spec.query, spec.responds[1] as z.ZodObject);
  const query = wholePaging?.query ?? spec.query;
  const responds = (wholePaging ? [200, wholePaging.answer, spec.responds[2]] : spec.responds) as Responds;
  // Safe retries (docs/api-retries.md): every POST takes an Idempotency-Key; every update of a
  // versioned row requires its version (body or If-Match).
  const versioned = (method === "patch" || method === "put") && isVersioned(body);
  if (versioned) versionedPaths.set(api, (versionedPaths.get(api) ?? new Set()).add(path));
  const paged = method === "get" && isPaged(query);
  const responses = {
    ...responsesOf(responds, errors ?? defaultErrors(method, body !== undefined), paged),
    ...(versioned ? errorsOf(428) : {}),
  } as Record<number, Created>;
  const location =
    responds[0] === 201 ? createdLocation(api, created ?? (`${path}/{id}` as OrgPath), responses[201] ?? {}) : null;
  const route = createRoute({
    method,
    path,
    ...words,
    security: securityOf("member", method),
    middleware: method === "post" ? [idempotent, ...(middleware ?? [])] : middleware,
    ...(method === "post" ? { parameters: retryParameters(api, "idempotent") } : {}),
    ...(versioned ? { parameters: retryParameters(api, "versioned") } : {}),
    request: {
      params: params ?? (path.includes("{id}") ? OrgIdParams : OrgParams),
      ...(query ? { query } : {}),
      ...(body ? { body: jsonBody(body) } : {}),
    },
    responses,
  } as unknown as RouteConfig);
  api.openapi(route, async (c) => {
    // The route's own validators checked each part; the spec's types say what they hold.
    const valid = (target: "param" | "query" | "json") => (c.req.valid as (t: string) => unknown)(target);
    const param = valid("param") as z.output<P>;
    const scope = await scopeOf(c, param.org);
    const json = body ? valid("json") : undefined;
    const validQuery = query ? (valid("query") as Record<string, unknown>) : undefined;
    const { limit, cursor, ...ownQuery } = validQuery ?? {};
    let data: unknown = await run({
      c,
      services: c.get("services"),
      scope,
      param,
      query: (whole === null ? validQuery : spec.query ? ownQuery : undefined) as Output<Q>,
      json: (versioned ? withRequiredVersion(c, json as { version?: number }) : json) as Output<B>,
    });
    if (data instanceof Response) return data as never;
    if (responds[0] === 204) return noContent(c);
    if (whole !== null) {
      data = pageWhole(data as object, whole, { limit: limit as number, cursor: cursor as string | undefined });
    }
    // The read of a row whose update takes If-Match: its ETag carries the version (json-reads.ts).
    const version = (data as { version?: unknown }).version;
    if (method === "get" && typeof version === "number" && versionedPaths.get(api)?.has(path)) {
      c.set("rowVersion", version);
    }
    const next = paged ? (data as { nextCursor?: unknown }).nextCursor : null;
    linkNext(c, next);
    const url = location?.of(c, param, data);
    if (url) c.header("Location", url);
    return c.json(data as object, responds[0]) as never;
  });
}

type AnyService = (services: ServiceContext, scope: Scope, ...request: unknown[]) => Promise<unknown>;

/** The handler of a route that names its service: the call `Service` describes, its result the answer or its field. */
function served(path: string, serve: AnyService, field: string | undefined, pick: string | undefined) {
  return async ({ services, scope, param, query, json }: OrgCall<ParamsSchema, unknown, unknown>) => {
    const id = path.includes("{id}") ? [(param as Record<string, string>).id] : [];
    const whole = json !== undefined ? [json] : query !== undefined ? [query] : [];
    const input = pick === undefined ? whole : whole.map((part) => (part as Record<string, unknown>)[pick]);
    const answer = await serve(services, scope, ...id, ...input);
    return (field === undefined ? answer : { [field]: answer }) as never;
  };
}

/** A 201's answer as the document lists it: Location is added once it is known to be readable. */
type Created = { headers?: Record<string, unknown> };

/** Per API, the 201s declared so far: their Location is documented once every GET is registered. */
const createdAnswers = new WeakMap<Api, (() => void)[]>();

/**
 * Where a 201 tells the client to read what it created (RFC 9110 10.2.2): the path `at`, with
 * the organisation from the request and `{id}` from the created body, when the API has a GET
 * there (asked of the API's own document, so Location never points at nothing).
 */
function createdLocation(api: Api, at: OrgPath, answer: Created) {
  let readable: boolean | undefined;
  const isReadable = () => {
    readable ??= api.openAPIRegistry.definitions.some(
      (d) => d.type === "route" && d.route.method === "get" && d.route.path === at,
    );
    return readable;
  };
  const documented = createdAnswers.get(api) ?? [];
  createdAnswers.set(api, documented);
  documented.push(() => {
    if (!isReadable()) return;
    answer.headers = {
      ...answer.headers,
      Location: { description: `Where to read what was created: ${at}`, schema: { type: "string" } },
    };
  });
  return {
    of(c: Context, param: Record<string, unknown>, data: unknown): string | null {
      const id = (data as { id?: unknown } | null)?.id;
      if (typeof id !== "string" || !isReadable()) return null;
      const filled = at.replace(/{(\w+)}/g, (_, name: string) =>
        encodeURIComponent(String(name === "id" ? id : param[name])),
      );
      return `${baseRoutePath(c)}${filled}`;
    },
  };
}

/**
 * Documents the Location header of each 201 whose created resource has a GET; call it once all of
 * the API's routes are registered (a resource's GET may come after its POST).
 */
export function documentCreatedLocations(api: Api): void {
  for (const document of createdAnswers.get(api) ?? []) document();
}

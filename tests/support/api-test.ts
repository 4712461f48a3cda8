import { describe } from "vitest";
import type { ServiceContext } from "../../src/services/context.ts";
import {
  buildMember,
  buildObjective,
  buildOrg,
  buildPeriod,
  buildPerson,
  buildTeam,
  buildTeamWithMember,
  buildUnit,
  signUpOwner,
} from "./factories.ts";
import { postgresMissing, type TestApp, useTestApp } from "./test-app.ts";

// The opening every HTTP API test file shares, said once: a describe block that skips where the
// PostgreSQL project has no server, the file's own test app (its own database, see useTestApp)
// and the factories of factories.ts with that app's services already given. A file's opening
// then says only its name and its clock; what it builds stays its own (new organisations with
// fresh keys, nothing shared between files).

/** The factories of factories.ts that take the services first, given the app's services. */
function boundFactories(app: TestApp) {
  const bind =
    <A extends unknown[], R>(factory: (s: ServiceContext, ...rest: A) => R) =>
    (...rest: A) =>
      factory(app.services, ...rest);
  return {
    buildMember: bind(buildMember),
    buildObjective: bind(buildObjective),
    buildOrg: bind(buildOrg),
    buildPeriod: bind(buildPeriod),
    buildPerson: bind(buildPerson),
    buildTeam: bind(buildTeam),
    buildTeamWithMember: bind(buildTeamWithMember),
    buildUnit: bind(buildUnit),
    signUpOwner: bind(signUpOwner),
    /** A new organisation with its signed-in admin (buildOrg), and the base of its API paths. */
    org: async () => {
      const org = await buildOrg(app.services);
      return { org, base: `/api/v1/orgs/${org.slug}` };
    },
  };
}

export type ApiTest = TestApp & ReturnType<typeof boundFactories>;

export interface ApiTestOptions {
  /**
   * The services' clock (useTestApp's `now`): an instant it always reads (ISO 8601), or a clock
   * such as steppingClock's; the wall clock when not given.
   */
  now?: string | (() => Date);
  /** The timeout of each test in the block, where it is longer than the project's. */
  timeout?: number;
}

/** useTestApp with the factories bound to its services. */
export function useApiTest(now?: ApiTestOptions["now"]): ApiTest {
  const app = useTestApp(typeof now === "string" ? () => new Date(now) : now);
  // The same object useTestApp fills in before the tests run, so db, services and call are there.
  return Object.assign(app, boundFactories(app));
}

/** A block of API tests on one test app, skipped where the PostgreSQL project has no server. */
export function describeApi(name: string, body: (t: ApiTest) => void): void;
export function describeApi(name: string, options: ApiTestOptions, body: (t: ApiTest) => void): void;
export function describeApi(
  name: string,
  optionsOrBody: ApiTestOptions | ((t: ApiTest) => void),
  maybeBody?: (t: ApiTest) => void,
): void {
  const options: ApiTestOptions = typeof optionsOrBody === "function" ? {} : optionsOrBody;
  const body = typeof optionsOrBody === "function" ? optionsOrBody : maybeBody;
  const timeout = options.timeout === undefined ? {} : { timeout: options.timeout };
  describe.skipIf(postgresMissing())(name, timeout, () => body?.(useApiTest(options.now)));
}

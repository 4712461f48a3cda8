import type { TestProject } from "vitest/node";

// Vitest runs the projects' global setups one after another, and no test starts before the last
// has finished. Each of them mostly waits on another process (tsc, `grove migrate`, initdb, a
// PostgreSQL server loading the demos) or runs on this process's one thread (PGlite), so run one
// after another they left a core idle for about a minute of every CI run. This is every project's
// global setup: the first project whose setup Vitest calls starts the real setups of all the
// projects that have test files in this run at once; each project then receives what its own
// setup provided, and tears down what its own setup made, as before.

type Setup = (project: TestProject) => Promise<(() => unknown) | undefined>;

/** The real global setup of each project (vitest.config.ts names this file for all of them). */
const setups: Record<string, () => Promise<{ default: Setup }>> = {
  ops: () => import("./ops-global-setup.ts"),
  "api-pglite": () => import("./global-setup.ts"),
  "api-postgres": () => import("./global-setup.ts"),
  e2e: () => import("../e2e/support/global-setup.ts"),
};

interface Prepared {
  provided: [string, unknown][];
  teardown: () => Promise<unknown>;
}

/** One run's preparations, by project name (on globalThis: each project imports this file anew). */
const RUN = Symbol.for("grove.globalSetupsTogether");
type Registry = { [RUN]?: Promise<Map<string, Prepared>> };

export default async function setup(project: TestProject): Promise<() => Promise<unknown>> {
  const registry = globalThis as Registry;
  registry[RUN] ??= prepareAll(project);
  const prepared = (await registry[RUN]).get(project.name) ?? (await prepare(project));
  for (const [key, value] of prepared.provided) project.provide(key as never, value as never);
  return prepared.teardown;
}

/**
 * Runs the real setups of every project with a test file in this run (Vitest has recorded the
 * run's files before it calls the first global setup) side by side. When one fails, the others
 * are torn down before the error is thrown, so no PostgreSQL server or Chromium is left running.
 */
async function prepareAll(first: TestProject): Promise<Map<string, Prepared>> {
  const paths = first.vitest.state.getPaths();
  const projects = first.vitest.projects.filter(
    (project) => project.name in setups && paths.some((path) => project.matchesTestGlob(path)),
  );
  const settled = await Promise.allSettled(projects.map(prepare));
  const failed = settled.find((result) => result.status === "rejected");
  if (failed) {
    for (const result of settled) if (result.status === "fulfilled") await result.value.teardown();
    throw failed.reason;
  }
  return new Map(projects.map((project, i) => [project.name, (settled[i] as PromiseFulfilledResult<Prepared>).value]));
}

/** One project's real setup, with what it provides kept to hand to the project later. */
async function prepare(project: TestProject): Promise<Prepared> {
  const load = setups[project.name];
  if (!load) throw new Error(`no global setup for the ${project.name} project in global-setups-together.ts`);
  const provided: [string, unknown][] = [];
  const collecting = {
    name: project.name,
    config: project.config,
    provide: (key: string, value: unknown) => provided.push([key, value]),
  } as unknown as TestProject;
  const teardown = await (await load()).default(collecting);
  return { provided, teardown: async () => teardown?.() };
}

import { expect, it } from "vitest";
import { describeApi } from "../support/api-test.ts";
import { buildEveryResource, fillPath, type Json, periodQuery } from "../support/every-resource.ts";
import { adminSessions, buildOrg, type TestSession } from "../support/factories.ts";
import { statementsOf } from "../support/statements.ts";
import { statementBudgets } from "./statement-budgets.ts";

// Issue 15, point 1: a request's cost on the database is its number of statements (each one a
// round trip; on PGlite each one also a pass through its WebAssembly), not its SQL. This walks
// every GET of the OpenAPI document and the main writes as an admin of an organisation that has
// a row of every kind, counts the statements each request sends, and holds each count to its
// budget in statement-budgets.ts (docs/performance.md has the table). A new route needs a budget;
// a change that adds or saves a statement fails here until the budget says so.
// GROVE_PRINT_STATEMENTS=1 prints the table.

const signedInReads = ["/api/v1/auth/me", "/api/v1/auth/sessions", "/api/v1/auth/two-factor", "/api/v1/orgs"];

describeApi("statements per request", { now: "2027-02-15T12:00:00Z" }, (t) => {
  it("sends exactly its budget of statements for every read and the main writes", { timeout: 240_000 }, async () => {
    const org = await buildOrg(t.services);
    const admin = adminSessions.get(org.slug) as TestSession;
    const every = await buildEveryResource(t, org);
    const { ids, objective } = every;
    const keyResultId = ids["key-results"] as string;
    const doc = (await t.call("GET", "/api/openapi.json")).body as Json;

    const counts: [route: string, statements: number, status: number][] = [];
    const printed: string[] = [];
    const count = async (route: string, method: string, path: string, body?: unknown) => {
      const { result, statements } = await statementsOf(() => t.callAs(admin, method, path, body));
      counts.push([route, statements.length, result.status]);
      const transactions = statements.filter((s) => /^begin/i.test(s)).length;
      printed.push(`| ${route} | ${statements.length} | ${transactions} |`);
      if (process.env.GROVE_PRINT_STATEMENTS === "all")
        printed.push(...statements.map((s) => `    ${s.slice(0, 160)}`));
    };
    for (const [template, methods] of Object.entries(doc.paths as Record<string, object>)) {
      if (!template.includes("{org}") || !("get" in methods)) continue;
      const path = fillPath(template, org.slug, ids);
      await count(`GET ${template}`, "GET", `${path}${periodQuery(doc, template, "get", objective.periodId)}`);
    }
    for (const path of signedInReads) await count(`GET ${path}`, "GET", path);
    // The map's first view (docs/views-at-scale.md): the top two levels.
    await count(
      "GET /api/v1/orgs/{org}/tree?depth=2",
      "GET",
      `/api/v1/orgs/${org.slug}/tree?period=${objective.periodId}&depth=2`,
    );

    await count(
      "GET /api/v1/orgs/{org}/map?depth=2",
      "GET",
      `/api/v1/orgs/${org.slug}/map?period=${objective.periodId}&depth=2`,
    );

    const orgPath = `/api/v1/orgs/${org.slug}`;
    await count(
      "POST /api/v1/orgs/{org}/key-results/{id}/check-ins",
      "POST",
      `${orgPath}/key-results/${keyResultId}/check-ins`,
      {
        value: 7,
      },
    );
    await count("POST /api/v1/orgs/{org}/check-ins", "POST", `${orgPath}/check-ins`, {
      checkIns: [{ keyResultId, value: 8 }],
    });
    await count("POST /api/v1/orgs/{org}/objectives", "POST", `${orgPath}/objectives`, {
      unitId: objective.unitId,
      periodId: objective.periodId,
      title: "Make onboarding a delight for every new customer",
      status: "draft",
    });

    if (process.env.GROVE_PRINT_STATEMENTS) console.log(`\n${printed.join("\n")}`);
    expect(counts.filter(([, , status]) => status >= 300).map(([route, , status]) => `${route}: ${status}`)).toEqual(
      [],
    );
    // Exact, so the table in docs/performance.md stays true both ways: a route that got cheaper
    // fails too, until its budget is lowered.
    const offBudget = counts
      .filter(([route, n]) => n !== statementBudgets[route])
      .map(([route, n]) => `${route}: ${n} statements, budget ${statementBudgets[route] ?? "none"}`);
    expect(offBudget).toEqual([]);
    expect(Object.keys(statementBudgets).filter((route) => !counts.some(([counted]) => counted === route))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { buildMember, buildObjective, buildOrg, buildUnit, systemScope } from "../../../tests/support/factories.ts";
import { postgresMissing, useTestApp } from "../../../tests/support/test-app.ts";
import { createMetricSource } from "../../services/metric-sources/manage-metric-sources.ts";

// GET /metric-sources?keyResultUnit=: the sources of every KR of a unit's objectives, which a
// team page's cards share instead of asking once per KR (docs/metric-sources.md,
// docs/performance.md "A team page's requests"). Everyone who reads the unit reads them (S5).

describe.skipIf(postgresMissing())("a unit's metric sources in one list", () => {
  const t = useTestApp(() => new Date("2027-02-15T12:00:00Z"));

  it("lists the sources of the unit's KRs only, and refuses a private unit to those outside it (S5)", async () => {
    const org = await buildOrg(t.services);
    const base = `/api/v1/orgs/${org.slug}`;
    const feed = (keyResultId: string, path: string) =>
      createMetricSource(t.services, systemScope(org.id), keyResultId, {
        kind: "http_json",
        url: `https://metrics.example.test/${path}.json`,
        jsonPath: "data.total",
        schedule: { every: "daily", at: "06:00", weekday: 1 },
      });
    const team = await buildObjective(t.services, org.id);
    const [signups, churn] = team.keyResults.map((kr) => kr.id as string);
    await feed(signups as string, "signups");
    await feed(churn as string, "churn");
    const other = await buildObjective(t.services, org.id);
    await feed(other.keyResults[0]?.id as string, "other");
    const secret = await buildUnit(t.services, org.id, { name: "Skunkworks", private: true });
    const hidden = await buildObjective(t.services, org.id, { unitId: secret.id });
    await feed(hidden.keyResults[0]?.id as string, "secret");

    // The list is in creation order; the test clock stands still, so sources made in one test
    // tie on it and come in id order. Compare as sets, sorted by URL.
    const listed = async (unitId: string) =>
      (await t.call("GET", `${base}/metric-sources?keyResultUnit=${unitId}`)).body.sources
        .map((s: { keyResultId: string; url: string }) => [s.keyResultId, s.url])
        .sort((a: string[], b: string[]) => (a[1] as string).localeCompare(b[1] as string));
    // Another unit's sources are not listed; the third KR has none.
    expect(await listed(team.objective.unitId)).toEqual([
      [churn, "https://metrics.example.test/churn.json"],
      [signups, "https://metrics.example.test/signups.json"],
    ]);
    expect(await listed(other.objective.unitId)).toEqual([
      [other.keyResults[0]?.id, "https://metrics.example.test/other.json"],
    ]);

    // S5: a private unit's sources for its members, a 403 for the rest, whichever unit they are in.
    const outsider = await buildMember(t.services, org.id, { units: [[team.objective.unitId, "member"]] });
    const insider = await buildMember(t.services, org.id, { units: [[secret.id, "member"]] });
    const refused = await t.callAs(outsider, "GET", `${base}/metric-sources?keyResultUnit=${secret.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.reason).toBe("private_unit");
    expect(JSON.stringify(refused.body)).not.toContain("secret.json");
    const inside = await t.callAs(insider, "GET", `${base}/metric-sources?keyResultUnit=${secret.id}`);
    expect(inside.body.sources.map((s: { url: string }) => s.url)).toEqual([
      "https://metrics.example.test/secret.json",
    ]);
    const own = await t.callAs(outsider, "GET", `${base}/metric-sources?keyResultUnit=${team.objective.unitId}`);
    expect(own.body.sources).toHaveLength(2);
  });

  it("without a unit lists every source the caller may read, a private unit's for its members only (S5)", async () => {
    const org = await buildOrg(t.services);
    const base = `/api/v1/orgs/${org.slug}`;
    const open = await buildObjective(t.services, org.id);
    const secret = await buildUnit(t.services, org.id, { private: true });
    const hidden = await buildObjective(t.services, org.id, { unitId: secret.id });
    for (const [keyResultId, path] of [
      [open.keyResults[0]?.id, "open"],
      [hidden.keyResults[0]?.id, "secret"],
    ] as const) {
      await createMetricSource(t.services, systemScope(org.id), keyResultId as string, {
        kind: "http_json",
        url: `https://metrics.example.test/${path}.json`,
        jsonPath: "value",
        schedule: { every: "daily", at: "06:00", weekday: 1 },
      });
    }
    const outsider = await buildMember(t.services, org.id);
    const insider = await buildMember(t.services, org.id, { units: [[secret.id, "member"]] });
    const urls = async (as: typeof outsider) =>
      (await t.callAs(as, "GET", `${base}/metric-sources`)).body.sources.map((s: { url: string }) => s.url).sort();
    expect(await urls(outsider)).toEqual(["https://metrics.example.test/open.json"]);
    expect(await urls(insider)).toEqual([
      "https://metrics.example.test/open.json",
      "https://metrics.example.test/secret.json",
    ]);
    const unknown = await t.call("GET", `${base}/metric-sources?keyResultUnit=6f1c1a52-1111-4222-8333-444455556666`);
    expect(unknown.status).toBe(404);
  });
});

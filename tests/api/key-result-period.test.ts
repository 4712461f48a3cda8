import { sql } from "kysely";
import { expect, it } from "vitest";
import { createKeyResult } from "../../src/services/key-results/create-key-result.ts";
import { updateObjective } from "../../src/services/objectives/update-objective.ts";
import { describeApi } from "../support/api-test.ts";
import { buildObjective, buildOrg, buildPeriod, goodKeyResult, systemScope } from "../support/factories.ts";

// A KR's period (migration 0048) is its objective's, kept by triggers whatever writes the KR, so
// the whole-organisation dashboard can reach a period's KRs by index (docs/performance.md).

describeApi("a KR's period", { now: "2027-02-15T12:00:00Z" }, (t) => {
  const periodsOf = async (objectiveId: string) =>
    (
      await sql<{ periodId: string }>`
        select distinct period_id from key_results where objective_id = ${objectiveId}`.execute(t.services.db)
    ).rows.map((row) => row.periodId);

  it("is the objective's period when a KR is created with it or added later", async () => {
    const org = await buildOrg(t.services);
    const period = await buildPeriod(t.services, org.id);
    const built = await buildObjective(t.services, org.id, { periodId: period.id });
    await createKeyResult(t.services, systemScope(org.id), built.objective.id, goodKeyResult());
    expect(await periodsOf(built.objective.id)).toEqual([period.id]);
  });

  it("follows the objective to another period", async () => {
    const org = await buildOrg(t.services);
    const first = await buildPeriod(t.services, org.id, "2027-Q1");
    const next = await buildPeriod(t.services, org.id, "2027-Q2");
    const built = await buildObjective(t.services, org.id, { periodId: first.id, status: "draft" });
    await updateObjective(t.services, systemScope(org.id), built.objective.id, {
      periodId: next.id,
      version: built.objective.version,
    });
    expect(await periodsOf(built.objective.id)).toEqual([next.id]);
  });

  it("cannot be written as another period than the objective's", async () => {
    const org = await buildOrg(t.services);
    const first = await buildPeriod(t.services, org.id, "2027-Q1");
    const other = await buildPeriod(t.services, org.id, "2027-Q2");
    const built = await buildObjective(t.services, org.id, { periodId: first.id });
    await sql`update key_results set period_id = ${other.id} where objective_id = ${built.objective.id}`.execute(
      t.services.db,
    );
    expect(await periodsOf(built.objective.id)).toEqual([first.id]);
  });
});

import type { Kysely } from "kysely";
import { expect } from "vitest";
import { listKeyResultsOfPeriod, listObjectivesOfPeriod } from "../../src/db/repositories/okrs.ts";
import type { Database } from "../../src/db/schema.ts";
import { scorePeriod } from "../../src/domain/okr-tree.ts";
import { specOf } from "../../src/services/key-results/key-result-input.ts";

/**
 * Stored progress and roll-up equal what scorePeriod computes from scratch for the whole period
 * (S1, S2, M5; tests/api/stored-scores.test.ts drives every write path against it).
 */
export async function expectStoredScoresFresh(db: Kysely<Database>, orgId: string, periodId: string): Promise<void> {
  const objectives = await listObjectivesOfPeriod(db, orgId, periodId);
  const keyResults = await listKeyResultsOfPeriod(db, orgId, periodId);
  const fresh = scorePeriod(
    objectives,
    keyResults.map((kr) => ({ ...kr, spec: specOf(kr) })),
  );
  for (const objective of objectives) {
    const expected = fresh.objectives.get(objective.id)?.progress ?? null;
    expectSame(objective.progress, expected, `objective ${objective.title}`);
  }
  for (const kr of keyResults) {
    const expected = fresh.keyResults.get(kr.id);
    expectSame(kr.progress, expected?.progress ?? null, `KR ${kr.title}`);
    expect(kr.rolledUp, `KR ${kr.title} rolled up`).toBe(expected?.rolledUp ?? false);
  }
}

function expectSame(stored: number | null, expected: number | null, what: string): void {
  if (expected === null) expect(stored, what).toBeNull();
  else expect(stored, what).toBeCloseTo(expected, 12);
}

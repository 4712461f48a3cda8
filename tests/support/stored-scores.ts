import type { Kysely } from "kysely";
import { expect } from "vitest";
import { listKeyResultsOfPeriod, listObjectivesOfPeriod } from "../../src/db/repositories/okrs.ts";
import type { Database } from "../../src/db/schema.ts";
import { scorePeriod } from "../../src/domain/okr-tree.ts";
import { specOf } from "../../src/services/key-results/key-result-input.ts";

/** Stored progress equals what scorePeriod computes from scratch (as in tests/api/stored-scores.test.ts). */
export async function expectStoredScoresFresh(db: Kysely<Database>, orgId: string, periodId: string): Promise<void> {
  const objectives = await listObjectivesOfPeriod(db, orgId, periodId);
  const keyResults = await listKeyResultsOfPeriod(db, orgId, periodId);
  const fresh = scorePeriod(
    objectives,
    keyResults.map((kr) => ({ ...kr, spec: specOf(kr) })),
  );
  for (const objective of objectives) {
    const expected = fresh.objectives.get(objective.id)?.progress ?? null;
    if (expected === null) expect(objective.progress).toBeNull();
    else expect(objective.progress, objective.title).toBeCloseTo(expected, 12);
  }
  for (const kr of keyResults) {
    const expected = fresh.keyResults.get(kr.id)?.progress ?? null;
    if (expected === null) expect(kr.progress).toBeNull();
    else expect(kr.progress, kr.title).toBeCloseTo(expected, 12);
  }
}

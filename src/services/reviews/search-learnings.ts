import { searchLearnings } from "../../db/repositories/reviews.ts";
import type { Band } from "../../domain/progress.ts";
import { assertCanReadUnit, hiddenUnitIds } from "../access.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { findPeriod } from "../period-lookup.ts";
import type { Scope } from "../write.ts";

export interface LearningQuery {
  q?: string;
  unit?: string;
  period?: string;
  band?: Band;
  offset: number;
  limit: number;
}

type LearningRow = Awaited<ReturnType<typeof searchLearnings>>[number];

/** A learning as the library shows it, with what links it back to its review. */
export function learningView({ total: _total, ...row }: LearningRow) {
  return row;
}

/**
 * S7: every learning of the organisation, by text (English or Chinese: a substring match, so a
 * 2-character Chinese word finds a sentence without spaces), unit, period and band. Private
 * units' learnings stay with their members, like their OKRs.
 */
export async function searchLearningsOf(ctx: ServiceContext, scope: Scope, query: LearningQuery) {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    if (query.unit) await assertCanReadUnit(tx, scope, query.unit);
    const period = query.period ? await findPeriod(tx, orgId, query.period) : undefined;
    const rows = await searchLearnings(tx, orgId, {
      q: query.q,
      unitIds: query.unit ? [query.unit] : undefined,
      hiddenUnitIds: await hiddenUnitIds(tx, scope),
      periodId: period?.id,
      band: query.band,
      offset: query.offset,
      limit: query.limit,
    });
    return { learnings: rows.map(learningView), total: Number(rows[0]?.total ?? 0) };
  });
}

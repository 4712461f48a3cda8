import { countLearnings, searchLearnings } from "../../db/repositories/reviews.ts";
import { pageFrom } from "../../domain/paging.ts";
import type { Band } from "../../domain/progress.ts";
import { assertCanReadUnit, hiddenUnitIds } from "../access.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { afterCursor } from "../paging.ts";
import { findPeriod } from "../period-lookup.ts";
import type { Scope } from "../write.ts";

export interface LearningQuery {
  q?: string;
  unit?: string;
  period?: string;
  band?: Band | undefined;
  limit: number;
  cursor?: string | undefined;
}

type LearningRow = Awaited<ReturnType<typeof searchLearnings>>[number];

/** A learning as the library shows it, with what links it back to its review. */
export function learningView({ pageKey: _key, ...row }: LearningRow) {
  return row;
}

/**
 * S7: every learning of the organisation, by text (English or Chinese: a substring match, so a
 * 2-character Chinese word finds a sentence without spaces), unit, period and band. Private
 * units' learnings stay with their members, like their OKRs. Newest first, one page at a time
 * by a keyset on that order, with the count of all that match.
 */
export async function searchLearningsOf(ctx: ServiceContext, scope: Scope, query: LearningQuery) {
  const { orgId } = scope;
  const after = afterCursor(query.cursor);
  return readTenant(ctx, orgId, async (tx) => {
    if (query.unit) await assertCanReadUnit(tx, scope, query.unit);
    const period = query.period ? await findPeriod(tx, orgId, query.period) : undefined;
    const filters = {
      q: query.q,
      unitIds: query.unit ? [query.unit] : undefined,
      hiddenUnitIds: await hiddenUnitIds(tx, scope),
      periodId: period?.id,
      band: query.band,
    };
    const rows = await searchLearnings(tx, orgId, filters, { limit: query.limit + 1, after });
    const page = pageFrom(rows, query.limit, (row) => [row.pageKey, row.id]);
    return {
      learnings: page.rows.map(learningView),
      total: await countLearnings(tx, orgId, filters),
      nextCursor: page.nextCursor,
    };
  });
}

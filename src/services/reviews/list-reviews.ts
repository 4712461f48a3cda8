import { anyId } from "../../db/repositories/okrs.ts";
import { unitsWithObjectives } from "../../db/repositories/reviews.ts";
import { idsOf } from "../../domain/ids.ts";
import { pageInOrder } from "../../domain/paging.ts";
import { isDue, type ScheduledReview } from "../../domain/reviews.ts";
import type { ReviewsQuery } from "../../schemas/reviews.ts";
import { assertCanReadUnit, canReadUnit } from "../access.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { findPeriod } from "../period-lookup.ts";
import type { Scope } from "../write.ts";
import { schedulesOf } from "./review-schedule.ts";

/** A unit's review session as the schedule has it (its date, kind, state and stored id), with the unit and period. */
export interface ReviewSummary extends ScheduledReview {
  unitId: string;
  unitName: string;
  periodId: string;
}

/**
 * The list as the API asks for it (period, and `unit` for one unit's sessions; without it, every
 * unit that pursues an objective in the period), with `due` read as a flag (only the sessions the
 * teams still owe, S4: due from their date until held) and the page asked for.
 */
export type ListReviewsInput = Omit<ReviewsQuery, "due"> & { due?: boolean };

/**
 * The review sessions of a period, by date and then by unit name (never by score, S3), one page
 * at a time: the schedule is computed whole (bounded by the period's units and review dates) and
 * the page cut from it in that order (`pageInOrder`), a session known by its unit, date and kind.
 */
export async function listReviews(
  ctx: ServiceContext,
  scope: Scope,
  input: ListReviewsInput,
): Promise<{ reviews: ReviewSummary[]; total: number; nextCursor: string | null }> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const period = await findPeriod(tx, orgId, input.period);
    if (input.unit) await assertCanReadUnit(tx, scope, input.unit);
    const unitIds = input.unit ? [input.unit] : await unitsWithObjectives(tx, orgId, period.id);
    const units =
      unitIds.length === 0
        ? []
        : await tx
            .selectFrom("units")
            .select(["id", "name", "private"])
            .where("orgId", "=", orgId)
            .where("id", "=", anyId(unitIds))
            .execute();
    const readable = units.filter((unit) => canReadUnit(scope, unit));
    const schedules = await schedulesOf(ctx, tx, orgId, period, idsOf(readable));
    const reviews = readable
      .flatMap((unit) =>
        (schedules.get(unit.id) ?? []).map((review) => ({
          id: review.id,
          unitId: unit.id,
          unitName: unit.name,
          periodId: period.id,
          on: review.on,
          kind: review.kind,
          state: review.state,
        })),
      )
      .filter((review) => !input.due || isDue(review))
      .sort(
        (a, b) =>
          a.on.localeCompare(b.on) ||
          a.unitName.localeCompare(b.unitName) ||
          a.unitId.localeCompare(b.unitId) ||
          a.kind.localeCompare(b.kind),
      );
    const page = pageInOrder(reviews, input, (review) => `${review.unitId}/${review.on}/${review.kind}`);
    return { reviews: page.rows, total: reviews.length, nextCursor: page.nextCursor };
  });
}

import { listSessions } from "../../db/repositories/reviews.ts";
import type { Period } from "../../db/schema.ts";
import { isoDate } from "../../domain/period.ts";
import { reviewSessionsOf, type ScheduledReview } from "../../domain/reviews.ts";
import type { Executor, ServiceContext } from "../context.ts";

/** S4: the organisation's cadence in weeks (4-13, default 6). */
export async function cadenceOf(db: Executor, orgId: string): Promise<number> {
  const org = await db
    .selectFrom("organisations")
    .select("reviewCadenceWeeks")
    .where("id", "=", orgId)
    .executeTakeFirstOrThrow();
  return org.reviewCadenceWeeks;
}

export function today(ctx: ServiceContext): string {
  return isoDate(ctx.now());
}

/** Each unit's sessions in the period: the cadence's dates joined with the stored sessions. */
export async function schedulesOf(
  ctx: ServiceContext,
  db: Executor,
  orgId: string,
  period: Period,
  unitIds: readonly string[],
): Promise<Map<string, ScheduledReview[]>> {
  const cadence = await cadenceOf(db, orgId);
  const stored = await listSessions(db, orgId, period.id, unitIds);
  const schedules = new Map<string, ScheduledReview[]>();
  for (const unitId of unitIds) {
    const own = stored.filter((session) => session.unitId === unitId);
    schedules.set(unitId, reviewSessionsOf(period, cadence, own, today(ctx)));
  }
  return schedules;
}

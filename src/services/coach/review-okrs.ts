import { pastKeyResultsOf } from "../../db/repositories/unit-history.ts";
import type { DraftObjective, Finding, Locale, Period, UnitHistory } from "../../domain/coach/index.ts";
import { reviewObjective } from "../../domain/coach/index.ts";
import { notFound } from "../../domain/errors.ts";
import { quarterPeriod } from "../../domain/period.ts";
import { assertCanReadUnit, unitOfObjective } from "../access.ts";
import { type Executor, readTenant, type ServiceContext } from "../context.ts";
import { findPeriod } from "../period-lookup.ts";
import type { Scope } from "../write.ts";
import { ruleSettingsOf } from "./coach-settings.ts";
import { dismissalsOn, type WithDismissal, withDraftDismissals } from "./dismissals.ts";
import { loadOpenObjectives, reviewStoredUnit, type StoredFinding } from "./review-stored-okrs.ts";
import { strategyContextOf } from "./strategy-context.ts";

/** A draft objective as the edit form holds it, and the period it is for (an id or a name). */
export interface DraftReview {
  /** `unitId`: the unit it is for, when known, so M8 knows whether it is a company objective. */
  objective: DraftObjective & { unitId?: string };
  period?: string;
  /**
   * The stored objective this draft edits and its KRs' ids in draft order (null: a new KR), so
   * the findings a team dismissed show as dismissed while their text is unchanged.
   */
  objectiveId?: string;
  keyResultIds?: (string | null)[];
}

/** The coach on a draft, with the organisation's rule settings; nothing is stored. */
export async function reviewDraftObjective(
  ctx: ServiceContext,
  scope: Scope,
  input: DraftReview,
  locale: Locale,
): Promise<(Finding | WithDismissal<Finding>)[]> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const period = input.period ? await reviewPeriod(tx, orgId, input.period) : null;
    const { unitId, ...objective } = input.objective;
    const strategy = unitId ? await strategyContextOf(tx, orgId, await readableUnit(tx, scope, unitId)) : null;
    // K4 reads the unit's own history; a draft for no unit yet has none.
    const history = unitId ? await unitHistoryOf(tx, orgId, unitId) : null;
    const settings = await ruleSettingsOf(tx, orgId);
    // The editor's draft: hints too (K1's "from X to Y"), which no report counts.
    const findings = reviewObjective(objective, { locale, period, strategy, history, settings, hints: true });
    if (!input.objectiveId) return findings;
    const storedUnitId = await unitOfObjective(tx, orgId, input.objectiveId);
    if (!storedUnitId) throw notFound("Objective");
    await assertCanReadUnit(tx, scope, storedUnitId);
    return withDraftDismissals(
      tx,
      orgId,
      objective,
      { objectiveId: input.objectiveId, keyResultIds: input.keyResultIds ?? [] },
      findings,
    );
  });
}

/** The coach on what a unit has stored for a period (its open objectives). */
export async function reviewUnitPeriod(
  ctx: ServiceContext,
  scope: Scope,
  input: { unitId: string; periodId: string },
  locale: Locale,
): Promise<WithDismissal<StoredFinding>[]> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const unit = await readableUnit(tx, scope, input.unitId);
    const period = await findPeriod(tx, orgId, input.periodId);
    const stored = await loadOpenObjectives(tx, orgId, period.id, input.unitId);
    const strategy = await strategyContextOf(tx, orgId, unit);
    const history = await unitHistoryOf(tx, orgId, input.unitId);
    const findings = reviewStoredUnit(unit, stored, {
      locale,
      period,
      strategy,
      history,
      settings: await ruleSettingsOf(tx, orgId),
    });
    return (await dismissalsOn(tx, orgId, stored))(findings);
  });
}

/** K4: the unit's KRs of its last closed periods, with their final scores. */
async function unitHistoryOf(db: Executor, orgId: string, unitId: string): Promise<UnitHistory> {
  return { keyResults: (await pastKeyResultsOf(db, orgId, [unitId])).get(unitId) ?? [] };
}

/** A unit the caller may read (404 when the organisation has none by that id), with its parent. */
async function readableUnit(db: Executor, scope: Scope, unitId: string) {
  await assertCanReadUnit(db, scope, unitId);
  return db
    .selectFrom("units")
    .select(["name", "parentId"])
    .where("orgId", "=", scope.orgId)
    .where("id", "=", unitId)
    .executeTakeFirstOrThrow();
}

/** One of the organisation's periods, or a quarter it has not created yet ("2027-Q3"). */
async function reviewPeriod(db: Executor, orgId: string, ref: string): Promise<Period> {
  const quarter = quarterPeriod(ref);
  try {
    return await findPeriod(db, orgId, ref);
  } catch (error) {
    if (quarter) return quarter;
    throw error;
  }
}

import {
  insertTransition,
  listTransitions,
  recordFinalScores,
  type TransitionRow,
} from "../../db/repositories/period-lifecycle.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { Period } from "../../db/schema.ts";
import { AppError } from "../../domain/errors.ts";
import { checkTransition } from "../../domain/period-lifecycle.ts";
import { authorize } from "../../domain/policies.ts";
import type { TransitionRequest } from "../../schemas/periods.ts";
import { readTenant, type ServiceContext, type Tx } from "../context.ts";
import { findPeriod } from "../period-lookup.ts";
import { lockRow } from "../tenant-reads.ts";
import { periodClosed } from "../webhooks/events.ts";
import { type Scope, scoringChange } from "../write.ts";
import { activationReadiness } from "./readiness.ts";

/** A step as the API validates it. */
export type TransitionInput = TransitionRequest;

export interface TransitionResult {
  period: Period;
  transition: TransitionRow;
  /** Closing: how many final scores it recorded (those a review recorded earlier stay). */
  finalScores: { objectives: number; keyResults: number };
}

/**
 * One step of a period's lifecycle (src/domain/period-lifecycle.ts), by an admin, recorded with
 * who, when and why. Activating runs the coach first and is refused while it finds errors on the
 * period's active objectives (422 `period_not_ready`; warnings do not block). Closing freezes
 * the period and records the final scores still missing (S2); reopening needs a reason (S7) and
 * leaves the final scores as they were recorded.
 */
export async function transitionPeriod(
  ctx: ServiceContext,
  scope: Scope,
  periodId: string,
  input: TransitionInput,
): Promise<TransitionResult> {
  authorize(scope.actor, { do: "manageOrganisation" });
  const { orgId } = scope;
  if (input.to === "active") {
    const current = await readTenant(ctx, orgId, (tx) => requirePeriod(tx, orgId, periodId));
    // Checked before the write so an illegal jump is named as such, not as the coach's findings.
    checkTransition(current.status, input.to, input.reason);
    const readiness = await activationReadiness(ctx, scope, periodId, "en");
    if (readiness.blocking > 0) throw notReady(readiness.units);
  }
  // The score lock (scoringChange) orders this after every write under way and makes the final
  // scores the ones those writes left; the period row lock then makes later writes see "closed".
  return scoringChange(ctx, scope, async (tx) => {
    const period = await lockRow(tx, orgId, "periods", (await findPeriod(tx, orgId, periodId)).id, "Period");
    const result = await applyTransition(ctx, scope, tx, period, input);
    return { result, history: [], rescore: [] };
  });
}

/** The step itself, inside a transaction that holds the period row (also used by createPeriod). */
export async function applyTransition(
  ctx: ServiceContext,
  scope: Scope,
  tx: Tx,
  period: Period,
  input: TransitionInput,
): Promise<TransitionResult> {
  const { orgId } = scope;
  checkTransition(period.status, input.to, input.reason);
  const updated = (await tenantRows("periods").update(tx, orgId, period.id, { status: input.to })) as Period;
  const finalScores =
    input.to === "closed" ? await recordFinalScores(tx, orgId, period.id) : { objectives: 0, keyResults: 0 };
  const transition = await insertTransition(tx, {
    orgId,
    id: ctx.newId(),
    periodId: period.id,
    fromStatus: period.status,
    toStatus: input.to,
    reason: input.reason?.trim() ?? "",
    actorId: scope.actor.kind === "person" ? scope.actor.personId : null,
    at: ctx.now(),
  });
  if (input.to === "closed") await periodClosed(ctx, tx, orgId, updated, finalScores);
  return { period: updated, transition, finalScores };
}

export async function listPeriodTransitions(
  ctx: ServiceContext,
  scope: Scope,
  periodId: string,
): Promise<TransitionRow[]> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const period = await requirePeriod(tx, orgId, periodId);
    return listTransitions(tx, orgId, period.id);
  });
}

async function requirePeriod(tx: Tx, orgId: string, idOrName: string): Promise<Period> {
  return findPeriod(tx, orgId, idOrName);
}

function notReady(units: Awaited<ReturnType<typeof activationReadiness>>["units"]): AppError {
  const details = units.flatMap((unit) =>
    unit.findings
      .filter((finding) => finding.blocking)
      .map((finding) => ({
        field: finding.objectiveId ? `objectives.${finding.objectiveId}` : `units.${unit.unitId}`,
        rule: finding.rule,
        message: `${unit.unitName}: ${finding.message}`,
      })),
  );
  return new AppError(
    "period_not_ready",
    "The coach found errors on this period's active objectives; fix them before activating the period",
    details,
  );
}

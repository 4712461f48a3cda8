import { type DecisionListRow, type DecisionQuery, selectDecisions } from "../../db/repositories/decisions.ts";
import { historyOf } from "../../db/repositories/history.ts";
import { isRevisitDue } from "../../domain/decisions.ts";
import { AppError, notFound } from "../../domain/errors.ts";
import { isoDate } from "../../domain/period.ts";
import type { DecisionFilters } from "../../schemas/decisions.ts";
import { assertCanReadUnit, canReadUnit } from "../access.ts";
import { type Executor, readTenant, type ServiceContext } from "../context.ts";
import { requireReadableKeyResult, requireReference } from "../references.ts";
import type { Scope } from "../write.ts";

/** A decision as the log shows it (P4): its subject's names, and whether its revisit date has come. */
export type Decision = Omit<DecisionListRow, "unitPrivate"> & { revisitDue: boolean };

/** The most a list returns: a decision log is read by objective, unit or words, not paged through. */
const LIST_LIMIT = 200;

/** The organisation's decisions, filtered by objective, KR, unit, status and words; newest first. */
export async function listDecisions(ctx: ServiceContext, scope: Scope, filters: DecisionFilters): Promise<Decision[]> {
  return readTenant(ctx, scope.orgId, async (tx) => {
    const query: DecisionQuery = { status: filters.status, q: filters.q || undefined };
    if (filters.unit) {
      await assertCanReadUnit(tx, scope, filters.unit);
      query.unitId = filters.unit;
    }
    if (filters.objective) {
      await requireReadableObjective(tx, scope, filters.objective, "objective");
      query.objectiveId = filters.objective;
    }
    if (filters.keyResult) {
      await requireReadableKeyResult(tx, scope, filters.keyResult, "keyResult");
      query.keyResultId = filters.keyResult;
    }
    const rows = await selectDecisions(tx, scope.orgId, query).limit(LIST_LIMIT).execute();
    return presentReadable(ctx, scope, rows);
  });
}

export async function getDecision(ctx: ServiceContext, scope: Scope, id: string): Promise<Decision> {
  return readTenant(ctx, scope.orgId, (tx) => readDecision(ctx, tx, scope, id));
}

/** One decision the caller may read; 404 when there is none (or it is in a private unit they cannot read). */
export async function readDecision(ctx: ServiceContext, db: Executor, scope: Scope, id: string): Promise<Decision> {
  const rows = await selectDecisions(db, scope.orgId, { id }).execute();
  const [decision] = presentReadable(ctx, scope, rows);
  if (!decision) throw notFound("Decision");
  return decision;
}

/** S7: a decision's recorded changes, oldest first. */
export async function listDecisionHistory(ctx: ServiceContext, scope: Scope, id: string) {
  return readTenant(ctx, scope.orgId, async (tx) => {
    await readDecision(ctx, tx, scope, id);
    return historyOf(tx, scope.orgId, "decision", id, "oldest first").execute();
  });
}

/** An objective the caller may read, for a decision about it; 404 naming `field` otherwise (S5). */
export async function requireReadableObjective(db: Executor, scope: Scope, id: string, field: string) {
  const objective = await requireReference(db, scope.orgId, "objectives", id, field);
  const unit = await requireReference(db, scope.orgId, "units", objective.unitId, field);
  // A private unit's objective answers as one that does not exist: a different answer would tell.
  if (!canReadUnit(scope, unit))
    throw new AppError("not_found", "Objective not found", [
      { field, rule: "exists", message: "no objective with this id in the organisation" },
    ]);
  return objective;
}

function presentReadable(ctx: ServiceContext, scope: Scope, rows: DecisionListRow[]): Decision[] {
  const today = isoDate(ctx.now());
  return rows
    .filter((row) => canReadUnit(scope, { id: row.unitId, private: row.unitPrivate }))
    .map(({ unitPrivate: _private, ...row }) => ({ ...row, revisitDue: isRevisitDue(row, today) }));
}

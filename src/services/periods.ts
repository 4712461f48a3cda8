import { tenantRows } from "../db/repositories/tenant-rows.ts";
import type { Period } from "../db/schema.ts";
import { AppError, notFound } from "../domain/errors.ts";
import { quarterRange } from "../domain/period.ts";
import { refreshPeriodForecasts } from "./check-ins/refresh-forecasts.ts";
import { readTenant, type ServiceContext } from "./context.ts";
import { applyTransition } from "./period-lifecycle/transition-period.ts";
import { findPeriod } from "./period-lookup.ts";
import { adminChange, type Scope } from "./write.ts";

const periods = tenantRows("periods");

export interface PeriodInput {
  name: string;
  startsOn?: string;
  endsOn?: string;
  status?: Period["status"];
}

export async function listPeriods(ctx: ServiceContext, scope: Scope): Promise<Period[]> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, (tx) =>
    tx.selectFrom("periods").selectAll().where("orgId", "=", orgId).orderBy("startsOn").execute(),
  );
}

/** Quarters ("2027-Q1") get their dates on their own; custom periods must give both dates. */
export async function createPeriod(ctx: ServiceContext, scope: Scope, input: PeriodInput): Promise<Period> {
  const { orgId } = scope;
  const range = resolveRange(input);
  if (input.status && input.status !== "planning" && input.status !== "active") {
    throw new AppError(
      "period_transition",
      "A new period starts in planning or active; it reaches review and closes by its transitions",
      [{ field: "status", rule: "lifecycle", message: "start the period in planning or active" }],
    );
  }
  return adminChange(ctx, scope, async (tx) => {
    const taken = await tx
      .selectFrom("periods")
      .select("id")
      .where("orgId", "=", orgId)
      .where("name", "=", input.name)
      .executeTakeFirst();
    if (taken) {
      throw new AppError("conflict", `A period named ${input.name} already exists`, [
        { field: "name", rule: "unique", message: "period names are unique in an organisation" },
      ]);
    }
    const planned = await periods.insert(tx, {
      orgId,
      id: ctx.newId(),
      name: input.name,
      ...range,
      status: "planning",
    });
    // A new period has no objectives for the coach to find fault with, so it may start active;
    // that first step is recorded like any other (docs/period-lifecycle.md).
    const period =
      input.status === "active" ? (await applyTransition(ctx, scope, tx, planned, { to: "active" })).period : planned;
    return { result: period, history: [] };
  });
}

export async function updatePeriod(
  ctx: ServiceContext,
  scope: Scope,
  id: string,
  input: Partial<PeriodInput>,
): Promise<Period> {
  const { orgId } = scope;
  return adminChange(ctx, scope, async (tx) => {
    const period = await periods.find(tx, orgId, id);
    if (!period) throw notFound("Period");
    const startsOn = input.startsOn ?? period.startsOn;
    const endsOn = input.endsOn ?? period.endsOn;
    if (endsOn < startsOn) throw badRange();
    if (input.status !== undefined && input.status !== period.status) throw statusIsATransition(period);
    const updated = await periods.update(tx, orgId, id, { ...input, startsOn, endsOn });
    // Forecasts are drawn from the period's start to the deadline (or its end): new dates move them.
    if (startsOn !== period.startsOn || endsOn !== period.endsOn) await refreshPeriodForecasts(tx, orgId, id);
    return { result: updated as Period, history: [] };
  });
}

export async function deletePeriod(ctx: ServiceContext, scope: Scope, id: string): Promise<void> {
  const { orgId } = scope;
  await adminChange(ctx, scope, async (tx) => {
    if (!(await periods.find(tx, orgId, id))) throw notFound("Period");
    const used = await tx
      .selectFrom("objectives")
      .select("id")
      .where("orgId", "=", orgId)
      .where("periodId", "=", id)
      .executeTakeFirst();
    if (used) throw new AppError("conflict", "This period still has objectives; delete or move them first");
    await periods.remove(tx, orgId, id);
    return { result: undefined, history: [] };
  });
}

function resolveRange(input: PeriodInput): { startsOn: string; endsOn: string } {
  const quarter = quarterRange(input.name);
  const startsOn = input.startsOn ?? quarter?.startsOn;
  const endsOn = input.endsOn ?? quarter?.endsOn;
  if (!startsOn || !endsOn) {
    throw new AppError("validation_failed", "A period that is not a quarter (YYYY-Qn) needs start and end dates", [
      ...(startsOn ? [] : [{ field: "startsOn", rule: "required", message: "give the first day of the period" }]),
      ...(endsOn ? [] : [{ field: "endsOn", rule: "required", message: "give the last day of the period" }]),
    ]);
  }
  if (endsOn < startsOn) throw badRange();
  return { startsOn, endsOn };
}

/** The status moves only by the lifecycle's steps, which check and record it (not by a PATCH). */
function statusIsATransition(period: Period): AppError {
  return new AppError(
    "period_transition",
    `The status changes by a transition: POST .../periods/${period.id}/transitions with the next step`,
    [{ field: "status", rule: "lifecycle", message: "use the period's transitions to change its status" }],
  );
}

function badRange(): AppError {
  return new AppError("validation_failed", "A period must end on or after its first day", [
    { field: "endsOn", rule: "after_start", message: "the end date is before the start date" },
  ]);
}

export async function getPeriod(ctx: ServiceContext, scope: Scope, idOrName: string): Promise<Period> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, (tx) => findPeriod(tx, orgId, idOrName));
}

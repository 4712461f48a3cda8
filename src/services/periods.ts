import { changeOf, historyOf } from "../db/repositories/history.ts";
import { countReadingsLeftOutside } from "../db/repositories/period-readings.ts";
import { tenantRows } from "../db/repositories/tenant-rows.ts";
import type { Period } from "../db/schema.ts";
import { AppError } from "../domain/errors.ts";
import { resolvePeriodDates } from "../domain/period-dates.ts";
import type { CreatePeriod, UpdatePeriod } from "../schemas/periods.ts";
import { refreshPeriodForecasts } from "./check-ins/refresh-forecasts.ts";
import type { Executor, ServiceContext } from "./context.ts";
import { applyTransition } from "./period-lifecycle/transition-period.ts";
import { findPeriod } from "./period-lookup.ts";
import { findRow, lockRow, tenantReads } from "./tenant-reads.ts";
import { defineUseCase } from "./use-case.ts";
import { type Scope, structureChange } from "./write.ts";

const periods = tenantRows("periods");

/** A new period as the API validates it (a quarter's name, or a name and both dates; planning or active). */
export type PeriodInput = CreatePeriod;

/** A rename or a move of its dates; `reason` (S7) says why the dates move past its readings. */
export type PeriodUpdate = UpdatePeriod;

export const { list: listPeriods } = tenantReads("periods", "Period", "startsOn");

/** Quarters ("2027-Q1") get their dates on their own; custom periods must give both dates. */
export async function createPeriod(ctx: ServiceContext, scope: Scope, input: PeriodInput): Promise<Period> {
  const { orgId } = scope;
  const range = resolvePeriodDates(input.name, input, null);
  if (input.status && input.status !== "planning" && input.status !== "active") {
    throw new AppError(
      "period_transition",
      "A new period starts in planning or active; it reaches review and closes by its transitions",
      [{ field: "status", rule: "lifecycle", message: "start the period in planning or active" }],
    );
  }
  return structureChange(ctx, scope, async (tx) => {
    await requireFreeName(tx, orgId, input.name, null);
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
    return { result: period, history: [changeOf("period", period.id, null, snapshotOf(period))] };
  });
}

/**
 * Renames a period or moves its dates. A quarter's dates follow from its name; once a period
 * has run (active, in review, closed), a move that leaves some of its readings outside its dates
 * needs a reason (S7). Every edit leaves a history row with the period before and after.
 */
export const updatePeriod = defineUseCase("structure", async ({ tx, orgId }, id: string, input: PeriodUpdate) => {
  const period = await lockRow(tx, orgId, "periods", id, "Period");
  const { reason, ...fields } = input;
  const name = fields.name ?? period.name;
  if (name !== period.name) await requireFreeName(tx, orgId, name, id);
  const { startsOn, endsOn } = resolvePeriodDates(name, fields, period);
  if (fields.status !== undefined && fields.status !== period.status) throw statusIsATransition(period);
  const moved = startsOn !== period.startsOn || endsOn !== period.endsOn;
  if (moved && period.status !== "planning" && !reason?.trim()) {
    const outside = await countReadingsLeftOutside(tx, orgId, id, period, { startsOn, endsOn });
    if (outside > 0) throw readingsLeftOutside(period, outside);
  }
  const updated = (await periods.update(tx, orgId, id, { ...fields, name, startsOn, endsOn })) as Period;
  // Forecasts are drawn from the period's start to the deadline (or its end): new dates move them.
  if (moved) await refreshPeriodForecasts(tx, orgId, id);
  return {
    result: updated,
    history: [changeOf("period", id, snapshotOf(period), snapshotOf(updated), reason?.trim())],
  };
});

export const deletePeriod = defineUseCase("structure", async ({ tx, orgId }, id: string) => {
  const period = await findRow(tx, orgId, "periods", id, "Period");
  const used = await tenantRows("objectives").findBy(tx, orgId, { periodId: id });
  if (used) throw new AppError("conflict", "This period still has objectives; delete or move them first");
  await periods.remove(tx, orgId, id);
  return { result: undefined, history: [changeOf("period", id, snapshotOf(period), null)] };
});

async function requireFreeName(tx: Executor, orgId: string, name: string, exceptId: string | null): Promise<void> {
  let query = tx.selectFrom("periods").select("id").where("orgId", "=", orgId).where("name", "=", name);
  if (exceptId) query = query.where("id", "<>", exceptId);
  if (await query.executeTakeFirst()) {
    throw new AppError("conflict", `A period named ${name} already exists`, [
      { field: "name", rule: "unique", message: "period names are unique in an organisation" },
    ]);
  }
}

function readingsLeftOutside(period: Period, count: number): AppError {
  return new AppError(
    "S7",
    `${period.name} is ${period.status.replace("_", " ")}: the new dates leave ${count} of its readings outside it. Give the reason for the move (S7) to make it anyway`,
    [{ field: "reason", rule: "S7", message: "say why the dates move past the period's readings" }],
  );
}

/** The status moves only by the lifecycle's steps, which check and record it (not by a PATCH). */
function statusIsATransition(period: Period): AppError {
  return new AppError(
    "period_transition",
    `The status changes by a transition: POST .../periods/${period.id}/transitions with the next step`,
    [{ field: "status", rule: "lifecycle", message: "use the period's transitions to change its status" }],
  );
}

type PeriodSnapshot = Pick<Period, "name" | "startsOn" | "endsOn" | "status">;

function snapshotOf({ name, startsOn, endsOn, status }: Period): PeriodSnapshot {
  return { name, startsOn, endsOn, status };
}

/** A period's own changes (renames, moved dates with their reasons, S7), oldest first. */
export const listPeriodHistory = defineUseCase("read", async ({ tx, orgId }, idOrName: string) => {
  const period = await findPeriod(tx, orgId, idOrName);
  return (
    historyOf(tx, orgId, "period", period.id, "oldest first")
      // A period's rows hold what updatePeriod records: its name, dates and status.
      .$narrowType<{ before: PeriodSnapshot | null; after: PeriodSnapshot | null }>()
      .execute()
  );
});

export const getPeriod = defineUseCase("read", ({ tx, orgId }, idOrName: string) => findPeriod(tx, orgId, idOrName));

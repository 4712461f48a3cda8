import { changeOf } from "../../db/repositories/history.ts";
import { links } from "../../db/repositories/links.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { SprintRow } from "../../db/schema.ts";
import { AppError, notFound } from "../../domain/errors.ts";
import { authorize } from "../../domain/policies.ts";
import { endsAfterStart, type SprintDates } from "../../domain/sprints.ts";
import type { CreateSprint, UpdateSprint } from "../../schemas/sprints.ts";
import type { ServiceContext, Tx } from "../context.ts";
import { findRow } from "../tenant-reads.ts";
import { defineUseCase } from "../use-case.ts";
import type { Scope } from "../write.ts";
import { findSprint, type SprintView, withKeyResults } from "./read-sprints.ts";

// P3, M6: a team's members plan its sprints without approval from above; every change leaves a
// history row (S7) holding the sprint and the KRs its goal serves.

export const createSprint = defineUseCase("write", async ({ tx, ctx, scope }, input: CreateSprint) => {
  const { row, history } = await insertSprint(tx, ctx, scope, input);
  return { result: await viewOf(tx, ctx, row), history: [history] };
});

/** Several sprints in one transaction, all or none (the demo's quarter of sprints). */
export const createSprints = defineUseCase("write", async ({ tx, ctx, scope }, inputs: CreateSprint[]) => {
  const made = [];
  for (const input of inputs) made.push(await insertSprint(tx, ctx, scope, input));
  return { result: made.map((m) => m.row), history: made.map((m) => m.history) };
});

/** One new sprint with every check (M6, dates, no overlap, its KRs), its links and its history row. */
async function insertSprint(tx: Tx, ctx: ServiceContext, scope: Scope, input: CreateSprint) {
  const { orgId } = scope;
  await assertUnit(tx, orgId, input.unitId);
  authorize(scope.actor, { do: "manageSprints", unitId: input.unitId });
  const { keyResultIds = [], ...fields } = input;
  assertDates(fields);
  await assertNoOverlap(tx, orgId, input.unitId, fields, null);
  await assertKeyResults(tx, orgId, keyResultIds);
  const row = await tx
    .insertInto("sprints")
    .values({ orgId, id: ctx.newId(), ...fields })
    .returningAll()
    .executeTakeFirstOrThrow();
  await linkKeyResults(tx, orgId, row.id, keyResultIds);
  return { row, history: changeOf("sprint", row.id, null, snapshot(row, keyResultIds)) };
}

export const updateSprint = defineUseCase(
  "write",
  async ({ tx, ctx, scope, orgId }, id: string, input: UpdateSprint) => {
    const before = await findSprint(tx, orgId, id);
    authorize(scope.actor, { do: "manageSprints", unitId: before.unitId });
    const { keyResultIds, ...fields } = input;
    const dates = { startsOn: fields.startsOn ?? before.startsOn, endsOn: fields.endsOn ?? before.endsOn };
    assertDates(dates);
    await assertNoOverlap(tx, orgId, before.unitId, dates, id);
    const linkedBefore = await linkedKeyResults(tx, orgId, id);
    let after = before;
    if (Object.values(fields).some((value) => value !== undefined)) {
      after = await tenantRows("sprints").updateHeld(tx, orgId, id, { ...fields, updatedAt: ctx.now() });
    }
    if (keyResultIds) {
      await assertKeyResults(tx, orgId, keyResultIds);
      await servedKeyResults.clear(tx, orgId, id);
      await linkKeyResults(tx, orgId, id, keyResultIds);
    }
    return {
      result: await viewOf(tx, ctx, after),
      history: [changeOf("sprint", id, snapshot(before, linkedBefore), snapshot(after, keyResultIds ?? linkedBefore))],
    };
  },
);

export const deleteSprint = defineUseCase("write", async ({ tx, scope, orgId }, id: string) => {
  const before = await findSprint(tx, orgId, id);
  authorize(scope.actor, { do: "manageSprints", unitId: before.unitId });
  const linked = await linkedKeyResults(tx, orgId, id);
  await tx.deleteFrom("sprints").where("orgId", "=", orgId).where("id", "=", id).execute();
  return { result: undefined, history: [changeOf("sprint", id, snapshot(before, linked), null)] };
});

/** What the history keeps of a sprint: its fields and the KRs its goal served. */
export function snapshot(row: SprintRow, keyResultIds: readonly string[]) {
  const { orgId: _, createdAt: __, updatedAt: ___, ...fields } = row;
  return { ...fields, keyResultIds: [...keyResultIds] };
}

export async function assertUnit(tx: Tx, orgId: string, unitId: string): Promise<void> {
  await findRow(tx, orgId, "units", unitId, "Unit");
}

function assertDates(dates: SprintDates): void {
  if (!endsAfterStart(dates)) {
    throw new AppError("constraint_failed", "A sprint ends after the day it starts", [
      { field: "endsOn", rule: "after_start", message: "a sprint ends after the day it starts" },
    ]);
  }
}

/** The unit's sprints that share a day with these dates (the exclusion constraint is the floor). */
export async function overlappingSprints(
  tx: Tx,
  orgId: string,
  unitId: string,
  dates: SprintDates,
  except: string | null,
): Promise<Pick<SprintRow, "id" | "name" | "startsOn" | "endsOn">[]> {
  let query = tx
    .selectFrom("sprints")
    .select(["id", "name", "startsOn", "endsOn"])
    .where("orgId", "=", orgId)
    .where("unitId", "=", unitId)
    .where("startsOn", "<=", dates.endsOn)
    .where("endsOn", ">=", dates.startsOn);
  if (except) query = query.where("id", "<>", except);
  return query.orderBy("startsOn").execute();
}

async function assertNoOverlap(
  tx: Tx,
  orgId: string,
  unitId: string,
  dates: SprintDates,
  except: string | null,
): Promise<void> {
  const [other] = await overlappingSprints(tx, orgId, unitId, dates, except);
  if (other) {
    throw new AppError("conflict", `This unit's sprint "${other.name}" already runs on some of these days`, [
      {
        field: "startsOn",
        rule: "no_overlap",
        message: `overlaps "${other.name}" (${other.startsOn} to ${other.endsOn}); a unit's sprints do not overlap`,
      },
    ]);
  }
}

/** Ids of key results that are not the organisation's are not found (never another tenant's). */
async function assertKeyResults(tx: Tx, orgId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx
    .selectFrom("keyResults")
    .select("id")
    .where("orgId", "=", orgId)
    .where("id", "in", [...ids])
    .execute();
  if (found.length < new Set(ids).size) throw notFound("Key result");
}

const servedKeyResults = links("sprintKeyResults");

export async function linkKeyResults(tx: Tx, orgId: string, sprintId: string, ids: readonly string[]): Promise<void> {
  await servedKeyResults.add(tx, orgId, sprintId, ids);
}

const linkedKeyResults = servedKeyResults.of;

async function viewOf(tx: Tx, ctx: ServiceContext, row: SprintRow): Promise<SprintView> {
  const [view] = await withKeyResults(tx, ctx, row.orgId, [row]);
  return view as SprintView;
}

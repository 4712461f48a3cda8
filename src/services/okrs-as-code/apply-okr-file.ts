import { liveReadingsOf } from "../../db/repositories/check-ins.ts";
import { enforcedRulesOf } from "../../db/repositories/coach-settings.ts";
import { keyResultsInUnits, listKeyResults } from "../../db/repositories/okrs.ts";
import type { DraftOkrSet } from "../../domain/coach/index.ts";
import { AppError } from "../../domain/errors.ts";
import { idsOf } from "../../domain/ids.ts";
import type { KeyResultExtras } from "../../domain/okr-table.ts";
import { type Actor, authorize } from "../../domain/policies.ts";
import { type BatchCheckInInput, recordCheckIns } from "../check-ins/record-check-ins.ts";
import { readTenant, type ServiceContext, type Tx } from "../context.ts";
import { createKeyResult } from "../key-results/create-key-result.ts";
import { updateKeyResult } from "../key-results/update-key-result.ts";
import { createObjective } from "../objectives/create-objective.ts";
import { updateObjective } from "../objectives/update-objective.ts";
import { insertOrganisation } from "../organisations.ts";
import { createPeriod } from "../periods.ts";
import { createUnit, updateUnit } from "../units.ts";
import { type Scope, writeChanges } from "../write.ts";
import { type OrgSnapshot, type PlanStep, planApply, readingKey } from "./plan-apply.ts";

/** Apply into an existing organisation (a scope), or create it as part of the same transaction. */
export type ApplyTarget = Scope | { actor: Actor; newOrganisation: { slug: string; name: string } };

export interface ApplyOptions {
  /** Run everything, report it, and roll it all back. */
  dryRun: boolean;
  /** S7: kept in the history of every changed objective and key result. */
  reason: string;
  /** A spreadsheet's owners (by email) and readings per key result (docs/import-export.md). */
  extras?: KeyResultExtras[];
}

export interface ApplyResult {
  steps: PlanStep[];
  written: boolean;
}

class DryRunDone extends Error {}

/** A refusal during apply carries the step it refused, so the person sees which line of the plan. */
export function refusedStep(error: AppError): PlanStep | null {
  return (error as AppError & { step?: PlanStep }).step ?? null;
}

/**
 * `grove apply`: brings a period's OKRs from a file into the organisation (docs/okr-as-code.md)
 * through the ordinary services, in one transaction: a rule that refuses any step (K1 on an
 * active objective's key result, say) leaves the organisation as it was. A dry run performs
 * the same steps, so it meets the same refusals, and then rolls back.
 */
export async function applyOkrFile(
  ctx: ServiceContext,
  target: ApplyTarget,
  file: DraftOkrSet,
  options: ApplyOptions,
): Promise<ApplyResult> {
  authorize(target.actor, { do: "manageOkrStructure" });
  const newOrg = "newOrganisation" in target ? { id: ctx.newId(), ...target.newOrganisation } : null;
  const scope: Scope = newOrg ? { orgId: newOrg.id, actor: target.actor } : (target as Scope);
  const prepare = newOrg ? (tx: Tx) => insertOrganisation(tx, newOrg).then(() => undefined) : undefined;
  let steps: PlanStep[] = [];
  try {
    await writeChanges(
      ctx,
      scope,
      async () => {
        const extras = options.extras ?? [];
        steps = planApply(await snapshot(ctx, scope.orgId, file, extras.length > 0), file, extras);
        await perform(ctx, scope, steps, file, options.reason);
        if (options.dryRun) throw new DryRunDone();
      },
      prepare,
    );
  } catch (error) {
    if (!(error instanceof DryRunDone)) throw error;
  }
  if (newOrg) steps.unshift({ kind: "createOrganisation", slug: newOrg.slug });
  return { steps, written: !options.dryRun && steps.length > 0 };
}

/** The organisation as the plan needs it, read inside the unit of work (it sees its own writes). */
async function snapshot(
  ctx: ServiceContext,
  orgId: string,
  file: DraftOkrSet,
  withReadings: boolean,
): Promise<OrgSnapshot> {
  return readTenant(ctx, orgId, async (tx) => {
    const period = await tx
      .selectFrom("periods")
      .select("id")
      .where("orgId", "=", orgId)
      .where("name", "=", file.period?.name ?? "")
      .executeTakeFirst();
    const units = await tx.selectFrom("units").select(["id", "name", "parentId"]).where("orgId", "=", orgId).execute();
    const objectives = period
      ? await tx
          .selectFrom("objectives")
          .selectAll()
          .where("orgId", "=", orgId)
          .where("periodId", "=", period.id)
          .orderBy("createdAt")
          .orderBy("id")
          .execute()
      : [];
    const keyResults = await listKeyResults(tx, orgId, idsOf(objectives));
    const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
    // A table's owners and readings only (docs/import-export.md): an OKR file has neither.
    const people = withReadings
      ? await tx.selectFrom("people").select(["id", "email"]).where("orgId", "=", orgId).execute()
      : [];
    const stored = withReadings ? await liveReadingsOf(tx, orgId, idsOf(keyResults)) : [];
    const readings = new Map<string, Set<string>>();
    for (const row of stored) {
      const date = row.checkedInAt.toISOString().slice(0, 10);
      readings.set(
        row.keyResultId,
        (readings.get(row.keyResultId) ?? new Set()).add(readingKey({ date, value: row.value })),
      );
    }
    return {
      people,
      readings,
      periodExists: Boolean(period),
      units,
      objectives: objectives.map((objective) => ({
        ...objective,
        unitName: unitName.get(objective.unitId) ?? "",
        keyResults: keyResults.filter((kr) => kr.objectiveId === objective.id),
      })),
      enforced: await enforcedRulesOf(tx, orgId),
    };
  });
}

async function perform(ctx: ServiceContext, scope: Scope, steps: PlanStep[], file: DraftOkrSet, reason: string) {
  const ids = await readTenant(ctx, scope.orgId, async (tx) => {
    const units = await tx.selectFrom("units").select(["id", "name"]).where("orgId", "=", scope.orgId).execute();
    const period = await tx
      .selectFrom("periods")
      .select("id")
      .where("orgId", "=", scope.orgId)
      .where("name", "=", file.period?.name ?? "")
      .executeTakeFirst();
    return { units: new Map(units.map((unit) => [unit.name, unit.id])), periodId: period?.id ?? null };
  });
  const unitId = (name: string): string => {
    const id = ids.units.get(name);
    if (!id) {
      throw new AppError("validation_failed", `Unit "${name}" cannot be placed: the file's parents form a cycle`, [
        { field: "units", rule: "tree", message: "a unit cannot be its own ancestor" },
      ]);
    }
    return id;
  };
  const readings: BatchCheckInInput[] = [];
  for (const step of steps) {
    try {
      if (step.kind === "recordReadings") {
        const keyResult = await keyResultAt(ctx, scope.orgId, ids.periodId, step);
        for (const reading of step.readings) {
          readings.push({
            keyResultId: keyResult.id,
            value: reading.value,
            checkedInAt: readingTime(ctx, reading.date),
            ...(keyResult.ownerId ? { authorId: keyResult.ownerId } : {}),
          });
        }
      } else if (step.kind === "setOwner") {
        const keyResult = await keyResultAt(ctx, scope.orgId, ids.periodId, step);
        const people = await readTenant(ctx, scope.orgId, (tx) =>
          tx.selectFrom("people").select(["id", "email"]).where("orgId", "=", scope.orgId).execute(),
        );
        const owner = people.find((person) => person.email.toLowerCase() === step.owner.after);
        await updateKeyResult(ctx, scope, keyResult.id, { ownerId: owner?.id ?? null, reason });
      } else {
        await performStep(ctx, scope, step, ids, unitId, reason);
      }
    } catch (error) {
      if (error instanceof AppError) Object.assign(error, { step });
      throw error;
    }
  }
  // After every owner is set, so each reading is the owner's; one batch, one roll-up (M5).
  if (readings.length > 0) await recordCheckIns(ctx, scope, readings);
}

/** A table's reading is dated by day: noon UTC of that day, or now for today's. */
function readingTime(ctx: ServiceContext, date: string): string {
  const noon = new Date(`${date}T12:00:00Z`);
  return (noon.getTime() > ctx.now().getTime() ? ctx.now() : noon).toISOString();
}

/** The key result a step names, as the unit of work sees it (created by an earlier step or stored). */
async function keyResultAt(
  ctx: ServiceContext,
  orgId: string,
  periodId: string | null,
  where: { unit: string; objective: string; title: string },
) {
  const row = await readTenant(ctx, orgId, (tx) =>
    keyResultsInUnits(tx, orgId)
      .select(["k.id", "k.ownerId"])
      .where("o.periodId", "=", periodId ?? "00000000-0000-0000-0000-000000000000")
      .where("u.name", "=", where.unit)
      .where("o.title", "=", where.objective)
      .where("k.title", "=", where.title)
      .executeTakeFirst(),
  );
  if (!row) throw new Error(`planned key result ${where.unit} / ${where.objective} / ${where.title} not found`);
  return row;
}

async function performStep(
  ctx: ServiceContext,
  scope: Scope,
  step: PlanStep,
  ids: { units: Map<string, string>; periodId: string | null },
  unitId: (name: string) => string,
  reason: string,
): Promise<void> {
  switch (step.kind) {
    case "createPeriod":
      ids.periodId = (await createPeriod(ctx, scope, { name: step.name })).id;
      break;
    case "createUnit": {
      const parentId = step.parent === null ? null : unitId(step.parent);
      const unit = await createUnit(ctx, scope, { name: step.name, kind: parentId ? "team" : "company", parentId });
      ids.units.set(unit.name, unit.id);
      break;
    }
    case "moveUnit":
      await updateUnit(ctx, scope, step.unitId, { parentId: unitId(step.to) });
      break;
    case "createObjective":
      await createObjective(ctx, scope, {
        unitId: unitId(step.unit),
        periodId: ids.periodId as string,
        title: step.title,
        description: step.description,
        status: step.status,
        keyResults: step.keyResults,
      });
      break;
    case "updateObjective":
      await updateObjective(ctx, scope, step.objectiveId, { description: step.description.after, reason });
      break;
    case "createKeyResult":
      await createKeyResult(ctx, scope, step.objectiveId, step.keyResult);
      break;
    case "updateKeyResult": {
      const changes = Object.fromEntries(Object.entries(step.changes).map(([field, change]) => [field, change.after]));
      await updateKeyResult(ctx, scope, step.keyResultId, { ...changes, reason });
      break;
    }
    case "createOrganisation":
    case "setOwner":
    case "recordReadings":
      break;
  }
}

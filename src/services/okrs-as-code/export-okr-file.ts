import { listKeyResults } from "../../db/repositories/okrs.ts";
import type { ObjectiveRow, Unit } from "../../db/schema.ts";
import type { DraftOkrSet, DraftUnit } from "../../domain/coach/index.ts";
import { AppError, notFound } from "../../domain/errors.ts";
import { groupBy } from "../../domain/group-by.ts";
import { idsOf } from "../../domain/ids.ts";
import { quarterPeriod } from "../../domain/period.ts";
import { canReadUnit } from "../access.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { findPeriod } from "../period-lookup.ts";
import type { Scope } from "../write.ts";

export interface ExportResult {
  set: DraftOkrSet;
  /** What the file format cannot hold, said once per case for the person exporting. */
  notes: string[];
}

/** Active first, then the rest as they were created: applying the file activates the first one (M1). */
const statusOrder: Record<ObjectiveRow["status"], number> = { active: 0, draft: 1, closed: 1, cancelled: 2 };

/**
 * `grove export`: a period's OKRs in the file format of docs/okr-as-code.md. Every unit is
 * written (the tree holds together), parents before children, siblings by name; with `unit`,
 * only that unit and the units below it. Cancelled objectives are left out; private units'
 * OKRs only when the caller may read them.
 */
export async function exportOkrSet(
  ctx: ServiceContext,
  scope: Scope,
  options: { period: string; unit?: string },
): Promise<ExportResult> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const period = await findPeriod(tx, orgId, options.period);
    const named = quarterPeriod(period.name);
    if (!named) {
      throw new AppError("validation_failed", `Period "${period.name}" is not a quarter: OKR files hold quarters`, [
        { field: "period", rule: "quarter", message: "choose a period named YYYY-Qn" },
      ]);
    }
    const allUnits = await tx.selectFrom("units").selectAll().where("orgId", "=", orgId).orderBy("name").execute();
    let units = treeOrder(allUnits);
    if (options.unit !== undefined) {
      const top = allUnits.find((unit) => unit.name === options.unit);
      if (!top) throw notFound("Unit");
      units = subtree(units, top);
    }
    const objectives = (
      await tx
        .selectFrom("objectives")
        .selectAll()
        .where("orgId", "=", orgId)
        .where("periodId", "=", period.id)
        .where("status", "!=", "cancelled")
        .orderBy("createdAt")
        .orderBy("id")
        .execute()
    ).sort((a, b) => statusOrder[a.status] - statusOrder[b.status]);
    const keyResults = await listKeyResults(tx, orgId, idsOf(objectives));
    const notes = new Set<string>();
    const names = new Map(units.map((unit) => [unit.id, unit.name]));
    const set: DraftOkrSet = {
      period: named,
      units: units.map(
        (unit): DraftUnit => ({
          name: unit.name,
          parent: unit.parentId ? (names.get(unit.parentId) ?? null) : null,
          objectives: canReadUnit(scope, unit)
            ? objectives
                .filter((o) => o.unitId === unit.id)
                .map((objective) => ({
                  title: objective.title,
                  description: objective.description || null,
                  keyResults: keyResults
                    .filter((kr) => kr.objectiveId === objective.id)
                    .map((kr) => {
                      if (kr.kind === "range") {
                        notes.add(
                          `"${kr.title}" keeps a metric within a range; the file format has no bounds, so they are left out`,
                        );
                      }
                      return {
                        title: kr.title,
                        metric: kr.metric || null,
                        unit: kr.unit || null,
                        baseline: kr.baseline,
                        target: kr.target,
                        deadline: kr.deadline,
                      };
                    }),
                }))
            : [],
        }),
      ),
    };
    return { set, notes: [...notes] };
  });
}

/** Parents before children, siblings in the order given (by name). */
function treeOrder(units: Unit[]): Unit[] {
  const ids = new Set(units.map((unit) => unit.id));
  const children = groupBy(units, (unit) => (unit.parentId && ids.has(unit.parentId) ? unit.parentId : null));
  const ordered: Unit[] = [];
  const visit = (parent: string | null) => {
    for (const unit of children.get(parent) ?? []) {
      ordered.push(unit);
      visit(unit.id);
    }
  };
  visit(null);
  return ordered;
}

/** The unit and everything below it; the top unit's parent is not in the file, so it has none. */
function subtree(ordered: Unit[], top: Unit): Unit[] {
  const inside = new Set([top.id]);
  const result: Unit[] = [];
  for (const unit of ordered) {
    if (unit.id === top.id) result.push({ ...unit, parentId: null });
    else if (unit.parentId && inside.has(unit.parentId)) {
      inside.add(unit.id);
      result.push(unit);
    }
  }
  return result;
}

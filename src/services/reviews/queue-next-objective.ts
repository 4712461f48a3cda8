import { listKeyResults } from "../../db/repositories/okrs.ts";
import { objectivesUnderReview } from "../../db/repositories/reviews.ts";
import { AppError } from "../../domain/errors.ts";
import type { ServiceContext } from "../context.ts";
import { createObjective } from "../objectives/create-objective.ts";
import { requireReference } from "../references.ts";
import { type Scope, writeChange, writeChanges } from "../write.ts";
import { openSession } from "./open-session.ts";

/**
 * M1 sequencing: the end-of-period review queues the unit's next objective as a draft in a later
 * period, prefilled from this period's objective (its key results start from where they ended),
 * and the review links to it. The unit's lead writes objectives (M3), so the ordinary create
 * service decides who may.
 */
export async function queueNextObjective(
  ctx: ServiceContext,
  scope: Scope,
  reviewId: string,
  input: { periodId: string; title?: string },
) {
  return writeChanges(ctx, scope, async () => {
    const { session, draft } = await writeChange(ctx, scope, async (tx) => {
      const { orgId } = scope;
      // Queuing the next objective is the last step of the review, also once it is held.
      const session = await openSession(tx, scope, reviewId, { held: "allow" });
      if (session.kind !== "period_end") {
        throw new AppError("conflict", "The next objective is queued in the end-of-period review (M1)", [
          { field: "periodId", rule: "M1", message: "this is a checkpoint review" },
        ]);
      }
      if (session.nextObjectiveId) {
        throw new AppError("conflict", "This review has queued the next objective already; open the draft", [
          { field: "periodId", rule: "M1", message: "already queued" },
        ]);
      }
      const next = await requireReference(tx, orgId, "periods", input.periodId, "periodId");
      const current = await requireReference(tx, orgId, "periods", session.periodId, "periodId");
      if (next.startsOn <= current.startsOn) {
        throw new AppError("validation_failed", "Queue the next objective in a later period", [
          { field: "periodId", rule: "M1", message: "choose a period that starts after this one" },
        ]);
      }
      const [objective] = (await objectivesUnderReview(tx, orgId, session.unitId, session.periodId)).filter(
        (o) => o.status !== "draft",
      );
      const keyResults = objective ? await listKeyResults(tx, orgId, [objective.id]) : [];
      const draft = {
        unitId: session.unitId,
        periodId: next.id,
        title: input.title?.trim() || objective?.title || "",
        description: objective?.description ?? "",
        keyResults: keyResults.map((kr) => ({
          title: kr.title,
          kind: kr.kind,
          metric: kr.metric,
          unit: kr.unit,
          baseline: kr.kind === "metric" ? (kr.currentValue ?? kr.baseline) : null,
          target: kr.target,
          rangeLow: kr.rangeLow,
          rangeHigh: kr.rangeHigh,
          deadline: next.endsOn,
        })),
      };
      if (!draft.title) {
        throw new AppError("validation_failed", "Give the next objective a title", [
          { field: "title", rule: "required", message: "this period has no objective to start from" },
        ]);
      }
      return { result: { session, draft }, history: [] };
    });
    const created = await createObjective(ctx, scope, draft);
    await writeChange(ctx, scope, async (tx) => {
      await tx
        .updateTable("reviewSessions")
        .set({ nextObjectiveId: created.objective.id })
        .where("orgId", "=", scope.orgId)
        .where("id", "=", session.id)
        .execute();
      return { result: undefined, history: [] };
    });
    return created;
  });
}

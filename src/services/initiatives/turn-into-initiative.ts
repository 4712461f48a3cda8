import type { KeyResultRow } from "../../db/schema.ts";
import { inTenant } from "../../db/tenant.ts";
import { AppError, notFound } from "../../domain/errors.ts";
import { outcomeIssues } from "../../domain/initiatives.ts";
import { authorize } from "../../domain/policies.ts";
import type { TurnIntoInitiative } from "../../schemas/initiatives.ts";
import type { ServiceContext } from "../context.ts";
import { createKeyResult } from "../key-results/create-key-result.ts";
import { deleteKeyResult } from "../key-results/delete-key-result.ts";
import { requireReadableKeyResult } from "../references.ts";
import { assertFreshVersion } from "../tenant-reads.ts";
import { type Scope, writeChanges } from "../write.ts";
import type { Initiative } from "./read-initiatives.ts";
import { createInitiative } from "./write-initiatives.ts";

export type TurnIntoInitiativeInput = TurnIntoInitiative;

export interface TurnedIntoInitiative {
  initiative: Initiative;
  /** The outcome KR the initiative moves: the one picked, or the new one. */
  outcomeKeyResult: { id: string; title: string; created: boolean };
  /** The output KR, now gone from its objective. */
  removedKeyResultId: string;
}

const DEFAULT_REASON = "K7: an output, not an outcome; it is now an initiative under an outcome key result";

/**
 * K7 in one step: the coach found an output ("Launch the new onboarding") written as a KR. This
 * creates an initiative from the KR's text under an outcome KR (one that exists, or a new one
 * under the same objective with a metric, baseline and target) and removes the output KR. One
 * transaction (`writeChanges`): the three services keep their own checks and history rows (S7),
 * and a refusal by any of them (M4, K1, a closed period, a stale version) undoes all of it.
 */
export async function turnIntoInitiative(
  ctx: ServiceContext,
  scope: Scope,
  outputId: string,
  input: TurnIntoInitiativeInput,
): Promise<TurnedIntoInitiative> {
  return writeChanges(ctx, scope, async () => {
    const { output, unitId } = await inTenant(ctx.db, scope.orgId, async (tx) => {
      const output = await requireReadableKeyResult(tx, scope, outputId, "id");
      const objective = await tx
        .selectFrom("objectives")
        .select(["unitId"])
        .where("orgId", "=", scope.orgId)
        .where("id", "=", output.objectiveId)
        .executeTakeFirst();
      if (!objective) throw notFound("Key result");
      return { output, unitId: objective.unitId };
    });
    authorize(scope.actor, { do: "editKeyResults", unitId });
    authorize(scope.actor, { do: "editInitiatives", unitId });
    assertFreshVersion(output, input.version);
    const outcome = await outcomeOf(ctx, scope, output, input.outcome);
    const { kind, title, ...rest } = input.initiative;
    const initiative = await createInitiative(ctx, scope, {
      unitId,
      kind,
      title: title ?? output.title,
      ...rest,
      ownerId: rest.ownerId !== undefined ? rest.ownerId : output.ownerId,
      keyResultIds: [outcome.id],
    });
    await deleteKeyResult(ctx, scope, output.id, output.version, input.reason?.trim() || DEFAULT_REASON);
    return { initiative, outcomeKeyResult: outcome, removedKeyResultId: output.id };
  });
}

async function outcomeOf(
  ctx: ServiceContext,
  scope: Scope,
  output: KeyResultRow,
  outcome: TurnIntoInitiativeInput["outcome"],
): Promise<TurnedIntoInitiative["outcomeKeyResult"]> {
  if ("keyResultId" in outcome) {
    if (outcome.keyResultId === output.id) {
      throw new AppError("validation_failed", "The outcome key result is another KR than the output (K7)", [
        { field: "outcome.keyResultId", rule: "K7", message: "pick an outcome KR other than the output itself" },
      ]);
    }
    const picked = await inTenant(ctx.db, scope.orgId, (tx) =>
      requireReadableKeyResult(tx, scope, outcome.keyResultId, "outcome.keyResultId"),
    );
    return { id: picked.id, title: picked.title, created: false };
  }
  const issues = outcomeIssues(outcome.keyResult, "outcome.keyResult");
  if (issues.length > 0) {
    throw new AppError("validation_failed", "An outcome KR is a change in a metric (K7)", issues);
  }
  try {
    const created = await createKeyResult(ctx, scope, output.objectiveId, outcome.keyResult);
    return { id: created.id, title: created.title, created: true };
  } catch (error) {
    // The KR service names its fields as the KR's own; here they sit under outcome.keyResult.
    if (error instanceof AppError) {
      for (const issue of error.details) issue.field = `outcome.keyResult.${issue.field}`;
    }
    throw error;
  }
}

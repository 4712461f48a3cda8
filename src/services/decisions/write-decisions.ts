import { changeOf } from "../../db/repositories/history.ts";
import type { DecisionRow, EvidenceRef } from "../../db/schema.ts";
import { AppError, type FieldIssue } from "../../domain/errors.ts";
import { isoDate } from "../../domain/period.ts";
import { authorize } from "../../domain/policies.ts";
import type { CreateDecision, EvidenceRef as EvidenceRefInput, UpdateDecision } from "../../schemas/decisions.ts";
import type { ServiceContext, Tx } from "../context.ts";
import { requireReadableKeyResult, requireReference } from "../references.ts";
import { assertFreshVersion, lockRow } from "../tenant-reads.ts";
import { type Scope, writeChange } from "../write.ts";
import { type Decision, readDecision, requireReadableObjective } from "./read-decisions.ts";

// P4 and M6: a team records the decisions it takes on its objective and KRs, without approval
// from above: the unit's lead and members (and admins) write them, everyone who reads the unit
// reads them. Every change is in the history (S7). Decisions are not OKR writes: a closed
// period's objective still takes a decision about it (a revisit usually comes after the period).

export async function createDecision(ctx: ServiceContext, scope: Scope, input: CreateDecision): Promise<Decision> {
  return writeChange(ctx, scope, async (tx) => {
    const { objectiveId, keyResultId, unitId } = await subjectOf(tx, scope, input);
    authorize(scope.actor, { do: "recordDecision", unitId });
    const decidedOn = input.decidedOn ?? isoDate(ctx.now());
    await checkFields(tx, scope, { ...input, decidedOn }, keyResultId);
    const row = await tx
      .insertInto("decisions")
      .values({
        orgId: scope.orgId,
        id: ctx.newId(),
        objectiveId,
        keyResultId,
        title: input.title,
        context: input.context ?? "",
        options: input.options ?? [],
        evidence: input.evidence ?? "",
        evidenceRefs: JSON.stringify(refsOf(input.evidenceRefs)),
        decision: input.decision ?? "",
        decidedBy: input.decidedById ?? null,
        decidedOn,
        revisitOn: input.revisitOn ?? null,
        status: input.status ?? "active",
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return {
      result: await readDecision(ctx, tx, scope, row.id),
      history: [changeOf("decision", row.id, null, row)],
    };
  });
}

export async function updateDecision(
  ctx: ServiceContext,
  scope: Scope,
  id: string,
  input: UpdateDecision,
): Promise<Decision> {
  return writeChange(ctx, scope, async (tx) => {
    const before = await lockDecision(tx, scope, id);
    const unitId = (await requireReadableObjective(tx, scope, before.objectiveId, "id")).unitId;
    authorize(scope.actor, { do: "recordDecision", unitId });
    assertFreshVersion(before, input.version);
    const keyResultId = input.keyResultId === undefined ? before.keyResultId : input.keyResultId;
    if (input.keyResultId) await requireKeyResultOf(tx, scope, input.keyResultId, before.objectiveId);
    const decidedOn = input.decidedOn ?? before.decidedOn;
    const revisitOn = input.revisitOn === undefined ? before.revisitOn : input.revisitOn;
    await checkFields(tx, scope, { ...input, decidedOn, revisitOn }, keyResultId);
    const after = await tx
      .updateTable("decisions")
      .set({
        keyResultId,
        title: input.title,
        context: input.context,
        options: input.options,
        evidence: input.evidence,
        evidenceRefs: input.evidenceRefs && JSON.stringify(refsOf(input.evidenceRefs)),
        decision: input.decision,
        decidedBy: input.decidedById,
        decidedOn,
        revisitOn,
        status: input.status,
        version: before.version + 1,
        updatedAt: ctx.now(),
      })
      .where("orgId", "=", scope.orgId)
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { result: await readDecision(ctx, tx, scope, id), history: [changeOf("decision", id, before, after)] };
  });
}

export async function deleteDecision(ctx: ServiceContext, scope: Scope, id: string): Promise<void> {
  await writeChange(ctx, scope, async (tx) => {
    const before = await lockDecision(tx, scope, id);
    const { unitId } = await requireReadableObjective(tx, scope, before.objectiveId, "id");
    authorize(scope.actor, { do: "recordDecision", unitId });
    await tx.deleteFrom("decisions").where("orgId", "=", scope.orgId).where("id", "=", id).execute();
    return { result: undefined, history: [changeOf("decision", id, before, null)] };
  });
}

/** The decision row, locked until the change commits, so two edits apply one after the other. */
async function lockDecision(tx: Tx, scope: Scope, id: string): Promise<DecisionRow> {
  return lockRow(tx, scope.orgId, "decisions", id, "Decision");
}

/** The objective (and KR) a new decision is about, which the caller must be able to read. */
async function subjectOf(tx: Tx, scope: Scope, input: CreateDecision) {
  if (input.keyResultId) {
    const kr = await requireReadableKeyResult(tx, scope, input.keyResultId, "keyResultId");
    if (input.objectiveId && input.objectiveId !== kr.objectiveId) {
      await requireReadableObjective(tx, scope, input.objectiveId, "objectiveId");
      throw invalid([
        { field: "keyResultId", rule: "same_objective", message: "this key result is not under that objective" },
      ]);
    }
    const objective = await requireReadableObjective(tx, scope, kr.objectiveId, "keyResultId");
    return { objectiveId: objective.id, keyResultId: kr.id, unitId: objective.unitId };
  }
  const objective = await requireReadableObjective(tx, scope, input.objectiveId as string, "objectiveId");
  return { objectiveId: objective.id, keyResultId: null, unitId: objective.unitId };
}

async function requireKeyResultOf(tx: Tx, scope: Scope, keyResultId: string, objectiveId: string): Promise<void> {
  const kr = await requireReadableKeyResult(tx, scope, keyResultId, "keyResultId");
  if (kr.objectiveId !== objectiveId)
    throw invalid([
      {
        field: "keyResultId",
        rule: "same_objective",
        message: "a decision moves only between the KRs of its objective",
      },
    ]);
}

/** The person who decided exists here; the dates are in order; readings cited are the KR's own. */
async function checkFields(
  tx: Tx,
  scope: Scope,
  input: {
    decidedById?: string | null;
    decidedOn: string;
    revisitOn?: string | null;
    evidenceRefs?: EvidenceRefInput[];
  },
  keyResultId: string | null,
): Promise<void> {
  if (input.decidedById) await requireReference(tx, scope.orgId, "people", input.decidedById, "decidedById");
  const issues: FieldIssue[] = [];
  if (input.revisitOn && input.revisitOn < input.decidedOn)
    issues.push({ field: "revisitOn", rule: "after_decided", message: "revisit on or after the day it was decided" });
  const readings = (input.evidenceRefs ?? []).flatMap((ref, index) =>
    ref.kind === "check_in" ? [{ ref, index }] : [],
  );
  if (readings.length > 0) {
    const found = keyResultId
      ? await tx
          .selectFrom("checkIns")
          .select("id")
          .where("orgId", "=", scope.orgId)
          .where("keyResultId", "=", keyResultId)
          .where(
            "id",
            "in",
            readings.map((r) => r.ref.ref),
          )
          .execute()
      : [];
    const ids = new Set(found.map((row) => row.id));
    for (const { ref, index } of readings) {
      if (!ids.has(ref.ref))
        issues.push({
          field: `evidenceRefs.${index}.ref`,
          rule: "reading_of_kr",
          message: keyResultId
            ? "not a reading of this decision's key result"
            : "cite readings on a decision about a key result",
        });
    }
  }
  if (issues.length > 0) throw invalid(issues);
}

function invalid(issues: FieldIssue[]): AppError {
  return new AppError("constraint_failed", issues.map((issue) => issue.message).join("; "), issues);
}

function refsOf(refs: EvidenceRefInput[] | undefined): EvidenceRef[] {
  return (refs ?? []).map((ref) => ({ kind: ref.kind, ref: ref.ref, label: ref.label ?? "" }));
}

import { createHash } from "node:crypto";
import { changeOf } from "../../db/repositories/history.ts";
import { listKeyResults } from "../../db/repositories/okrs.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { CoachDismissalRow } from "../../db/schema.ts";
import { findingSubject, isDismissalReason, keyResultIndexOfPath } from "../../domain/coach/dismissals.ts";
import type { DraftObjective, Finding, RuleId } from "../../domain/coach/index.ts";
import { AppError } from "../../domain/errors.ts";
import { authorize } from "../../domain/policies.ts";
import { canReadUnit } from "../access.ts";
import type { Executor, ServiceContext, Tx } from "../context.ts";
import { findPeriod } from "../period-lookup.ts";
import { lockRow } from "../tenant-reads.ts";
import { type Scope, writeChange } from "../write.ts";
import { ruleSettingsOf } from "./coach-settings.ts";
import { draftOf, reviewStoredUnit, type StoredObjective } from "./review-stored-okrs.ts";
import { strategyContextOf } from "./strategy-context.ts";

// Issue 17 point 3: a team sets aside a finding it disagrees with, with a reason (kept in the
// history, S7). The dismissal holds for the text the finding is about: its key is the rule, the
// objective or key result and a hash of that text (src/domain/coach/dismissals.ts), so an edit
// of the text opens the finding again. Who may: whoever writes the unit's key results (M3).

/** A dismissal as the API shows it beside its finding. */
export interface Dismissal {
  id: string;
  rule: string;
  objectiveId: string;
  keyResultId: string | null;
  reason: string;
  dismissedBy: string | null;
  /** The person's name, so a report can say who without another read. */
  dismissedByName: string | null;
  dismissedAt: Date;
}

export interface DismissInput {
  rule: RuleId;
  objectiveId: string;
  keyResultId?: string | null;
  reason: string;
}

/** The hash a dismissal keeps of the text it holds for. */
export function textHashOf(subject: string): string {
  return createHash("sha256").update(subject).digest("hex");
}

const keyOf = (objectiveId: string, keyResultId: string | null, rule: string, hash: string) =>
  `${objectiveId}|${keyResultId ?? ""}|${rule}|${hash}`;

export async function dismissFinding(ctx: ServiceContext, scope: Scope, input: DismissInput): Promise<Dismissal> {
  const reason = input.reason.trim();
  if (!isDismissalReason(reason)) {
    throw new AppError("constraint_failed", "Say why the team sets this finding aside", [
      { field: "reason", rule: "min_length", message: "write at least 3 characters" },
    ]);
  }
  return writeChange(ctx, scope, async (tx) => {
    const { stored, unit } = await editableObjective(tx, scope, input.objectiveId, "objectiveId");
    const keyResultId = input.keyResultId ?? null;
    const index = keyResultId === null ? null : stored.keyResults.findIndex((kr) => kr.id === keyResultId);
    if (index === -1) {
      throw new AppError("not_found", "Key result not found", [
        { field: "keyResultId", rule: "exists", message: "no key result with this id under the objective" },
      ]);
    }
    // Only a finding the coach raises now, with the organisation's settings, can be set aside.
    const period = await findPeriod(tx, scope.orgId, stored.objective.periodId);
    const findings = reviewStoredUnit(unit, [stored], {
      locale: "en",
      settings: await ruleSettingsOf(tx, scope.orgId),
      period,
      strategy: await strategyContextOf(tx, scope.orgId, unit),
    });
    if (!findings.some((f) => f.rule === input.rule && f.keyResultId === keyResultId)) {
      throw new AppError("conflict", `The coach raises no ${input.rule} finding here (any more)`, [
        { field: "rule", rule: "open_finding", message: "the coach has no such open finding on this text" },
      ]);
    }
    const subject = findingSubject(draftOf(stored), index) as string;
    const textHash = textHashOf(subject);
    const existing = await tx
      .selectFrom("coachDismissals")
      .select("id")
      .where("orgId", "=", scope.orgId)
      .where("objectiveId", "=", input.objectiveId)
      .where("rule", "=", input.rule)
      .where("textHash", "=", textHash)
      .where((eb) => (keyResultId ? eb("keyResultId", "=", keyResultId) : eb("keyResultId", "is", null)))
      .executeTakeFirst();
    if (existing) {
      throw new AppError("conflict", "This finding is already dismissed", [
        { field: "rule", rule: "unique", message: "this finding is already dismissed" },
      ]);
    }
    const row = await tx
      .insertInto("coachDismissals")
      .values({
        orgId: scope.orgId,
        id: ctx.newId(),
        objectiveId: input.objectiveId,
        keyResultId,
        rule: input.rule,
        textHash,
        reason,
        dismissedBy: scope.actor.kind === "person" ? scope.actor.personId : null,
        dismissedAt: ctx.now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const [view] = await present(tx, scope.orgId, [row]);
    return { result: view as Dismissal, history: [changeOf("coach_dismissal", row.id, null, snapshot(row), reason)] };
  });
}

/** Opens a dismissed finding again (the team changed its mind); its history row stays. */
export async function removeDismissal(ctx: ServiceContext, scope: Scope, id: string): Promise<void> {
  await writeChange(ctx, scope, async (tx) => {
    const row = await lockRow(tx, scope.orgId, "coachDismissals", id, "Dismissal");
    await editableObjective(tx, scope, row.objectiveId, "id", "Dismissal");
    await tenantRows("coachDismissals").remove(tx, scope.orgId, id);
    return { result: undefined, history: [changeOf("coach_dismissal", id, snapshot(row), null)] };
  });
}

/** What the history keeps of a dismissal (not the hash: it means nothing to a reader). */
function snapshot(row: CoachDismissalRow) {
  const { textHash: _hash, ...rest } = row;
  return rest;
}

/**
 * The objective with its KRs and unit, for a change by someone who writes the unit's key
 * results. One in a private unit the caller cannot read answers as one that does not exist (S5).
 */
async function editableObjective(tx: Tx, scope: Scope, objectiveId: string, field: string, what = "Objective") {
  const objective = await tenantRows("objectives").find(tx, scope.orgId, objectiveId);
  const unit = objective && (await tenantRows("units").find(tx, scope.orgId, objective.unitId));
  if (!objective || !unit || !canReadUnit(scope, unit)) {
    throw new AppError("not_found", `${what} not found`, [
      { field, rule: "exists", message: `no ${what.toLowerCase()} with this id in the organisation` },
    ]);
  }
  authorize(scope.actor, { do: "editKeyResults", unitId: unit.id });
  if (objective.status !== "draft" && objective.status !== "active") {
    throw new AppError("conflict", "The coach reviews only draft and active objectives", [
      { field, rule: "open_objective", message: "this objective is closed or cancelled" },
    ]);
  }
  const keyResults = await listKeyResults(tx, scope.orgId, [objectiveId]);
  const stored: StoredObjective = { objective, keyResults };
  return { stored, unit };
}

/** Dismissals with the names of who set them aside. */
async function present(db: Executor, orgId: string, rows: CoachDismissalRow[]): Promise<Dismissal[]> {
  const ids = [...new Set(rows.map((r) => r.dismissedBy).filter((id): id is string => id !== null))];
  const people =
    ids.length === 0
      ? []
      : await db
          .selectFrom("people")
          .select(["id", "name"])
          .where("orgId", "=", orgId)
          .where("id", "in", ids)
          .execute();
  const names = new Map(people.map((p) => [p.id, p.name]));
  return rows.map(({ textHash: _hash, orgId: _org, ...row }) => ({
    ...row,
    dismissedByName: row.dismissedBy ? (names.get(row.dismissedBy) ?? null) : null,
  }));
}

/** A finding with the dismissal that holds for its text, or null when it is open. */
export type WithDismissal<F> = F & { dismissal: Dismissal | null };

async function matcher(db: Executor, orgId: string, objectiveIds: string[]) {
  const rows =
    objectiveIds.length === 0
      ? []
      : await db
          .selectFrom("coachDismissals")
          .selectAll()
          .where("orgId", "=", orgId)
          .where("objectiveId", "in", objectiveIds)
          .execute();
  const views = await present(db, orgId, rows);
  const byKey = new Map(rows.map((r, i) => [keyOf(r.objectiveId, r.keyResultId, r.rule, r.textHash), views[i]]));
  return (objective: DraftObjective, objectiveId: string, keyResultIds: (string | null)[], finding: Finding) => {
    const index = keyResultIndexOfPath(finding.path);
    const keyResultId = index === null ? null : (keyResultIds[index] ?? null);
    if (index !== null && keyResultId === null) return null;
    const subject = findingSubject(objective, index);
    if (subject === null) return null;
    return byKey.get(keyOf(objectiveId, keyResultId, finding.rule, textHashOf(subject))) ?? null;
  };
}

/**
 * Marks findings on stored objectives with their dismissals (M1, about the unit, has none): one
 * read for all the objectives given, then a function to apply to their findings.
 */
export async function dismissalsOn(db: Executor, orgId: string, stored: StoredObjective[]) {
  const match = await matcher(
    db,
    orgId,
    stored.map((s) => s.objective.id),
  );
  const byId = new Map(
    stored.map((s) => [s.objective.id, { draft: draftOf(s), ids: s.keyResults.map((kr) => kr.id) }]),
  );
  return <F extends Finding & { objectiveId: string | null }>(findings: F[]): WithDismissal<F>[] =>
    findings.map((finding) => {
      const s = finding.objectiveId ? byId.get(finding.objectiveId) : undefined;
      return { ...finding, dismissal: s ? match(s.draft, finding.objectiveId as string, s.ids, finding) : null };
    });
}

/**
 * Findings on a draft of a stored objective (the editor), with the dismissals that still hold
 * for the draft's text: an edit not yet saved already shows the finding open again.
 */
export async function withDraftDismissals(
  db: Executor,
  orgId: string,
  draft: DraftObjective,
  ids: { objectiveId: string; keyResultIds: (string | null)[] },
  findings: Finding[],
): Promise<WithDismissal<Finding>[]> {
  const match = await matcher(db, orgId, [ids.objectiveId]);
  return findings.map((finding) => ({
    ...finding,
    dismissal: match(draft, ids.objectiveId, ids.keyResultIds, finding),
  }));
}

import { lockSession } from "../../db/repositories/reviews.ts";
import type { ReviewSessionRow } from "../../db/schema.ts";
import { AppError, notFound } from "../../domain/errors.ts";
import { authorize } from "../../domain/policies.ts";
import type { Tx } from "../context.ts";
import { findRow } from "../tenant-reads.ts";
import type { Scope } from "../write.ts";

/**
 * A started session the caller may write to: the unit's lead and members, or an admin (S4). A
 * held review is a record of what the team concluded: it takes no more changes.
 */
export async function openSession(
  tx: Tx,
  scope: Scope,
  id: string,
  options: { held?: "refuse" | "allow" } = {},
): Promise<ReviewSessionRow> {
  const session = await lockSession(tx, scope.orgId, id);
  if (!session) throw notFound("Review");
  const unit = await findRow(tx, scope.orgId, "units", session.unitId, "Unit");
  authorize(scope.actor, { do: "readUnit", unitId: unit.id, unitPrivate: unit.private });
  authorize(scope.actor, { do: "writeReview", unitId: session.unitId });
  if (session.state === "held" && options.held !== "allow") {
    throw new AppError("conflict", "This review was held and is kept as it was; the next session takes new answers", [
      { field: "state", rule: "S4", message: "the review is held" },
    ]);
  }
  return session;
}

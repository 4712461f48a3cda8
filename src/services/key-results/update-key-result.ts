import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { KeyResultRow } from "../../db/schema.ts";
import { notFound } from "../../domain/errors.ts";
import type { ServiceContext } from "../context.ts";
import { assertFreshVersion } from "../objectives/update-objective.ts";
import { requireReference } from "../references.ts";
import { type WriteScope, writeChange } from "../write.ts";
import { assertKeyResultReady } from "./create-key-result.ts";
import type { KeyResultInput } from "./key-result-input.ts";

export type UpdateKeyResultInput = Partial<KeyResultInput> & {
  position?: number;
  version?: number;
  reason?: string;
};

/** Edits a KR; on an active objective the result must still satisfy K1, and S7 keeps the change. */
export async function updateKeyResult(
  ctx: ServiceContext,
  scope: WriteScope,
  id: string,
  input: UpdateKeyResultInput,
): Promise<KeyResultRow> {
  return writeChange(ctx, scope, async (tx) => {
    const { orgId } = scope;
    const before = await tenantRows("keyResults").find(tx, orgId, id);
    if (!before) throw notFound("Key result");
    assertFreshVersion(before.version, input.version);
    if (input.ownerId) await requireReference(tx, orgId, "people", input.ownerId, "ownerId");
    const { version: _v, reason, ...changes } = input;
    const objective = await tenantRows("objectives").find(tx, orgId, before.objectiveId);
    if (objective?.status === "active") assertKeyResultReady({ ...before, ...changes });
    const updated = await tenantRows("keyResults").update(tx, orgId, id, {
      ...changes,
      version: before.version + 1,
      updatedAt: ctx.now(),
    });
    return {
      result: updated as KeyResultRow,
      history: [{ entity: "key_result", entityId: id, action: "update", before, after: updated, reason }],
    };
  });
}

import { changeOf } from "../db/repositories/history.ts";
import { tenantRows } from "../db/repositories/tenant-rows.ts";
import { notFound } from "../domain/errors.ts";
import type { CreateStrategy } from "../schemas/strategies.ts";
import { findRow, tenantReads } from "./tenant-reads.ts";
import { defineUseCase } from "./use-case.ts";

// M8: vision and strategy statements that a period's objectives link to.
const strategies = tenantRows("strategies");

/** A new statement as the API validates it. */
export type StrategyInput = CreateStrategy;

export const { list: listStrategies, get: getStrategy } = tenantReads("strategies", "Strategy", "createdAt");

export const createStrategy = defineUseCase("admin", async ({ tx, ctx, orgId }, input: StrategyInput) => {
  const strategy = await strategies.insert(tx, { orgId, id: ctx.newId(), ...written(input) });
  return { result: strategy, history: [changeOf("strategy", strategy.id, null, strategy)] };
});

export const updateStrategy = defineUseCase(
  "admin",
  async ({ tx, orgId }, id: string, input: Partial<StrategyInput>) => {
    const before = await strategies.find(tx, orgId, id);
    const updated = before ? await strategies.update(tx, orgId, id, written(input)) : undefined;
    if (!before || !updated) throw notFound("Strategy");
    return { result: updated, history: [changeOf("strategy", id, before, updated)] };
  },
);

/** A blank diagnosis or guardrails is one not written yet: stored as null (M8). */
function written<T extends Partial<StrategyInput>>(input: T): T {
  const blank = (text: string | null | undefined) => (text === undefined ? undefined : text?.trim() ? text : null);
  return { ...input, diagnosis: blank(input.diagnosis), guardrails: blank(input.guardrails) };
}

/** Objectives that served a deleted strategy keep existing; their link is cleared. */
export const deleteStrategy = defineUseCase("admin", async ({ tx, orgId }, id: string) => {
  const strategy = await findRow(tx, orgId, "strategies", id, "Strategy");
  await tx
    .updateTable("objectives")
    .set({ strategyId: null })
    .where("orgId", "=", orgId)
    .where("strategyId", "=", id)
    .execute();
  await strategies.remove(tx, orgId, id);
  return { result: undefined, history: [changeOf("strategy", id, strategy, null)] };
});

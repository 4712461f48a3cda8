import type { StrategyContext } from "../../domain/coach/index.ts";
import type { Executor } from "../context.ts";

/**
 * What M8 needs to know about a unit: is it the company (no parent), and how many strategy
 * statements the organisation has (visions do not count: an objective serves a strategy).
 */
export async function strategyContextOf(
  db: Executor,
  orgId: string,
  unit: { parentId: string | null },
): Promise<StrategyContext> {
  return { companyLevel: unit.parentId === null, strategyCount: await countStrategies(db, orgId) };
}

export async function countStrategies(db: Executor, orgId: string): Promise<number> {
  const row = await db
    .selectFrom("strategies")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("orgId", "=", orgId)
    .where("kind", "=", "strategy")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

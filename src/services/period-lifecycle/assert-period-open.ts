import { lockPeriodsToWrite } from "../../db/repositories/period-lifecycle.ts";
import { isFrozen, periodClosedError } from "../../domain/period-lifecycle.ts";
import type { Executor } from "../context.ts";

/**
 * The freeze of a closed period (docs/period-lifecycle.md): every write to a period's OKRs calls
 * this first, inside its transaction, with the period (or periods: a batch of check-ins, an
 * objective moved between periods) it writes into. A closed one is refused with 409
 * `period_closed` ("2026-Q3 is closed; an admin can reopen it with a reason"). The rows stay
 * share-locked until the write commits, so closing waits for writes under way.
 */
export async function assertPeriodOpen(
  tx: Executor,
  orgId: string,
  periodIds: string | readonly (string | null | undefined)[],
): Promise<void> {
  const ids = typeof periodIds === "string" ? [periodIds] : periodIds.filter((id): id is string => Boolean(id));
  const periods = await lockPeriodsToWrite(tx, orgId, [...new Set(ids)]);
  const closed = periods.find((period) => isFrozen(period.status));
  if (closed) throw periodClosedError(closed.name);
}

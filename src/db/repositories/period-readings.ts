import { sql } from "kysely";
import type { Executor } from "../executor.ts";

/**
 * How many readings of a period's KRs (withdrawn ones aside) fall within `from` but not within
 * `to`: the readings a change of the period's dates would leave outside it. Days are UTC days.
 */
export async function countReadingsLeftOutside(
  db: Executor,
  orgId: string,
  periodId: string,
  from: { startsOn: string; endsOn: string },
  to: { startsOn: string; endsOn: string },
): Promise<number> {
  const result = await sql<{ n: number }>`
    select count(*)::int as n
    from check_ins c
    join key_results kr on kr.org_id = c.org_id and kr.id = c.key_result_id
    join objectives o on o.org_id = kr.org_id and o.id = kr.objective_id
    where c.org_id = ${orgId} and o.period_id = ${periodId} and c.withdrawn_at is null
      and (c.checked_in_at at time zone 'UTC')::date between ${from.startsOn}::date and ${from.endsOn}::date
      and not (c.checked_in_at at time zone 'UTC')::date between ${to.startsOn}::date and ${to.endsOn}::date`.execute(
    db,
  );
  return result.rows[0]?.n ?? 0;
}

import { sql } from "kysely";
import type { Executor } from "../executor.ts";
import type { HealthMetricRow } from "../schema.ts";
import { unitTree } from "./units.ts";

// The dashboard's health alerts (S5, docs/health-metrics.md): the health metrics of the scope
// whose latest reading has left the healthy range, in the organisation's tree order (never
// ranked, S3). Counted and paged where they are stored, as the KRs at risk are
// (./dashboard.ts). The rule is the domain's `sideOfRange` (src/domain/range.ts): under the low
// bound, else over the high bound; a bound that is null does not apply. A test holds the two to
// the same answer (src/api/health-metrics/health-dashboard.api.test.ts).

export interface HealthAlertInput {
  orgId: string;
  /** The unit whose subtree is looked at; the whole organisation when null. */
  rootUnitId: string | null;
  /** Units the caller may not read (private): their metrics stay out. */
  hiddenUnitIds: string[];
  limit: number;
}

/** A metric out of range: the metric and its unit, never a person (S3). */
export interface HealthAlertRow extends Pick<HealthMetricRow, "name" | "unit" | "unitId" | "rangeLow" | "rangeHigh"> {
  healthMetricId: string;
  unitName: string;
  /** Never null here: a metric with no reading is in no range's alert. */
  currentValue: number;
  lastReadingAt: Date;
  side: "below" | "above";
}

export async function listHealthAlerts(
  db: Executor,
  input: HealthAlertInput,
): Promise<{ total: number; alerts: HealthAlertRow[] }> {
  const result = await sql<HealthAlertRow & { total: number }>`
    with recursive ${unitTree(input.orgId, input.rootUnitId)},
    alerts as (
      select m.id as health_metric_id, m.name, m.unit, m.unit_id, u.name as unit_name, m.range_low, m.range_high,
        m.current_value, m.last_reading_at,
        case when m.current_value < m.range_low then 'below' else 'above' end as side,
        t.path
      from tree t
      join units u on u.org_id = ${input.orgId} and u.id = t.id
      join health_metrics m on m.org_id = ${input.orgId} and m.unit_id = t.id
      where t.id <> all(${input.hiddenUnitIds}::uuid[])
        and m.current_value is not null
        and (m.current_value < m.range_low or m.current_value > m.range_high))
    select a.*, (select count(*) from alerts)::int as total
    from alerts a
    order by a.path, a.name, a.health_metric_id
    limit ${input.limit}`.execute(db);
  const total = result.rows[0]?.total ?? (await countOnly(db, input));
  return {
    total,
    alerts: result.rows.map(
      ({ total: _total, path: _path, ...row }: HealthAlertRow & { total: number; path?: unknown }) => row,
    ),
  };
}

/** With a limit of 0 no row carries the count. */
async function countOnly(db: Executor, input: HealthAlertInput): Promise<number> {
  if (input.limit > 0) return 0;
  return (await listHealthAlerts(db, { ...input, limit: 1 })).total;
}

import { type Kysely, sql } from "kysely";
import type { Database } from "../../src/db/schema.ts";

const tenantTables = [
  "units",
  "people",
  "memberships",
  "periods",
  "strategies",
  "objectives",
  "key_results",
  "check_ins",
  "comments",
  "comment_mentions",
  "history",
  "api_tokens",
  "invitations",
  "coach_settings",
  "period_transitions",
  "review_sessions",
  "review_answers",
  "review_decisions",
  "decisions",
  "learnings",
  "webhooks",
  "outbox",
  "sso_settings",
  "initiatives",
  "initiative_key_results",
  "metric_sources",
  "metric_source_hosts",
];

/** Every row of one organisation as text, so any change anywhere shows up in a comparison. */
export async function snapshotOrganisation(db: Kysely<Database>, orgId: string): Promise<string[]> {
  const rows: string[] = [];
  for (const table of tenantTables) {
    const result = await sql<{
      row: string;
    }>`select row_to_json(t)::text as row from ${sql.table(table)} t where org_id = ${orgId} order by 1`.execute(db);
    rows.push(...result.rows.map((r) => `${table}: ${r.row}`));
  }
  return rows;
}

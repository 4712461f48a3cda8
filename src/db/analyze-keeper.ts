import { type Kysely, sql } from "kysely";
import type { Database } from "./schema.ts";

// PostgreSQL's autovacuum keeps the planner's statistics fresh; the embedded database (PGlite)
// has no autovacuum, so without this its statistics stay whatever the last ANALYZE saw, and a
// table that grew from nothing to millions of rows is planned as empty (docs/performance.md).

/**
 * Analyzes the tables whose rows changed enough since their last ANALYZE, by autovacuum's
 * default rule (more than 50 rows + 10 % of the table), or that were never analyzed.
 * Returns the tables analyzed.
 */
export async function analyzeStaleTables(db: Kysely<Database>): Promise<string[]> {
  const stale = await sql<{ table: string }>`
    select s.relname as table
    from pg_stat_user_tables s
    join pg_class c on c.oid = s.relid
    where s.schemaname = 'public'
      and (c.reltuples < 0 or s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0))
    order by s.relname`.execute(db);
  const tables = stale.rows.map((row) => row.table);
  for (const table of tables) await sql`analyze ${sql.id(table)}`.execute(db);
  return tables;
}

/**
 * Runs `analyzeStaleTables` now and then every `intervalMs` until stopped (the server does this
 * on the embedded database). A run never overlaps the previous one; failures are reported and
 * the next tick tries again.
 */
export function keepStatisticsFresh(
  db: Kysely<Database>,
  intervalMs: number,
  report: (tables: string[], error?: unknown) => void,
): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = analyzeStaleTables(db).then(
      (tables) => report(tables),
      (error: unknown) => report([], error),
    );
  };
  tick();
  const timer = setInterval(() => {
    running.then(tick);
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

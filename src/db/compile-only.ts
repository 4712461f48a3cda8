import {
  DummyDriver,
  Kysely,
  type KyselyConfig,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from "kysely";
import type { Database } from "./schema.ts";

/**
 * A Kysely for Grove's schema that compiles queries for PostgreSQL but has no database: a query
 * run on it answers no rows. For reading the SQL a query sends (a test, a plan's benchmark).
 */
export function compileOnlyKysely(config: Omit<KyselyConfig, "dialect"> = {}): Kysely<Database> {
  return new Kysely<Database>({
    ...config,
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}

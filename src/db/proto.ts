import { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";

const t0 = Date.now();
const lite = await PGlite.create("memory://");
console.log("pglite up", Date.now() - t0);
const pool = new pg.Pool(createPgConfig(lite) as any);
const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
await sql`create table t (id int primary key, v double precision, d date, ts timestamptz default now())`.execute(db);
await db.transaction().execute(async (tx) => {
  await tx.insertInto("t").values({ id: 1, v: 1.5, d: "2027-01-01" }).execute();
  await sql`select set_config('app.org_id', 'x', true)`.execute(tx);
});
const r = await Promise.all([db.selectFrom("t").selectAll().execute(), db.selectFrom("t").selectAll().execute()]);
console.log(r[0], await db.updateTable("t").set({ v: 2 }).executeTakeFirst());
try {
  await db.insertInto("t").values({ id: 1 }).execute();
} catch (e: any) {
  console.log("err code", e.code, e.constraint);
}
const dump = await lite.dumpDataDir("none");
console.log("dump", dump.size);
const t1 = Date.now();
const lite2 = await PGlite.create({ loadDataDir: dump });
console.log("reload ms", Date.now() - t1, (await lite2.query("select count(*) from t")).rows);
await db.destroy();
await lite.close();

import { sql } from "kysely";
import { expect, it } from "vitest";
import { describeApi } from "../support/api-test.ts";

// src/db/prepared-statements.ts: statements run often are named (prepared) per connection.
describeApi("prepared statements", (t) => {
  it("prepares a statement from its fifth run, and sends it unnamed once its result columns changed", async () => {
    await t.db.kysely.connection().execute(async (conn) => {
      await sql`create temporary table prepared_probe (id int)`.execute(conn);
      await sql`insert into prepared_probe values (1)`.execute(conn);
      const text = "select * from prepared_probe where id = $1";
      const read = () => sql`select * from prepared_probe where id = ${1}`.execute(conn);
      const prepared = async () =>
        (await sql`select name from pg_prepared_statements where statement = ${text}`.execute(conn)).rows;
      for (let run = 0; run < 4; run++) await read();
      expect(await prepared()).toEqual([]);
      await read();
      expect(await prepared()).toEqual([{ name: expect.stringMatching(/^grove_/) }]);
      // What a migration does to a table while a server process holds statements prepared on it.
      await sql`alter table prepared_probe add column note text`.execute(conn);
      await expect(read()).rejects.toMatchObject({ code: "0A000" });
      expect((await read()).rows).toEqual([{ id: 1, note: null }]);
    });
  });
});

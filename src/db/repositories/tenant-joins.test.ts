import { CamelCasePlugin } from "kysely";
import { describe, expect, it } from "vitest";
import { compileOnlyKysely } from "../compile-only.ts";
import { personName, sameTenant } from "./tenant-joins.ts";

// The SQL sameTenant emits, next to the spelt-out form (the app's column names, with no database).
const db = compileOnlyKysely({ plugins: [new CamelCasePlugin()] });

describe("sameTenant", () => {
  it("joins on org_id first, then on the reference, as the spelt-out join did", () => {
    const joined = db
      .selectFrom("experiments as e")
      .innerJoin("units as u", (join) => sameTenant(join, "u.id", "e.unitId"))
      .select("u.name")
      .compile().sql;
    const spelt = db
      .selectFrom("experiments as e")
      .innerJoin("units as u", (join) => join.onRef("u.orgId", "=", "e.orgId").onRef("u.id", "=", "e.unitId"))
      .select("u.name")
      .compile().sql;
    expect(joined).toBe(spelt);
    expect(joined).toContain(`on "u"."org_id" = "e"."org_id" and "u"."id" = "e"."unit_id"`);
  });

  it("checks both columns against the query's tenant tables", () => {
    const experiments = db.selectFrom("experiments as e");
    // @ts-expect-error: a misspelt column does not compile
    experiments.innerJoin("units as u", (join) => sameTenant(join, "u.idd", "e.unitId"));
    // @ts-expect-error: nor does a table that is not in the query
    experiments.innerJoin("units as u", (join) => sameTenant(join, "u.id", "x.unitId"));
    // @ts-expect-error: nor one without org_id (an organisation is no tenant's row)
    experiments.innerJoin("organisations as o", (join) => sameTenant(join, "o.id", "e.orgId"));
    experiments.innerJoin("units as u", (join) => sameTenant(join, "u.id", "e.unitId"));
  });
});

describe("personName", () => {
  it("reads the name of the person a column names, in the row's organisation", () => {
    const named = db
      .selectFrom("checkIns as c")
      .select((eb) => personName(eb, "c.authorId").as("authorName"))
      .compile().sql;
    expect(named).toBe(
      `select (select "named"."name" from "people" as "named" where "named"."org_id" = "c"."org_id" ` +
        `and "named"."id" = "c"."author_id") as "author_name" from "check_ins" as "c"`,
    );
  });

  it("checks the column against the query's tenant tables", () => {
    const checkIns = db.selectFrom("checkIns as c");
    // @ts-expect-error: a misspelt column does not compile
    checkIns.select((eb) => personName(eb, "c.authorIdd").as("authorName"));
    // @ts-expect-error: nor does a table that is not in the query
    checkIns.select((eb) => personName(eb, "k.ownerId").as("ownerName"));
    checkIns.select((eb) => personName(eb, "c.authorId").as("authorName"));
  });
});

import { sql } from "kysely";
import type { Executor } from "../executor.ts";

/** The people whose name follows an "@" somewhere in `body`: the only ones it can mention. */
export async function peopleNamedAfterAt(db: Executor, orgId: string, body: string) {
  return db
    .selectFrom("people")
    .select(["id", "name"])
    .where("orgId", "=", orgId)
    .where(sql<boolean>`position('@' || lower(name) in lower(${body})) > 0`)
    .execute();
}

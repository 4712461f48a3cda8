import type { Kysely } from "kysely";
import type { Executor } from "../executor.ts";
import type { Database } from "../schema.ts";

// Users are global (a person may belong to several organisations), so these queries run on the
// owner connection, each filtered by its own secret or user. A request's session or API token is
// looked up in request-identity.ts.

export async function findUserByEmail(db: Executor, email: string) {
  return db.selectFrom("users").selectAll().where("email", "=", email.toLowerCase()).executeTakeFirst();
}

export async function findUser(db: Executor, id: string) {
  return db
    .selectFrom("users")
    .select(["id", "email", "name", "createdAt", "emailVerifiedAt"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** The organisations a user belongs to, with their role in each. */
export async function listMembershipsOfUser(db: Kysely<Database>, userId: string) {
  return (
    db
      .selectFrom("people")
      .innerJoin("organisations", "organisations.id", "people.orgId")
      .select([
        "organisations.id as orgId",
        "organisations.slug",
        "organisations.name as organisationName",
        "people.id as personId",
        "people.role",
      ])
      .where("people.userId", "=", userId)
      .orderBy("organisations.name")
      // Names may repeat: the slug makes the order total, so a page's cursor finds its place.
      .orderBy("organisations.slug")
      .execute()
  );
}

export async function findInvitation(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom("invitations")
    .innerJoin("organisations", "organisations.id", "invitations.orgId")
    .selectAll("invitations")
    .select(["organisations.slug", "organisations.name as organisationName"])
    .where("tokenHash", "=", tokenHash)
    .executeTakeFirst();
}

import type { Kysely } from "kysely";
import type { Executor } from "../../services/context.ts";
import type { Database } from "../schema.ts";

// Users, sessions and token look-ups are global (a person may belong to several organisations),
// so these queries run on the owner connection, each filtered by its own secret or user.

export async function findUserByEmail(db: Executor, email: string) {
  return db.selectFrom("users").selectAll().where("email", "=", email.toLowerCase()).executeTakeFirst();
}

export async function findUser(db: Executor, id: string) {
  return db.selectFrom("users").select(["id", "email", "name", "createdAt"]).where("id", "=", id).executeTakeFirst();
}

export async function findSession(db: Kysely<Database>, idHash: string) {
  return db.selectFrom("sessions").selectAll().where("idHash", "=", idHash).executeTakeFirst();
}

/** The organisations a user belongs to, with their role in each. */
export async function listMembershipsOfUser(db: Kysely<Database>, userId: string) {
  return db
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
    .execute();
}

export async function findPersonOfUser(db: Kysely<Database>, orgId: string, userId: string) {
  return db
    .selectFrom("people")
    .select(["id", "role"])
    .where("orgId", "=", orgId)
    .where("userId", "=", userId)
    .executeTakeFirst();
}

export async function findApiToken(db: Kysely<Database>, tokenHash: string) {
  return db.selectFrom("apiTokens").selectAll().where("tokenHash", "=", tokenHash).executeTakeFirst();
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

export async function countRecentFailures(db: Kysely<Database>, email: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom("signInFailures")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("email", "=", email.toLowerCase())
    .where("failedAt", ">", since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

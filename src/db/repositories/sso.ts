import type { Executor } from "../executor.ts";
import type { SsoSettingsTable } from "../schema.ts";

// Single sign-on (migration 0019). The settings are a tenant table read and written in the
// organisation's transaction. A sign-in under way (sso_states) and the question "which of this
// account's organisations refuse its password" come before any tenant is known, so they run on
// the owner connection, each confined by its own secret or user like accounts.ts.

export type SsoSettingsRow = Omit<SsoSettingsTable, "orgId">;

export async function findSsoSettings(db: Executor, orgId: string): Promise<SsoSettingsRow | undefined> {
  return db
    .selectFrom("ssoSettings")
    .select([
      "enabled",
      "issuer",
      "clientId",
      "clientSecret",
      "defaultRole",
      "allowedDomains",
      "requireSso",
      "changedBy",
      "changedAt",
    ])
    .where("orgId", "=", orgId)
    .executeTakeFirst();
}

export async function saveSsoSettings(db: Executor, orgId: string, row: SsoSettingsRow): Promise<void> {
  await db
    .insertInto("ssoSettings")
    .values({ orgId, ...row })
    .onConflict((oc) => oc.column("orgId").doUpdateSet(row))
    .execute();
}

export interface SsoStateRow {
  stateHash: string;
  orgId: string;
  browserHash: string;
  codeVerifier: string;
  nonce: string;
  expiresAt: Date;
}

/** Keeps a sign-in under way, and drops the ones whose time is up (an index range delete). */
export async function insertSsoState(db: Executor, row: SsoStateRow, now: Date): Promise<void> {
  await db.deleteFrom("ssoStates").where("expiresAt", "<", now).execute();
  await db.insertInto("ssoStates").values(row).execute();
}

/**
 * Uses up a sign-in under way: the row is deleted as it is read, so of two callbacks with one
 * state (a replay, or a double click) exactly one gets it.
 */
export async function takeSsoState(db: Executor, stateHash: string): Promise<SsoStateRow | undefined> {
  return db
    .deleteFrom("ssoStates")
    .where("stateHash", "=", stateHash)
    .returning(["stateHash", "orgId", "browserHash", "codeVerifier", "nonce", "expiresAt"])
    .executeTakeFirst();
}

/** The account's memberships with whether each organisation requires single sign-on. */
export async function membershipsWithSso(db: Executor, userId: string) {
  return db
    .selectFrom("people")
    .innerJoin("organisations", "organisations.id", "people.orgId")
    .leftJoin("ssoSettings", "ssoSettings.orgId", "people.orgId")
    .select(["organisations.slug", "people.role", "ssoSettings.requireSso", "ssoSettings.enabled"])
    .where("people.userId", "=", userId)
    .execute()
    .then((rows) => rows.map((r) => ({ slug: r.slug, role: r.role, requireSso: Boolean(r.enabled && r.requireSso) })));
}

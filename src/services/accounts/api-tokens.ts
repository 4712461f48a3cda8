import { changeOf } from "../../db/repositories/history.ts";
import { findTokenIdentity, type TokenIdentity } from "../../db/repositories/request-identity.ts";
import { sameTenant } from "../../db/repositories/tenant-joins.ts";
import { AppError, notFound } from "../../domain/errors.ts";
import { type TokenScope, tokenScopes } from "../../domain/policies.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { type Scope, writeChange } from "../write.ts";
import { assertEmailVerified } from "./email-verification.ts";
import { hashSecret, newSecret } from "./secrets.ts";

const TOKEN_PREFIX = "grove_pat_";

export interface NewApiTokenInput {
  name: string;
  scope: TokenScope;
  /** When the token stops working (ISO 8601); absent or null: until it is revoked. */
  expiresAt?: string | null;
}

/**
 * A personal API token for scripts: shown once, stored hashed, scoped, bounded to the
 * organisation it was made in, revocable, and ending at `expiresAt` when one is given.
 */
export async function createApiToken(ctx: ServiceContext, scope: Scope, input: NewApiTokenInput) {
  const actor = scope.actor;
  if (actor.kind !== "person" || actor.tokenScope !== null) {
    throw new AppError("forbidden", "API tokens are created by a signed-in person, not by another token");
  }
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt.getTime() <= ctx.now().getTime()) {
    throw new AppError("validation_failed", "The token would be expired already", [
      { field: "expiresAt", rule: "future", message: "choose a time after now, or none for a token until revoked" },
    ]);
  }
  // Automation only from a proven address (docs/accounts-and-access.md, "Email verification").
  await assertEmailVerified(ctx, scope, "createApiToken");
  const token = newSecret(TOKEN_PREFIX);
  return writeChange(ctx, scope, async (tx) => {
    const row = await tx
      .insertInto("apiTokens")
      .values({
        orgId: scope.orgId,
        id: ctx.newId(),
        personId: actor.personId,
        name: input.name,
        scope: input.scope,
        tokenHash: hashSecret(token),
        expiresAt,
      })
      .returning(["id", "name", "scope", "createdAt", "expiresAt"])
      .executeTakeFirstOrThrow();
    const recorded = { name: row.name, scope: row.scope, personId: actor.personId, expiresAt: row.expiresAt };
    return { result: { ...row, token }, history: [changeOf("api_token", row.id, null, recorded)] };
  });
}

/** The caller's own tokens (never their secrets). */
export async function listApiTokens(ctx: ServiceContext, scope: Scope) {
  const personId = scope.actor.kind === "person" ? scope.actor.personId : "";
  return readTenant(ctx, scope.orgId, (tx) =>
    tx
      .selectFrom("apiTokens")
      .select(["id", "name", "scope", "createdAt", "expiresAt", "lastUsedAt", "revokedAt"])
      .where("orgId", "=", scope.orgId)
      .where("personId", "=", personId)
      .orderBy("createdAt", "desc")
      .execute(),
  );
}

export async function revokeApiToken(ctx: ServiceContext, scope: Scope, id: string): Promise<void> {
  if (scope.actor.kind === "person" && scope.actor.tokenScope !== null) {
    throw new AppError("forbidden", "API tokens are managed by a signed-in person, not by another token");
  }
  const personId = scope.actor.kind === "person" ? scope.actor.personId : "";
  await writeChange(ctx, scope, async (tx) => {
    const revoked = await tx
      .updateTable("apiTokens")
      .set({ revokedAt: ctx.now() })
      .where("orgId", "=", scope.orgId)
      .where("id", "=", id)
      .where("personId", "=", personId)
      .where("revokedAt", "is", null)
      .returning(["name", "scope", "personId", "revokedAt"])
      .executeTakeFirst();
    if (!revoked) throw notFound("API token");
    const { revokedAt, ...before } = revoked;
    return { result: undefined, history: [changeOf("api_token", id, before, { ...before, revokedAt })] };
  });
}

/**
 * The live token behind an Authorization header, or null, with its person when `slug` names
 * the token's organisation (see request-identity.ts). A token past its expiry is refused
 * here, with a message that says so: the script's owner learns to make a new one.
 */
export async function resolveApiToken(
  ctx: ServiceContext,
  token: string,
  slug: string | null = null,
): Promise<TokenIdentity | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const found = await findTokenIdentity(ctx.db, hashSecret(token), slug);
  if (found?.expiresAt && found.expiresAt.getTime() <= ctx.now().getTime()) {
    throw new AppError("unauthenticated", `The API token "${found.name}" expired at ${found.expiresAt.toISOString()}`, [
      { field: "authorization", rule: "token_expired", message: "create a new token, or ask its owner to" },
    ]);
  }
  return found;
}

const TOKEN_ME_COLUMNS = [
  ...(["id", "name", "scope", "createdAt", "expiresAt"] as const).map((column) => `t.${column}` as const),
  "o.slug",
  "o.name as organisationName",
  "p.id as personId",
  "p.name as personName",
  "p.role",
] as const;

/** What `GET /auth/me` says to a token: the organisation it is bounded to, its name, scopes and expiry. */
export async function describeApiToken(ctx: ServiceContext, tokenId: string, orgId: string) {
  return readTenant(ctx, orgId, async (tx) => {
    const row = await tx
      .selectFrom("apiTokens as t")
      .innerJoin("organisations as o", "o.id", "t.orgId")
      .innerJoin("people as p", (join) => sameTenant(join, "p.id", "t.personId"))
      .select(TOKEN_ME_COLUMNS)
      .where("t.orgId", "=", orgId)
      .where("t.id", "=", tokenId)
      .executeTakeFirst();
    if (!row) throw notFound("API token");
    const { slug, organisationName, personId, personName, role, ...token } = row;
    return {
      token: { ...token, scopes: tokenScopes.slice(0, tokenScopes.indexOf(token.scope) + 1) },
      organisation: { slug, name: organisationName },
      person: { id: personId, name: personName, role },
    };
  });
}

import { changeOf } from "../../db/repositories/history.ts";
import { findTokenIdentity, type TokenIdentity } from "../../db/repositories/request-identity.ts";
import { AppError, notFound } from "../../domain/errors.ts";
import type { TokenScope } from "../../domain/policies.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { type Scope, writeChange } from "../write.ts";
import { assertEmailVerified } from "./email-verification.ts";
import { hashSecret, newSecret } from "./secrets.ts";

const TOKEN_PREFIX = "grove_pat_";

/** A personal API token for scripts: shown once, stored hashed, scoped, revocable. */
export async function createApiToken(ctx: ServiceContext, scope: Scope, input: { name: string; scope: TokenScope }) {
  const actor = scope.actor;
  if (actor.kind !== "person" || actor.tokenScope !== null) {
    throw new AppError("forbidden", "API tokens are created by a signed-in person, not by another token");
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
      })
      .returning(["id", "name", "scope", "createdAt"])
      .executeTakeFirstOrThrow();
    const recorded = { name: row.name, scope: row.scope, personId: actor.personId };
    return { result: { ...row, token }, history: [changeOf("api_token", row.id, null, recorded)] };
  });
}

/** The caller's own tokens (never their secrets). */
export async function listApiTokens(ctx: ServiceContext, scope: Scope) {
  const personId = scope.actor.kind === "person" ? scope.actor.personId : "";
  return readTenant(ctx, scope.orgId, (tx) =>
    tx
      .selectFrom("apiTokens")
      .select(["id", "name", "scope", "createdAt", "lastUsedAt", "revokedAt"])
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
 * the token's organisation (see request-identity.ts).
 */
export async function resolveApiToken(
  ctx: ServiceContext,
  token: string,
  slug: string | null = null,
): Promise<TokenIdentity | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  return findTokenIdentity(ctx.db, hashSecret(token), slug);
}

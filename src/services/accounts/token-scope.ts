import type { ServiceContext } from "../context.ts";
import type { Scope } from "../write.ts";
import { actorForPerson } from "./actor.ts";
import { resolveApiToken } from "./api-tokens.ts";

/**
 * Who an API token acts as when no path names its organisation (the MCP server, docs/mcp.md):
 * the token's own organisation, its person with their roles there now, and the token's scope.
 * Null for a token that is unknown or revoked, or whose person is no longer in the organisation.
 */
export async function scopeOfApiToken(ctx: ServiceContext, token: string): Promise<Scope | null> {
  const identity = await resolveApiToken(ctx, token);
  if (!identity) return null;
  const actor = await actorForPerson(ctx, identity.orgId, identity.personId, identity.scope);
  return actor ? { orgId: identity.orgId, actor } : null;
}

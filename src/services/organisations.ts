import { findUser } from "../db/repositories/accounts.ts";
import { changeOf } from "../db/repositories/history.ts";
import type { Organisation } from "../db/schema.ts";

export type { Organisation };

import { enterTenant } from "../db/tenant.ts";
import { AppError, notFound } from "../domain/errors.ts";
import { assertReviewCadence } from "../domain/period-lifecycle.ts";
import { authorize } from "../domain/policies.ts";
import type { ServiceContext, Tx } from "./context.ts";
import { adminChange, type Scope } from "./write.ts";

/** The organisation a request names by its slug; 404 when there is none. */
export async function resolveOrganisation(ctx: ServiceContext, slug: string): Promise<Organisation> {
  const org = await ctx.db.selectFrom("organisations").selectAll().where("slug", "=", slug).executeTakeFirst();
  if (!org) throw notFound("Organisation");
  return org;
}

/** The first `limit` organisations by slug: the command line picks from them. */
export async function firstOrganisations(ctx: ServiceContext, limit: number): Promise<Organisation[]> {
  return ctx.db.selectFrom("organisations").selectAll().orderBy("slug").limit(limit).execute();
}

/** The organisation with this slug, or null. */
export async function findOrganisation(ctx: ServiceContext, slug: string): Promise<Organisation | null> {
  return (await ctx.db.selectFrom("organisations").selectAll().where("slug", "=", slug).executeTakeFirst()) ?? null;
}

export async function organisationExists(ctx: ServiceContext, slug: string): Promise<boolean> {
  return Boolean(await ctx.db.selectFrom("organisations").select("id").where("slug", "=", slug).executeTakeFirst());
}

/**
 * Creates an organisation. With a creator (a signed-in user) they become its first admin;
 * without one (the CLI, the demo loader) it starts with no members.
 */
export async function createOrganisation(
  ctx: ServiceContext,
  input: { slug: string; name: string },
  creatorUserId: string | null = null,
): Promise<Organisation> {
  return ctx.db.transaction().execute(async (tx) => {
    const org = await insertOrganisation(tx, { id: ctx.newId(), ...input });
    if (creatorUserId) {
      const user = await findUser(tx, creatorUserId);
      if (!user) throw notFound("User");
      await enterTenant(tx, org.id);
      await tx
        .insertInto("people")
        .values({ orgId: org.id, id: ctx.newId(), name: user.name, email: user.email, userId: user.id, role: "admin" })
        .execute();
    }
    return org;
  });
}

/** The organisation row alone, in a transaction the caller opened (as the database owner). */
export async function insertOrganisation(
  tx: Tx,
  input: { id: string; slug: string; name: string },
): Promise<Organisation> {
  const taken = await tx.selectFrom("organisations").select("id").where("slug", "=", input.slug).executeTakeFirst();
  if (taken) {
    throw new AppError("conflict", `An organisation with the address "${input.slug}" already exists`, [
      { field: "slug", rule: "unique", message: "choose another slug" },
    ]);
  }
  return tx.insertInto("organisations").values(input).returningAll().executeTakeFirstOrThrow();
}

export interface OrganisationChanges {
  name?: string;
  /** S4: weeks between formal reviews, 4 to 13 (assertReviewCadence). */
  reviewCadenceWeeks?: number;
}

/** Renames the organisation or sets its review cadence (S4); admins only. */
export async function updateOrganisation(
  ctx: ServiceContext,
  scope: Scope,
  changes: OrganisationChanges,
): Promise<Organisation> {
  authorize(scope.actor, { do: "manageOrganisation" });
  if (changes.reviewCadenceWeeks !== undefined) assertReviewCadence(changes.reviewCadenceWeeks);
  if (changes.name === undefined && changes.reviewCadenceWeeks === undefined) return getOrganisation(ctx, scope);
  return adminChange(ctx, scope, async (tx) => {
    const before = await tx
      .selectFrom("organisations")
      .selectAll()
      .where("id", "=", scope.orgId)
      .executeTakeFirstOrThrow();
    const updated = await tx
      .updateTable("organisations")
      .set(changes)
      .where("id", "=", scope.orgId)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { result: updated, history: [changeOf("organisation", scope.orgId, before, updated)] };
  });
}

export async function getOrganisation(ctx: ServiceContext, scope: Scope): Promise<Organisation> {
  return ctx.db.selectFrom("organisations").selectAll().where("id", "=", scope.orgId).executeTakeFirstOrThrow();
}

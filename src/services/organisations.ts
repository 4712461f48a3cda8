import type { Organisation } from "../db/schema.ts";
import { AppError, notFound } from "../domain/errors.ts";
import type { ServiceContext } from "./context.ts";

export async function listOrganisations(ctx: ServiceContext): Promise<Organisation[]> {
  return ctx.db.selectFrom("organisations").selectAll().orderBy("name").execute();
}

/** The organisation a request names by its slug; 404 when there is none. */
export async function resolveOrganisation(ctx: ServiceContext, slug: string): Promise<Organisation> {
  const org = await ctx.db.selectFrom("organisations").selectAll().where("slug", "=", slug).executeTakeFirst();
  if (!org) throw notFound("Organisation");
  return org;
}

export async function createOrganisation(
  ctx: ServiceContext,
  input: { slug: string; name: string },
): Promise<Organisation> {
  const taken = await ctx.db.selectFrom("organisations").select("id").where("slug", "=", input.slug).executeTakeFirst();
  if (taken) {
    throw new AppError("conflict", `An organisation with the slug "${input.slug}" already exists`, [
      { field: "slug", rule: "unique", message: "choose another slug" },
    ]);
  }
  return ctx.db
    .insertInto("organisations")
    .values({ id: ctx.newId(), slug: input.slug, name: input.name })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function renameOrganisation(ctx: ServiceContext, slug: string, name: string): Promise<Organisation> {
  const org = await resolveOrganisation(ctx, slug);
  return ctx.db
    .updateTable("organisations")
    .set({ name })
    .where("id", "=", org.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

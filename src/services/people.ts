import { changeOf } from "../db/repositories/history.ts";
import { sameTenant } from "../db/repositories/tenant-joins.ts";
import { tenantRows } from "../db/repositories/tenant-rows.ts";
import type { Membership, Person } from "../db/schema.ts";
import { AppError, notFound } from "../domain/errors.ts";
import type { OrgRole } from "../domain/policies.ts";
import type { Tx } from "./context.ts";
import { findRow, tenantReads } from "./tenant-reads.ts";
import { defineUseCase } from "./use-case.ts";

const people = tenantRows("people");

export const { list: listPeople, get: getPerson } = tenantReads("people", "Person", "name");

export const createPerson = defineUseCase(
  "admin",
  async ({ tx, ctx, orgId }, input: { name: string; email: string; role?: OrgRole }) => {
    await requireFreeEmail(tx, orgId, input.email, null);
    const person = await people.insert(tx, {
      orgId,
      id: ctx.newId(),
      name: input.name,
      email: input.email.toLowerCase(),
      role: input.role ?? "member",
    });
    return { result: person, history: [changeOf("person", person.id, null, person)] };
  },
);

export const updatePerson = defineUseCase(
  "admin",
  async ({ tx, orgId }, id: string, input: { name?: string; email?: string; role?: OrgRole }) => {
    const before = await findRow(tx, orgId, "people", id, "Person");
    if (input.email) await requireFreeEmail(tx, orgId, input.email, id);
    if (before.role === "admin" && input.role && input.role !== "admin") await keepAnAdmin(tx, orgId, id, "demote");
    const changes = { ...input, ...(input.email ? { email: input.email.toLowerCase() } : {}) };
    const updated = (await people.update(tx, orgId, id, changes)) as Person;
    return { result: updated, history: [changeOf("person", id, before, updated)] };
  },
);

export const deletePerson = defineUseCase("admin", async ({ tx, orgId }, id: string) => {
  const person = await findRow(tx, orgId, "people", id, "Person");
  if (person.role === "admin") await keepAnAdmin(tx, orgId, id, "remove");
  await people.remove(tx, orgId, id);
  return { result: undefined, history: [changeOf("person", id, person, null)] };
});

export const listMembers = defineUseCase("read", async ({ tx, orgId }, unitId: string) => {
  await findRow(tx, orgId, "units", unitId, "Unit");
  return tx
    .selectFrom("memberships")
    .innerJoin("people", (join) => sameTenant(join, "people.id", "memberships.personId"))
    .select(["memberships.unitId", "memberships.personId", "memberships.role", "people.name", "people.email"])
    .where("memberships.orgId", "=", orgId)
    .where("memberships.unitId", "=", unitId)
    .orderBy("people.name")
    .execute();
});

/** Every unit membership of the organisation, for the people page (one request, not one per unit). */
export const listAllMemberships = defineUseCase("read", ({ tx, orgId }) =>
  tx
    .selectFrom("memberships")
    .select(["unitId", "personId", "role"])
    .where("orgId", "=", orgId)
    .orderBy("unitId")
    .execute(),
);

/** Adds a person to a unit or changes their role there (lead sets the objective, M3). */
export const setMembership = defineUseCase(
  "admin",
  async ({ tx, orgId }, unitId: string, personId: string, role: Membership["role"]) => {
    await findRow(tx, orgId, "units", unitId, "Unit");
    await findRow(tx, orgId, "people", personId, "Person");
    const before = await findMembership(tx, orgId, unitId, personId);
    const membership = await tx
      .insertInto("memberships")
      .values({ orgId, unitId, personId, role })
      .onConflict((oc) => oc.columns(["orgId", "unitId", "personId"]).doUpdateSet({ role }))
      .returningAll()
      .executeTakeFirstOrThrow();
    // A membership has no id of its own: its rows carry the person's, with the unit in the data.
    return { result: membership, history: [changeOf("membership", personId, before ?? null, membership)] };
  },
);

export const removeMembership = defineUseCase("admin", async ({ tx, orgId }, unitId: string, personId: string) => {
  const membership = await findMembership(tx, orgId, unitId, personId);
  if (!membership) throw notFound("Membership");
  await tx
    .deleteFrom("memberships")
    .where("orgId", "=", orgId)
    .where("unitId", "=", unitId)
    .where("personId", "=", personId)
    .execute();
  return { result: undefined, history: [changeOf("membership", personId, membership, null)] };
});

/**
 * An organisation keeps at least one admin: without one nobody could invite, assign or fix
 * anything, and only the operator's database could bring it back. The admins' rows are locked,
 * so two admins demoting each other at once cannot both pass.
 */
async function keepAnAdmin(tx: Tx, orgId: string, exceptId: string, change: "demote" | "remove") {
  const admins = await tx
    .selectFrom("people")
    .select("id")
    .where("orgId", "=", orgId)
    .where("role", "=", "admin")
    .forUpdate()
    .execute();
  if (admins.some((a) => a.id !== exceptId)) return;
  const message =
    change === "demote"
      ? "This is the organisation's only admin; make someone else an admin first"
      : "The organisation's only admin cannot be removed; make someone else an admin first";
  throw new AppError("conflict", message, [
    { field: "role", rule: "last_admin", message: "an organisation keeps at least one admin" },
  ]);
}

function findMembership(tx: Tx, orgId: string, unitId: string, personId: string) {
  return tx
    .selectFrom("memberships")
    .selectAll()
    .where("orgId", "=", orgId)
    .where("unitId", "=", unitId)
    .where("personId", "=", personId)
    .executeTakeFirst();
}

async function requireFreeEmail(
  tx: Parameters<typeof people.find>[0],
  orgId: string,
  email: string,
  exceptId: string | null,
) {
  let q = tx.selectFrom("people").select("id").where("orgId", "=", orgId).where("email", "=", email.toLowerCase());
  if (exceptId) q = q.where("id", "!=", exceptId);
  if (await q.executeTakeFirst()) {
    throw new AppError("conflict", `Someone with the email ${email} is already in the organisation`, [
      { field: "email", rule: "unique", message: "emails are unique in an organisation" },
    ]);
  }
}

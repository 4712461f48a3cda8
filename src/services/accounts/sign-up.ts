import { findUserByEmail } from "../../db/repositories/accounts.ts";
import { enterTenant } from "../../db/tenant.ts";
import { AppError } from "../../domain/errors.ts";
import type { ServiceContext } from "../context.ts";
import { hashPassword } from "./secrets.ts";
import { createSession, type NewSession } from "./sessions.ts";

export interface SignUpInput {
  organisationName: string;
  organisationSlug: string;
  name: string;
  email: string;
  password: string;
}

/** Creates an organisation with its first admin and signs them in, in one transaction. */
export async function signUp(ctx: ServiceContext, input: SignUpInput): Promise<NewSession & { slug: string }> {
  const email = input.email.toLowerCase();
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction().execute(async (tx) => {
    if (await findUserByEmail(tx, email)) {
      throw new AppError(
        "conflict",
        "An account with this email exists already: sign in, then create the organisation",
        [{ field: "email", rule: "unique", message: "sign in instead" }],
      );
    }
    const slugTaken = await tx
      .selectFrom("organisations")
      .select("id")
      .where("slug", "=", input.organisationSlug)
      .executeTakeFirst();
    if (slugTaken) {
      throw new AppError("conflict", `The address "${input.organisationSlug}" is taken`, [
        { field: "organisationSlug", rule: "unique", message: "choose another address" },
      ]);
    }
    const user = await tx
      .insertInto("users")
      .values({ id: ctx.newId(), email, name: input.name, passwordHash })
      .returning("id")
      .executeTakeFirstOrThrow();
    const org = await tx
      .insertInto("organisations")
      .values({ id: ctx.newId(), slug: input.organisationSlug, name: input.organisationName })
      .returning("id")
      .executeTakeFirstOrThrow();
    const session = await createSession(ctx, tx, user.id);
    await enterTenant(tx, org.id);
    await tx
      .insertInto("people")
      .values({ orgId: org.id, id: ctx.newId(), name: input.name, email, userId: user.id, role: "admin" })
      .execute();
    return { ...session, slug: input.organisationSlug };
  });
}

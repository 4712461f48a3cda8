import { findUserByEmail } from "../../db/repositories/accounts.ts";
import { enterTenant } from "../../db/tenant.ts";
import { AppError } from "../../domain/errors.ts";
import { type SignUpMode, signUpRefusal } from "../../domain/sign-up-mode.ts";
import type { SignUp } from "../../schemas/accounts.ts";
import type { ServiceContext } from "../context.ts";
import { mailVerificationLink } from "./email-verification.ts";
import { passwordMatches } from "./equal-time.ts";
import { secondStepRequired, twoFactorOn } from "./second-factor.ts";
import { hashPassword } from "./secrets.ts";
import { createSession, type NewSession } from "./sessions.ts";
import { refuseWhereSsoIsRequired, wrongCredentials } from "./sign-in.ts";
import { countSignInAttempt } from "./sign-in-throttle.ts";

/** The sign-up as the API validates it; without `locale` the new account's mail is in English. */
export type SignUpInput = SignUp;

/**
 * Creates an organisation with its first admin and signs them in, in one transaction.
 *
 * An email that has an account already is not named as such (issue 12, defect 4): with that
 * account's password the new organisation is added to the account and the answer is the same 201
 * as for a new email; with another password the answer is sign-in's "The email or the password is
 * wrong", counted by the sign-in throttle like a failed sign-in. Both take one scrypt, as a new
 * account's hash does. (Without mail, creating an account on the spot cannot hide entirely that
 * an address was free; see docs/accounts-and-access.md.)
 */
export async function signUp(
  ctx: ServiceContext,
  input: SignUpInput,
  clientAddress?: string,
  mode: SignUpMode = { mode: "open" },
): Promise<NewSession & { slug: string }> {
  const email = input.email.toLowerCase();
  // Before any look-up: the refusal says nothing about whether the address has an account.
  const refusal = signUpRefusal(mode, email);
  if (refusal) throw refusal;
  const attempt = await countSignInAttempt(ctx, email, clientAddress);
  const existing = await findUserByEmail(ctx.db, email);
  const passwordHash = existing ? null : await hashPassword(input.password);
  if (existing && !(await passwordMatches(input.password, existing))) {
    await attempt.passwordWrong();
    throw wrongCredentials();
  }
  // The password alone does not sign in to an account with two-factor sign-in.
  if (existing && (await twoFactorOn(ctx.db, existing.id))) {
    await attempt.secondStepDue();
    throw secondStepRequired();
  }
  try {
    // A right password that sign-in would refuse (require SSO) does not sign in here either.
    if (existing) await refuseWhereSsoIsRequired(ctx, existing.id);
    const session = await createOrganisation(ctx, input, email, existing?.id ?? null, passwordHash);
    await attempt.passwordRight();
    return session;
  } catch (error) {
    // Refused for another reason (a taken slug): not a password guess, so not counted.
    await attempt.passwordRight();
    throw error;
  }
}

async function createOrganisation(
  ctx: ServiceContext,
  input: SignUpInput,
  email: string,
  existingUserId: string | null,
  passwordHash: string | null,
): Promise<NewSession & { slug: string }> {
  return ctx.db.transaction().execute(async (tx) => {
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
    const userId =
      existingUserId ??
      (
        await tx
          .insertInto("users")
          .values({
            id: ctx.newId(),
            email,
            name: input.name,
            passwordHash: passwordHash as string,
            locale: input.locale ?? "en",
            // Typing an address proves nothing: the mailed link does (email-verification.ts).
            emailVerifiedAt: null,
          })
          // Another sign-up took the email a moment ago: answer as for any taken email.
          .onConflict((oc) => oc.column("email").doNothing())
          .returning("id")
          .executeTakeFirst()
      )?.id;
    if (!userId) throw wrongCredentials();
    // A new account gets its link in this transaction; an existing one (its own password) keeps
    // its state, and its banner offers a new link if it still needs one.
    if (!existingUserId) await mailVerificationLink(ctx, tx, { id: userId, email, locale: input.locale ?? "en" });
    const org = await tx
      .insertInto("organisations")
      .values({ id: ctx.newId(), slug: input.organisationSlug, name: input.organisationName })
      .returning("id")
      .executeTakeFirstOrThrow();
    const session = await createSession(ctx, tx, userId);
    await enterTenant(tx, org.id);
    await tx
      .insertInto("people")
      .values({ orgId: org.id, id: ctx.newId(), name: input.name, email, userId, role: "admin" })
      .execute();
    return { ...session, slug: input.organisationSlug };
  });
}

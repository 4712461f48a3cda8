import { z } from "@hono/zod-openapi";

// The shapes of signing up and of a person's account: the API validates them, the services take
// their types (docs/accounts-and-access.md).

/** An organisation's address in paths (`/orgs/{org}`): lowercase letters, digits and dashes. */
export const Slug = z
  .string()
  .min(2)
  .max(63)
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: "use lowercase letters, digits and dashes" });

export const Email = z.email().max(320);
export const Password = z.string().min(10, { message: "use at least 10 characters" }).max(200);
/** A password given to prove who you are (sign-in, turning two-factor sign-in on or off): checked, never judged. */
export const GivenPassword = z.string().min(1).max(200);
export const PersonName = z.string().trim().min(1).max(200);

/** A new organisation with its first admin, who signs in with it. */
export const SignUp = z
  .strictObject({
    organisationName: z.string().trim().min(1).max(200),
    organisationSlug: Slug,
    name: PersonName,
    email: Email,
    password: Password,
    locale: z
      .enum(["en", "zh"])
      .optional()
      .openapi({ description: "The language of the new account's mail, such as its verification link" }),
  })
  .openapi("SignUp");

export type SignUp = z.infer<typeof SignUp>;

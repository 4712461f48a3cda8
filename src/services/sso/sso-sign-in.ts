import { findUserByEmail } from "../../db/repositories/accounts.ts";
import { changeOf, insertHistory } from "../../db/repositories/history.ts";
import { findSsoSettings, insertSsoState, type SsoSettingsRow, takeSsoState } from "../../db/repositories/sso.ts";
import { enterTenant } from "../../db/tenant.ts";
import { decideAccount, emailOf, type SsoRefusal } from "../../domain/sso.ts";
import { hashPassword, hashSecret, newSecret } from "../accounts/secrets.ts";
import { createSession, type NewSession } from "../accounts/sessions.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { findOrganisation } from "../organisations.ts";
import { authorizationRequest, discoverProvider, isUnreachable, redeemCode } from "./provider.ts";
import { callbackUrlOf } from "./sso-settings.ts";

/** A sign-in under way lasts this long: enough to type a password and a second factor at the provider. */
const STATE_MINUTES = 10;

/** A single sign-on refused, with the reason the sign-in page shows and the detail for the log. */
export class SsoError extends Error {
  constructor(
    readonly refusal: SsoRefusal,
    detail: string,
  ) {
    super(detail);
    this.name = "SsoError";
  }
}

/**
 * Starts a single sign-on for the organisation `slug`: the provider's authorization URL (PKCE,
 * state, nonce) and a secret for the browser's cookie. The state is kept server side, only as
 * hashes where it can be, bound to that cookie, for ten minutes and one use.
 */
export async function startSso(ctx: ServiceContext, slug: string): Promise<{ url: URL; browserSecret: string }> {
  const org = await findOrganisation(ctx, slug);
  const settings = org ? await readTenant(ctx, org.id, (tx) => findSsoSettings(tx, org.id)) : undefined;
  if (!org || !settings?.enabled) throw new SsoError("unavailable", `no single sign-on for "${slug}"`);
  const config = await discover(ctx, settings);
  const request = await authorizationRequest(config, callbackUrlOf(ctx));
  const browserSecret = newSecret();
  await insertSsoState(
    ctx.db,
    {
      stateHash: hashSecret(request.state),
      orgId: org.id,
      browserHash: hashSecret(browserSecret),
      codeVerifier: request.codeVerifier,
      nonce: request.nonce,
      expiresAt: new Date(ctx.now().getTime() + STATE_MINUTES * 60_000),
    },
    ctx.now(),
  );
  return { url: request.url, browserSecret };
}

/**
 * Finishes a single sign-on: uses up the state (it must come from the browser that started it,
 * within its time), lets openid-client exchange the code and check the ID token, then signs in
 * the organisation's person with the email the provider vouches for (decideAccount), creating
 * the account just in time. The session reaches only this organisation.
 */
export async function finishSso(
  ctx: ServiceContext,
  query: URLSearchParams,
  browserSecret: string | undefined,
): Promise<NewSession & { slug: string; created: boolean }> {
  const state = query.get("state") ?? "";
  const pending = state ? await takeSsoState(ctx.db, hashSecret(state)) : undefined;
  if (!pending) throw new SsoError("state_invalid", "unknown or used state");
  if (pending.expiresAt.getTime() <= ctx.now().getTime()) throw new SsoError("state_invalid", "expired state");
  if (!browserSecret || hashSecret(browserSecret) !== pending.browserHash) {
    throw new SsoError("state_invalid", "the state was made in another browser");
  }
  if (query.has("error")) throw new SsoError("denied", `the provider said ${query.get("error")}`);
  const settings = await readTenant(ctx, pending.orgId, (tx) => findSsoSettings(tx, pending.orgId));
  if (!settings?.enabled) throw new SsoError("unavailable", "single sign-on was turned off meanwhile");
  const config = await discover(ctx, settings);
  // The provider redirected to callbackUrlOf(ctx); openid-client sends its origin and path back.
  const callbackUrl = new URL(`${callbackUrlOf(ctx)}?${query.toString()}`);
  let claims: Record<string, unknown>;
  try {
    claims = await redeemCode(config, callbackUrl, { ...pending, state });
  } catch (error) {
    const reason = isUnreachable(error) ? "provider_unreachable" : "token_invalid";
    throw new SsoError(reason, describe(error));
  }
  const email = emailOf(claims, settings.allowedDomains);
  if ("refusal" in email) throw new SsoError(email.refusal, `claims of ${String(claims.sub)}`);
  return signInPerson(ctx, pending.orgId, settings, email.email, claims);
}

async function discover(ctx: ServiceContext, settings: SsoSettingsRow) {
  try {
    return await discoverProvider(ctx, settings);
  } catch (error) {
    throw new SsoError("provider_unreachable", error instanceof Error ? error.message : String(error));
  }
}

async function signInPerson(
  ctx: ServiceContext,
  orgId: string,
  settings: SsoSettingsRow,
  email: string,
  claims: Record<string, unknown>,
): Promise<NewSession & { slug: string; created: boolean }> {
  const account = await findUserByEmail(ctx.db, email);
  // A just-in-time account has no password anyone knows: a random one, hashed like any other,
  // so the password sign-in treats it like every account (and "forgot password" can set one).
  const passwordHash = account ? null : await hashPassword(newSecret());
  const people = await readTenant(ctx, orgId, (tx) =>
    tx
      .selectFrom("people")
      .select(["id", "userId", "email"])
      .where("orgId", "=", orgId)
      .where((eb) => eb.or([eb("email", "=", email), ...(account ? [eb("userId", "=", account.id)] : [])]))
      .execute(),
  );
  const own = account ? people.find((p) => p.userId === account.id) : undefined;
  const byEmail = people.find((p) => p.email === email);
  const decision = decideAccount({
    account: account ? { inOrganisation: Boolean(own) } : null,
    person: byEmail ? { linked: byEmail.userId !== null } : null,
  });
  if (decision.do === "refuse") throw new SsoError(decision.refusal, `account of ${email}`);
  return ctx.db.transaction().execute(async (tx) => {
    const { slug } = await tx
      .selectFrom("organisations")
      .select("slug")
      .where("id", "=", orgId)
      .executeTakeFirstOrThrow();
    const userId = account?.id ?? ctx.newId();
    const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim().slice(0, 200) : email;
    if (decision.do === "create_account") {
      await tx
        .insertInto("users")
        // The organisation's own provider vouches for the address (one it marks unverified was
        // refused above), as an invitation link does.
        .values({ id: userId, email, name, passwordHash: passwordHash as string, emailVerifiedAt: ctx.now() })
        .execute();
    }
    const session = await createSession(ctx, tx, userId, orgId);
    if (decision.do === "create_account") {
      await enterTenant(tx, orgId);
      const personId = byEmail?.id ?? ctx.newId();
      if (byEmail) {
        await tx.updateTable("people").set({ userId }).where("orgId", "=", orgId).where("id", "=", personId).execute();
      } else {
        await tx
          .insertInto("people")
          .values({ orgId, id: personId, name, email, userId, role: settings.defaultRole })
          .execute();
      }
      const after = byEmail ? { email, account: "single sign-on" } : { name, email, role: settings.defaultRole };
      await insertHistory(
        tx,
        orgId,
        [changeOf("person", personId, byEmail ? { email } : null, after, "Just-in-time account by single sign-on")],
        { newId: ctx.newId, actorId: personId, at: ctx.now() },
      );
    }
    return { ...session, slug, created: decision.do === "create_account" };
  });
}

/** openid-client's message, with the ID token claim that failed its check (aud, exp, nonce, iss) for the log. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // openid-client wraps oauth4webapi's error, whose cause names the claim.
  let cause: unknown = error;
  for (let depth = 0; depth < 4 && cause && typeof cause === "object"; depth++) {
    const claim = (cause as { claim?: unknown }).claim;
    if (typeof claim === "string") return `${error.message} (claim ${claim})`;
    cause = (cause as { cause?: unknown }).cause;
  }
  return error.message;
}

import * as oidc from "openid-client";
import { isLocalIssuer } from "../../domain/sso.ts";
import type { ServiceContext } from "../context.ts";

// The relying party's side of OpenID Connect, all of it openid-client's: discovery, the
// authorization URL with PKCE, state and nonce, and the code exchange that checks the ID token
// (signature, issuer, audience = our client id, expiry, nonce). Grove adds only its clock.

export interface ProviderSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** The provider's configuration from its discovery document (`/.well-known/openid-configuration`). */
export async function discoverProvider(ctx: ServiceContext, settings: ProviderSettings): Promise<oidc.Configuration> {
  // The ID token's expiry is judged by Grove's clock (ctx.now), so tests can move it.
  const skewSeconds = Math.round((ctx.now().getTime() - Date.now()) / 1000);
  return oidc.discovery(
    new URL(settings.issuer),
    settings.clientId,
    { client_secret: settings.clientSecret, [oidc.clockSkew]: skewSeconds },
    oidc.ClientSecretBasic(settings.clientSecret),
    { timeout: 10, ...(isLocalIssuer(settings.issuer) ? { execute: [oidc.allowInsecureRequests] } : {}) },
  );
}

export interface AuthorizationRequest {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export async function authorizationRequest(
  config: oidc.Configuration,
  redirectUri: string,
): Promise<AuthorizationRequest> {
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: "openid email profile",
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  return { url, state, nonce, codeVerifier };
}

/**
 * Exchanges the callback's code and returns the person's claims. `callbackUrl` is the address
 * the provider redirected to (its origin and path are sent back as the redirect_uri). Throws
 * openid-client's errors: a network failure, or any check the provider's answer failed.
 */
export async function redeemCode(
  config: oidc.Configuration,
  callbackUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<Record<string, unknown>> {
  const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: checks.codeVerifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new oidc.ClientError("the provider sent no ID token");
  if (typeof claims.email === "string") return claims;
  // Some providers keep the email out of the ID token: ask their userinfo endpoint for it.
  const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
  return { ...info, ...claims, email: info.email, email_verified: info.email_verified };
}

/** A failure to reach the provider (as opposed to an answer that failed a check). */
export function isUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const cause = (error as { cause?: unknown }).cause;
  return (
    error.name === "TypeError" ||
    error.name === "AbortError" ||
    error.name === "TimeoutError" ||
    (cause instanceof Error && /fetch failed|ECONNREFUSED|ENOTFOUND|timeout/i.test(`${cause.name} ${cause.message}`)) ||
    /fetch failed|ECONNREFUSED|ENOTFOUND/.test(error.message)
  );
}

// Single sign-on with OpenID Connect (issue 12, point 9): the rules, without I/O. The protocol
// itself (discovery, PKCE, ID token checks) is openid-client's, in src/services/sso.

/** Why a single sign-on was refused; the sign-in page says each in the reader's language. */
export type SsoRefusal =
  | "unavailable" // no such organisation, or it has no single sign-on turned on (not told apart)
  | "provider_unreachable" // the issuer's discovery document or token endpoint did not answer
  | "state_invalid" // unknown, used, expired, or made in another browser
  | "token_invalid" // the provider's answer failed a check: issuer, audience, expiry, nonce, signature
  | "denied" // the provider said no (the person cancelled, or has no access)
  | "email_missing"
  | "email_unverified"
  | "domain_not_allowed"
  | "account_elsewhere"; // the email's account exists but is not this organisation's person

/** The organisation's choice of the roles just-in-time accounts get: never admin by signing in. */
export type JitRole = "member" | "viewer";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * The issuer must be https: the ID token's keys and the client secret travel to it. Plain http
 * is allowed on this machine only (a provider in development or in tests).
 */
export function issuerProblem(issuer: string): string | null {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return "use the provider's address, like https://login.example.com";
  }
  if (url.search || url.hash) return "the issuer has no query or fragment";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname)) return null;
  return "use https:// (plain http only for a provider on localhost)";
}

/** May the provider's plain-http answers be accepted (see issuerProblem)? */
export function isLocalIssuer(issuer: string): boolean {
  const url = new URL(issuer);
  return url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname);
}

/** Lower-cased, without "@", each a domain name; null when one is not. */
export function normaliseDomains(domains: string[]): string[] | null {
  const clean = domains.map((d) => d.trim().toLowerCase().replace(/^@/, "")).filter((d) => d !== "");
  return clean.every((d) => DOMAIN.test(d)) ? [...new Set(clean)] : null;
}

/** Exactly one of the domains (not a subdomain, not a look-alike); every address when none are set. */
export function emailDomainAllowed(email: string, domains: string[]): boolean {
  if (domains.length === 0) return true;
  return domains.includes(email.slice(email.lastIndexOf("@") + 1).toLowerCase());
}

/** What the provider said about the person, from the ID token (or its userinfo). */
export interface SsoClaims {
  email?: unknown;
  email_verified?: unknown;
  name?: unknown;
}

/** The email to sign in, or why there is none usable. A provider that does not say "verified" is trusted. */
export function emailOf(claims: SsoClaims, domains: string[]): { email: string } | { refusal: SsoRefusal } {
  if (typeof claims.email !== "string" || !claims.email.includes("@")) return { refusal: "email_missing" };
  if (claims.email_verified === false) return { refusal: "email_unverified" };
  const email = claims.email.trim().toLowerCase();
  if (!emailDomainAllowed(email, domains)) return { refusal: "domain_not_allowed" };
  return { email };
}

/** What Grove knows of the email before signing it in. */
export interface AccountFacts {
  /** The email's Grove account, and whether it is a person of this organisation. */
  account: { inOrganisation: boolean } | null;
  /** The organisation's person with this email, and whether an account is linked to it. */
  person: { linked: boolean } | null;
}

export type AccountDecision =
  | { do: "sign_in" }
  | { do: "create_account"; person: "link" | "create" }
  | { do: "refuse"; refusal: SsoRefusal };

/**
 * Who signs in. An organisation's provider vouches for its own people only: an existing account
 * is signed in when it already is this organisation's person; an account that is not (someone
 * else's, perhaps, whose address the provider claims) is refused, never joined to the
 * organisation. A new email gets a just-in-time account, linked to the person an admin added
 * with that email or with a new person of the default role.
 */
export function decideAccount(facts: AccountFacts): AccountDecision {
  if (facts.account) {
    return facts.account.inOrganisation ? { do: "sign_in" } : { do: "refuse", refusal: "account_elsewhere" };
  }
  if (facts.person?.linked) return { do: "refuse", refusal: "account_elsewhere" };
  return { do: "create_account", person: facts.person ? "link" : "create" };
}

/**
 * The organisations whose "require SSO for members" refuses this account's password: those where
 * it is not an admin (admins keep the password as the way in when the provider is down).
 */
export function passwordRefusedBy(memberships: { slug: string; role: string; requireSso: boolean }[]): string[] {
  return memberships.filter((m) => m.requireSso && m.role !== "admin").map((m) => m.slug);
}

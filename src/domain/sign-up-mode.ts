import { AppError } from "./errors.ts";

/**
 * Who may create an organisation by sign-up (GROVE_SIGN_UP, issue 12 point 6). Invitations are
 * not sign-up: they keep working in every mode.
 */
export type SignUpMode = { mode: "open" } | { mode: "invitation" } | { mode: "domains"; domains: string[] };

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** `open` (also unset), `invitation`, or `domains:example.com,example.org`; null for anything else. */
export function parseSignUpMode(value: string | undefined): SignUpMode | null {
  const text = (value ?? "").trim().toLowerCase();
  if (text === "" || text === "open") return { mode: "open" };
  if (text === "invitation") return { mode: "invitation" };
  if (!text.startsWith("domains:")) return null;
  const domains = text
    .slice("domains:".length)
    .split(",")
    .map((d) => d.trim().replace(/^@/, ""));
  if (domains.length === 0 || !domains.every((d) => DOMAIN.test(d))) return null;
  return { mode: "domains", domains: [...new Set(domains)] };
}

/**
 * The refusal of a sign-up the mode does not allow, or null. It depends on the mode and the
 * address's domain only, never on whether the address has an account (no enumeration).
 */
export function signUpRefusal(mode: SignUpMode, email: string): AppError | null {
  if (mode.mode === "open") return null;
  if (mode.mode === "invitation") {
    return new AppError("forbidden", "Sign-up is closed on this server: people join by invitation", [
      { field: "email", rule: "sign_up_closed", message: "ask an admin of your organisation for an invitation" },
    ]);
  }
  // Exact match of the part after the last "@": "evil-example.com" and "sub.example.com" are other domains.
  const domain = email.slice(email.lastIndexOf("@") + 1).toLowerCase();
  if (mode.domains.includes(domain)) return null;
  return new AppError("forbidden", "Sign-up on this server is only for addresses of certain domains", [
    { field: "email", rule: "sign_up_domain", message: `use an address at ${mode.domains.join(", ")}` },
  ]);
}

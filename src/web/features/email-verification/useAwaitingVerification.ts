import { useMe } from "../auth/MeContext.ts";

/**
 * Whether this server keeps the signed-in account from inviting people and creating API tokens
 * until it verifies its address (the banner says how; the cards say why their form is off).
 */
export function useAwaitingVerification(): boolean {
  const me = useMe();
  return me.emailVerificationRequired && !me.user.emailVerified;
}

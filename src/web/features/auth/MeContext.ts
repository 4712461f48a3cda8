import { createContext, useContext } from "react";
import type { Me } from "../../api/types.ts";

export const MeContext = createContext<Me | null>(null);

/** The signed-in user; only used below AuthGate, which guarantees one. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error("useMe outside AuthGate");
  return me;
}

/** The signed-in user's person in an organisation (their key results, their check-ins). */
export function useMyPerson(org: string) {
  return useMe().organisations.find((o) => o.slug === org);
}

import { useMemo } from "react";
import { type Actor, refusal } from "../../../domain/policies.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { useMyPerson } from "../auth/MeContext.ts";
import { useMyUnits } from "../getting-started/queries.ts";

/**
 * Whether the signed-in person may write a unit's objective in the period shown (M3: the unit's
 * lead, or an admin), by the policy the server enforces. One request for the person's units
 * serves every unit on the map. A closed period takes no new objective (docs/period-lifecycle.md).
 */
export function useMayWriteObjective(org: string): (unitId: string) => boolean {
  const me = useMyPerson(org);
  const { period } = useOrg();
  const mine = useMyUnits(org, me !== undefined && me.role !== "admin");
  return useMemo(() => {
    if (!me || !period || period.status === "closed") return () => false;
    if (me.role !== "admin" && !mine.data) return () => false;
    const actor: Actor = {
      kind: "person",
      personId: me.personId,
      orgRole: me.role,
      unitRoles: new Map((mine.data ?? []).map((unit) => [unit.unitId, unit.role])),
      tokenScope: null,
    };
    return (unitId: string) => refusal(actor, { do: "editObjective", unitId }) === null;
  }, [me, period, mine.data]);
}

import { type Actor, refusal } from "../../../domain/policies.ts";
import { useMembers } from "../../api/queries.ts";
import { useMyPerson } from "./MeContext.ts";

export interface Permissions {
  editObjective: boolean;
  editKeyResults: boolean;
  checkIn: boolean;
}

const none: Permissions = { editObjective: false, editKeyResults: false, checkIn: false };

/**
 * What the signed-in person may do in a unit, decided by the same policy the server enforces
 * (M3: the lead sets the objective, the unit's members write KRs and check in). The UI only uses
 * it to offer the right controls; the server still checks every write.
 */
export function usePermissions(org: string, unitId: string): Permissions {
  const me = useMyPerson(org);
  const members = useMembers(org, unitId);
  if (!me || !members.data) return none;
  const role = members.data.members.find((m) => m.personId === me.personId)?.role;
  const actor: Actor = {
    kind: "person",
    personId: me.personId,
    orgRole: me.role,
    unitRoles: new Map(role ? [[unitId, role]] : []),
    tokenScope: null,
  };
  return {
    editObjective: refusal(actor, { do: "editObjective", unitId }) === null,
    editKeyResults: refusal(actor, { do: "editKeyResults", unitId }) === null,
    checkIn: refusal(actor, { do: "checkIn", unitId }) === null,
  };
}

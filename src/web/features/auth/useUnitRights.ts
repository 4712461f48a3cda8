import { type Action, refusal } from "../../../domain/policies.ts";
import { useMembers } from "../../api/queries.ts";
import { useMyPerson } from "./MeContext.ts";

/** An action on one unit, by the policy's name for it ("manageSprints"). */
type UnitAction = Extract<Action, { unitId: string }>["do"];

/**
 * Whether the signed-in person may take one action on a unit, by the policy the server enforces
 * (M6: the unit's lead and members, admins); `why` is the policy's reason when not. Not `ready`
 * until the unit's members are known: no control and no note before then.
 */
export function useUnitRights(
  org: string,
  unitId: string,
  action: UnitAction,
): { ready: boolean; allowed: boolean; why: string | null } {
  const me = useMyPerson(org);
  const members = useMembers(org, unitId);
  if (!me || !members.data) return { ready: false, allowed: false, why: null };
  const role = members.data.members.find((m) => m.personId === me.personId)?.role;
  const why = refusal(
    {
      kind: "person",
      personId: me.personId,
      orgRole: me.role,
      unitRoles: new Map(role ? [[unitId, role]] : []),
      tokenScope: null,
    },
    { do: action, unitId } as Action,
  );
  return { ready: true, allowed: why === null, why };
}

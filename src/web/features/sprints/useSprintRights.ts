import { refusal } from "../../../domain/policies.ts";
import { useMembers } from "../../api/queries.ts";
import { useMyPerson } from "../auth/MeContext.ts";

/**
 * M6: whether the signed-in person plans this unit's sprints (its lead and members, admins), by
 * the policy the server enforces; `why` is the policy's reason when not. Null until known.
 */
export function useSprintRights(org: string, unitId: string): { ready: boolean; allowed: boolean; why: string | null } {
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
    { do: "manageSprints", unitId },
  );
  return { ready: true, allowed: why === null, why };
}

import { useUnitRights } from "../auth/useUnitRights.ts";

/**
 * M6: whether the signed-in person plans this unit's sprints (its lead and members, admins), by
 * the policy the server enforces; `why` is the policy's reason when not. Null until known.
 */
export function useSprintRights(org: string, unitId: string) {
  return useUnitRights(org, unitId, "manageSprints");
}

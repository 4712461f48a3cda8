import type { UnitRole } from "../../domain/policies.ts";
import type { Scope } from "../write.ts";

/**
 * The units the caller leads or belongs to, as the policy sees them (M3). The web app asks once
 * instead of reading each unit's members, to offer "write this unit's objective" on the map.
 */
export function myUnits(scope: Scope): { unitId: string; role: UnitRole }[] {
  if (scope.actor.kind !== "person") return [];
  return [...scope.actor.unitRoles]
    .map(([unitId, role]) => ({ unitId, role }))
    .sort((a, b) => a.unitId.localeCompare(b.unitId));
}

import { usePeople } from "../../api/queries.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { usePermissions } from "../auth/usePermissions.ts";
import { type Initiative, useInitiatives } from "./queries.ts";
import { useKeyResultChoices } from "./useKeyResultChoices.ts";

/**
 * What a unit's lists of initiatives need (its Initiatives section, each KR's list): the
 * organisation's initiatives, its people (the owners, and whom the dialog offers), the unit's
 * rights (M6) and the KRs a new initiative may move.
 */
export function useUnitInitiatives(unitId: string) {
  const { org } = useOrg();
  const initiatives = useInitiatives(org);
  const people = usePeople(org);
  const can = usePermissions(org, unitId);
  const choices = useKeyResultChoices(unitId);
  const peopleById = new Map((people.data ?? []).map((p) => [p.id, p]));
  const ownerOf = (initiative: Initiative) => (initiative.ownerId ? peopleById.get(initiative.ownerId) : undefined);
  return { initiatives, people: people.data ?? [], can, choices, ownerOf };
}

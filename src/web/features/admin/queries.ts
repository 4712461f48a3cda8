import { api, deleteById, unwrap } from "../../api/client.ts";
import { useOrgWrite } from "../../api/queries.ts";

// The administration writes of issue 12 point 10 that the app did not offer yet: rename, move and
// delete a unit, remove a person, withdraw an invitation (a person's role is `useUpdatePersonRole`).
// Each refreshes everything of the organisation after it settles: a unit's name or place shows on
// the map, the team pages and the people list alike.

export interface UnitChange {
  id: string;
  name: string;
  kind: "company" | "department" | "team" | "individual";
  parentId: string | null;
}

export function useUpdateUnit(org: string) {
  return useOrgWrite(org, ({ id, ...body }: UnitChange) =>
    unwrap(api.PATCH("/api/v1/orgs/{org}/units/{id}", { params: { path: { org, id } }, body })),
  );
}

export function useDeleteUnit(org: string) {
  return useOrgWrite(org, deleteById(org, "/api/v1/orgs/{org}/units/{id}"));
}

export function useRemovePerson(org: string) {
  return useOrgWrite(org, deleteById(org, "/api/v1/orgs/{org}/people/{id}"));
}

export function useWithdrawInvitation(org: string) {
  return useOrgWrite(org, deleteById(org, "/api/v1/orgs/{org}/invitations/{id}"));
}

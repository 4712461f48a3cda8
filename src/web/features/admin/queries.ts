import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client.ts";
import { keys } from "../../api/queries.ts";

// The administration writes of issue 12 point 10 that the app did not offer yet: rename, move and
// delete a unit, remove a person, withdraw an invitation (a person's role is `useUpdatePersonRole`).
// Each refreshes everything of the organisation after it settles: a unit's name or place shows on
// the map, the team pages and the people list alike.

function useInvalidate(org: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: keys.org(org) });
}

/** DELETE answers 204 without a body; a refusal still becomes the thrown ApiRequestError. */
async function deleted(request: Promise<{ response: Response; error?: unknown }>): Promise<void> {
  const { response, error } = await request;
  if (!response.ok) await unwrap(Promise.resolve({ error, response }));
}

export interface UnitChange {
  id: string;
  name: string;
  kind: "company" | "department" | "team" | "individual";
  parentId: string | null;
}

export function useUpdateUnit(org: string) {
  const invalidate = useInvalidate(org);
  return useMutation({
    mutationFn: ({ id, ...body }: UnitChange) =>
      unwrap(api.PATCH("/api/v1/orgs/{org}/units/{id}", { params: { path: { org, id } }, body })),
    onSuccess: invalidate,
  });
}

export function useDeleteUnit(org: string) {
  const invalidate = useInvalidate(org);
  return useMutation({
    mutationFn: (id: string) => deleted(api.DELETE("/api/v1/orgs/{org}/units/{id}", { params: { path: { org, id } } })),
    onSuccess: invalidate,
  });
}

export function useRemovePerson(org: string) {
  const invalidate = useInvalidate(org);
  return useMutation({
    mutationFn: (id: string) =>
      deleted(api.DELETE("/api/v1/orgs/{org}/people/{id}", { params: { path: { org, id } } })),
    onSuccess: invalidate,
  });
}

export function useWithdrawInvitation(org: string) {
  const invalidate = useInvalidate(org);
  return useMutation({
    mutationFn: (id: string) =>
      deleted(api.DELETE("/api/v1/orgs/{org}/invitations/{id}", { params: { path: { org, id } } })),
    onSuccess: invalidate,
  });
}

import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { allPages, api, deleteById, noContent, unwrap } from "./client.ts";
import { orgPages } from "./org-read.ts";
import { keys, useOrgWrite } from "./queries.ts";
import type { OrgRole, SignUp, TokenScope, UnitRole } from "./types.ts";
import { useWholeList } from "./whole-list.ts";

// Accounts, people, invitations and API tokens (issue 5): the reads and writes of the pages that
// manage who may do what. Keys sit under the organisation's, so a sign-out clears them with it.
export const accessKeys = {
  units: (org: string) => ["org", org, "units"] as const,
  invitations: (org: string) => ["org", org, "invitations"] as const,
  apiTokens: (org: string) => ["org", org, "api-tokens"] as const,
  history: (org: string, objectiveId: string) => ["org", org, "history", objectiveId] as const,
  invitation: (token: string) => ["invitation", token] as const,
};

export function useSignUp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SignUp) => unwrap(api.POST("/api/v1/auth/sign-up", { body })),
    onSuccess: () => client.resetQueries(),
  });
}

/** Who may sign up on this server (GROVE_SIGN_UP); it does not change while the server runs. */
export function useSignUpMode() {
  return useQuery({
    queryKey: ["sign-up-mode"] as const,
    queryFn: () => unwrap(api.GET("/api/v1/auth/sign-up-mode")),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useInvitation(token: string) {
  return useQuery({
    queryKey: accessKeys.invitation(token),
    queryFn: () => unwrap(api.GET("/api/v1/auth/invitations/{token}", { params: { path: { token } } })),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useAcceptInvitation(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name?: string; password: string }) =>
      unwrap(api.POST("/api/v1/auth/invitations/{token}/accept", { params: { path: { token } }, body })),
    onSuccess: () => client.resetQueries(),
  });
}

export function useUnits(org: string) {
  return useWholeList(accessKeys.units(org), "units", orgPages(org, "/api/v1/orgs/{org}/units"));
}

/**
 * Every unit's members, to show each person's units. One request per unit: the API has no
 * organisation-wide membership list yet, and organisations have tens of units, not thousands.
 */
export function useAllMembers(org: string, unitIds: string[]) {
  return useQueries({
    queries: unitIds.map((id) => ({
      queryKey: keys.members(org, id),
      queryFn: () =>
        allPages("members", (paging) =>
          api.GET("/api/v1/orgs/{org}/units/{id}/members", { params: { path: { org, id }, query: paging } }),
        ),
    })),
    combine: (results) => ({
      members: results.flatMap((r) => r.data?.members ?? []),
      pending: results.some((r) => r.isPending),
    }),
  });
}

export function useInvitations(org: string, enabled: boolean) {
  return useWholeList(accessKeys.invitations(org), "invitations", orgPages(org, "/api/v1/orgs/{org}/invitations"), {
    enabled,
  });
}

export function useCreateInvitation(org: string) {
  return useOrgWrite(org, (body: { email: string; name?: string; role: OrgRole }) =>
    unwrap(api.POST("/api/v1/orgs/{org}/invitations", { params: { path: { org } }, body })),
  );
}

export interface MembershipChange {
  unitId: string;
  personId: string;
  /** Null takes the person out of the unit. */
  role: UnitRole | null;
}

export function useSetMembership(org: string) {
  return useOrgWrite(
    org,
    async ({ unitId, personId, role }: MembershipChange) => {
      const params = { path: { org, id: unitId, personId } };
      if (role) return unwrap(api.PUT("/api/v1/orgs/{org}/units/{id}/members/{personId}", { params, body: { role } }));
      await noContent(api.DELETE("/api/v1/orgs/{org}/units/{id}/members/{personId}", { params }));
      return null;
    },
    { settled: true },
  );
}

export function useUpdatePersonRole(org: string) {
  return useOrgWrite(
    org,
    ({ id, role }: { id: string; role: OrgRole }) =>
      unwrap(api.PATCH("/api/v1/orgs/{org}/people/{id}", { params: { path: { org, id } }, body: { role } })),
    { settled: true },
  );
}

export function useCreateUnit(org: string) {
  return useOrgWrite(
    org,
    (body: { name: string; kind: "company" | "department" | "team" | "individual"; parentId: string | null }) =>
      unwrap(api.POST("/api/v1/orgs/{org}/units", { params: { path: { org } }, body })),
  );
}

export function useSetUnitPrivate(org: string) {
  return useOrgWrite(
    org,
    ({ id, private: isPrivate }: { id: string; private: boolean }) =>
      unwrap(
        api.PATCH("/api/v1/orgs/{org}/units/{id}", { params: { path: { org, id } }, body: { private: isPrivate } }),
      ),
    { settled: true },
  );
}

export function useApiTokens(org: string) {
  return useWholeList(accessKeys.apiTokens(org), "apiTokens", orgPages(org, "/api/v1/orgs/{org}/api-tokens"));
}

export function useCreateApiToken(org: string) {
  return useOrgWrite(org, (body: { name: string; scope: TokenScope; expiresAt: string | null }) =>
    unwrap(api.POST("/api/v1/orgs/{org}/api-tokens", { params: { path: { org } }, body })),
  );
}

export function useRevokeApiToken(org: string) {
  return useOrgWrite(org, deleteById(org, "/api/v1/orgs/{org}/api-tokens/{id}"), { settled: true });
}

export function useObjectiveHistory(org: string, objectiveId: string) {
  return useWholeList(accessKeys.history(org, objectiveId), "history", (paging) =>
    api.GET("/api/v1/orgs/{org}/objectives/{id}/history", {
      params: { path: { org, id: objectiveId }, query: paging },
    }),
  );
}

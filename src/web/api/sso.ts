import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { PutSsoSettings } from "../../api/client/index.ts";
import { api, unwrap } from "./client.ts";
import { useOrgRead } from "./org-read.ts";

// Single sign-on (issue 12 point 9, docs/accounts-and-access.md): the admins' settings, and the
// address a browser goes to for signing in through the organisation's provider.

export type { PutSsoSettings, SsoSettings } from "../../api/client/index.ts";

const ssoKey = (org: string) => ["org", org, "sso"] as const;

export function useSsoSettings(org: string, enabled: boolean) {
  return useOrgRead(ssoKey(org), org, "/api/v1/orgs/{org}/sso", { enabled });
}

export function usePutSsoSettings(org: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PutSsoSettings) =>
      unwrap(api.PUT("/api/v1/orgs/{org}/sso", { params: { path: { org } }, body })),
    onSuccess: (settings) => client.setQueryData(ssoKey(org), settings),
  });
}

/** A page the browser navigates to (not a fetch): it redirects to the provider's sign-in. */
export function ssoStartUrl(slug: string): string {
  return `/api/v1/auth/sso/${encodeURIComponent(slug)}/start`;
}

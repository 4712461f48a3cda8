import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { NotificationPreferences, Notifications } from "../../../api/client/index.ts";
import { allPages, api, noContent, unwrap } from "../../api/client.ts";
import { orgPages, useOrgRead } from "../../api/org-read.ts";

// The bell and the notification settings (docs/notifications.md), keyed by organisation.

export type NotificationKind = NotificationPreferences["preferences"][number]["kind"];
export type NotificationChannel = NotificationPreferences["preferences"][number]["channel"];
export type BellNotification = Notifications["notifications"][number];

const keys = {
  preferences: (org: string) => ["org", org, "notification-preferences"] as const,
  bell: (org: string) => ["org", org, "notifications"] as const,
};

/** How often the bell looks for new notifications while the app is open. */
const BELL_REFRESH_MS = 60_000;

export function usePreferences(org: string) {
  return useOrgRead(keys.preferences(org), org, "/api/v1/orgs/{org}/me/notification-preferences");
}

export function useSetPreference(org: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { kind: NotificationKind; channel: NotificationChannel }) =>
      unwrap(api.PUT("/api/v1/orgs/{org}/me/notification-preferences", { params: { path: { org } }, body })),
    // The choice shows at once; a refusal or a failure puts the saved one back.
    onMutate: async ({ kind, channel }) => {
      await client.cancelQueries({ queryKey: keys.preferences(org) });
      const before = client.getQueryData<NotificationPreferences>(keys.preferences(org));
      if (before) {
        client.setQueryData(keys.preferences(org), {
          ...before,
          preferences: before.preferences.map((p) => (p.kind === kind ? { ...p, channel, chosen: true } : p)),
        });
      }
      return { before };
    },
    onError: (_error, _variables, context) => {
      if (context?.before) client.setQueryData(keys.preferences(org), context.before);
    },
    onSuccess: (data) => client.setQueryData(keys.preferences(org), data),
  });
}

export function useBell(org: string) {
  return useQuery({
    queryKey: keys.bell(org),
    queryFn: () => allPages("notifications", orgPages(org, "/api/v1/orgs/{org}/me/notifications")),
    refetchInterval: BELL_REFRESH_MS,
    retry: 1,
  });
}

export function useMarkRead(org: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) =>
      noContent(api.POST("/api/v1/orgs/{org}/me/notifications/read", { params: { path: { org } }, body: { ids } })),
    onSettled: () => client.invalidateQueries({ queryKey: keys.bell(org) }),
  });
}

/** Saves the language of the user's messages; the switch calls it while someone is signed in. */
export function useSaveLocale() {
  return useMutation({
    mutationFn: async (locale: "en" | "zh") => {
      await api.PUT("/api/v1/auth/me/locale", { body: { locale } });
    },
  });
}

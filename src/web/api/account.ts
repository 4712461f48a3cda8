import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { allPages, api, noContent } from "./client.ts";

// Your password and sessions (docs/accounts-and-access.md, "Password and sessions"). Account
// level: the key is not under an organisation's.

const sessionsKey = ["account", "sessions"] as const;

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      noContent(api.POST("/api/v1/auth/password", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionsKey }),
  });
}

export function useMySessions() {
  return useQuery({
    queryKey: sessionsKey,
    queryFn: async () =>
      (await allPages("sessions", (paging) => api.GET("/api/v1/auth/sessions", { params: { query: paging } })))
        .sessions,
  });
}

export function useEndSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ handle }: { handle: string; current: boolean }) =>
      noContent(api.DELETE("/api/v1/auth/sessions/{handle}", { params: { path: { handle } } })),
    onSuccess: (_, { current }) => {
      if (current) {
        // Ending this one signed out: start again from the sign-in page.
        client.clear();
        window.location.assign("/");
        return;
      }
      return client.invalidateQueries({ queryKey: sessionsKey });
    },
  });
}

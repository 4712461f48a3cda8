import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiRequestError, api, unwrap } from "./client.ts";
import type { ApiError } from "./types.ts";

// Your password and sessions (docs/accounts-and-access.md, "Password and sessions"). Account
// level: the key is not under an organisation's.

const sessionsKey = ["account", "sessions"] as const;

/** 204s have no body, so unwrap's "no data" would read them as failures. */
async function noBody(call: Promise<{ error?: unknown; response: Response }>): Promise<void> {
  const { error, response } = await call;
  if (!response.ok) throw new ApiRequestError(response.status, (error as { error?: ApiError } | undefined)?.error);
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      noBody(api.POST("/api/v1/auth/password", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionsKey }),
  });
}

export function useMySessions() {
  return useQuery({
    queryKey: sessionsKey,
    queryFn: async () => (await unwrap(api.GET("/api/v1/auth/sessions"))).sessions,
  });
}

export function useEndSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ handle }: { handle: string; current: boolean }) =>
      noBody(api.DELETE("/api/v1/auth/sessions/{handle}", { params: { path: { handle } } })),
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

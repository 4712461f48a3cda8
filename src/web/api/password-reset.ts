import { useMutation, useQuery } from "@tanstack/react-query";
import { api, noContent, unwrap } from "./client.ts";

// Password reset (docs/accounts-and-access.md): ask for a link, check it, set a password with it.

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) => unwrap(api.POST("/api/v1/auth/password-reset", { body: { email } })),
  });
}

export function useResetLink(token: string) {
  return useQuery({
    queryKey: ["password-reset", token],
    queryFn: () => unwrap(api.GET("/api/v1/auth/password-reset/{token}", { params: { path: { token } } })),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useConfirmPasswordReset(token: string) {
  return useMutation({
    mutationFn: (password: string) =>
      noContent(api.POST("/api/v1/auth/password-reset/confirm", { body: { token, password } })),
  });
}

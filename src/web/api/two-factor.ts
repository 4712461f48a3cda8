import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, noContent, unwrap } from "./client.ts";

// Your two-factor sign-in (docs/accounts-and-access.md, "Two-factor sign-in"). Account level:
// the key is not under an organisation's.

const statusKey = ["account", "two-factor"] as const;

export function useTwoFactorStatus() {
  return useQuery({ queryKey: statusKey, queryFn: () => unwrap(api.GET("/api/v1/auth/two-factor")) });
}

/** A new secret for the app (not on until confirmed); it takes the password. */
export function useStartTwoFactor() {
  return useMutation({
    mutationFn: (password: string) => unwrap(api.POST("/api/v1/auth/two-factor/setup", { body: { password } })),
  });
}

export function useConfirmTwoFactor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => unwrap(api.POST("/api/v1/auth/two-factor/confirm", { body: { code } })),
    onSuccess: () => client.invalidateQueries({ queryKey: statusKey }),
  });
}

export function useDisableTwoFactor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { password: string } | { code: string }) =>
      noContent(api.POST("/api/v1/auth/two-factor/disable", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: statusKey }),
  });
}

export function useRegenerateRecoveryCodes() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => unwrap(api.POST("/api/v1/auth/two-factor/recovery-codes", { body: { code } })),
    onSuccess: () => client.invalidateQueries({ queryKey: statusKey }),
  });
}

/** The sign-in's second step: a code for the challenge of the password step. */
export function useSecondStep() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { challenge: string; code: string }) =>
      unwrap(api.POST("/api/v1/auth/sign-in/two-factor", { body })),
    onSuccess: () => client.resetQueries(),
  });
}

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

/** A change to your two-factor sign-in: the status is read again once it is done. */
function useTwoFactorChange<V, R>(change: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: change, onSuccess: () => client.invalidateQueries({ queryKey: statusKey }) });
}

export function useConfirmTwoFactor() {
  return useTwoFactorChange((code: string) => unwrap(api.POST("/api/v1/auth/two-factor/confirm", { body: { code } })));
}

export function useDisableTwoFactor() {
  return useTwoFactorChange((body: { password: string } | { code: string }) =>
    noContent(api.POST("/api/v1/auth/two-factor/disable", { body })),
  );
}

export function useRegenerateRecoveryCodes() {
  return useTwoFactorChange((code: string) =>
    unwrap(api.POST("/api/v1/auth/two-factor/recovery-codes", { body: { code } })),
  );
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

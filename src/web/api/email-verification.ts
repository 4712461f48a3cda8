import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./client.ts";

// Email verification (docs/accounts-and-access.md, "Email verification"): a new link for the
// signed-in account, and following a mailed link. Either way the account's "me" changes.

export function useResendVerification() {
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/auth/email-verification")),
  });
}

export function useConfirmEmailVerification() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => unwrap(api.POST("/api/v1/auth/email-verification/confirm", { body: { token } })),
    // The banner goes wherever this browser is signed in as that account.
    onSettled: () => client.invalidateQueries({ queryKey: ["me"] }),
  });
}

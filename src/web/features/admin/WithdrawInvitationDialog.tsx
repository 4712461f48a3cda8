import { useTranslation } from "react-i18next";
import { failureOf } from "../../api/failure.ts";
import type { Invitation } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { useWithdrawInvitation } from "./queries.ts";

/** Withdrawing a pending invitation: its link stops working at once; a new one can be sent later. */
export function WithdrawInvitationDialog({
  invitation,
  onClose,
}: {
  invitation: Invitation | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const withdraw = useWithdrawInvitation(org);
  const close = () => {
    withdraw.reset();
    onClose();
  };
  // Accepted or withdrawn meanwhile (by the invitee or another admin): say so in the reader's words.
  const failure = failureOf(withdraw.error);
  const gone = failure?.kind === "refused" && failure.status === 404;
  return (
    <ConfirmDialog
      open={invitation !== null}
      title={t("admin.invitation.withdrawTitle", { email: invitation?.email ?? "" })}
      confirm={t("admin.invitation.withdrawYes")}
      pending={withdraw.isPending}
      error={withdraw.error}
      refusal={gone ? t("admin.invitation.gone") : undefined}
      onConfirm={() => invitation && withdraw.mutate(invitation.id, { onSuccess: close })}
      onClose={close}
    >
      <p>{t("admin.invitation.withdrawBody")}</p>
    </ConfirmDialog>
  );
}

import { useTranslation } from "react-i18next";
import { failureOf } from "../../api/failure.ts";
import type { Invitation } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { ConfirmStep } from "../../ui/ConfirmDialog.tsx";
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
  // Accepted or withdrawn meanwhile (by the invitee or another admin): say so in the reader's words.
  const failure = failureOf(withdraw.error);
  const gone = failure?.kind === "refused" && failure.status === 404;
  return (
    <ConfirmStep
      subject={invitation}
      step={withdraw}
      title={t("admin.invitation.withdrawTitle", { email: invitation?.email ?? "" })}
      confirm={t("admin.invitation.withdrawYes")}
      refusal={gone ? t("admin.invitation.gone") : undefined}
      onClose={onClose}
    >
      <p>{t("admin.invitation.withdrawBody")}</p>
    </ConfirmStep>
  );
}

import { useTranslation } from "react-i18next";
import { failureOf } from "../../api/failure.ts";
import type { Invitation } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { ConfirmRun } from "../../ui/ConfirmDialog.tsx";
import { DialogAction } from "../../ui/DialogAction.tsx";
import { useWithdrawInvitation } from "./queries.ts";

/** Withdrawing a pending invitation: its link stops working at once; a new one can be sent later. */
export function WithdrawInvitation({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const withdraw = useWithdrawInvitation(org);
  // Accepted or withdrawn meanwhile (by the invitee or another admin): say so in the reader's words.
  const failure = failureOf(withdraw.error);
  const gone = failure?.kind === "refused" && failure.status === 404;
  const { email } = invitation;
  return (
    <DialogAction
      button={{
        label: t("admin.invitation.withdraw"),
        named: t("admin.invitation.withdrawOf", { email }),
        quiet: true,
      }}
    >
      {(dialog) => (
        <ConfirmRun
          {...dialog}
          step={withdraw}
          variables={invitation.id}
          title={t("admin.invitation.withdrawTitle", { email })}
          confirm={t("admin.invitation.withdrawYes")}
          refusal={gone ? t("admin.invitation.gone") : undefined}
        >
          <p>{t("admin.invitation.withdrawBody")}</p>
        </ConfirmRun>
      )}
    </DialogAction>
  );
}

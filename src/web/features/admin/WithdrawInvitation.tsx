import { useTranslation } from "react-i18next";
import { failureOf } from "../../api/failure.ts";
import type { Invitation } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { AdminStep } from "./AdminStep.tsx";
import { useWithdrawInvitation } from "./queries.ts";

/** Withdrawing a pending invitation: its link stops working at once; a new one can be sent later. */
export function WithdrawInvitation({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const withdraw = useWithdrawInvitation(org);
  // Accepted or withdrawn meanwhile (by the invitee or another admin): say so in the reader's words.
  const failure = failureOf(withdraw.error);
  const gone = failure?.kind === "refused" && failure.status === 404;
  return (
    <AdminStep
      words="admin.invitation.withdraw"
      about={{ email: invitation.email }}
      step={withdraw}
      id={invitation.id}
      refusal={gone ? t("admin.invitation.gone") : undefined}
    >
      <p>{t("admin.invitation.withdrawBody")}</p>
    </AdminStep>
  );
}

import { useTranslation } from "react-i18next";
import type { Invitation } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { Card } from "../../ui/Card.tsx";
import { ListOf } from "../../ui/ListOf.tsx";
import { WithdrawInvitation } from "../admin/WithdrawInvitation.tsx";
import "../admin/admin.css";

/**
 * Invitations not yet used (and the recently accepted ones, to close the loop); an admin
 * withdraws one that is not accepted yet (only admins see this card: the API lists them to admins).
 */
export function InvitationsCard({ invitations }: { invitations: Invitation[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = Date.now();
  const state = (i: Invitation) =>
    i.acceptedAt ? "accepted" : new Date(i.expiresAt).getTime() < now ? "expired" : "pending";
  const pending = invitations.filter((i) => state(i) === "pending");
  return (
    <Card titleId="invitations-title" title={t("people.pendingTitle", { count: pending.length })}>
      <ListOf
        items={invitations}
        none={<p className="card__body subtle">{t("people.noInvitations")}</p>}
        className="invitations"
      >
        {(invitation) => {
          const s = state(invitation);
          return (
            <li key={invitation.id} className="invitations__row invitations__row--admin">
              <span className="invitations__email">{invitation.email}</span>
              <span className="subtle">{t(`orgRole.${invitation.role}`)}</span>
              <span className={`badge ${s === "pending" ? "badge--warning" : "badge--outline"}`}>
                {t(`people.invitation.${s}`)}
              </span>
              <span className="subtle invitations__when">
                {s === "accepted"
                  ? t("people.acceptedOn", { date: format.date(invitation.acceptedAt) })
                  : t("people.expiresOn", { date: format.date(invitation.expiresAt) })}
              </span>
              <span className="admin-actions row-actions">
                {!invitation.acceptedAt && <WithdrawInvitation invitation={invitation} />}
              </span>
            </li>
          );
        }}
      </ListOf>
    </Card>
  );
}

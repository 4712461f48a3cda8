import { useTranslation } from "react-i18next";
import type { Invitation } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";

/** Invitations not yet used (and the recently accepted ones, to close the loop). */
export function InvitationsCard({ invitations }: { invitations: Invitation[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = Date.now();
  const state = (i: Invitation) =>
    i.acceptedAt ? "accepted" : new Date(i.expiresAt).getTime() < now ? "expired" : "pending";
  const pending = invitations.filter((i) => state(i) === "pending");
  return (
    <section className="card" aria-labelledby="invitations-title">
      <div className="card__header">
        <h2 id="invitations-title">{t("people.pendingTitle", { count: pending.length })}</h2>
      </div>
      {invitations.length === 0 ? (
        <p className="card__body subtle">{t("people.noInvitations")}</p>
      ) : (
        <ul className="invitations">
          {invitations.map((invitation) => {
            const s = state(invitation);
            return (
              <li key={invitation.id} className="invitations__row">
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
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

import { useTranslation } from "react-i18next";
import { type Delivery, eventKey, useDeadMessages, useDeliveries, useResend } from "../../api/webhooks.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Card } from "../../ui/Card.tsx";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { QueryList } from "../../ui/QueryList.tsx";
import { RowAction } from "../../ui/RowAction.tsx";

const statusBadge: Record<Delivery["status"], string> = {
  pending: "badge badge--warning",
  sent: "badge badge--met",
  dead: "badge badge--not_achieved",
};

/** One message of a log: status, what it was, attempts, when, the last error, and "send again". */
function DeliveryRow({ delivery, showChannel }: { delivery: Delivery; showChannel?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { org } = useOrg();
  const again = useResend(org);
  const what =
    delivery.channel === "webhook"
      ? t(`webhooks.eventNames.${eventKey(delivery.kind)}`, { defaultValue: delivery.kind })
      : delivery.summary;
  return (
    <li className="delivery spread spread--2">
      <div className="delivery__main stack stack--lines">
        <span className="delivery__what">
          <span className={statusBadge[delivery.status]}>{t(`webhooks.status.${delivery.status}`)}</span>{" "}
          {showChannel && <span className="badge badge--outline">{t(`webhooks.channels.${delivery.channel}`)}</span>}{" "}
          <span className="user-text">{what}</span>
        </span>
        <span className="subtle">
          {t("webhooks.attempts", { count: delivery.attempts })} ·{" "}
          {delivery.sentAt
            ? t("webhooks.sentAt", { date: format.dateTime(delivery.sentAt) })
            : delivery.nextAttemptAt
              ? t("webhooks.nextAttempt", { date: format.dateTime(delivery.nextAttemptAt) })
              : t("webhooks.createdAt", { date: format.dateTime(delivery.createdAt) })}
          {delivery.eventId ? ` · ${t("webhooks.eventId", { id: delivery.eventId.slice(0, 8) })}` : ""}
        </span>
        {delivery.lastError && <code className="delivery__error">{delivery.lastError}</code>}
      </div>
      {(delivery.channel === "webhook" || delivery.status === "dead") && (
        <RowAction disabled={again.isPending || again.isSuccess} onClick={() => again.mutate(delivery.id)}>
          {t("webhooks.resend")}
        </RowAction>
      )}
      <FailureAlert error={again.error} onRetry={resend(again)} busy={again.isPending} noFields />
    </li>
  );
}

/** A webhook's most recent deliveries, newest first. */
export function DeliveryLog({ webhookId }: { webhookId: string }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const deliveries = useDeliveries(org, webhookId);
  return (
    <QueryList
      query={deliveries}
      none={t("webhooks.noDeliveries")}
      className="delivery-log"
      label={t("webhooks.deliveries")}
    >
      {(delivery) => <DeliveryRow key={delivery.id} delivery={delivery} />}
    </QueryList>
  );
}

/** The organisation's dead messages of every channel (mail included), each to send again. */
export function DeadMessagesCard() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const dead = useDeadMessages(org);
  return (
    <Card
      titleId="dead-title"
      title={t("webhooks.deadTitle")}
      intro={{ className: "webhooks", text: t("webhooks.deadIntro") }}
    >
      <QueryList query={dead} none={t("webhooks.deadNone")} className="delivery-log">
        {(delivery) => <DeliveryRow key={delivery.id} delivery={delivery} showChannel />}
      </QueryList>
    </Card>
  );
}

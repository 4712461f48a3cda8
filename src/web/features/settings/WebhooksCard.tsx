import { useState } from "react";
import { useTranslation } from "react-i18next";
import { refusalOf } from "../../api/failure.ts";
import {
  eventKey,
  useCreateWebhook,
  useDeleteWebhook,
  useRollSecret,
  useUpdateWebhook,
  useWebhooks,
  type Webhook,
  type WebhookEvent,
  type WebhookKind,
} from "../../api/webhooks.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { CopyField } from "../../ui/CopyField.tsx";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { Field } from "../../ui/Field.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { InlineForm } from "../../ui/InlineForm.tsx";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { Skeleton } from "../../ui/Skeleton.tsx";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import { DeliveryLog } from "./DeliveryLog.tsx";
import "./webhooks.css";

const kinds: WebhookKind[] = ["slack", "teams", "generic"];
const events: WebhookEvent[] = [
  "check_in.recorded",
  "key_result.at_risk",
  "objective.activated",
  "review.done",
  "period.closed",
  "notification",
];

/** Shown once: the secret of a generic webhook just made or rolled. */
function SecretNote({ name, secret }: { name: string; secret: string }) {
  const { t } = useTranslation();
  return (
    <div className="secret" role="status">
      <p className="secret__warning">
        <Icon name="alert" />
        <span>
          <strong>{t("webhooks.copyNow")}</strong> {t("webhooks.shownOnce")}
        </span>
      </p>
      <CopyField label={t("webhooks.secretOf", { name })} value={secret} />
      <p className="subtle">{t("webhooks.verifyHint")}</p>
    </div>
  );
}

/**
 * Admins' outgoing webhooks (issue 11): Slack or Mattermost, Teams, or generic signed JSON, with
 * the events each takes; a generic webhook's secret is shown once. Each row opens its
 * delivery log. The Settings page shows the card to admins only (the API refuses everyone else).
 */
export function WebhooksCard() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const webhooks = useWebhooks(org, true);
  const create = useCreateWebhook(org);
  const [name, setName] = useState("");
  const [kind, setKind] = useState<WebhookKind>("slack");
  const [url, setUrl] = useState("");
  const [chosen, setChosen] = useState<WebhookEvent[]>(["check_in.recorded"]);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const { errors, fix } = useFieldErrors(create.error);
  // The address and event rules are this card's own: said in the reader's language.
  const ownRules = ["url", "http_or_https", "no_link_local", "chat_only"];
  const errorOf = (field: string) => {
    if (!errors.has(field)) return undefined;
    const rule = refusalOf(create.error)?.details.find((d) => d.field === field)?.rule ?? "";
    return ownRules.includes(rule) ? t(`webhooks.errors.${rule}`) : errors.get(field);
  };
  const offered = kind === "generic" ? events.filter((e) => e !== "notification") : events;

  const submit = () => {
    create.mutate(
      { name, kind, url, events: chosen.filter((e) => offered.includes(e)) },
      {
        onSuccess: (made) => {
          setSecret(made.secret ? { name: made.name, secret: made.secret } : null);
          setName("");
          setUrl("");
        },
      },
    );
  };
  const toggle = (event: WebhookEvent) => {
    setChosen((now) => (now.includes(event) ? now.filter((e) => e !== event) : [...now, event]));
    fix("events");
  };

  return (
    <section className="card" aria-labelledby="webhooks-title">
      <div className="card__header">
        <h2 id="webhooks-title">{t("webhooks.title")}</h2>
      </div>
      <div className="card__body webhooks">
        <p className="muted">{t("webhooks.intro")}</p>
        <InlineForm
          block="webhook-form"
          label={t("webhooks.add")}
          submit={t("webhooks.add")}
          pending={create.isPending}
          primary
          failure={create.error}
          onSubmit={submit}
        >
          <Field label={t("webhooks.name")} hint={t("webhooks.nameHint")} error={errorOf("name")}>
            {(props) => (
              <input
                {...props}
                className="input"
                autoComplete="off"
                value={name}
                onChange={(e) => {
                  setName(e.target.value);
                  fix("name");
                }}
              />
            )}
          </Field>
          <fieldset className="webhook-form__choices">
            <legend className="field__label">{t("webhooks.kind")}</legend>
            {kinds.map((k) => (
              <label key={k} className="radio">
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
                <span>
                  <strong>{t(`webhooks.kinds.${k}`)}</strong>
                  <span className="subtle"> · {t(`webhooks.kindHelp.${k}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <Field label={t("webhooks.url")} hint={t("webhooks.urlHint")} error={errorOf("url")}>
            {(props) => (
              <input
                {...props}
                className="input"
                type="url"
                inputMode="url"
                autoComplete="off"
                spellCheck={false}
                placeholder="https://"
                value={url}
                onChange={(e) => {
                  setUrl(e.target.value);
                  fix("url");
                }}
              />
            )}
          </Field>
          <fieldset className="webhook-form__choices" aria-describedby="webhook-events-error">
            <legend className="field__label">{t("webhooks.events")}</legend>
            {offered.map((event) => (
              <label key={event} className="radio">
                <input type="checkbox" checked={chosen.includes(event)} onChange={() => toggle(event)} />
                <span>
                  <strong>{t(`webhooks.eventNames.${eventKey(event)}`)}</strong>
                  <span className="subtle"> · {t(`webhooks.eventHelp.${eventKey(event)}`)}</span>
                </span>
              </label>
            ))}
            {errorOf("events") && (
              <span className="field__error" id="webhook-events-error">
                {errorOf("events")}
              </span>
            )}
          </fieldset>
        </InlineForm>
        {secret && <SecretNote name={secret.name} secret={secret.secret} />}
        <h3 className="webhooks__list-title">{t("webhooks.yours")}</h3>
        {loadFailed(webhooks) ? (
          <LoadError queries={[webhooks]} compact />
        ) : webhooks.isPending ? (
          <Skeleton height={44} />
        ) : (webhooks.data ?? []).length === 0 ? (
          <p className="subtle">{t("webhooks.none")}</p>
        ) : (
          <ul className="webhook-list">
            {(webhooks.data ?? []).map((webhook) => (
              <WebhookRow key={webhook.id} webhook={webhook} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function WebhookRow({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const update = useUpdateWebhook(org, webhook.id);
  const remove = useDeleteWebhook(org, webhook.id);
  const roll = useRollSecret(org, webhook.id);
  const [confirming, setConfirming] = useState<"roll" | "remove" | null>(null);
  const [open, setOpen] = useState(false);
  const failed = update.error ?? remove.error ?? roll.error;
  return (
    <li className="webhook-list__row" aria-label={webhook.name}>
      <div className="webhook-list__head">
        <div className="webhook-list__main">
          <span className="webhook-list__name user-text">
            {webhook.name}{" "}
            <span className={webhook.active ? "badge badge--met" : "badge badge--outline"}>
              {webhook.active ? t("webhooks.on") : t("webhooks.off")}
            </span>
          </span>
          <span className="subtle">
            {t(`webhooks.kinds.${webhook.kind}`)}
            {" · "}
            <code className="webhook-list__url">{webhook.url}</code>
          </span>
          <span className="subtle">
            {webhook.events.map((event) => t(`webhooks.eventNames.${eventKey(event)}`)).join(" · ")}
          </span>
        </div>
        <div className="webhook-list__actions">
          <button
            type="button"
            className="btn btn--small"
            aria-expanded={open}
            aria-label={open ? t("webhooks.hideDeliveries") : t("webhooks.deliveriesOf", { name: webhook.name })}
            onClick={() => setOpen(!open)}
          >
            {open ? t("webhooks.hideDeliveries") : t("webhooks.deliveries")}
          </button>
          <button
            type="button"
            className="btn btn--small"
            disabled={update.isPending}
            onClick={() => update.mutate({ active: !webhook.active })}
          >
            {webhook.active ? t("webhooks.turnOff") : t("webhooks.turnOn")}
          </button>
          {webhook.signed && (
            <button type="button" className="btn btn--small" onClick={() => setConfirming("roll")}>
              {t("webhooks.rollSecret")}
            </button>
          )}
          <button
            type="button"
            className="btn btn--small"
            aria-label={t("webhooks.removeNamed", { name: webhook.name })}
            onClick={() => setConfirming("remove")}
          >
            {t("webhooks.remove")}
          </button>
        </div>
      </div>
      {confirming && (
        <span className="token-list__confirm">
          <span>{confirming === "roll" ? t("webhooks.rollConfirm") : t("webhooks.removeConfirm")}</span>
          <button
            type="button"
            className={confirming === "roll" ? "btn btn--small btn--primary" : "btn btn--small btn--danger"}
            onClick={() => {
              if (confirming === "roll") roll.mutate();
              else remove.mutate();
              setConfirming(null);
            }}
          >
            {confirming === "roll" ? t("webhooks.rollYes") : t("webhooks.removeYes")}
          </button>
          <button type="button" className="btn btn--small btn--ghost" onClick={() => setConfirming(null)}>
            {t("common.cancel")}
          </button>
        </span>
      )}
      {roll.data?.secret && <SecretNote name={webhook.name} secret={roll.data.secret} />}
      <FailureAlert
        error={failed}
        onRetry={update.error ? resend(update) : remove.error ? resend(remove) : resend(roll)}
        busy={update.isPending || remove.isPending || roll.isPending}
        noFields
      />
      {open && <DeliveryLog webhookId={webhook.id} />}
    </li>
  );
}

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { WEBHOOK_EVENTS, WEBHOOK_KINDS } from "../../../domain/webhooks.ts";
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
import { Card } from "../../ui/Card.tsx";
import { CheckboxGroup, ChoiceGroup } from "../../ui/ChoiceGroup.tsx";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { InlineForm } from "../../ui/InlineForm.tsx";
import { QueryList } from "../../ui/QueryList.tsx";
import { RowAction } from "../../ui/RowAction.tsx";
import { SecretNote } from "../../ui/SecretNote.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import { DeliveryLog } from "./DeliveryLog.tsx";
import { RowConfirm } from "./RowConfirm.tsx";
import "./webhooks.css";

const kinds: readonly WebhookKind[] = WEBHOOK_KINDS;
const events: readonly WebhookEvent[] = WEBHOOK_EVENTS;

/** Shown once: the secret of a generic webhook just made or rolled. */
function WebhookSecret({ name, secret }: { name: string; secret: string }) {
  const { t } = useTranslation();
  return (
    <SecretNote
      warning={t("webhooks.copyNow")}
      shownOnce={t("webhooks.shownOnce")}
      label={t("webhooks.secretOf", { name })}
      secret={secret}
      usage={t("webhooks.verifyHint")}
    />
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
  const webhooks = useWebhooks(org);
  const create = useCreateWebhook(org);
  const [name, setName] = useState("");
  const [kind, setKind] = useState<WebhookKind>("slack");
  const [url, setUrl] = useState("");
  const [chosen, setChosen] = useState<WebhookEvent[]>(["check_in.recorded"]);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const { errors, fix, bind } = useFieldErrors(create.error);
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

  return (
    <Card
      titleId="webhooks-title"
      title={t("webhooks.title")}
      intro={{ className: "webhooks", text: t("webhooks.intro") }}
    >
      <InlineForm
        block="webhook-form"
        className="stack"
        label={t("webhooks.add")}
        submit={t("webhooks.add")}
        mutation={create}
        primary
        onSubmit={submit}
      >
        <TextField
          label={t("webhooks.name")}
          hint={t("webhooks.nameHint")}
          autoComplete="off"
          {...bind("name", name, setName)}
          error={errorOf("name")}
        />
        <ChoiceGroup
          legend={t("webhooks.kind")}
          name="kind"
          choices={kinds}
          value={kind}
          onChange={setKind}
          label={(k) => t(`webhooks.kinds.${k}`)}
          help={(k) => t(`webhooks.kindHelp.${k}`)}
        />
        <TextField
          label={t("webhooks.url")}
          hint={t("webhooks.urlHint")}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://"
          {...bind("url", url, setUrl)}
          error={errorOf("url")}
        />
        <CheckboxGroup
          legend={t("webhooks.events")}
          choices={offered}
          value={chosen}
          onChange={(now) => {
            setChosen(now);
            fix("events");
          }}
          label={(event) => t(`webhooks.eventNames.${eventKey(event)}`)}
          help={(event) => t(`webhooks.eventHelp.${eventKey(event)}`)}
          error={errorOf("events")}
        />
      </InlineForm>
      {secret && <WebhookSecret name={secret.name} secret={secret.secret} />}
      <h3 className="webhooks__list-title">{t("webhooks.yours")}</h3>
      <QueryList query={webhooks} none={t("webhooks.none")} className="webhook-list">
        {(webhook) => <WebhookRow key={webhook.id} webhook={webhook} />}
      </QueryList>
    </Card>
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
        <div className="webhook-list__main stack stack--lines">
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
          <RowAction
            named={open ? t("webhooks.hideDeliveries") : t("webhooks.deliveriesOf", { name: webhook.name })}
            expanded={open}
            onClick={() => setOpen(!open)}
          >
            {open ? t("webhooks.hideDeliveries") : t("webhooks.deliveries")}
          </RowAction>
          <RowAction disabled={update.isPending} onClick={() => update.mutate({ active: !webhook.active })}>
            {webhook.active ? t("webhooks.turnOff") : t("webhooks.turnOn")}
          </RowAction>
          {webhook.signed && (
            <button type="button" className="btn btn--small" onClick={() => setConfirming("roll")}>
              {t("webhooks.rollSecret")}
            </button>
          )}
          <RowAction named={t("webhooks.removeNamed", { name: webhook.name })} onClick={() => setConfirming("remove")}>
            {t("webhooks.remove")}
          </RowAction>
        </div>
      </div>
      {confirming && (
        <RowConfirm
          question={confirming === "roll" ? t("webhooks.rollConfirm") : t("webhooks.removeConfirm")}
          yes={confirming === "roll" ? t("webhooks.rollYes") : t("webhooks.removeYes")}
          primary={confirming === "roll"}
          onYes={() => {
            if (confirming === "roll") roll.mutate();
            else remove.mutate();
            setConfirming(null);
          }}
          onCancel={() => setConfirming(null)}
        />
      )}
      {roll.data?.secret && <WebhookSecret name={webhook.name} secret={roll.data.secret} />}
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

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from "../../api/access.ts";
import type { ApiToken, NewApiToken, TokenScope } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Card } from "../../ui/Card.tsx";
import { ChoiceGroup } from "../../ui/ChoiceGroup.tsx";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { InlineForm } from "../../ui/InlineForm.tsx";
import { QueryList } from "../../ui/QueryList.tsx";
import { RowAction } from "../../ui/RowAction.tsx";
import { SecretNote } from "../../ui/SecretNote.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import { useAwaitingVerification } from "../email-verification/useAwaitingVerification.ts";
import { RowConfirm } from "./RowConfirm.tsx";

const scopes: TokenScope[] = ["read", "check_ins", "write"];

/** The end of the chosen day where the person is: the token works through that whole day. */
const endOfDay = (day: string): string | null => (day ? new Date(`${day}T23:59:59.999`).toISOString() : null);

/** Personal API tokens: created here, the secret shown once; listed and revoked (never shown again). */
export function ApiTokensCard() {
  const { t } = useTranslation();
  const awaiting = useAwaitingVerification();
  const { org } = useOrg();
  const tokens = useApiTokens(org);
  const create = useCreateApiToken(org);
  const [name, setName] = useState("");
  const [scope, setScope] = useState<TokenScope>("read");
  const [expiresOn, setExpiresOn] = useState("");
  const [created, setCreated] = useState<NewApiToken | null>(null);
  // A field's error goes once the field is edited.
  const { bind } = useFieldErrors(create.error);

  const submit = () => {
    create.mutate(
      { name, scope, expiresAt: endOfDay(expiresOn) },
      {
        onSuccess: (token) => {
          setCreated(token);
          setName("");
          setExpiresOn("");
        },
      },
    );
  };

  return (
    <Card titleId="tokens-title" title={t("tokens.title")} intro={{ className: "tokens", text: t("tokens.intro") }}>
      {/* Served by Grove outside the app (docs/api.md, "Reference"): a page load, not a route. */}
      <p>
        <a href="/api/docs">{t("tokens.reference")}</a>
      </p>
      {awaiting ? (
        // Until the address is verified (docs/accounts-and-access.md, "Email verification").
        <WhyNote>{t("emailVerification.apiTokens")}</WhyNote>
      ) : (
        <InlineForm
          block="token-form"
          className="stack"
          label={t("tokens.create")}
          submit={t("tokens.create")}
          mutation={create}
          primary
          onSubmit={submit}
        >
          <TextField
            label={t("tokens.name")}
            hint={t("tokens.nameHint")}
            autoComplete="off"
            {...bind("name", name, setName)}
          />
          <ChoiceGroup
            legend={t("tokens.scope")}
            name="scope"
            choices={scopes}
            value={scope}
            onChange={setScope}
            label={(s) => t(`tokens.scopes.${s}`)}
            help={(s) => t(`tokens.scopeHelp.${s}`)}
          />
          <TextField
            label={t("tokens.expiresOn")}
            hint={t("tokens.expiresOnHint")}
            type="date"
            {...bind("expiresAt", expiresOn, setExpiresOn)}
          />
        </InlineForm>
      )}
      {created && (
        <SecretNote
          warning={t("tokens.copyNow")}
          shownOnce={t("tokens.shownOnce")}
          label={t("tokens.secretOf", { name: created.name })}
          secret={created.token}
          usage={t("tokens.usage")}
        />
      )}
      <h3 className="tokens__list-title">{t("tokens.yours")}</h3>
      <QueryList query={tokens} none={t("tokens.none")} className="token-list">
        {(token) => <TokenRow key={token.id} token={token} />}
      </QueryList>
    </Card>
  );
}

function TokenRow({ token }: { token: ApiToken }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { org } = useOrg();
  const revoke = useRevokeApiToken(org);
  const [confirming, setConfirming] = useState(false);
  const expired = token.expiresAt !== null && new Date(token.expiresAt).getTime() <= Date.now();
  const expiry = token.expiresAt
    ? t(expired ? "tokens.expiredOn" : "tokens.expiresOnDate", { date: format.date(token.expiresAt) })
    : t("tokens.noExpiry");
  return (
    <li className="token-list__row spread" aria-label={token.name}>
      <div className="token-list__main stack stack--lines">
        <span className="token-list__name user-text">{token.name}</span>
        <span className="subtle">
          {t(`tokens.scopes.${token.scope}`)} · {t("tokens.createdOn", { date: format.date(token.createdAt) })} ·{" "}
          {expiry} ·{" "}
          {token.lastUsedAt ? t("tokens.lastUsed", { date: format.date(token.lastUsedAt) }) : t("tokens.neverUsed")}
        </span>
      </div>
      {token.revokedAt ? (
        <span className="badge badge--outline">{t("tokens.revokedOn", { date: format.date(token.revokedAt) })}</span>
      ) : confirming ? (
        <RowConfirm
          question={t("tokens.confirm")}
          yes={t("tokens.revokeYes")}
          onYes={() => revoke.mutate(token.id)}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <RowAction named={t("tokens.revokeNamed", { name: token.name })} onClick={() => setConfirming(true)}>
          {t("tokens.revoke")}
        </RowAction>
      )}
      <FailureAlert error={revoke.error} onRetry={resend(revoke)} busy={revoke.isPending} noFields />
    </li>
  );
}

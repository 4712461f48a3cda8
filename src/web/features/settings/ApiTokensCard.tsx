import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from "../../api/access.ts";
import type { ApiToken, NewApiToken, TokenScope } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { ChoiceGroup } from "../../ui/ChoiceGroup.tsx";
import { CopyField } from "../../ui/CopyField.tsx";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { InlineForm } from "../../ui/InlineForm.tsx";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { Skeleton } from "../../ui/Skeleton.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import { useAwaitingVerification } from "../email-verification/useAwaitingVerification.ts";

const scopes: TokenScope[] = ["read", "check_ins"];

/** Personal API tokens: created here, the secret shown once; listed and revoked (never shown again). */
export function ApiTokensCard() {
  const { t } = useTranslation();
  const awaiting = useAwaitingVerification();
  const { org } = useOrg();
  const tokens = useApiTokens(org);
  const create = useCreateApiToken(org);
  const [name, setName] = useState("");
  const [scope, setScope] = useState<TokenScope>("read");
  const [created, setCreated] = useState<NewApiToken | null>(null);
  // A field's error goes once the field is edited.
  const { bind } = useFieldErrors(create.error);

  const submit = () => {
    create.mutate(
      { name, scope },
      {
        onSuccess: (token) => {
          setCreated(token);
          setName("");
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="tokens-title">
      <div className="card__header">
        <h2 id="tokens-title">{t("tokens.title")}</h2>
      </div>
      <div className="card__body tokens">
        <p className="muted">{t("tokens.intro")}</p>
        {awaiting ? (
          // Until the address is verified (docs/accounts-and-access.md, "Email verification").
          <WhyNote>{t("emailVerification.apiTokens")}</WhyNote>
        ) : (
          <InlineForm
            block="token-form"
            label={t("tokens.create")}
            submit={t("tokens.create")}
            pending={create.isPending}
            primary
            failure={create.error}
            onSubmit={submit}
          >
            <TextField
              label={t("tokens.name")}
              hint={t("tokens.nameHint")}
              autoComplete="off"
              {...bind("name", name, setName)}
            />
            <ChoiceGroup
              className="token-form__scopes"
              legend={t("tokens.scope")}
              name="scope"
              choices={scopes}
              value={scope}
              onChange={setScope}
              label={(s) => t(`tokens.scopes.${s}`)}
              help={(s) => t(`tokens.scopeHelp.${s}`)}
            />
          </InlineForm>
        )}
        {created && (
          <div className="secret" role="status">
            <p className="secret__warning">
              <Icon name="alert" />
              <span>
                <strong>{t("tokens.copyNow")}</strong> {t("tokens.shownOnce")}
              </span>
            </p>
            <CopyField label={t("tokens.secretOf", { name: created.name })} value={created.token} />
            <p className="subtle">{t("tokens.usage")}</p>
          </div>
        )}
        <h3 className="tokens__list-title">{t("tokens.yours")}</h3>
        {loadFailed(tokens) ? (
          <LoadError queries={[tokens]} compact />
        ) : tokens.isPending ? (
          <Skeleton height={44} />
        ) : (tokens.data ?? []).length === 0 ? (
          <p className="subtle">{t("tokens.none")}</p>
        ) : (
          <ul className="token-list">
            {(tokens.data ?? []).map((token) => (
              <TokenRow key={token.id} token={token} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function TokenRow({ token }: { token: ApiToken }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { org } = useOrg();
  const revoke = useRevokeApiToken(org);
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="token-list__row" aria-label={token.name}>
      <div className="token-list__main">
        <span className="token-list__name user-text">{token.name}</span>
        <span className="subtle">
          {t(`tokens.scopes.${token.scope}`)} · {t("tokens.createdOn", { date: format.date(token.createdAt) })} ·{" "}
          {token.lastUsedAt ? t("tokens.lastUsed", { date: format.date(token.lastUsedAt) }) : t("tokens.neverUsed")}
        </span>
      </div>
      {token.revokedAt ? (
        <span className="badge badge--outline">{t("tokens.revokedOn", { date: format.date(token.revokedAt) })}</span>
      ) : confirming ? (
        <span className="token-list__confirm">
          <span>{t("tokens.confirm")}</span>
          <button type="button" className="btn btn--small btn--danger" onClick={() => revoke.mutate(token.id)}>
            {t("tokens.revokeYes")}
          </button>
          <button type="button" className="btn btn--small btn--ghost" onClick={() => setConfirming(false)}>
            {t("common.cancel")}
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="btn btn--small"
          onClick={() => setConfirming(true)}
          aria-label={t("tokens.revokeNamed", { name: token.name })}
        >
          {t("tokens.revoke")}
        </button>
      )}
      <FailureAlert error={revoke.error} onRetry={resend(revoke)} busy={revoke.isPending} noFields />
    </li>
  );
}

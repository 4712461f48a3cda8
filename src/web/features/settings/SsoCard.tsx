import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { refusalOf } from "../../api/failure.ts";
import { type SsoSettings, usePutSsoSettings, useSsoSettings } from "../../api/sso.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Card } from "../../ui/Card.tsx";
import { CopyField } from "../../ui/CopyField.tsx";
import { InlineForm } from "../../ui/InlineForm.tsx";
import { loadFailed } from "../../ui/LoadError.tsx";
import { QueryState } from "../../ui/QueryList.tsx";
import { optionsOf, SelectField } from "../../ui/SelectField.tsx";
import { TextField } from "../../ui/TextField.tsx";
import "./sso.css";

interface Draft {
  enabled: boolean;
  issuer: string;
  clientId: string;
  clientSecret: string;
  defaultRole: "member" | "viewer";
  domains: string;
  requireSso: boolean;
}

const defaultRoles: Draft["defaultRole"][] = ["member", "viewer"];

const draftOf = (s: SsoSettings): Draft => ({
  enabled: s.configured ? s.enabled : true,
  issuer: s.issuer,
  clientId: s.clientId,
  clientSecret: "",
  defaultRole: s.defaultRole,
  domains: s.allowedDomains.join(", "),
  requireSso: s.requireSso,
});

/**
 * Single sign-on with the organisation's OpenID Connect provider (issue 12 point 9): admins only
 * (the Settings page shows it to them; the API refuses everyone else). The client secret is
 * write-only: the card says whether one is set and takes a new one, never shows it.
 */
export function SsoCard() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const settings = useSsoSettings(org, true);
  const save = usePutSsoSettings(org);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (settings.data && !draft) setDraft(draftOf(settings.data));
  }, [settings.data, draft]);
  const fields = new Set((refusalOf(save.error)?.details ?? []).map((d) => d.field));
  const errorOf = (field: string) => (fields.has(field) ? t(`sso.errors.${field}`) : undefined);
  const change = (patch: Partial<Draft>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setSaved(false);
  };

  const submit = () => {
    if (!draft) return;
    setSaved(false);
    save.mutate(
      {
        enabled: draft.enabled,
        issuer: draft.issuer,
        clientId: draft.clientId,
        ...(draft.clientSecret ? { clientSecret: draft.clientSecret } : {}),
        defaultRole: draft.defaultRole,
        allowedDomains: draft.domains.split(/[\s,]+/).filter(Boolean),
        requireSso: draft.requireSso,
      },
      {
        onSuccess: (now) => {
          setDraft(draftOf(now));
          setSaved(true);
        },
      },
    );
  };

  return (
    <Card
      titleId="sso-title"
      title={t("sso.title")}
      hint="OpenID Connect"
      intro={{ className: "sso-card", text: t("sso.intro") }}
    >
      {loadFailed(settings) || !settings.data || !draft ? (
        <QueryState query={settings} height={160} />
      ) : (
        <>
          <CopyField label={t("sso.callbackUrl")} value={settings.data.callbackUrl} />
          <InlineForm block="sso-form" submit={t("sso.save")} mutation={save} primary onSubmit={submit}>
            <label className="radio">
              <input type="checkbox" checked={draft.enabled} onChange={(e) => change({ enabled: e.target.checked })} />
              <span>{t("sso.enabled")}</span>
            </label>
            <TextField
              label={t("sso.issuer")}
              hint={t("sso.issuerHint")}
              error={errorOf("issuer")}
              type="url"
              inputMode="url"
              spellCheck={false}
              placeholder="https://"
              required
              value={draft.issuer}
              onChange={(issuer) => change({ issuer })}
            />
            <TextField
              label={t("sso.clientId")}
              error={errorOf("clientId")}
              spellCheck={false}
              required
              value={draft.clientId}
              onChange={(clientId) => change({ clientId })}
            />
            <TextField
              label={t("sso.clientSecret")}
              hint={settings.data.clientSecretSet ? t("sso.secretSet") : t("sso.secretNotSet")}
              error={errorOf("clientSecret")}
              type="password"
              autoComplete="new-password"
              value={draft.clientSecret}
              onChange={(clientSecret) => change({ clientSecret })}
            />
            <SelectField
              label={t("sso.defaultRole")}
              hint={t("sso.defaultRoleHint")}
              className="input"
              value={draft.defaultRole}
              onChange={(defaultRole) => change({ defaultRole })}
              options={optionsOf(defaultRoles, (role) => t(`orgRole.${role}`))}
            />
            <TextField
              label={t("sso.domains")}
              hint={t("sso.domainsHint")}
              error={errorOf("allowedDomains")}
              spellCheck={false}
              placeholder="example.com"
              value={draft.domains}
              onChange={(domains) => change({ domains })}
            />
            <label className="radio sso-form__wide">
              <input
                type="checkbox"
                checked={draft.requireSso}
                onChange={(e) => change({ requireSso: e.target.checked })}
              />
              <span>
                <strong>{t("sso.requireSso")}</strong>
                <span className="subtle"> · {t("sso.requireSsoHint")}</span>
              </span>
            </label>
          </InlineForm>
          {saved && (
            <p role="status" className="subtle">
              {t("sso.saved")}
            </p>
          )}
        </>
      )}
    </Card>
  );
}

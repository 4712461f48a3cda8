import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ssoStartUrl } from "../../api/sso.ts";
import { Alert } from "../../ui/Alert.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { TextField } from "../../ui/TextField.tsx";
import "./sso.css";

/** The reasons the callback sends back in `?sso_error=` (src/domain/sso.ts, SsoRefusal). */
const refusals = new Set([
  "unavailable",
  "provider_unreachable",
  "state_invalid",
  "token_invalid",
  "denied",
  "email_missing",
  "email_unverified",
  "domain_not_allowed",
  "account_elsewhere",
]);

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * "Sign in with SSO": the person names their organisation by its short name (the one in its
 * addresses, /orgs/acme). Not by email domain: several organisations may share a domain, and a
 * lookup by domain would tell anyone which companies use this Grove. The browser then goes to
 * the organisation's provider and comes back signed in, or back here with the reason.
 */
export function SsoSignIn({ refusal, suggested }: { refusal: string | null; suggested?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(Boolean(refusal || suggested));
  const [slug, setSlug] = useState(suggested ?? "");
  const [leaving, setLeaving] = useState(false);
  const [invalid, setInvalid] = useState(false);
  // The password sign-in learned that the organisation requires SSO: offer it, filled in.
  useEffect(() => {
    if (suggested) {
      setSlug(suggested);
      setOpen(true);
    }
  }, [suggested]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = slug.trim().toLowerCase();
    if (!SLUG.test(value)) {
      setInvalid(true);
      return;
    }
    setLeaving(true);
    // A navigation, not a fetch: the provider's pages take over the window.
    window.location.assign(ssoStartUrl(value));
  };

  return (
    <section className="sso-sign-in stack" aria-labelledby="sso-sign-in-title">
      {refusal && <Alert>{t(`sso.refused.${refusals.has(refusal) ? refusal : "other"}`)}</Alert>}
      {open ? (
        <form className="sso-sign-in__form stack" onSubmit={submit} noValidate>
          <h2 id="sso-sign-in-title" className="sso-sign-in__title">
            {t("sso.signInTitle")}
          </h2>
          <TextField
            label={t("sso.organisation")}
            hint={t("sso.organisationHint")}
            error={invalid ? t("sso.organisationInvalid") : undefined}
            autoComplete="organization"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={slug}
            onChange={(value) => {
              setSlug(value);
              setInvalid(false);
            }}
          />
          <SubmitButton pending={leaving} busy={t("sso.leaving")}>
            {t("sso.continue")}
          </SubmitButton>
        </form>
      ) : (
        <>
          <h2 id="sso-sign-in-title" className="visually-hidden">
            {t("sso.signInTitle")}
          </h2>
          <button type="button" className="btn sso-sign-in__open" onClick={() => setOpen(true)}>
            {t("sso.signInWithSso")}
          </button>
        </>
      )}
    </section>
  );
}

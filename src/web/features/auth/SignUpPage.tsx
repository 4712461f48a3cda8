import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { useSignUp, useSignUpMode } from "../../api/access.ts";
import { ApiRequestError } from "../../api/client.ts";
import { Alert } from "../../ui/Alert.tsx";
import { Field } from "../../ui/Field.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { fieldErrors } from "../editor/errors.ts";
import { NewPasswordField } from "./AccountFields.tsx";
import { AuthForm } from "./AuthForm.tsx";
import { AuthPanel } from "./AuthPanel.tsx";
import { passwordFailureText, twoFactorRequired } from "./password-failure.ts";
import { signUpRefusalText } from "./sign-up-mode.tsx";
import { suggestSlug } from "./slug.ts";

/** A new organisation with its first admin (you), signed in at once. */
export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const signUp = useSignUp();
  const [organisationName, setOrganisationName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const apiError = signUp.error instanceof ApiRequestError ? signUp.error.error : undefined;
  const errors = fieldErrors(t, apiError);
  const mode = useSignUpMode().data;
  const domains = mode?.mode === "domains" ? mode.domains : [];
  const refusal = signUpRefusalText(t, apiError, domains);
  if (refusal) errors.set("email", refusal.email);
  // An account with two-factor sign-in: its password alone does not sign in, not even here.
  if (twoFactorRequired(signUp.error)) errors.delete("password");
  const organisationSlug = slugEdited ? slug : suggestSlug(organisationName);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signUp.mutate(
      // The new account's mail (its verification link first) comes in the language of this page.
      {
        organisationName,
        organisationSlug,
        name,
        email,
        password,
        locale: i18n.language.startsWith("zh") ? "zh" : "en",
      },
      { onSuccess: (result) => navigate(`/orgs/${result.slug}/getting-started`, { replace: true }) },
    );
  };

  const text = (
    label: string,
    field: string,
    value: string,
    set: (v: string) => void,
    extra: { type?: string; autoComplete?: string } = {},
  ) => (
    <TextField
      label={label}
      error={errors.get(field)}
      name={field}
      type={extra.type ?? "text"}
      autoComplete={extra.autoComplete}
      value={value}
      onChange={set}
    />
  );

  return (
    <AuthPanel
      title={t("signUp.title")}
      subtitle={
        mode?.mode === "invitation"
          ? t("signUpModes.closed")
          : mode?.mode === "domains"
            ? `${t("signUp.subtitle")} ${t("signUpModes.domainsOnly", { domains: domains.join(", ") })}`
            : t("signUp.subtitle")
      }
      footer={
        <>
          {t("signUp.haveAccount")} <Link href="/sign-in">{t("auth.signIn")}</Link>
        </>
      }
    >
      {/* By invitation only: no form to fill in vain; the subtitle says what to do. */}
      {mode?.mode !== "invitation" && (
        <AuthForm onSubmit={submit} submit={t("signUp.submit")} pending={signUp.isPending} busy={t("signUp.creating")}>
          {text(t("signUp.organisationName"), "organisationName", organisationName, setOrganisationName, {
            autoComplete: "organization",
          })}
          <Field label={t("signUp.slug")} hint={t("signUp.slugHint")} error={errors.get("organisationSlug")}>
            {(props) => (
              <div className="slug-input">
                <span className="slug-input__prefix" aria-hidden="true">
                  /orgs/
                </span>
                <input
                  {...props}
                  className="input"
                  name="organisationSlug"
                  autoCapitalize="none"
                  spellCheck={false}
                  value={organisationSlug}
                  onChange={(e) => {
                    setSlugEdited(true);
                    setSlug(e.target.value);
                  }}
                />
              </div>
            )}
          </Field>
          {text(t("signUp.name"), "name", name, setName, { autoComplete: "name" })}
          {text(t("auth.email"), "email", email, setEmail, { type: "email", autoComplete: "email" })}
          <NewPasswordField
            label={t("auth.password")}
            name="password"
            error={errors.get("password")}
            value={password}
            onChange={setPassword}
          />
          <Alert>{passwordFailureText(t, signUp.error, t("signInTrust.signUpRefused"), refusal?.alert)}</Alert>
        </AuthForm>
      )}
    </AuthPanel>
  );
}

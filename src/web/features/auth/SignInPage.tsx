import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useSearch } from "wouter";
import { ApiRequestError } from "../../api/client.ts";
import { useSignIn } from "../../api/queries.ts";
import { Alert } from "../../ui/Alert.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { EmailField } from "./AccountFields.tsx";
import { AuthForm } from "./AuthForm.tsx";
import { AuthPanel } from "./AuthPanel.tsx";
import { SecondStepForm } from "./SecondStepForm.tsx";
import { SsoSignIn } from "./SsoSignIn.tsx";
import { SignUpOffer } from "./sign-up-mode.tsx";
import { throttledText } from "./throttle-text.ts";

export function SignInPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const search = new URLSearchParams(useSearch());
  const next = search.get("next");
  const signIn = useSignIn();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  // Two-factor sign-in: the password was right, the code is due (SecondStepForm).
  const [challenge, setChallenge] = useState<string | null>(null);
  const [restartReason, setRestartReason] = useState<string | undefined>();
  const failed = signIn.error instanceof ApiRequestError ? signIn.error : undefined;
  // The password was right, but the organisation signs its members in with SSO (sso_required).
  const ssoRequired = failed?.error.details.find((d) => d.rule === "sso_required")?.message;

  const signedIn = (slug: string | null) => {
    // Only a path of this app, never another site.
    const safeNext = next?.startsWith("/") && !next.startsWith("//") ? next : null;
    navigate(safeNext ?? (slug ? `/orgs/${slug}/map` : "/"), { replace: true });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRestartReason(undefined);
    signIn.mutate(
      { email, password },
      {
        onSuccess: (answer) => {
          if ("challenge" in answer) setChallenge(answer.challenge);
          else signedIn(answer.slug);
        },
      },
    );
  };

  const restart = (reason?: string) => {
    setChallenge(null);
    setPassword("");
    signIn.reset();
    setRestartReason(reason);
  };

  return (
    <AuthPanel title={t("auth.title")} subtitle={t("auth.subtitle")} footer={<SignUpOffer />}>
      {challenge ? (
        <SecondStepForm challenge={challenge} onSignedIn={signedIn} onRestart={restart} />
      ) : (
        <AuthForm
          onSubmit={submit}
          validate
          submit={t("auth.signIn")}
          pending={signIn.isPending}
          busy={t("auth.signingIn")}
          after={
            <Link href="/forgot-password" className="sign-in__forgot">
              {t("mail.forgotPassword")}
            </Link>
          }
        >
          <EmailField value={email} onChange={setEmail} />
          <TextField
            label={t("auth.password")}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={setPassword}
          />
          <Alert>{restartReason}</Alert>
          {failed && (
            <Alert>
              {failed.status === 401 || failed.status === 400
                ? t("auth.failed")
                : ssoRequired
                  ? t("sso.required", { org: ssoRequired })
                  : (throttledText(t, failed) ?? failed.message)}
            </Alert>
          )}
        </AuthForm>
      )}
      {!challenge && <SsoSignIn refusal={search.get("sso_error")} suggested={ssoRequired} />}
    </AuthPanel>
  );
}

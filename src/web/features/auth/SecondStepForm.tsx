import type { TFunction } from "i18next";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { refusalOf } from "../../api/failure.ts";
import { useSecondStep } from "../../api/two-factor.ts";
import { Alert } from "../../ui/Alert.tsx";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { AuthForm } from "./AuthForm.tsx";
import { throttledText } from "./throttle-text.ts";
import "./second-step.css";

/** What a refusal of the second step says, by the rule the server named. */
function refusalText(t: TFunction, error: unknown): string | undefined {
  const rule = refusalOf(error)?.details[0]?.rule;
  if (rule === "wrong_code") return t("twoFactor.step.wrongCode");
  if (rule === "code_replayed") return t("twoFactor.step.replayed");
  if (rule === "format" || rule === "too_small") return t("twoFactor.step.format");
  return undefined;
}

/**
 * The second step of a sign-in with two-factor sign-in on (the password was right): a code of
 * the authenticator app or a recovery code. A wrong code keeps the form to try again; an ended
 * challenge (5 minutes, used, or 5 wrong codes) sends the person back to the password.
 */
export function SecondStepForm({
  challenge,
  onSignedIn,
  onRestart,
}: {
  challenge: string;
  onSignedIn: (slug: string | null) => void;
  onRestart: (reason?: string) => void;
}) {
  const { t } = useTranslation();
  const step = useSecondStep();
  const [code, setCode] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const refused = refusalText(t, step.error);
  const throttled = throttledText(t, step.error);

  useEffect(() => input.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    step.mutate(
      { challenge, code },
      {
        onSuccess: ({ slug }) => onSignedIn(slug),
        onError: (error) => {
          if (refusalOf(error)?.details[0]?.rule === "challenge_expired") onRestart(t("twoFactor.step.expired"));
          else input.current?.select();
        },
      },
    );
  };

  return (
    <AuthForm
      labelledBy="second-step-title"
      onSubmit={submit}
      submit={t("twoFactor.step.submit")}
      pending={step.isPending}
      busy={t("twoFactor.step.verifying")}
      disabled={!code.trim()}
      after={
        <button type="button" className="btn btn--ghost second-step__back" onClick={() => onRestart()}>
          {t("twoFactor.step.back")}
        </button>
      }
    >
      <div>
        <h2 id="second-step-title" className="second-step__title">
          {t("twoFactor.step.title")}
        </h2>
        <p className="muted second-step__intro">{t("twoFactor.step.intro")}</p>
      </div>
      <TextField
        label={t("twoFactor.step.code")}
        hint={t("twoFactor.step.codeHint")}
        error={refused}
        inputRef={input}
        className="second-step__code"
        autoComplete="one-time-code"
        autoCapitalize="off"
        spellCheck={false}
        required
        maxLength={40}
        value={code}
        onChange={(value) => {
          setCode(value);
          if (refused) step.reset();
        }}
      />
      <Alert>{throttled}</Alert>
      {/* Grove unreachable or at fault: the code stays typed, with a retry. */}
      <FailureAlert
        error={refused || throttled ? undefined : step.error}
        onRetry={resend(step)}
        busy={step.isPending}
        noFields
      />
    </AuthForm>
  );
}

import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiRequestError } from "../../api/client.ts";
import { useStartTwoFactor, useTwoFactorStatus } from "../../api/two-factor.ts";
import { useFormat } from "../../i18n/format.ts";
import { Card } from "../../ui/Card.tsx";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { loadFailed } from "../../ui/LoadError.tsx";
import { QueryState } from "../../ui/QueryList.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { throttledText } from "../auth/throttle-text.ts";
import { PasswordField } from "./CodeField.tsx";
import { RecoveryCodes } from "./RecoveryCodes.tsx";
import { TwoFactorManage } from "./TwoFactorManage.tsx";
import { TwoFactorSetup } from "./TwoFactorSetup.tsx";
import { codeErrorText } from "./two-factor-text.ts";
import "./two-factor.css";

/**
 * Two-factor sign-in for your account (docs/accounts-and-access.md): off -> set up (QR code and
 * key, confirm with a code) -> recovery codes shown once -> on, with new codes and turning off.
 */
export function TwoFactorCard({ email }: { email: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const status = useTwoFactorStatus();
  const start = useStartTwoFactor();
  const [shownCodes, setShownCodes] = useState<string[] | null>(null);
  const [setupOpen, setSetupOpen] = useState(false);

  const body = () => {
    if (loadFailed(status) || !status.data) return <QueryState query={status} />;
    if (shownCodes) return <RecoveryCodes codes={shownCodes} email={email} onDone={() => setShownCodes(null)} />;
    const { enabled, enabledAt, recoveryCodesLeft } = status.data;
    if (enabled) {
      return (
        <>
          <p className="two-factor__state">
            <span className="badge two-factor__on">
              {t("twoFactor.onSince", { date: format.date(enabledAt ?? "") })}
            </span>{" "}
            <span className="subtle">{t("twoFactor.codesLeft", { count: recoveryCodesLeft })}</span>
          </p>
          {recoveryCodesLeft === 0 && (
            <p className="alert" role="alert">
              {t("twoFactor.noCodesLeft")}
            </p>
          )}
          <TwoFactorManage email={email} onNewCodes={setShownCodes} />
        </>
      );
    }
    if (setupOpen && start.data) {
      return (
        <TwoFactorSetup
          setup={start.data}
          onConfirmed={(codes) => {
            setSetupOpen(false);
            start.reset();
            setShownCodes(codes);
          }}
          onCancel={() => {
            setSetupOpen(false);
            start.reset();
          }}
        />
      );
    }
    return (
      <>
        <p className="two-factor__state">
          <span className="badge badge--outline">{t("twoFactor.off")}</span>
        </p>
        <StartSetupForm email={email} start={start} onStarted={() => setSetupOpen(true)} />
      </>
    );
  };

  return (
    <Card
      titleId="two-factor-title"
      title={t("twoFactor.title")}
      intro={{ className: "two-factor", text: t("twoFactor.intro") }}
    >
      {body()}
    </Card>
  );
}

/** Setting up starts with the password, like every change to how the account signs in. */
function StartSetupForm({
  email,
  start,
  onStarted,
}: {
  email: string;
  start: ReturnType<typeof useStartTwoFactor>;
  onStarted: () => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState("");
  const refused = codeErrorText(t, start.error);
  const wrongPassword = start.error instanceof ApiRequestError && start.error.status === 401;
  const throttled = throttledText(t, start.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate(password, {
      onSuccess: () => {
        setPassword("");
        onStarted();
      },
    });
  };
  return (
    <form className="two-factor__form stack" onSubmit={submit} noValidate aria-label={t("twoFactor.turnOn")}>
      <p className="subtle">{t("twoFactor.startIntro")}</p>
      <input type="email" hidden readOnly autoComplete="username" value={email} />
      <PasswordField
        proof={start}
        wrong={wrongPassword}
        className="two-factor__password"
        value={password}
        onChange={setPassword}
      />
      <div>
        <SubmitButton pending={start.isPending} busy={t("twoFactor.starting")} disabled={!password}>
          {t("twoFactor.turnOn")}
        </SubmitButton>
      </div>
      {(refused ?? throttled) && (
        <p className="alert" role="alert">
          {refused ?? throttled}
        </p>
      )}
      <FailureAlert
        error={refused || throttled || wrongPassword ? undefined : start.error}
        onRetry={resend(start)}
        busy={start.isPending}
      />
    </form>
  );
}

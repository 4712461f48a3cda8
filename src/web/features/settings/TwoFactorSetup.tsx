import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useConfirmTwoFactor } from "../../api/two-factor.ts";
import { CopyField } from "../../ui/CopyField.tsx";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { CodeField, useCode } from "./CodeField.tsx";

interface Setup {
  secret: string;
  uri: string;
  qrCode: string;
}

/** Scanning the new secret (QR code, or the key by hand) and confirming it with a current code. */
export function TwoFactorSetup({
  setup,
  onConfirmed,
  onCancel,
}: {
  setup: Setup;
  onConfirmed: (recoveryCodes: string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const confirm = useConfirmTwoFactor();
  const { code, error: codeError, field } = useCode(confirm);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate(code, { onSuccess: ({ recoveryCodes }) => onConfirmed(recoveryCodes) });
  };

  return (
    <div className="two-factor__setup stack">
      <p>{t("twoFactor.scan")}</p>
      <div className="two-factor__scan">
        <img className="two-factor__qr" src={setup.qrCode} alt={t("twoFactor.qrAlt")} width={180} height={180} />
        <div className="two-factor__manual">
          <CopyField label={t("twoFactor.manualKey")} value={setup.secret} />
          <details className="two-factor__uri">
            <summary className="subtle">{t("twoFactor.uri")}</summary>
            <code>{setup.uri}</code>
          </details>
        </div>
      </div>
      <form className="two-factor__form stack" onSubmit={submit} noValidate aria-label={t("twoFactor.confirm")}>
        <p>{t("twoFactor.enterCode")}</p>
        <CodeField label={t("twoFactor.code")} hint={t("twoFactor.codeHint")} {...field} />
        <div className="two-factor__actions">
          <SubmitButton pending={confirm.isPending} busy={t("twoFactor.confirming")} disabled={!code.trim()}>
            {t("twoFactor.confirm")}
          </SubmitButton>
          <button type="button" className="btn btn--ghost" onClick={onCancel}>
            {t("twoFactor.cancelSetup")}
          </button>
        </div>
        <FailureAlert
          error={codeError ? undefined : confirm.error}
          onRetry={resend(confirm)}
          busy={confirm.isPending}
        />
      </form>
    </div>
  );
}

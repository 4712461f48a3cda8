import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../ui/Icon.tsx";
import { recoveryFile } from "./two-factor-text.ts";

/** Recovery codes shown once (after turning on, or new ones): copy, download, then done. */
export function RecoveryCodes({ codes, email, onDone }: { codes: string[]; email: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const text = recoveryFile(t("twoFactor.recoveryFileIntro", { email }), codes);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // Without clipboard access (plain http) the codes stay on screen to copy by hand or download.
    }
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "grove-recovery-codes.txt";
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="secret two-factor__codes stack" role="status" aria-labelledby="recovery-codes-title">
      <h3 id="recovery-codes-title" className="two-factor__subtitle">
        {t("twoFactor.recoveryTitle")}
      </h3>
      <p className="secret__warning">
        <Icon name="alert" />
        <span>{t("twoFactor.recoveryIntro")}</span>
      </p>
      <ol className="two-factor__code-list" aria-label={t("twoFactor.recoveryTitle")}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div className="two-factor__actions">
        <button type="button" className="btn" onClick={copy}>
          <Icon name={copied ? "check" : "copy"} />
          {copied ? t("common.copied") : t("twoFactor.copyAll")}
        </button>
        <button type="button" className="btn" onClick={download}>
          {t("twoFactor.download")}
        </button>
        <button type="button" className="btn btn--primary" onClick={onDone}>
          {t("twoFactor.saved")}
        </button>
      </div>
    </div>
  );
}

import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "./Icon.tsx";

/** A secret or link shown once, selectable, with a copy button that says when it copied. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // Without clipboard access (plain http, old browsers) the text stays selected to copy by hand.
      (document.getElementById(id) as HTMLInputElement | null)?.select();
    }
  };
  return (
    <div className="copy-field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="copy-field__row">
        <input id={id} className="input copy-field__value" readOnly value={value} onFocus={(e) => e.target.select()} />
        <button type="button" className="btn" onClick={copy}>
          <Icon name={copied ? "check" : "copy"} />
          {copied ? t("common.copied") : t("common.copy")}
        </button>
      </div>
      <span className="visually-hidden" aria-live="polite">
        {copied ? t("common.copied") : ""}
      </span>
    </div>
  );
}

import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface Props {
  /** The save is on its way: the button is disabled and says so. */
  pending: boolean;
  /** What it says meanwhile ("Saving…" unless told). */
  busy?: string;
  disabled?: boolean;
  className?: string;
  children: ReactNode;
}

/** A form's submit button that says when it is sending (issue 19: written once). */
export function SubmitButton({ pending, busy, disabled, className = "btn btn--primary", children }: Props) {
  const { t } = useTranslation();
  return (
    <button type="submit" className={className} disabled={pending || disabled}>
      {pending ? (busy ?? t("common.saving")) : children}
    </button>
  );
}

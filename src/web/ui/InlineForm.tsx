import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "./Icon.tsx";

interface Props {
  /** The form's own class; its parts are `${block}__title`, `${block}__actions` and `${block}__wide`. */
  block: string;
  className?: string;
  /** A heading inside the form that also names it; otherwise name it with labelledBy or label. */
  heading?: { id: string; text: string };
  labelledBy?: string;
  label?: string;
  submit: string;
  pending: boolean;
  primary?: boolean;
  /** The API's error that belongs to no field (field errors show under their fields). */
  error?: string;
  onSubmit: () => void;
  children: ReactNode;
}

/** An admin card's form: labelled fields with their errors, an add button, and the form-wide error. */
export function InlineForm({
  block,
  className,
  heading,
  labelledBy,
  label,
  submit,
  pending,
  primary,
  error,
  onSubmit,
  children,
}: Props) {
  const { t } = useTranslation();
  const send = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form
      className={className ? `${className} ${block}` : block}
      onSubmit={send}
      noValidate
      aria-labelledby={heading?.id ?? labelledBy}
      aria-label={label}
    >
      {heading && (
        <h3 id={heading.id} className={`${block}__title`}>
          {heading.text}
        </h3>
      )}
      {children}
      <div className={`${block}__actions`}>
        <button type="submit" className={primary ? "btn btn--primary" : "btn"} disabled={pending}>
          <Icon name="plus" />
          {pending ? t("common.saving") : submit}
        </button>
      </div>
      {error && (
        <p className={`alert ${block}__wide`} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

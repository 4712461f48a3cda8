import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useCardTitleId } from "./cardTitle.ts";
import { FailureAlert } from "./FailureAlert.tsx";
import { Icon } from "./Icon.tsx";

interface Props {
  /** The form's own class; its parts are `${block}__title`, `${block}__actions` and `${block}__wide`. */
  block: string;
  /**
   * Its fields in a row with the button after them (`.inline-form`, one column on a phone); the
   * block's own rule sets the columns (`--inline-form-columns`).
   */
  row?: boolean;
  className?: string;
  /**
   * A heading inside the form that also names it; otherwise name it with labelledBy or label, or
   * let the heading of the card it stands in name it.
   */
  heading?: { id: string; text: string };
  labelledBy?: string;
  label?: string;
  submit: string;
  /**
   * The save: its progress on the button, and its failure at the foot: Grove unreachable or at
   * fault, with a retry that sends the same fields again, or a refusal that names no field (field
   * errors show under their fields). What was typed stays in the fields.
   */
  mutation: { error: unknown; isPending: boolean };
  primary?: boolean;
  onSubmit: () => void;
  children: ReactNode;
}

/** An admin card's form: labelled fields with their errors, an add button, and the form-wide error. */
export function InlineForm({
  block,
  row,
  className,
  heading,
  labelledBy,
  label,
  submit,
  mutation,
  primary,
  onSubmit,
  children,
}: Props) {
  const { t } = useTranslation();
  const cardTitleId = useCardTitleId();
  const part = (name: string) => (row ? `${block}__${name} inline-form__${name}` : `${block}__${name}`);
  const pending = mutation.isPending;
  const send = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form
      className={[className, block, row && "inline-form"].filter(Boolean).join(" ")}
      onSubmit={send}
      noValidate
      aria-labelledby={heading?.id ?? labelledBy ?? (label ? undefined : cardTitleId)}
      aria-label={label}
    >
      {heading && (
        <h3 id={heading.id} className={part("title")}>
          {heading.text}
        </h3>
      )}
      {children}
      <div className={part("actions")}>
        <button type="submit" className={primary ? "btn btn--primary" : "btn"} disabled={pending}>
          <Icon name="plus" />
          {pending ? t("common.saving") : submit}
        </button>
      </div>
      <FailureAlert error={mutation.error} onRetry={onSubmit} busy={pending} className={part("wide")} />
    </form>
  );
}

import { useTranslation } from "react-i18next";
import { failureOf, isTransient } from "../api/failure.ts";
import { failureText } from "../features/editor/errors.ts";
import { RetryButton } from "./RetryButton.tsx";

interface Props {
  /** The failed save's error (a mutation's `error`); nothing shows without one. */
  error: unknown;
  /** Sends the same entry again; offered when trying again can work (unreachable, 5xx). */
  onRetry?: () => void;
  busy?: boolean;
  className?: string;
  /** The control has no fields to show the API's field details under: the summary says it. */
  noFields?: boolean;
}

/** A retry that sends a mutation's last variables again (the entry is kept in the mutation). */
export const resend =
  <V,>(mutation: { variables: V | undefined; mutate: (variables: V) => void }) =>
  () => {
    if (mutation.variables !== undefined) mutation.mutate(mutation.variables);
  };

/**
 * A failed save, said where the person is: Grove unreachable or at fault (with a retry; what was
 * typed stays in the form), or refused for a reason that names no field.
 */
export function FailureAlert({ error, onRetry, busy = false, className, noFields = false }: Props) {
  const { t } = useTranslation();
  const text = failureText(t, error, "save", !noFields);
  if (!text) return null;
  const retry = onRetry && isTransient(failureOf(error));
  return (
    <div className={className ? `alert failure-alert ${className}` : "alert failure-alert"} role="alert">
      <span>{text}</span>
      {retry && <RetryButton small busy={busy} onClick={onRetry} />}
    </div>
  );
}

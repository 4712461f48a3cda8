import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { RuleId } from "../../ui/RuleId.tsx";

interface Props<V> {
  /** The write: its error shows at the foot of the fields, and a retry resends what was typed. */
  mutation: { error: unknown; isPending: boolean; variables: V | undefined; mutate: (variables: V) => void };
  submit: string;
  pending: string;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}

/** The body and footer every experiment dialog shares: fields, the failed save, Cancel and the action. */
export function DialogForm<V>({ mutation, submit, pending, onSubmit, onClose, children }: Props<V>) {
  const { t } = useTranslation();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <div className="dialog__body experiment-form">
        {children}
        <FailureAlert error={mutation.error} onRetry={resend(mutation)} busy={mutation.isPending} />
      </div>
      <div className="dialog__footer">
        <button type="button" className="btn btn--ghost" onClick={onClose}>
          {t("common.cancel")}
        </button>
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending}>
          {mutation.isPending ? pending : submit}
        </button>
      </div>
    </form>
  );
}

/** A rule ID, then the help that explains it: the hint under many of these fields. */
export function RuleHint({ rule, children }: { rule: string; children?: ReactNode }) {
  return (
    <>
      <RuleId id={rule} /> {children}
    </>
  );
}

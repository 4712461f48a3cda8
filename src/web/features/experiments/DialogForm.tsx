import type { ReactNode } from "react";
import { DialogFooter } from "../../ui/DialogFooter.tsx";
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
      <DialogFooter pending={mutation.isPending} busy={pending} onCancel={onClose}>
        {submit}
      </DialogFooter>
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

import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { failureOf } from "../api/failure.ts";
import { Dialog } from "./Dialog.tsx";
import { FailureAlert } from "./FailureAlert.tsx";
import "./confirm-dialog.css";

interface Props {
  open: boolean;
  title: string;
  /** What will happen, what goes with it and what stays, said before it does. */
  children: ReactNode;
  confirm: string;
  pending: boolean;
  /** The failed attempt's error: the dialog stays open with the reason, and a retry when it can help. */
  error: unknown;
  /** The refusal in this dialog's own words, when the API's would be too vague. */
  refusal?: string;
  /** What to say when someone changed the thing meanwhile (409), instead of the API's words. */
  changedMeanwhile?: string;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * A confirmation for a step that cannot be undone from the app (delete a unit, an objective or a
 * strategy, remove a person, withdraw an invitation). It closes only when the step is done or
 * cancelled; a refusal stands until something changes, so the confirm button then waits.
 */
export function ConfirmDialog(props: Props) {
  const { open, title, children, confirm, pending, error, onConfirm, onClose } = props;
  const { t } = useTranslation();
  const failure = failureOf(error);
  const ownWords = props.refusal ?? (failure?.kind === "conflict" ? props.changedMeanwhile : undefined);
  return (
    <Dialog open={open} onClose={onClose} title={title}>
      <div className="dialog__body confirm-dialog">
        {children}
        {ownWords ? (
          <div className="alert failure-alert" role="alert">
            <span>{ownWords}</span>
          </div>
        ) : (
          <FailureAlert error={error} onRetry={onConfirm} busy={pending} noFields />
        )}
      </div>
      <div className="dialog__footer">
        <button type="button" className="btn btn--ghost" onClick={onClose} disabled={pending}>
          {t("common.cancel")}
        </button>
        <button
          type="button"
          className="btn btn--danger"
          disabled={pending || failure?.kind === "refused"}
          onClick={onConfirm}
        >
          {pending ? t("common.working") : confirm}
        </button>
      </div>
    </Dialog>
  );
}

/** A step a confirmation runs: a mutation, sent with what the step needs. */
interface Step<V> {
  isPending: boolean;
  error: unknown;
  reset: () => void;
  mutate: (variables: V, options: { onSuccess: () => void }) => void;
}

type RunProps<V> = Omit<Props, "pending" | "error" | "onConfirm"> & {
  /** The step: the dialog closes once it is done. */
  step: Step<V>;
  /** What follows a done step besides closing (where focus goes when the thing is gone). */
  onDone?: () => void;
} & (undefined extends V
    ? { variables?: undefined } // a step on the page's own thing (start it, detach it) takes nothing
    : { variables: V }); // what the step is sent

/**
 * The confirmation of one step (start this experiment, delete this initiative): it runs the step
 * and closes when done; cancelling forgets a failed attempt, so the dialog opens afresh next time.
 */
export function ConfirmRun<V>({ step, variables, onDone, onClose, ...dialog }: RunProps<V>) {
  const close = () => {
    step.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      {...dialog}
      pending={step.isPending}
      error={step.error}
      onConfirm={() =>
        // Without variables V admits undefined (the props' type above).
        step.mutate(variables as V, {
          onSuccess: () => {
            close();
            onDone?.();
          },
        })
      }
      onClose={close}
    />
  );
}

interface StepProps<T> extends Omit<RunProps<string>, "open" | "variables" | "onDone"> {
  /** What the step is for: the dialog is open while there is one, and the step is sent its id. */
  subject: T | null;
}

/** The confirmation of one step on one thing of a list (delete this unit, remove this person). */
export function ConfirmStep<T extends { id: string }>({ subject, ...dialog }: StepProps<T>) {
  // Without a subject the dialog is closed: it has no button that could send the empty id.
  return <ConfirmRun {...dialog} open={subject !== null} variables={subject?.id ?? ""} />;
}

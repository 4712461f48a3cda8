import type { ReactNode } from "react";
import { DialogFooter } from "./DialogFooter.tsx";
import { useDialogClose } from "./dialogClose.ts";
import { FailureAlert } from "./FailureAlert.tsx";

interface Props {
  /** The write: its failure shows at the foot of the fields, and its progress on the save. */
  mutation: { error: unknown; isPending: boolean };
  /** The save button's words. */
  submit: string;
  /** What the save says while it is sending ("Saving…" unless told). */
  busy?: string;
  onSubmit: () => void;
  /** The body's own layout class, after `dialog__body`. */
  className?: string;
  /** The form's accessible name, where the dialog's title does not name it. */
  label?: string;
  /** The form checks its fields itself (numbers, dates) rather than the browser's bubbles. */
  noValidate?: boolean;
  /** The save waits until the form is complete. */
  disabled?: boolean;
  /** Cancel waits while the save is on its way. */
  lockCancel?: boolean;
  /** What stands in place of the failure alert (a version conflict said in the dialog's words). */
  alert?: ReactNode;
  /** The retry when it is not the form's own submit again. */
  onRetry?: () => void;
  /** The API's field details name fields this form does not show: the alert says them. */
  noFields?: boolean;
  children: ReactNode;
}

/**
 * A dialog's form: its fields, the failed save (with a retry that keeps what was typed), Cancel
 * (which closes the dialog it stands in) and the save (issue 19: the frame every dialog form
 * shares, written once).
 */
export function DialogForm({
  mutation,
  submit,
  onSubmit,
  className,
  label,
  noValidate,
  alert,
  onRetry,
  noFields,
  children,
  ...footer
}: Props) {
  const close = useDialogClose();
  return (
    <form
      aria-label={label}
      noValidate={noValidate}
      onSubmit={(e) => {
        e.preventDefault();
        // React passes events up its own tree, portals included: never to a form around the dialog.
        e.stopPropagation();
        onSubmit();
      }}
    >
      <div className={className ? `dialog__body ${className}` : "dialog__body"}>
        {children}
        {alert ?? (
          <FailureAlert
            error={mutation.error}
            // The form's own submit again, with what is still typed: it sends as the save did,
            // so what follows a success (closing the dialog, going to the new page) happens too.
            onRetry={onRetry ?? onSubmit}
            busy={mutation.isPending}
            noFields={noFields}
          />
        )}
      </div>
      <DialogFooter pending={mutation.isPending} onCancel={close} {...footer}>
        {submit}
      </DialogFooter>
    </form>
  );
}

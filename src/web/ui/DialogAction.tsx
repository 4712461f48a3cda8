import { type ComponentProps, type ReactNode, useState } from "react";
import { RowAction } from "./RowAction.tsx";

/** The button: its visible words, and RowAction's name, icon and look. */
type Button = Omit<ComponentProps<typeof RowAction>, "children" | "onClick"> & { label: ReactNode };

/** What the dialog is given: whether it is open, and how it closes. */
export interface DialogState {
  open: boolean;
  onClose: () => void;
}

/**
 * A row's button and the dialog it opens (edit this unit, delete this strategy): the row keeps
 * whether its dialog is open, so a list needs no state of its own for it, and the dialog gives
 * focus back to its button when it closes (issue 19: written once).
 */
export function DialogAction({
  button: { label, ...button },
  children,
}: {
  button: Button;
  children: (dialog: DialogState) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <RowAction {...button} onClick={() => setOpen(true)}>
        {label}
      </RowAction>
      {children({ open, onClose: () => setOpen(false) })}
    </>
  );
}

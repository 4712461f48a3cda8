import { createContext, useContext } from "react";

/** How the dialog around closes (its `onClose`): what a form's Cancel in it does. */
export const DialogCloseContext = createContext<(() => void) | null>(null);

export function useDialogClose(): () => void {
  const close = useContext(DialogCloseContext);
  if (!close) throw new Error("A dialog's form stands inside a Dialog");
  return close;
}

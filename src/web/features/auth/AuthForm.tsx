import { type FormEvent, type ReactNode, useContext } from "react";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { PanelTitleId } from "./AuthPanel.tsx";

interface Props {
  /** The form's accessible name, or the id of the heading that names it; without either, the panel's heading names it. */
  label?: string;
  labelledBy?: string;
  onSubmit: (event: FormEvent) => void;
  /** The browser's own checks of required fields (sign-in); the other forms check on the server. */
  validate?: boolean;
  /** The button's words, and what it says while the form is on its way. */
  submit: string;
  pending: boolean;
  busy?: string;
  disabled?: boolean;
  /** What follows the button: forgot the password, start again. */
  after?: ReactNode;
  children: ReactNode;
}

/** A form of the signed-out pages (sign in, sign up, a reset, an invitation): its fields and its one wide button. */
export function AuthForm({
  label,
  labelledBy,
  onSubmit,
  validate,
  submit,
  pending,
  busy,
  disabled,
  after,
  children,
}: Props) {
  const panelTitle = useContext(PanelTitleId);
  return (
    <form
      className="sign-in__form"
      onSubmit={onSubmit}
      noValidate={!validate}
      aria-label={label}
      aria-labelledby={labelledBy ?? (label === undefined ? panelTitle : undefined)}
    >
      {children}
      <SubmitButton className="btn btn--primary sign-in__submit" pending={pending} busy={busy} disabled={disabled}>
        {submit}
      </SubmitButton>
      {after}
    </form>
  );
}

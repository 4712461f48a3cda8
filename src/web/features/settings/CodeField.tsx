import { TextField } from "../../ui/TextField.tsx";

/** A field for the 6-digit code of the authenticator app (the phone's keypad, the OS's code autofill). */
export function CodeField(props: {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      {...props}
      className="two-factor__code"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={10}
    />
  );
}

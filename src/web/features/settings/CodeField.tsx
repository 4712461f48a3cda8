import { Field } from "../../ui/Field.tsx";

/** A field for the 6-digit code of the authenticator app (the phone's keypad, the OS's code autofill). */
export function CodeField({
  label,
  hint,
  error,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(props) => (
        <input
          {...props}
          className="input two-factor__code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={10}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

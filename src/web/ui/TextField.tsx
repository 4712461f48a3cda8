import type { InputHTMLAttributes, ReactNode } from "react";
import { Field } from "./Field.tsx";

type InputAttributes = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  | "type"
  | "autoComplete"
  | "inputMode"
  | "placeholder"
  | "maxLength"
  | "required"
  | "disabled"
  | "spellCheck"
  | "name"
  | "min"
  | "max"
  | "step"
  | "pattern"
>;

interface Props extends InputAttributes {
  label: string;
  hint?: ReactNode;
  /** The API's error for this field (see useFieldErrors' `bind`). */
  error?: string;
  value: string;
  onChange: (value: string) => void;
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
}

/**
 * A labelled text input (or textarea) with its hint and the API's error underneath: the form
 * field every form in the app is made of, written once (issue 19).
 */
export function TextField({ label, hint, error, value, onChange, rows, ...input }: Props) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(props) =>
        rows ? (
          <textarea
            {...props}
            className="textarea"
            rows={rows}
            maxLength={input.maxLength}
            placeholder={input.placeholder}
            required={input.required}
            disabled={input.disabled}
            spellCheck={input.spellCheck}
            name={input.name}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input {...props} {...input} className="input" value={value} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Field>
  );
}

import type { InputHTMLAttributes, ReactNode, Ref } from "react";
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
  | "autoCapitalize"
  | "name"
  | "min"
  | "max"
  | "step"
  | "pattern"
>;

export interface TextFieldProps extends InputAttributes {
  label: string;
  hint?: ReactNode;
  /** The API's error for this field (see useFieldErrors' `bind`). */
  error?: string;
  value: string;
  onChange: (value: string) => void;
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  /** A class of the input's own, after `input` (or `textarea`). */
  className?: string;
  /** The one-line input itself, to focus or select it. */
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A labelled text input (or textarea) with its hint and the API's error underneath: the form
 * field every form in the app is made of, written once (issue 19).
 */
export function TextField({
  label,
  hint,
  error,
  value,
  onChange,
  rows,
  className,
  inputRef,
  ...input
}: TextFieldProps) {
  const own = className ? ` ${className}` : "";
  return (
    <Field label={label} hint={hint} error={error}>
      {(props) =>
        rows ? (
          <textarea
            {...props}
            className={`textarea${own}`}
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
          <input
            {...props}
            {...input}
            ref={inputRef}
            className={`input${own}`}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

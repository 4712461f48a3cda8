import type { ReactNode } from "react";
import { Field } from "./Field.tsx";

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A labelled select with its hint and the API's error underneath: a choice among the
 * organisation's own things (units, people, key results), with `none` as the empty choice.
 */
export function SelectField({
  label,
  hint,
  error,
  value,
  onChange,
  none,
  options,
  disabled,
}: {
  label: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  /** The label of the empty choice (""), when there is one. */
  none?: string;
  options: readonly SelectOption[];
  disabled?: boolean;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(props) => (
        <select
          {...props}
          className="select"
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
        >
          {none !== undefined && <option value="">{none}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

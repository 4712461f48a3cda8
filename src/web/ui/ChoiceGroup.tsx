import { type InputHTMLAttributes, type ReactNode, useId } from "react";

interface Common<T extends string> {
  legend: string;
  choices: readonly T[];
  /** A choice's name, in bold. */
  label: (choice: T) => ReactNode;
  /** A line of help after each choice's name: what choosing it means. */
  help?: (choice: T) => ReactNode;
  /** The API's error for the group. */
  error?: string;
  className?: string;
}

interface OneOf<T extends string> extends Common<T> {
  /** The radio group's name (one choice). */
  name: string;
  value: T;
  onChange: (choice: T) => void;
}

interface SomeOf<T extends string> extends Common<T> {
  value: readonly T[];
  onChange: (choices: T[]) => void;
}

/** One of a few choices, each with its help line: radio buttons in a fieldset. */
export function ChoiceGroup<T extends string>({ name, value, onChange, ...group }: OneOf<T>) {
  return (
    <Choices
      {...group}
      input={(choice) => ({
        type: "radio",
        name,
        value: choice,
        checked: value === choice,
        onChange: () => onChange(choice),
      })}
    />
  );
}

/** Any number of a few choices, each with its help line: checkboxes in a fieldset. */
export function CheckboxGroup<T extends string>({ value, onChange, ...group }: SomeOf<T>) {
  const toggle = (choice: T) =>
    onChange(value.includes(choice) ? value.filter((c) => c !== choice) : [...value, choice]);
  return (
    <Choices
      {...group}
      input={(choice) => ({ type: "checkbox", checked: value.includes(choice), onChange: () => toggle(choice) })}
    />
  );
}

function Choices<T extends string>({
  legend,
  choices,
  label,
  help,
  error,
  className,
  input,
}: Common<T> & { input: (choice: T) => InputHTMLAttributes<HTMLInputElement> }) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className={className} aria-describedby={errorId}>
      <legend className="field__label">{legend}</legend>
      {choices.map((choice) => (
        <label key={choice} className="radio">
          <input {...input(choice)} />
          <span>
            <strong>{label(choice)}</strong>
            {help && <span className="subtle"> · {help(choice)}</span>}
          </span>
        </label>
      ))}
      {error && (
        <span className="field__error" id={errorId}>
          {error}
        </span>
      )}
    </fieldset>
  );
}

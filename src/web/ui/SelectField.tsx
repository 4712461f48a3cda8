import type { ReactNode } from "react";
import { Field } from "./Field.tsx";

interface Props<T extends string> {
  label: string;
  hint?: ReactNode;
  /** The API's error for this field (see useFieldErrors' `bind`). */
  error?: string;
  value: T;
  onChange: (value: T) => void;
  /** The choices in order, each with the words shown for it. */
  options: readonly { value: T; label: string }[];
  /** A first choice of none (the value ""), in these words: "Any", "No owner". */
  none?: string;
  disabled?: boolean;
  className?: string;
}

/** A labelled drop-down with its hint and the API's error underneath (issue 19: written once). */
export function SelectField<T extends string>({
  label,
  hint,
  error,
  value,
  onChange,
  options,
  none,
  ...select
}: Props<T>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(props) => (
        <select
          {...props}
          className={select.className ?? "select"}
          disabled={select.disabled}
          value={value}
          onChange={(e) => onChange(e.target.value as T)}
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

/** The options of a list of choices whose words come from one function (a catalog key per choice). */
export const optionsOf = <T extends string>(choices: readonly T[], label: (choice: T) => string) =>
  choices.map((value) => ({ value, label: label(value) }));

/** The options of a list of records, each chosen by its id (people, periods, key results). */
export const idOptions = <R extends { id: string }>(records: readonly R[], label: (record: R) => string) =>
  records.map((record) => ({ value: record.id, label: label(record) }));

/** One choice of a SelectField: its value and the words shown for it. */
export interface SelectOption {
  value: string;
  label: string;
}

type RecordSelect = Omit<Props<string>, "options">;

/** One of these people, by name: an owner, who decided, whose changes. */
export function PersonSelect({ people, ...field }: RecordSelect & { people: readonly { id: string; name: string }[] }) {
  return <SelectField {...field} options={idOptions(people, (person) => person.name)} />;
}

/** One of these key results, by title: what a dependency, an experiment, a learning or a decision is about. */
export function KeyResultSelect({
  keyResults,
  ...field
}: RecordSelect & { keyResults: readonly { id: string; title: string }[] }) {
  return <SelectField {...field} options={idOptions(keyResults, (kr) => kr.title)} />;
}

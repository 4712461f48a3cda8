import { Field } from "./Field.tsx";
import { RuleId } from "./RuleId.tsx";

interface Props {
  label: string;
  hint: string;
  /** Shown once the person tried to go on without a reason. */
  error?: string;
  value: string;
  onChange: (reason: string) => void;
}

/** S7: the reason a change asks for (a moved target, a reopened period), kept with the record. */
export function ReasonField({ label, hint, error, value, onChange }: Props) {
  return (
    <Field
      label={label}
      hint={
        <>
          <RuleId id="S7" /> {hint}
        </>
      }
      error={error}
    >
      {(props) => (
        <textarea
          {...props}
          className="textarea"
          rows={3}
          maxLength={2000}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

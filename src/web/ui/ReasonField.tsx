import { RuleId } from "./RuleId.tsx";
import { TextField } from "./TextField.tsx";

interface Props {
  /** The rule that asks for the reason: S7 unless told (a changed success metric's is S6). */
  rule?: string;
  label: string;
  hint: string;
  /** Shown once the person tried to go on without a reason. */
  error?: string;
  value: string;
  onChange: (reason: string) => void;
}

/** S7: the reason a change asks for (a moved target, a reopened period), kept with the record. */
export function ReasonField({ rule = "S7", hint, ...field }: Props) {
  return (
    <TextField
      {...field}
      hint={
        <>
          <RuleId id={rule} /> {hint}
        </>
      }
      rows={3}
      maxLength={2000}
    />
  );
}

import type { ReactNode } from "react";
import { RuleId } from "../../ui/RuleId.tsx";
import { TextField, type TextFieldProps } from "../../ui/TextField.tsx";

/** A rule ID, then the help that explains it: the hint under many of the experiment dialogs' fields. */
export function RuleHint({ rule, children }: { rule: string; children?: ReactNode }) {
  return (
    <>
      <RuleId id={rule} /> {children}
    </>
  );
}

interface ProseProps extends Pick<TextFieldProps, "label" | "value" | "onChange" | "error"> {
  /** The rule that asks for these words. */
  rule: string;
  /** The help after the rule's ID. */
  hint?: string;
  rows?: number;
}

/**
 * A few lines in the team's own words (the hypothesis, who they talked to, the learning), under
 * the rule that asks for them, at most the API's 4,000 characters.
 */
export function ProseField({ rule, hint, rows = 3, ...field }: ProseProps) {
  return <TextField {...field} hint={<RuleHint rule={rule}>{hint}</RuleHint>} rows={rows} maxLength={4000} />;
}

import type { ReactNode } from "react";
import { RuleId } from "../../ui/RuleId.tsx";

/** A rule ID, then the help that explains it: the hint under many of the experiment dialogs' fields. */
export function RuleHint({ rule, children }: { rule: string; children?: ReactNode }) {
  return (
    <>
      <RuleId id={rule} /> {children}
    </>
  );
}

/** A METHOD.md rule ID, so every piece of help can be traced back to the method. */
export function RuleId({ id }: { id: string }) {
  return <span className="rule-id">{id}</span>;
}

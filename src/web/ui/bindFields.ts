/**
 * Fields tied to their values and the last save's errors for them, where an error stays until the
 * next save: `<TextField label=.. {...field("title", title, setTitle)} />` (a SelectField's typed
 * value too). The editor's forms clear an error once its field is edited instead (useFieldErrors'
 * `bind`). Issue 19: the three props every such field repeated, written once.
 */
export function bindFields(errors: { get(name: string): string | undefined }) {
  return <V extends string>(name: string, value: V, onChange: (value: V) => void) => ({
    value,
    onChange,
    error: errors.get(name),
  });
}

/**
 * Fields of a draft record (a KR in the editor, a success metric, the SSO settings): each its
 * part of the draft, the change of that one part, and the error for it
 * (`<TextField label=.. {...part("issuer")} />`).
 */
export function bindDraft<D extends object>(
  draft: D,
  change: (patch: Partial<D>) => void,
  errorOf: (name: keyof D & string) => string | undefined,
) {
  return <K extends keyof D & string>(name: K) => ({
    value: draft[name],
    onChange: (value: D[K]) => {
      const patch: Partial<D> = {};
      patch[name] = value;
      change(patch);
    },
    error: errorOf(name),
  });
}

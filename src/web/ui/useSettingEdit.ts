import { useEffect, useState } from "react";

export interface SettingChange<V> {
  reset: () => void;
  mutate(variables: V, options: { onSuccess: () => void }): void;
}

/**
 * A stored setting edited in place (the organisation's name, the review cadence): the field starts
 * at the stored value once it has loaded, typing forgets "saved" and the last failure, and a save
 * says "saved" once it is done (issue 19: written once).
 */
export function useSettingEdit<V>(stored: string | undefined, change: SettingChange<V>) {
  const [text, setText] = useState("");
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (stored !== undefined) setText(stored);
  }, [stored]);
  const edit = (value: string) => {
    setText(value);
    setSaved(false);
    change.reset();
  };
  const save = (variables: V) => {
    setSaved(false);
    change.mutate(variables, { onSuccess: () => setSaved(true) });
  };
  return { text, edit, saved, save };
}

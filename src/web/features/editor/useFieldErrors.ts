import { useState } from "react";
import { useTranslation } from "react-i18next";
import { refusalOf } from "../../api/failure.ts";
import { fieldErrors } from "./errors.ts";

/**
 * The API's field errors of the last failed save, minus the fields changed since: an error says
 * what to fix and goes once the person has fixed it, not at the next save. `fix("keyResults.*")`
 * clears a whole group (a KR removed shifts the indexes the errors were named by). The next save
 * asks the server again.
 */
export function useFieldErrors(error: unknown) {
  const { t } = useTranslation();
  const [fixed, setFixed] = useState<{ of: unknown; fields: string[] }>({ of: null, fields: [] });
  const cleared = fixed.of === error ? fixed.fields : [];
  const isCleared = (field: string) =>
    cleared.some((c) => c === field || (c.endsWith(".*") && field.startsWith(c.slice(0, -1))));
  const errors = new Map([...fieldErrors(t, refusalOf(error))].filter(([field]) => !isCleared(field)));
  const fix = (field: string) => {
    if (error == null) return;
    setFixed((previous) => ({
      of: error,
      fields: [...(previous.of === error ? previous.fields : []), field],
    }));
  };
  /**
   * A text field bound to one API field: its value, its error, and a change that clears the
   * error (`<TextField label=.. {...bind("name", name, setName)} />`).
   */
  const bind = (field: string, value: string, set: (value: string) => void) => ({
    value,
    error: errors.get(field),
    onChange: (next: string) => {
      set(next);
      fix(field);
    },
  });
  return { errors, fix, bind };
}

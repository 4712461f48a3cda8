import { useTranslation } from "react-i18next";
import { refusalOf } from "../../api/failure.ts";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import { healthFieldText } from "./health-text.ts";

/**
 * useFieldErrors' `bind` with the API's errors in this feature's words (`healthFieldText`); an
 * error found before sending (a number that does not read) goes first.
 */
export function useHealthFields(error: unknown) {
  const { t } = useTranslation();
  const { errors, fix } = useFieldErrors(error);
  return (field: string, value: string, set: (value: string) => void, local?: string) => ({
    value,
    error: local ?? (errors.has(field) ? healthFieldText(t, refusalOf(error), field) : undefined),
    onChange: (next: string) => {
      set(next);
      fix(field);
    },
  });
}

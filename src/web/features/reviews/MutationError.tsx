import { useTranslation } from "react-i18next";
import { ApiRequestError } from "../../api/client.ts";
import { Alert } from "../../ui/Alert.tsx";
import { detailText, errorText } from "../editor/errors.ts";

/**
 * What a failed save says, in the reader's language: the API's reason and each field's rule, or,
 * when the server did not answer, that nothing was lost and the button can be pressed again.
 */
export function MutationError({ error }: { error: Error | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!(error instanceof ApiRequestError)) return <Alert>{t("reviews.saveFailed")}</Alert>;
  const details = error.error.details.map((detail) => detailText(t, detail));
  return <Alert>{details.length > 0 ? details.join(" ") : errorText(t, error.error)}</Alert>;
}

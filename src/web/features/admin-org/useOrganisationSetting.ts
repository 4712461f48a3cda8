import { useTranslation } from "react-i18next";
import type { Organisation } from "../../../api/client/index.ts";
import { ApiRequestError } from "../../api/client.ts";
import { useOrganisation } from "../../api/queries.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { type SettingChange, useSettingEdit } from "../../ui/useSettingEdit.ts";
import { useManageOrganisation } from "../auth/usePermissions.ts";
import { fieldErrors } from "../editor/errors.ts";

/**
 * One of the organisation's settings edited in place by its admins (its name, the review cadence):
 * the stored value as the field shows it (undefined while it loads), whether this person may change
 * it and why not, the field's text and its save (useSettingEdit), and the API's field errors of the
 * last failed save.
 */
export function useOrganisationSetting<V>(
  read: (organisation: Organisation) => string,
  change: SettingChange<V> & { error: unknown },
) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const organisation = useOrganisation(org);
  const manage = useManageOrganisation(org);
  const stored = organisation.data && read(organisation.data);
  const edit = useSettingEdit(stored, change);
  const apiError = change.error instanceof ApiRequestError ? change.error.error : undefined;
  return { ...edit, stored, manage, errors: fieldErrors(t, apiError) };
}

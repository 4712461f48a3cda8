import { useTranslation } from "react-i18next";
import type { Person } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { ConfirmStep } from "../../ui/ConfirmDialog.tsx";
import { adminDetailText } from "./errors.ts";
import { useRemovePerson } from "./queries.ts";

/**
 * Removing a person from the organisation says first what goes (their access, units, tokens) and
 * what stays (their readings and comments, without their name; their account, which may belong
 * to other organisations). The API refuses to remove the only admin (`last_admin`).
 */
export function RemovePersonDialog({ person, onClose }: { person: Person | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const remove = useRemovePerson(org);
  const name = person?.name ?? "";
  return (
    <ConfirmStep
      subject={person}
      step={remove}
      title={t("admin.person.removeTitle", { name })}
      confirm={t("admin.person.removeYes")}
      refusal={adminDetailText(t, remove.error, "role")}
      onClose={onClose}
    >
      <ul className="confirm-dialog__list">
        <li>{t("admin.person.removeAccess", { name })}</li>
        <li>{t("admin.person.removeUnits")}</li>
        <li>{t("admin.person.removeKept")}</li>
      </ul>
    </ConfirmStep>
  );
}

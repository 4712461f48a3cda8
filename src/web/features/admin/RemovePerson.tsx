import { useTranslation } from "react-i18next";
import type { Person } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { AdminStep } from "./AdminStep.tsx";
import { adminDetailText } from "./errors.ts";
import { useRemovePerson } from "./queries.ts";

/**
 * Removing a person from the organisation says first what goes (their access, units, tokens) and
 * what stays (their readings and comments, without their name; their account, which may belong
 * to other organisations). The API refuses to remove the only admin (`last_admin`). Leaving is
 * another admin's step: removing oneself (`self`) would end one's own access mid-click.
 */
export function RemovePerson({ person, self }: { person: Person; self: boolean }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const remove = useRemovePerson(org);
  const { name } = person;
  return (
    <AdminStep
      words="admin.person.remove"
      about={{ name }}
      step={remove}
      id={person.id}
      refusal={adminDetailText(t, remove.error, "role")}
      whyNot={self ? t("admin.why.removeSelf") : undefined}
    >
      <ul className="confirm-dialog__list">
        <li>{t("admin.person.removeAccess", { name })}</li>
        <li>{t("admin.person.removeUnits")}</li>
        <li>{t("admin.person.removeKept")}</li>
      </ul>
    </AdminStep>
  );
}

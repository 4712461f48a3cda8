import { useTranslation } from "react-i18next";
import type { Person } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { ConfirmRun } from "../../ui/ConfirmDialog.tsx";
import { DialogAction } from "../../ui/DialogAction.tsx";
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
    <DialogAction
      button={{
        label: (
          <>
            {t("admin.person.remove")}
            {self && (
              <span className="visually-hidden" id="why-remove-self">
                {t("admin.why.removeSelf")}
              </span>
            )}
          </>
        ),
        named: t("admin.person.removeOf", { name }),
        disabled: self,
        describedBy: self ? "why-remove-self" : undefined,
        quiet: true,
      }}
    >
      {(dialog) => (
        <ConfirmRun
          {...dialog}
          step={remove}
          variables={person.id}
          title={t("admin.person.removeTitle", { name })}
          confirm={t("admin.person.removeYes")}
          refusal={adminDetailText(t, remove.error, "role")}
        >
          <ul className="confirm-dialog__list">
            <li>{t("admin.person.removeAccess", { name })}</li>
            <li>{t("admin.person.removeUnits")}</li>
            <li>{t("admin.person.removeKept")}</li>
          </ul>
        </ConfirmRun>
      )}
    </DialogAction>
  );
}

import { useTranslation } from "react-i18next";
import type { Unit } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { AdminStep } from "./AdminStep.tsx";
import { refusedDelete } from "./errors.ts";
import { useDeleteUnit } from "./queries.ts";

interface Props {
  unit: Unit;
  /** How many people are in the unit: they leave it and stay in the organisation. */
  memberCount: number;
}

/**
 * Deleting a unit says first what happens: Grove deletes only a unit with no units under it and
 * no objectives in any period (their history would lose its place), its members leave it and stay
 * in the organisation, and the record of the unit stays in the history (S7).
 */
export function DeleteUnit({ unit, memberCount }: Props) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const remove = useDeleteUnit(org);
  const refused = refusedDelete(remove.error) ? t("admin.unit.deleteRefused", { name: unit.name }) : undefined;
  return (
    <AdminStep words="admin.unit.delete" about={{ name: unit.name }} step={remove} id={unit.id} refusal={refused}>
      <ul className="confirm-dialog__list">
        <li>{t("admin.unit.deleteOkrs")}</li>
        <li>{t("admin.unit.deleteMembers", { count: memberCount })}</li>
        <li>{t("admin.unit.deleteHistory")}</li>
      </ul>
    </AdminStep>
  );
}

import { useTranslation } from "react-i18next";
import type { Unit } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { ConfirmStep } from "../../ui/ConfirmDialog.tsx";
import { refusedDelete } from "./errors.ts";
import { useDeleteUnit } from "./queries.ts";

interface Props {
  unit: Unit | null;
  /** How many people are in the unit: they leave it and stay in the organisation. */
  memberCount: number;
  onClose: () => void;
}

/**
 * Deleting a unit says first what happens: Grove deletes only a unit with no units under it and
 * no objectives in any period (their history would lose its place), its members leave it and stay
 * in the organisation, and the record of the unit stays in the history (S7).
 */
export function DeleteUnitDialog({ unit, memberCount, onClose }: Props) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const remove = useDeleteUnit(org);
  const name = unit?.name ?? "";
  return (
    <ConfirmStep
      subject={unit}
      step={remove}
      title={t("admin.unit.deleteTitle", { name })}
      confirm={t("admin.unit.deleteYes")}
      refusal={refusedDelete(remove.error) ? t("admin.unit.deleteRefused", { name }) : undefined}
      onClose={onClose}
    >
      <ul className="confirm-dialog__list">
        <li>{t("admin.unit.deleteOkrs")}</li>
        <li>{t("admin.unit.deleteMembers", { count: memberCount })}</li>
        <li>{t("admin.unit.deleteHistory")}</li>
      </ul>
    </ConfirmStep>
  );
}

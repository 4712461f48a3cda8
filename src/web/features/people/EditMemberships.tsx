import { useTranslation } from "react-i18next";
import { useSetMembership } from "../../api/access.ts";
import type { Member, Person, UnitRole } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import { DialogAction } from "../../ui/DialogAction.tsx";
import { CloseFooter } from "../../ui/DialogFooter.tsx";
import { useDialogClose } from "../../ui/dialogClose.ts";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import type { PlacedUnit } from "./units.ts";

interface Props {
  person: Person;
  units: PlacedUnit[];
  memberships: Member[];
}

/** Which units a person leads or belongs to (M3: leads set the objective, members write KRs). */
export function EditMemberships(props: Props) {
  const { t } = useTranslation();
  const { name } = props.person;
  return (
    <DialogAction button={{ label: t("people.editUnits"), named: t("people.editUnitsOf", { name }), icon: "edit" }}>
      {(dialog) => (
        <Dialog {...dialog} title={t("people.unitsOf", { name })} description={t("people.unitsHint")}>
          <Memberships {...props} />
        </Dialog>
      )}
    </DialogAction>
  );
}

/** Each unit with the person's role in it, saved as it is chosen. */
function Memberships({ person, units, memberships }: Props) {
  const { t } = useTranslation();
  const close = useDialogClose();
  const { org } = useOrg();
  const setMembership = useSetMembership(org);
  const roleIn = (unitId: string) =>
    memberships.find((m) => m.unitId === unitId && m.personId === person.id)?.role ?? "";
  return (
    <>
      <div className="dialog__body membership-list">
        {units.length === 0 && <p className="subtle">{t("people.noUnits")}</p>}
        {units.map(({ unit, depth }) => {
          const id = `membership-${unit.id}`;
          return (
            <div key={unit.id} className="spread spread--one-line" style={{ paddingLeft: depth * 14 }}>
              <label htmlFor={id} className="membership-row__unit">
                {unit.name}
              </label>
              <select
                id={id}
                className="select membership-row__role"
                value={roleIn(unit.id)}
                disabled={setMembership.isPending}
                onChange={(e) =>
                  setMembership.mutate({
                    unitId: unit.id,
                    personId: person.id,
                    role: (e.target.value || null) as UnitRole | null,
                  })
                }
              >
                <option value="">{t("unitRole.none")}</option>
                <option value="member">{t("unitRole.member")}</option>
                <option value="lead">{t("unitRole.lead")}</option>
              </select>
            </div>
          );
        })}
        <FailureAlert
          error={setMembership.error}
          onRetry={resend(setMembership)}
          busy={setMembership.isPending}
          noFields
        />
      </div>
      <CloseFooter onClose={close} done />
    </>
  );
}

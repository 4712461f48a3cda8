import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCreateUnit, useSetUnitPrivate } from "../../api/access.ts";
import type { Member, Unit } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Card } from "../../ui/Card.tsx";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { InlineForm } from "../../ui/InlineForm.tsx";
import { ListOf } from "../../ui/ListOf.tsx";
import { SelectField } from "../../ui/SelectField.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { DeleteUnit } from "../admin/DeleteUnit.tsx";
import { EditUnit } from "../admin/EditUnit.tsx";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import { UnitKindField } from "./UnitKindField.tsx";
import { type PlacedUnit, unitOptions } from "./units.ts";
import "../admin/admin.css";

interface Props {
  units: PlacedUnit[];
  memberships: Member[];
  canManage: boolean;
}

/**
 * The unit tree: admins add units, rename, move and delete them and mark one private (S5: open by
 * default). Others see the tree and, where the controls would be, why they are not offered.
 */
export function UnitsCard({ units, memberships, canManage }: Props) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const setPrivate = useSetUnitPrivate(org);
  return (
    <Card
      titleId="units-title"
      title={t("people.unitsTitle", { count: units.length })}
      rule="S5"
      hint={t("people.privateHint")}
    >
      <ListOf items={units} none={<p className="card__body subtle">{t("people.noUnits")}</p>} className="units-list">
        {({ unit, depth }) => (
          <li
            key={unit.id}
            className={canManage ? "units-list__row units-list__row--admin" : "units-list__row"}
            style={{ paddingLeft: 16 + depth * 18 }}
          >
            <span className="units-list__name">{unit.name}</span>
            <span className="subtle">{t(`unitKind.${unit.kind}`)}</span>
            {canManage ? (
              <label className="switch">
                <input
                  type="checkbox"
                  checked={unit.private}
                  disabled={setPrivate.isPending}
                  onChange={(e) => setPrivate.mutate({ id: unit.id, private: e.target.checked })}
                />
                <span>{t("people.private")}</span>
                <span className="visually-hidden">{unit.name}</span>
              </label>
            ) : (
              unit.private && (
                <span className="badge badge--outline">
                  <Icon name="lock" size={12} />
                  {t("people.private")}
                </span>
              )
            )}
            {canManage && (
              <span className="admin-actions row-actions">
                <EditUnit unit={unit} units={units} />
                <DeleteUnit unit={unit} memberCount={memberships.filter((m) => m.unitId === unit.id).length} />
              </span>
            )}
          </li>
        )}
      </ListOf>
      {!canManage && <WhyNote inCard>{t("admin.why.units")}</WhyNote>}
      <FailureAlert
        className="card__body"
        error={setPrivate.error}
        onRetry={resend(setPrivate)}
        busy={setPrivate.isPending}
        noFields
      />
      {canManage && <NewUnitForm units={units} />}
    </Card>
  );
}

function NewUnitForm({ units }: { units: PlacedUnit[] }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const create = useCreateUnit(org);
  const [name, setName] = useState("");
  const [kind, setKind] = useState<Unit["kind"]>(units.length === 0 ? "company" : "team");
  const [parentId, setParentId] = useState(units[0]?.unit.id ?? "");
  // A field's error goes once the field is edited.
  const { bind } = useFieldErrors(create.error);

  const submit = () => {
    create.mutate(
      { name, kind, parentId: parentId || null },
      {
        onSuccess: (unit) => {
          setName("");
          setKind("team");
          if (!parentId) setParentId(unit.id);
        },
      },
    );
  };

  return (
    <InlineForm
      block="unit-form"
      row
      className="card__body"
      heading={{ id: "new-unit-title", text: t("people.addUnit") }}
      submit={t("people.createUnit")}
      mutation={create}
      onSubmit={submit}
    >
      <TextField label={t("people.unitName")} autoComplete="off" {...bind("name", name, setName)} />
      <UnitKindField {...bind("kind", kind, setKind)} />
      <SelectField
        label={t("people.parent")}
        none={t("people.noParent")}
        options={unitOptions(units)}
        {...bind("parentId", parentId, setParentId)}
      />
    </InlineForm>
  );
}

import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Unit } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import { DialogAction } from "../../ui/DialogAction.tsx";
import { DialogForm } from "../../ui/DialogForm.tsx";
import { useDialogClose } from "../../ui/dialogClose.ts";
import { SelectField } from "../../ui/SelectField.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import { UnitKindField } from "../people/UnitKindField.tsx";
import { type PlacedUnit, unitOptions } from "../people/units.ts";
import { adminDetailText } from "./errors.ts";
import { useUpdateUnit } from "./queries.ts";
import "./admin.css";

interface Props {
  unit: Unit;
  units: PlacedUnit[];
}

/** Rename a unit, change its kind or move it under another (M5: the tree the objectives cascade along). */
export function EditUnit({ unit, units }: Props) {
  const { t } = useTranslation();
  const named = t("admin.unit.editOf", { name: unit.name });
  return (
    <DialogAction button={{ label: t("admin.unit.edit"), named, icon: "edit" }}>
      {(dialog) => (
        <Dialog {...dialog} title={t("admin.unit.editTitle", { name: unit.name })}>
          <UnitForm unit={unit} units={units} />
        </Dialog>
      )}
    </DialogAction>
  );
}

function UnitForm({ unit, units }: { unit: Unit; units: PlacedUnit[] }) {
  const { t } = useTranslation();
  const close = useDialogClose();
  const { org } = useOrg();
  const update = useUpdateUnit(org);
  const [name, setName] = useState(unit.name);
  const [kind, setKind] = useState<Unit["kind"]>(unit.kind);
  const [parentId, setParentId] = useState(unit.parentId ?? "");
  // A field's error goes once the field is edited; its words are the admin section's.
  const { errors, bind } = useFieldErrors(update.error);
  const errorOf = (field: string) => (errors.has(field) ? adminDetailText(t, update.error, field) : undefined);
  const save = () =>
    update.mutate({ id: unit.id, name: name.trim(), kind, parentId: parentId || null }, { onSuccess: close });

  return (
    <DialogForm mutation={update} submit={t("admin.unit.save")} onSubmit={save}>
      <TextField
        label={t("admin.unit.name")}
        autoComplete="off"
        {...bind("name", name, setName)}
        error={errorOf("name")}
      />
      <UnitKindField {...bind("kind", kind, setKind)} error={errorOf("kind")} />
      {/* Every other unit is offered; one below this unit is refused by the API (a cycle). */}
      <SelectField
        label={t("admin.unit.parent")}
        hint={t("admin.unit.parentHint")}
        none={t("people.noParent")}
        options={unitOptions(units.filter((placed) => placed.unit.id !== unit.id))}
        {...bind("parentId", parentId, setParentId)}
        error={errorOf("parentId")}
      />
    </DialogForm>
  );
}

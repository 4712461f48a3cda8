import { useTranslation } from "react-i18next";
import type { Unit } from "../../api/types.ts";
import { optionsOf, SelectField } from "../../ui/SelectField.tsx";

const kinds: Unit["kind"][] = ["company", "department", "team", "individual"];

/** A unit's kind, chosen from the four the API knows; shared by the new-unit form and the unit dialog. */
export function UnitKindField(props: { value: Unit["kind"]; error?: string; onChange: (kind: Unit["kind"]) => void }) {
  const { t } = useTranslation();
  return <SelectField {...props} label={t("people.unitKind")} options={optionsOf(kinds, (k) => t(`unitKind.${k}`))} />;
}

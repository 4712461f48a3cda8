import { useTranslation } from "react-i18next";
import type { Unit } from "../../api/types.ts";
import { Field } from "../../ui/Field.tsx";

const kinds: Unit["kind"][] = ["company", "department", "team", "individual"];

/** A unit's kind, chosen from the four the API knows; shared by the new-unit form and the unit dialog. */
export function UnitKindField(props: { value: Unit["kind"]; error?: string; onChange: (kind: Unit["kind"]) => void }) {
  const { t } = useTranslation();
  return (
    <Field label={t("people.unitKind")} error={props.error}>
      {(field) => (
        <select
          {...field}
          className="select"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value as Unit["kind"])}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`unitKind.${k}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

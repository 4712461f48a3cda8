import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Person } from "../../api/types.ts";
import { bindDraft } from "../../ui/bindFields.ts";
import { Icon } from "../../ui/Icon.tsx";
import { PersonSelect } from "../../ui/SelectField.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { CoachFindings } from "./CoachFindings.tsx";
import type { KeyResultDraft } from "./draft.ts";
import type { CoachFinding } from "./useCoachReview.ts";

interface Props {
  index: number;
  draft: KeyResultDraft;
  people: Person[];
  errors: Map<string, string>;
  /** The coach's findings on this KR, shown under its title. */
  findings: CoachFinding[];
  /** What a person can do about a finding on this KR (K7: turn it into an initiative). */
  findingAction?: (finding: CoachFinding) => ReactNode;
  /** M3: only the unit's lead and members write its key results. */
  readOnly: boolean;
  onChange: (change: Partial<KeyResultDraft>) => void;
  onRemove: () => void;
}

/** One KR of the form: K1's metric, baseline, target and deadline, plus its owner. */
export function KeyResultFields(props: Props) {
  const { index, draft, people, errors, findings, findingAction, readOnly, onChange, onRemove } = props;
  const { t } = useTranslation();
  const part = bindDraft(draft, onChange, (field) => errors.get(`keyResults.${index}.${field}`));
  const text = (field: "title" | "metric" | "unit", label: string, hint?: string) => (
    <TextField label={label} hint={hint} disabled={readOnly} {...part(field)} />
  );
  const number = (field: "baseline" | "target", label: string) => (
    <TextField
      label={label}
      disabled={readOnly}
      // Text, not type="number": the browser's number field drops or misreads 52,5 by locale;
      // the form reads it with parseNumber (52,5 and 52.5 are both 52.5) and says why it refuses.
      type="text"
      inputMode="decimal"
      autoComplete="off"
      {...part(field)}
    />
  );
  return (
    <fieldset className="kr-fields">
      <legend className="kr-fields__legend">
        {t("editor.keyResultN", { n: index + 1 })}
        {!readOnly && (
          <button
            type="button"
            className="btn btn--ghost btn--small"
            onClick={onRemove}
            aria-label={t("editor.removeKeyResult", { n: index + 1 })}
          >
            <Icon name="x" />
            {t("editor.remove")}
          </button>
        )}
      </legend>
      <div className="kr-fields__grid">
        <div className="kr-fields__wide coach-field stack stack--2">
          {text("title", t("editor.krTitle"), t("editor.krTitleHint"))}
          <CoachFindings
            id={`coach-${draft.key}`}
            findings={findings}
            label={t("coach.keyResult", { n: index + 1 })}
            action={findingAction}
          />
        </div>
        {text("metric", t("editor.metric"))}
        {text("unit", t("editor.unit"))}
        {number("baseline", t("editor.baseline"))}
        {number("target", t("editor.target"))}
        <TextField label={t("editor.deadline")} type="date" disabled={readOnly} {...part("deadline")} />
        <PersonSelect
          label={t("editor.owner")}
          disabled={readOnly}
          none={t("kr.noOwner")}
          people={people}
          {...part("ownerId")}
        />
      </div>
    </fieldset>
  );
}

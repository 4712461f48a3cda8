import { useState } from "react";
import { useTranslation } from "react-i18next";
import { refusalOf } from "../../api/failure.ts";
import { useOrgSearch } from "../../api/queries.ts";
import type { ScoredObjective } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import { DialogForm } from "../../ui/DialogForm.tsx";
import { KeyResultSelect } from "../../ui/SelectField.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useDebounced } from "../../ui/useDebounced.ts";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import { NoteField } from "./NoteField.tsx";
import { useCreateDependency } from "./queries.ts";

interface Props {
  unitId: string;
  objectives: ScoredObjective[];
  open: boolean;
  onClose: () => void;
}

/**
 * M7: declare that one of this unit's KRs depends on another unit's KR. The other KR is found
 * by the organisation's search (units, objectives and KRs of the period), never from a list of
 * every KR of the organisation.
 */
export function DeclareDependencyDialog({ unitId, objectives, open, onClose }: Props) {
  const { t } = useTranslation();
  const { org, period } = useOrg();
  const ours = objectives.flatMap((objective) => objective.keyResults);
  const [keyResultId, setKeyResultId] = useState(ours[0]?.id ?? "");
  const [q, setQ] = useState("");
  const [dependsOn, setDependsOn] = useState("");
  const [note, setNote] = useState("");
  const create = useCreateDependency(org);
  const { errors, bind, fix } = useFieldErrors(create.error);
  // M7's refusal and the duplicate in this dialog's own words, in the reader's language.
  const detail = refusalOf(create.error)?.details.find((d) => d.field === "dependsOnKeyResultId");
  const dependsOnError =
    errors.get("dependsOnKeyResultId") &&
    t(`dependencies.refused.${detail?.rule}`, { defaultValue: errors.get("dependsOnKeyResultId") });
  const search = useOrgSearch(org, period?.id, useDebounced(q.trim(), 250));
  const theirs = (search.data?.units ?? [])
    .filter((unit) => unit.id !== unitId)
    .flatMap((unit) =>
      unit.objectives.flatMap((objective) =>
        objective.keyResults
          .filter((kr) => matches(q, `${unit.name} ${objective.title} ${kr.title}`))
          .map((kr) => ({ id: kr.id, unit: unit.name, title: kr.title })),
      ),
    )
    .slice(0, 12);
  const close = () => {
    create.reset();
    onClose();
  };
  const submit = () => {
    create.mutate({ keyResultId, dependsOnKeyResultId: dependsOn, note }, { onSuccess: close });
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      title={t("dependencies.declareTitle")}
      description={t("dependencies.declareIntro")}
    >
      <DialogForm
        mutation={create}
        submit={t("dependencies.save")}
        busy={t("dependencies.saving")}
        onSubmit={submit}
        disabled={!keyResultId || !dependsOn}
      >
        <KeyResultSelect
          label={t("dependencies.ourKeyResult")}
          keyResults={ours}
          {...bind("keyResultId", keyResultId, setKeyResultId)}
        />
        <TextField
          label={t("dependencies.find")}
          hint={t("dependencies.findHint")}
          value={q}
          onChange={setQ}
          type="search"
        />
        <fieldset className="dependency-form__choices" aria-describedby="depends-on-error">
          <legend className="field__label">{t("dependencies.theirKeyResult")}</legend>
          {q.trim() === "" ? (
            <p className="subtle">{t("dependencies.findFirst")}</p>
          ) : theirs.length === 0 && !search.isFetching ? (
            <p className="subtle">{t("dependencies.findNothing")}</p>
          ) : (
            theirs.map((kr) => (
              <label key={kr.id} className="radio">
                <input
                  type="radio"
                  name="dependsOn"
                  value={kr.id}
                  checked={dependsOn === kr.id}
                  onChange={() => {
                    setDependsOn(kr.id);
                    fix("dependsOnKeyResultId");
                  }}
                />
                <span>
                  <strong className="user-text">{kr.unit}</strong> · <span className="user-text">{kr.title}</span>
                </span>
              </label>
            ))
          )}
          {dependsOnError && (
            <span className="field__error" id="depends-on-error">
              {dependsOnError}
            </span>
          )}
        </fieldset>
        <NoteField rows={2} {...bind("note", note, setNote)} />
      </DialogForm>
    </Dialog>
  );
}

/** Every typed word appears in the KR's unit, objective or title (the search matched the unit). */
function matches(q: string, text: string): boolean {
  const haystack = text.toLocaleLowerCase();
  return q
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

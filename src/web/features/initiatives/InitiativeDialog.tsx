import { useState } from "react";
import { useTranslation } from "react-i18next";
import { failureOf } from "../../api/failure.ts";
import type { Person } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { CheckboxGroup } from "../../ui/ChoiceGroup.tsx";
import { Dialog } from "../../ui/Dialog.tsx";
import { DialogForm } from "../../ui/DialogForm.tsx";
import { useDialogClose } from "../../ui/dialogClose.ts";
import { RuleId } from "../../ui/RuleId.tsx";
import { optionsOf, PersonSelect, SelectField } from "../../ui/SelectField.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import { ChangedMeanwhile } from "./ChangedMeanwhile.tsx";
import { InitiativeKindField, InitiativeTitleField } from "./InitiativeFields.tsx";
import {
  type Initiative,
  type InitiativeKind,
  type InitiativeStatus,
  useCreateInitiative,
  useUpdateInitiative,
} from "./queries.ts";
import "./initiatives.css";

export const KINDS: InitiativeKind[] = ["feature", "project", "experiment", "other"];
export const STATUSES: InitiativeStatus[] = ["planned", "in_progress", "done", "dropped"];

/** A key result an initiative may be linked to, as the dialog offers it. */
export interface KeyResultChoice {
  id: string;
  title: string;
}

interface Props {
  open: boolean;
  unitId: string;
  /** The initiative to edit; a new one when absent. */
  initiative?: Initiative;
  /** The KRs offered (the team's in this period); an edited initiative's own links are added. */
  keyResults: KeyResultChoice[];
  /** Ticked at the start of a new one (the KR whose "New initiative" was pressed). */
  preselected?: string[];
  people: Person[];
  onClose: () => void;
}

/** Start or change an initiative: the team's own choice of work to move its KRs (M6, K7). */
export function InitiativeDialog(props: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      title={props.initiative ? t("initiatives.form.editTitle") : t("initiatives.form.createTitle")}
      description={
        <>
          <RuleId id="M6" /> {t("initiatives.form.description")}
        </>
      }
    >
      <InitiativeForm key={props.initiative?.id ?? "new"} {...props} />
    </Dialog>
  );
}

function InitiativeForm({ unitId, initiative, keyResults, preselected = [], people }: Props) {
  const { t } = useTranslation();
  const close = useDialogClose();
  const { org } = useOrg();
  const create = useCreateInitiative(org);
  const update = useUpdateInitiative(org);
  const mutation = initiative ? update : create;
  const [kind, setKind] = useState<InitiativeKind>(initiative?.kind ?? "feature");
  const [title, setTitle] = useState(initiative?.title ?? "");
  const [description, setDescription] = useState(initiative?.description ?? "");
  const [ownerId, setOwnerId] = useState(initiative?.ownerId ?? "");
  const [status, setStatus] = useState<InitiativeStatus>(initiative?.status ?? "planned");
  const [startsOn, setStartsOn] = useState(initiative?.startsOn ?? "");
  const [endsOn, setEndsOn] = useState(initiative?.endsOn ?? "");
  const [linked, setLinked] = useState<string[]>(initiative?.keyResults.map((kr) => kr.id) ?? preselected);
  const { errors, fix, bind } = useFieldErrors(mutation.error);
  // Linked KRs of other units stay offered when editing, so saving never drops them silently.
  const choices = [
    ...keyResults,
    ...(initiative?.keyResults ?? []).filter((kr) => !keyResults.some((c) => c.id === kr.id)),
  ];
  const titles = new Map(choices.map((kr) => [kr.id, kr.title]));
  const keyResultError =
    errors.get("keyResultIds") ?? [...errors].find(([field]) => field.startsWith("keyResultIds."))?.[1];
  const conflict = failureOf(mutation.error)?.kind === "conflict";

  const save = () => {
    const fields = {
      kind,
      title: title.trim(),
      description,
      ownerId: ownerId || null,
      status,
      startsOn: startsOn || null,
      endsOn: endsOn || null,
      keyResultIds: linked,
    };
    if (initiative)
      update.mutate({ id: initiative.id, body: { ...fields, version: initiative.version } }, { onSuccess: close });
    else create.mutate({ unitId, ...fields }, { onSuccess: close });
  };

  return (
    <DialogForm
      mutation={mutation}
      submit={initiative ? t("initiatives.form.save") : t("initiatives.form.create")}
      onSubmit={save}
      className="stack"
      disabled={choices.length === 0}
      alert={conflict ? <ChangedMeanwhile /> : undefined}
      onRetry={save}
    >
      <InitiativeTitleField hint={t("initiatives.form.nameHint")} {...bind("title", title, setTitle)} />
      <InitiativeKindField
        name="initiative-kind"
        kinds={KINDS}
        help={(k) => t(`initiatives.kindHelp.${k}`)}
        {...bind("kind", kind, setKind)}
      />
      {choices.length === 0 ? (
        <p className="alert">{t("initiatives.form.noKeyResults")}</p>
      ) : (
        <CheckboxGroup
          legend={t("initiatives.form.keyResults")}
          choices={choices.map((kr) => kr.id)}
          value={linked}
          onChange={(next) => {
            setLinked(next);
            fix("keyResultIds");
            fix("keyResultIds.*");
          }}
          label={(id) => <span className="user-text">{titles.get(id)}</span>}
          error={keyResultError}
        />
      )}
      <div className="initiative-form__row">
        <PersonSelect
          label={t("initiatives.form.owner")}
          none={t("initiatives.noOwner")}
          people={people}
          {...bind("ownerId", ownerId, setOwnerId)}
        />
        <SelectField
          label={t("initiatives.form.status")}
          options={optionsOf(STATUSES, (s) => t(`initiatives.status.${s}`))}
          {...bind("status", status, setStatus)}
        />
      </div>
      <div className="initiative-form__row">
        <TextField label={t("initiatives.form.startsOn")} type="date" {...bind("startsOn", startsOn, setStartsOn)} />
        <TextField label={t("initiatives.form.endsOn")} type="date" {...bind("endsOn", endsOn, setEndsOn)} />
      </div>
      <TextField
        label={t("initiatives.form.details")}
        rows={3}
        maxLength={10_000}
        {...bind("description", description, setDescription)}
      />
    </DialogForm>
  );
}

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { failureOf } from "../../api/failure.ts";
import type { Person } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { CheckboxGroup, ChoiceGroup } from "../../ui/ChoiceGroup.tsx";
import { Dialog } from "../../ui/Dialog.tsx";
import { FailureAlert } from "../../ui/FailureAlert.tsx";
import { Field } from "../../ui/Field.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
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

function InitiativeForm({ unitId, initiative, keyResults, preselected = [], people, onClose }: Props) {
  const { t } = useTranslation();
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
      update.mutate({ id: initiative.id, body: { ...fields, version: initiative.version } }, { onSuccess: onClose });
    else create.mutate({ unitId, ...fields }, { onSuccess: onClose });
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        // React passes events up its own tree, portals included: never to a form around it.
        e.stopPropagation();
        save();
      }}
    >
      <div className="dialog__body initiative-form">
        <TextField
          label={t("initiatives.form.name")}
          hint={t("initiatives.form.nameHint")}
          maxLength={300}
          required
          {...bind("title", title, setTitle)}
        />
        <ChoiceGroup
          className="initiative-form__choices"
          legend={t("initiatives.form.kind")}
          name="initiative-kind"
          choices={KINDS}
          value={kind}
          onChange={(next) => {
            setKind(next);
            fix("kind");
          }}
          label={(k) => t(`initiatives.kind.${k}`)}
          help={(k) => t(`initiatives.kindHelp.${k}`)}
          error={errors.get("kind")}
        />
        {choices.length === 0 ? (
          <p className="alert">{t("initiatives.form.noKeyResults")}</p>
        ) : (
          <CheckboxGroup
            className="initiative-form__choices"
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
          <Field label={t("initiatives.form.owner")} error={errors.get("ownerId")}>
            {(props) => (
              <select
                {...props}
                className="select"
                value={ownerId}
                onChange={(e) => {
                  setOwnerId(e.target.value);
                  fix("ownerId");
                }}
              >
                <option value="">{t("initiatives.noOwner")}</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("initiatives.form.status")} error={errors.get("status")}>
            {(props) => (
              <select
                {...props}
                className="select"
                value={status}
                onChange={(e) => {
                  setStatus(e.target.value as InitiativeStatus);
                  fix("status");
                }}
              >
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`initiatives.status.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
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
        {conflict ? (
          <p className="alert" role="alert">
            {t("initiatives.form.changedMeanwhile")}
          </p>
        ) : (
          <FailureAlert error={mutation.error} onRetry={save} busy={mutation.isPending} />
        )}
      </div>
      <div className="dialog__footer">
        <button type="button" className="btn btn--ghost" onClick={onClose}>
          {t("common.cancel")}
        </button>
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending || choices.length === 0}>
          {mutation.isPending
            ? t("common.saving")
            : initiative
              ? t("initiatives.form.save")
              : t("initiatives.form.create")}
        </button>
      </div>
    </form>
  );
}

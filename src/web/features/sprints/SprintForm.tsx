import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { refusalOf } from "../../api/failure.ts";
import type { ScoredObjective } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { CheckboxGroup } from "../../ui/ChoiceGroup.tsx";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import { type Sprint, useCreateSprint, useUpdateSprint } from "./queries.ts";
import { sprintIssueText } from "./sprint-text.ts";

interface Props {
  unitId: string;
  /** The unit's objectives of the period: their KRs are what a sprint goal may serve. */
  objectives: ScoredObjective[];
  /** Editing this sprint; a new one otherwise. */
  sprint?: Sprint;
  onDone: () => void;
}

/** P3, M6: the team plans a sprint, its goal and the KR(s) the goal serves; after it, the review. */
export function SprintForm({ unitId, objectives, sprint, onDone }: Props) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const create = useCreateSprint(org);
  const update = useUpdateSprint(org);
  const save = sprint ? update : create;
  const [name, setName] = useState(sprint?.name ?? "");
  const [startsOn, setStartsOn] = useState(sprint?.startsOn ?? "");
  const [endsOn, setEndsOn] = useState(sprint?.endsOn ?? "");
  const [goal, setGoal] = useState(sprint?.goal ?? "");
  const [review, setReview] = useState(sprint?.review ?? "");
  const [keyResultIds, setKeyResultIds] = useState<string[]>(sprint?.keyResults.map((k) => k.id) ?? []);
  const fields = useFieldErrors(save.error);
  const { errors, fix } = fields;
  // The sprint's own rules (after_start, no_overlap) in the reader's language; others as the app words them.
  const bind = (field: string, value: string, set: (value: string) => void) => {
    const bound = fields.bind(field, value, set);
    const detail = refusalOf(save.error)?.details.find((d) => d.field === field);
    return bound.error && detail ? { ...bound, error: sprintIssueText(t, detail) } : bound;
  };
  const keyResults = objectives.flatMap((o) => o.keyResults);
  // A KR the sprint served that is not of this period's objectives stays listed, so it is not dropped unseen.
  const choices = [
    ...keyResults.map((k) => ({ id: k.id, title: k.title })),
    ...(sprint?.keyResults ?? []).filter((k) => !keyResults.some((own) => own.id === k.id)),
  ];
  const titleOf = new Map(choices.map((k) => [k.id, k.title]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { name, startsOn, endsOn, goal, keyResultIds };
    if (sprint) update.mutate({ id: sprint.id, ...body, review }, { onSuccess: onDone });
    else create.mutate({ unitId, ...body }, { onSuccess: onDone });
  };

  return (
    <form className="sprint-form stack" onSubmit={submit} noValidate>
      <TextField label={t("sprints.form.name")} maxLength={100} required {...bind("name", name, setName)} />
      <div className="sprint-form__dates">
        <TextField label={t("sprints.form.start")} type="date" required {...bind("startsOn", startsOn, setStartsOn)} />
        <TextField
          label={t("sprints.form.end")}
          type="date"
          required
          hint={t("sprints.form.endHint")}
          {...bind("endsOn", endsOn, setEndsOn)}
        />
      </div>
      <TextField
        label={t("sprints.form.goal")}
        hint={t("sprints.form.goalHint")}
        rows={2}
        maxLength={2000}
        {...bind("goal", goal, setGoal)}
      />
      {choices.length > 0 ? (
        <CheckboxGroup
          legend={t("sprints.form.keyResults")}
          className="sprint-form__krs"
          choices={choices.map((k) => k.id)}
          label={(id) => <span className="user-text">{titleOf.get(id)}</span>}
          value={keyResultIds}
          error={errors.get("keyResultIds")}
          onChange={(next) => {
            setKeyResultIds(next);
            fix("keyResultIds");
          }}
        />
      ) : (
        <p className="subtle">{t("sprints.form.noKeyResults")}</p>
      )}
      {keyResultIds.length === 0 && (
        <p className="sprint-form__hint" role="note">
          <RuleId id="P3" /> {t("sprints.coach.linkKr")}
        </p>
      )}
      {sprint && (
        <TextField
          label={t("sprints.form.review")}
          hint={t("sprints.form.reviewHint")}
          rows={3}
          maxLength={4000}
          {...bind("review", review, setReview)}
        />
      )}
      <FailureAlert error={save.error} onRetry={resend(save as never)} busy={save.isPending} />
      <div className="sprint-form__actions">
        <button type="button" className="btn btn--ghost" onClick={onDone} disabled={save.isPending}>
          {t("common.cancel")}
        </button>
        <button type="submit" className="btn btn--primary" disabled={save.isPending}>
          {save.isPending ? t("common.saving") : sprint ? t("sprints.form.save") : t("sprints.form.create")}
        </button>
      </div>
    </form>
  );
}

import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { ApiRequestError } from "../../api/client.ts";
import { useCreateObjective, useUpdateObjective } from "../../api/queries.ts";
import type { Person, ScoredObjective, TreeUnit } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Field } from "../../ui/Field.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { usePermissions } from "../auth/usePermissions.ts";
import { draftOf, emptyKeyResult, inputOf, type KeyResultDraft, sameInput } from "./draft.ts";
import { errorText, fieldErrors } from "./errors.ts";
import { KeyResultFields } from "./KeyResultFields.tsx";
import { MethodHelp } from "./MethodHelp.tsx";

interface Props {
  unit: TreeUnit;
  units: TreeUnit[];
  people: Person[];
  existing: ScoredObjective | undefined;
}

export function ObjectiveForm({ unit, units, people, existing }: Props) {
  const { t } = useTranslation();
  const { org, periods, period, link } = useOrg();
  const [, navigate] = useLocation();
  const create = useCreateObjective(org);
  const update = useUpdateObjective(org);
  const can = usePermissions(org, unit.id);
  const [periodId, setPeriodId] = useState(existing?.periodId ?? period?.id ?? "");
  const chosenPeriod = periods.find((p) => p.id === periodId);
  const [title, setTitle] = useState(existing?.title ?? "");
  const [description, setDescription] = useState(existing?.description ?? "");
  const [parentKeyResultId, setParentKeyResultId] = useState(existing?.parentKeyResultId ?? "");
  const [keyResults, setKeyResults] = useState<KeyResultDraft[]>(
    existing ? existing.keyResults.map(draftOf) : [1, 2, 3].map(() => emptyKeyResult(chosenPeriod?.endsOn ?? "")),
  );
  const [removed, setRemoved] = useState<string[]>([]);

  const parent = units.find((u) => u.id === unit.parentId);
  const parentKeyResults = (parent?.objectives ?? [])
    .filter((o) => o.status !== "cancelled")
    .flatMap((o) => o.keyResults);
  const failure = create.error ?? update.error;
  const apiError = failure instanceof ApiRequestError ? failure.error : undefined;
  const krIndex = (failure as { keyResultIndex?: number } | null)?.keyResultIndex;
  const errors = fieldErrors(t, apiError, krIndex === undefined ? "" : `keyResults.${krIndex}.`);
  const saving = create.isPending || update.isPending;

  const updateKeyResult = (key: string, change: Partial<KeyResultDraft>) =>
    setKeyResults((list) => list.map((kr) => (kr.key === key ? { ...kr, ...change } : kr)));
  const removeKeyResult = (draft: KeyResultDraft) => {
    setKeyResults((list) => list.filter((kr) => kr.key !== draft.key));
    if (draft.id) setRemoved((ids) => [...ids, draft.id as string]);
  };

  const save = (status: "draft" | "active" | undefined) => {
    const done = (periodName: string | undefined) => navigate(link(`/units/${unit.id}`, periodName));
    if (existing) {
      const originals = new Map(existing.keyResults.map((kr, index) => [kr.id, { kr, index }]));
      const changedKeyResults = keyResults.flatMap((draft, index) => {
        const body = inputOf(draft);
        const original = draft.id ? originals.get(draft.id) : undefined;
        const same = original && original.index === index && sameInput(inputOf(draftOf(original.kr)), body);
        return same ? [] : [{ index, id: draft.id, body }];
      });
      const objective = {
        title,
        description,
        status: status ?? existing.status,
        parentKeyResultId: parentKeyResultId || null,
      };
      const objectiveChanged =
        objective.title !== existing.title ||
        objective.description !== existing.description ||
        objective.status !== existing.status ||
        objective.parentKeyResultId !== existing.parentKeyResultId;
      update.mutate(
        {
          id: existing.id,
          objective: objectiveChanged ? { ...objective, version: existing.version } : null,
          keyResults: changedKeyResults,
          removedKeyResultIds: removed,
          onKeyResultSaved: (index, id) =>
            setKeyResults((list) => list.map((kr, i) => (i === index ? { ...kr, id } : kr))),
          onKeyResultRemoved: (id) => setRemoved((ids) => ids.filter((other) => other !== id)),
        },
        { onSuccess: () => done(chosenPeriod?.name) },
      );
    } else {
      create.mutate(
        {
          unitId: unit.id,
          periodId,
          title,
          description,
          status: status ?? "draft",
          parentKeyResultId: parentKeyResultId || null,
          keyResults: keyResults.map(inputOf),
        },
        { onSuccess: () => done(chosenPeriod?.name) },
      );
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    save((submitter?.value as "draft" | "active" | undefined) || undefined);
  };

  return (
    <div className="page">
      <div className="page-header">
        <div className="page-header__text">
          <h1>{existing ? t("editor.editTitle") : t("editor.newTitle")}</h1>
          <p className="muted">{t("editor.subtitle", { unit: unit.name })}</p>
        </div>
      </div>
      <div className="editor">
        <form
          className="editor__form"
          onSubmit={onSubmit}
          aria-label={existing ? t("editor.editTitle") : t("editor.newTitle")}
        >
          <section className="card editor__section" aria-labelledby="objective-section">
            <div className="card__header">
              <h2 id="objective-section">{t("editor.objective")}</h2>
              <span className="subtle">
                <RuleId id="M3" /> {t(can.editObjective ? "editor.setByLead" : "editor.leadOnly")}
              </span>
            </div>
            <div className="card__body editor__fields">
              <Field label={t("editor.title")} hint={t("editor.titleHint")} error={errors.get("title")}>
                {(props) => (
                  <input
                    {...props}
                    className="input"
                    required
                    maxLength={300}
                    disabled={!can.editObjective}
                    value={title}
                    onChange={(e) => setTitle(e.target.value)}
                  />
                )}
              </Field>
              <Field label={t("editor.description")} error={errors.get("description")}>
                {(props) => (
                  <textarea
                    {...props}
                    className="textarea"
                    rows={2}
                    disabled={!can.editObjective}
                    value={description}
                    onChange={(e) => setDescription(e.target.value)}
                  />
                )}
              </Field>
              <div className="editor__row">
                <Field label={t("editor.period")} hint={t("editor.periodHint")} error={errors.get("periodId")}>
                  {(props) => (
                    <select
                      {...props}
                      className="select"
                      value={periodId}
                      disabled={Boolean(existing) || !can.editObjective}
                      onChange={(e) => setPeriodId(e.target.value)}
                    >
                      {periods.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name} · {t(`period.status.${p.status}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field
                  label={t("editor.cascadedFrom")}
                  hint={t("editor.cascadedFromHint")}
                  error={errors.get("parentKeyResultId")}
                >
                  {(props) => (
                    <select
                      {...props}
                      className="select"
                      value={parentKeyResultId}
                      disabled={!can.editObjective}
                      onChange={(e) => setParentKeyResultId(e.target.value)}
                    >
                      <option value="">{t("editor.notCascaded")}</option>
                      {parentKeyResults.map((kr) => (
                        <option key={kr.id} value={kr.id}>
                          {kr.title}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </div>
            </div>
          </section>

          <section className="card editor__section" aria-labelledby="kr-section">
            <div className="card__header">
              <h2 id="kr-section">{t("editor.keyResults", { count: keyResults.length })}</h2>
              <span className="subtle">
                <RuleId id="M2" /> {t("help.m2.short")}
              </span>
            </div>
            <div className="card__body editor__krs">
              {errors.get("keyResults") && (
                <p className="alert" role="alert">
                  {errors.get("keyResults")}
                </p>
              )}
              {keyResults.map((draft, index) => (
                <KeyResultFields
                  key={draft.key}
                  index={index}
                  draft={draft}
                  people={people}
                  errors={errors}
                  readOnly={!can.editKeyResults}
                  onChange={(change) => updateKeyResult(draft.key, change)}
                  onRemove={() => removeKeyResult(draft)}
                />
              ))}
              {can.editKeyResults && (
                <button
                  type="button"
                  className="btn editor__add"
                  onClick={() => setKeyResults((list) => [...list, emptyKeyResult(chosenPeriod?.endsOn ?? "")])}
                >
                  <Icon name="plus" />
                  {t("editor.addKeyResult")}
                </button>
              )}
            </div>
          </section>

          {apiError && (
            <div className="alert" role="alert">
              <strong>
                <RuleId id={apiError.code} /> {errorText(t, apiError)}
              </strong>
              {errors.get("status") && <p>{errors.get("status")}</p>}
            </div>
          )}
          <div className="editor__actions">
            <Link href={link(`/units/${unit.id}`)} className="btn btn--ghost">
              {t("common.cancel")}
            </Link>
            {existing && (existing.status === "active" || !can.editObjective) ? (
              <button type="submit" className="btn btn--primary" value="" disabled={saving}>
                {saving ? t("common.saving") : t("editor.save")}
              </button>
            ) : (
              <>
                <button type="submit" className="btn" value="draft" disabled={saving}>
                  {t("editor.saveDraft")}
                </button>
                <button type="submit" className="btn btn--primary" value="active" disabled={saving}>
                  {saving ? t("common.saving") : t("editor.saveActive")}
                </button>
              </>
            )}
          </div>
        </form>
        <MethodHelp />
      </div>
    </div>
  );
}

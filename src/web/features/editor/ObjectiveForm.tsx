import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { api, unwrap } from "../../api/client.ts";
import { failureOf, isTransient, refusalOf } from "../../api/failure.ts";
import { keys, useSaveObjective } from "../../api/queries.ts";
import type { ApiError, Person, SaveObjective, ScoredKeyResult, ScoredObjective, Unit } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Card } from "../../ui/Card.tsx";
import { FailureAlert } from "../../ui/FailureAlert.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { numberError } from "../../ui/numberError.ts";
import { numberText } from "../../ui/parse-number.ts";
import { RuleId } from "../../ui/RuleId.tsx";
import { idOptions, KeyResultSelect, SelectField } from "../../ui/SelectField.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { reasonText } from "../auth/reasons.ts";
import { usePermissions } from "../auth/usePermissions.ts";
import type { CoachFix } from "../coach/dismissals.ts";
import { ApplyFixButton, DismissControl } from "../coach/FindingActions.tsx";
import { TurnIntoInitiativeAction } from "../initiatives/TurnIntoInitiativeAction.tsx";
import { StrategyField } from "../strategy/StrategyField.tsx";
import { namedReason, useUnitLeads } from "../team/lead-reason.ts";
import { CoachFindings } from "./CoachFindings.tsx";
import { ConflictDialog } from "./ConflictDialog.tsx";
import {
  emptyKeyResult,
  inputOf,
  type KeyResultDraft,
  numberErrorsOf,
  type ObjectiveDraft,
  objectiveDraftOf,
  rebase,
  sameDraft,
  saveBodyOf,
} from "./draft.ts";
import { errorText } from "./errors.ts";
import { KeyResultFields } from "./KeyResultFields.tsx";
import { MethodHelp } from "./MethodHelp.tsx";
import { ReasonDialog } from "./ReasonDialog.tsx";
import { type CoachFinding, keyResultIndexOf, useCoachReview } from "./useCoachReview.ts";
import { useFieldErrors } from "./useFieldErrors.ts";
import { useLeaveGuard } from "./useLeaveGuard.ts";

interface Props {
  unit: Unit;
  /** The parent unit's KRs of the period: what this objective may be cascaded from (M5). */
  parentKeyResults: ScoredKeyResult[];
  people: Person[];
  existing: ScoredObjective | undefined;
}

type Status = SaveObjective["status"];

export function ObjectiveForm({ unit, parentKeyResults, people, existing }: Props) {
  const { t } = useTranslation();
  const { org, periods, period, link } = useOrg();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const save = useSaveObjective(org);
  const can = usePermissions(org, unit.id);
  const leads = useUnitLeads(org, unit.id);
  // The objective as this form last loaded it: its versions guard the save, even when the
  // page's query refetches in the background meanwhile (no lost updates).
  const [base, setBase] = useState(existing);
  const [periodId, setPeriodId] = useState(existing?.periodId ?? period?.id ?? "");
  const chosenPeriod = periods.find((p) => p.id === periodId);
  // The draft as last loaded or saved: anything else in the form is unsaved (asked before leaving).
  const [saved, setSaved] = useState<ObjectiveDraft>(() =>
    existing
      ? objectiveDraftOf(existing)
      : {
          title: "",
          description: "",
          parentKeyResultId: "",
          strategyId: "",
          keyResults: [1, 2, 3].map(() => emptyKeyResult(chosenPeriod?.endsOn ?? "")),
        },
  );
  const [draft, setDraft] = useState<ObjectiveDraft>(saved);
  const [pending, setPending] = useState<{ status: Status } | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const { title, description, parentKeyResultId, strategyId, keyResults } = draft;
  const set = (change: Partial<ObjectiveDraft>) => {
    setDraft((d) => ({ ...d, ...change }));
    for (const field of Object.keys(change)) fix(field);
  };
  const saving = () => save.isPending;

  const failure = save.error;
  const apiError = refusalOf(failure);
  // Closing a dialog sets its question aside without touching the mutation (a reset would drop
  // the callbacks of a save that is still running).
  const [dismissed, setDismissed] = useState<unknown>(null);
  const asking = failure !== dismissed;
  const conflict = asking && apiError?.code === "version_conflict" ? apiError : null;
  const needsReason = asking && apiError?.code === "S7" ? apiError : null;
  // The API's field errors go once their field is edited; numbers are checked here before saving
  // (52,5 is 52.5), and once a save was tried their message follows the typing.
  const { errors: apiFieldErrors, fix, bind } = useFieldErrors(failure);
  const [checkNumbers, setCheckNumbers] = useState(false);
  const numberErrors = checkNumbers ? numberErrorsOf(draft, (typed) => numberError(t, typed, true)) : new Map();
  const errors = new Map([...apiFieldErrors, ...numberErrors]);
  const dirty = !sameDraft(draft, saved) || periodId !== (existing?.periodId ?? period?.id ?? "");
  useLeaveGuard(dirty && !saving(), t("failure.unsaved"));
  const lastSubmit = useRef<Parameters<typeof submit> | null>(null);
  const coach = useCoachReview(org, draft, chosenPeriod?.name, unit.id, existing?.id);
  // Issue 17: a finding on saved text may be set aside (the dismissal holds for that text);
  // a fix fills the form, and the save records it like any edit (S7).
  const dismissControl = (finding: CoachFinding, keyResultId: string | null) =>
    existing && !dirty && can.editKeyResults && (keyResultId !== null || keyResultIndexOf(finding.path) === null) ? (
      <DismissControl
        org={org}
        rule={finding.rule}
        objectiveId={existing.id}
        keyResultId={keyResultId}
        dismissal={finding.dismissal ?? null}
      />
    ) : null;
  const applyFix = (index: number, key: string, fix: CoachFix) =>
    updateKeyResult(
      index,
      key,
      Object.fromEntries(
        fix.edits.map(({ field, value }) => [field, typeof value === "number" ? numberText(value) : value]),
      ),
    );
  const objectiveFindings = coach.findings.filter((f) => keyResultIndexOf(f.path) === null);

  const updateKeyResult = (index: number, key: string, change: Partial<KeyResultDraft>) => {
    setDraft((d) => ({ ...d, keyResults: d.keyResults.map((kr) => (kr.key === key ? { ...kr, ...change } : kr)) }));
    for (const field of Object.keys(change)) fix(`keyResults.${index}.${field}`);
  };
  const removeKeyResult = (removed: KeyResultDraft) => {
    setDraft((d) => ({ ...d, keyResults: d.keyResults.filter((kr) => kr.key !== removed.key) }));
    // The errors were named by position; the positions after this one have moved.
    fix("keyResults.*");
    fix("keyResults");
  };
  const done = () => navigate(link(`/units/${unit.id}`, chosenPeriod?.name));

  const submit = (
    status: Status | undefined,
    options: { reason?: string; from?: ScoredObjective; with?: ObjectiveDraft } = {},
  ) => {
    const invalid = numberErrorsOf(options.with ?? draft, (typed) => numberError(t, typed, true));
    if (invalid.size) {
      setCheckNumbers(true);
      focusFirstError();
      return;
    }
    lastSubmit.current = [status, options];
    if (existing) {
      const from = options.from ?? base ?? existing;
      const chosen = status ?? from.status;
      setPending({ status: chosen });
      save.mutate(
        { id: existing.id, body: saveBodyOf(options.with ?? draft, from, chosen, options.reason) },
        { onSuccess: done },
      );
    } else {
      save.mutate(
        {
          body: {
            unitId: unit.id,
            periodId,
            title,
            description,
            status: status === "active" ? "active" : "draft",
            parentKeyResultId: parentKeyResultId || null,
            strategyId: strategyId || null,
            keyResults: keyResults.map(inputOf),
          },
        },
        { onSuccess: done },
      );
    }
  };

  /** The objective as it is now on the server, with its KRs. */
  const fetchCurrent = async (): Promise<ScoredObjective | null> => {
    if (!existing) return null;
    const fresh = await unwrap(
      api.GET("/api/v1/orgs/{org}/objectives/{id}", { params: { path: { org, id: existing.id } } }),
    );
    queryClient.setQueryData(keys.objective(org, existing.id), fresh);
    return fresh;
  };

  const reload = async () => {
    setRefreshing(true);
    try {
      const fresh = await fetchCurrent();
      if (!fresh) return;
      const loaded = objectiveDraftOf(fresh);
      setBase(fresh);
      setSaved(loaded);
      setDraft(loaded);
      save.reset();
    } finally {
      setRefreshing(false);
    }
  };

  const reapply = async () => {
    setRefreshing(true);
    try {
      const fresh = await fetchCurrent();
      if (!fresh || !base) return;
      const merged = rebase(base, draft, fresh);
      setBase(fresh);
      setDraft(merged);
      // My status choice stands only if I made one; otherwise theirs.
      const status = pending && pending.status !== base.status ? pending.status : fresh.status;
      submit(status, { from: fresh, with: merged });
    } finally {
      setRefreshing(false);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    submit((submitter?.value as Status | "") || undefined);
  };

  // After the fields rendered their messages: the first field that needs fixing takes focus.
  const formRef = useRef<HTMLFormElement>(null);
  function focusFirstError() {
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  const summary = (error: ApiError) =>
    error.code === "forbidden" ? reasonText(t, error.message) : errorText(t, error);

  return (
    <div className="page">
      <div className="page-header">
        <div className="page-header__text stack stack--1">
          <h1>{existing ? t("editor.editTitle") : t("editor.newTitle")}</h1>
          <p className="muted">{t("editor.subtitle", { unit: unit.name })}</p>
        </div>
      </div>
      <div className="editor">
        <form
          ref={formRef}
          className="editor__form stack stack--5"
          onSubmit={onSubmit}
          aria-label={existing ? t("editor.editTitle") : t("editor.newTitle")}
        >
          <Card title={t("editor.objective")} rule="M3" hint={t("editor.setByLead")} className="editor__section">
            {can.ready && can.why.editObjective && (
              <div className="card__body editor__why">
                <WhyNote id="why-objective">{namedReason(t, can.why.editObjective, leads)}</WhyNote>
              </div>
            )}
            <div className="card__body editor__fields stack stack--4">
              <div className="coach-field stack stack--2">
                <TextField
                  label={t("editor.title")}
                  hint={t("editor.titleHint")}
                  error={errors.get("title")}
                  required
                  maxLength={300}
                  disabled={!can.editObjective}
                  value={title}
                  onChange={(value) => set({ title: value })}
                />
                <CoachFindings
                  id="coach-objective"
                  findings={objectiveFindings}
                  label={t("coach.objective")}
                  action={(finding) => dismissControl(finding, null)}
                />
              </div>
              <TextField
                label={t("editor.description")}
                error={errors.get("description")}
                rows={2}
                disabled={!can.editObjective}
                value={description}
                onChange={(value) => set({ description: value })}
              />
              <div className="editor__row">
                <SelectField
                  label={t("editor.period")}
                  hint={t("editor.periodHint")}
                  disabled={Boolean(existing) || !can.editObjective}
                  options={idOptions(periods, (p) => `${p.name} · ${t(`period.status.${p.status}`)}`)}
                  {...bind("periodId", periodId, setPeriodId)}
                />
                <KeyResultSelect
                  label={t("editor.cascadedFrom")}
                  hint={t("editor.cascadedFromHint")}
                  error={errors.get("parentKeyResultId")}
                  disabled={!can.editObjective}
                  none={t("editor.notCascaded")}
                  keyResults={parentKeyResults}
                  value={parentKeyResultId}
                  onChange={(value) => set({ parentKeyResultId: value })}
                />
              </div>
              <StrategyField
                value={strategyId}
                disabled={!can.editObjective}
                error={errors.get("strategyId")}
                onChange={(value) => set({ strategyId: value })}
              />
            </div>
          </Card>

          <Card
            title={t("editor.keyResults", { count: keyResults.length })}
            rule="M2"
            hint={t("help.m2.short")}
            className="editor__section"
          >
            <div className="card__body editor__krs stack stack--4">
              {can.ready && can.why.editKeyResults && (
                <WhyNote id="why-key-results">{reasonText(t, can.why.editKeyResults)}</WhyNote>
              )}
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
                  findings={
                    // A key result nobody has started writing is a placeholder, not a finding.
                    draft.title.trim() ? coach.findings.filter((f) => keyResultIndexOf(f.path) === index) : []
                  }
                  findingAction={(finding) => (
                    <>
                      {finding.fix && !finding.dismissal && can.editKeyResults && (
                        <div className="finding-actions cluster">
                          <ApplyFixButton fix={finding.fix} onApply={(fix) => applyFix(index, draft.key, fix)} />
                        </div>
                      )}
                      {dismissControl(finding, draft.id ?? null)}
                      {finding.rule === "K7" && existing && !finding.dismissal ? (
                        <TurnIntoInitiativeAction
                          unitId={unit.id}
                          output={existing.keyResults.find((kr) => kr.id === draft.id)}
                          siblings={existing.keyResults.filter((kr) => kr.id !== draft.id)}
                          unsaved={dirty}
                          onDone={done}
                        />
                      ) : null}
                    </>
                  )}
                  readOnly={!can.editKeyResults}
                  onChange={(change) => updateKeyResult(index, draft.key, change)}
                  onRemove={() => removeKeyResult(draft)}
                />
              ))}
              {can.editKeyResults && (
                <button
                  type="button"
                  className="btn editor__add"
                  onClick={() => set({ keyResults: [...keyResults, emptyKeyResult(chosenPeriod?.endsOn ?? "")] })}
                >
                  <Icon name="plus" />
                  {t("editor.addKeyResult")}
                </button>
              )}
            </div>
          </Card>

          <FailureAlert
            className="editor__failure"
            error={isTransient(failureOf(failure)) ? failure : null}
            busy={saving()}
            onRetry={() => lastSubmit.current && submit(...lastSubmit.current)}
          />
          {apiError && !conflict && !needsReason && (
            <div className="alert" role="alert">
              <strong>
                <RuleId id={apiError.code} /> {summary(apiError)}
              </strong>
              {errors.get("status") && <p>{errors.get("status")}</p>}
            </div>
          )}
          <div className="editor__actions">
            <Link href={link(`/units/${unit.id}`)} className="btn btn--ghost">
              {t("common.cancel")}
            </Link>
            {existing && (existing.status === "active" || !can.editObjective) ? (
              <button
                type="submit"
                className="btn btn--primary"
                value=""
                disabled={saving() || (can.ready && !can.editObjective && !can.editKeyResults)}
                aria-describedby={can.ready && !can.editKeyResults ? "why-key-results" : undefined}
              >
                {saving() ? t("common.saving") : t("editor.save")}
              </button>
            ) : (
              <>
                <button type="submit" className="btn" value="draft" disabled={saving()}>
                  {t("editor.saveDraft")}
                </button>
                <button type="submit" className="btn btn--primary" value="active" disabled={saving()}>
                  {saving() ? t("common.saving") : t("editor.saveActive")}
                </button>
              </>
            )}
          </div>
        </form>
        <MethodHelp />
      </div>
      {existing && (
        <>
          <ConflictDialog
            conflict={conflict}
            seenVersion={base?.version ?? existing.version}
            busy={refreshing || saving()}
            onReload={reload}
            onReapply={reapply}
            onClose={() => setDismissed(failure)}
          />
          <ReasonDialog
            refusal={needsReason}
            busy={saving()}
            onSubmit={(reason) => submit(pending?.status, { reason })}
            onClose={() => setDismissed(failure)}
          />
        </>
      )}
    </div>
  );
}

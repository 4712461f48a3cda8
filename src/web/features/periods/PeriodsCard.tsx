import type { TFunction } from "i18next";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiRequestError } from "../../api/client.ts";
import { failureOf, isTransient, refusalOf } from "../../api/failure.ts";
import type { ApiError, Period } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { bindFields } from "../../ui/bindFields.ts";
import { Card } from "../../ui/Card.tsx";
import { Dialog } from "../../ui/Dialog.tsx";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { InlineForm } from "../../ui/InlineForm.tsx";
import { ListOf } from "../../ui/ListOf.tsx";
import { RowAction } from "../../ui/RowAction.tsx";
import { optionsOf, SelectField } from "../../ui/SelectField.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { errorText, fieldErrors } from "../editor/errors.ts";
import { nextStep, PeriodStepDialog } from "./PeriodStepDialog.tsx";
import { suggestedQuarters } from "./quarters.ts";
import { useCreatePeriod, useDeletePeriod } from "./queries.ts";
import "./periods.css";

/** A new period starts in planning or active; later steps are transitions (docs/period-lifecycle.md). */
const startStatuses = ["planning", "active"] as const;
type StartStatus = (typeof startStatuses)[number];

/**
 * The organisation's periods (a quarter by default): admins add the current or next quarter in
 * one click, or a custom period, and move each through planning -> active -> in review -> closed,
 * one confirmed step at a time (a closed one reopens with a reason).
 */
export function PeriodsCard({ periods, canManage }: { periods: Period[]; canManage: boolean }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const format = useFormat();
  const [stepping, setStepping] = useState<Period | null>(null);
  const remove = useDeletePeriod(org);
  const [confirming, setConfirming] = useState<Period | null>(null);
  const [refusedId, setRefusedId] = useState<string | null>(null);
  const removeError = refusalOf(remove.error);
  const confirmDelete = () => {
    if (!confirming) return;
    setRefusedId(confirming.id);
    remove.mutate(confirming.id, { onSettled: () => setConfirming(null) });
  };
  useEffect(() => {
    // The empty states link here (`/people#periods`); a client-side visit does not scroll by itself.
    if (window.location.hash === "#periods") document.getElementById("periods")?.scrollIntoView();
  }, []);

  return (
    <Card title={t("periods.title", { count: periods.length })} rule="M1" hint={t("periods.hint")} id="periods">
      <ListOf items={periods} none={<p className="card__body subtle">{t("periods.none")}</p>} className="periods-list">
        {(period) => (
          <li
            key={period.id}
            className={canManage ? "periods-list__row periods-list__row--manage" : "periods-list__row"}
            aria-label={period.name}
          >
            <span className="periods-list__name user-text">{period.name}</span>
            <span className="subtle periods-list__dates">
              {t("periods.dates", { from: format.date(period.startsOn), to: format.date(period.endsOn) })}
            </span>
            <span className="periods-list__status">
              <span
                className={`badge badge--outline period-status period-status--${period.status}`}
                data-status={period.status}
              >
                {t(`lifecycle.status.${period.status}`)}
              </span>
              {canManage && (
                <button
                  type="button"
                  className="btn btn--small periods-list__step"
                  aria-label={t(`lifecycle.${period.status === "closed" ? "reopen" : nextStep(period.status)}.action`, {
                    name: period.name,
                  })}
                  onClick={() => setStepping(period)}
                >
                  {t(`lifecycle.${period.status === "closed" ? "reopen" : nextStep(period.status)}.button`)}
                </button>
              )}
            </span>
            {canManage && (
              <RowAction
                quiet
                className="periods-list__delete"
                named={t("periods.deleteNamed", { name: period.name })}
                disabled={remove.isPending}
                onClick={() => setConfirming(period)}
              >
                {t("periods.delete")}
              </RowAction>
            )}
            {refusedId === period.id && isTransient(failureOf(remove.error)) && (
              <FailureAlert
                className="periods-list__error"
                error={remove.error}
                onRetry={resend(remove)}
                busy={remove.isPending}
              />
            )}
            {removeError && refusedId === period.id && (
              <p className="alert periods-list__error" role="alert">
                {deleteRefusal(t, removeError, period.name)}
              </p>
            )}
          </li>
        )}
      </ListOf>
      {canManage && (
        <Dialog
          open={confirming !== null}
          onClose={() => setConfirming(null)}
          title={t("periods.deleteTitle", { name: confirming?.name ?? "" })}
          description={t("periods.deleteBody")}
        >
          <div className="dialog__footer">
            <button type="button" className="btn btn--ghost" onClick={() => setConfirming(null)}>
              {t("common.cancel")}
            </button>
            <button type="button" className="btn btn--danger" disabled={remove.isPending} onClick={confirmDelete}>
              {remove.isPending ? t("periods.deleting") : t("periods.deleteYes")}
            </button>
          </div>
        </Dialog>
      )}
      {canManage && <PeriodStepDialog period={stepping} onClose={() => setStepping(null)} />}
      {canManage && <QuickQuarters periods={periods} />}
      {canManage && <NewPeriodForm />}
    </Card>
  );
}

/** The API refuses (409) to delete a period that still has objectives; say so in the reader's language. */
function deleteRefusal(t: TFunction, error: ApiError, name: string): string {
  return error.code === "conflict" ? t("periods.deleteRefused", { name }) : errorText(t, error);
}

function QuickQuarters({ periods }: { periods: Period[] }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const create = useCreatePeriod(org);
  const suggestions = suggestedQuarters(new Date(), periods);
  if (suggestions.length === 0) return null;
  return (
    <div className="card__body period-quick">
      <p className="period-quick__text">{t("periods.quickHint")}</p>
      <div className="period-quick__actions">
        {suggestions.map((s) => (
          <button
            key={s.name}
            type="button"
            className={s.which === "current" ? "btn btn--primary" : "btn"}
            disabled={create.isPending}
            onClick={() => create.mutate({ name: s.name, status: s.status })}
          >
            <Icon name="plus" />
            {t(`periods.add.${s.which}`, { name: s.name })}
            <span className="subtle period-quick__status">· {t(`periods.status.${s.status}`)}</span>
          </button>
        ))}
      </div>
      <FailureAlert error={create.error} onRetry={resend(create)} busy={create.isPending} noFields />
    </div>
  );
}

function NewPeriodForm() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const create = useCreatePeriod(org);
  const [name, setName] = useState("");
  const [startsOn, setStartsOn] = useState("");
  const [endsOn, setEndsOn] = useState("");
  const [status, setStatus] = useState<StartStatus>("planning");
  const apiError = create.error instanceof ApiRequestError ? create.error.error : undefined;
  const field = bindFields(fieldErrors(t, apiError));

  const submit = () => {
    create.mutate(
      { name, status, ...(startsOn ? { startsOn } : {}), ...(endsOn ? { endsOn } : {}) },
      {
        onSuccess: () => {
          setName("");
          setStartsOn("");
          setEndsOn("");
          setStatus("planning");
        },
      },
    );
  };

  return (
    <InlineForm
      block="period-form"
      row
      className="card__body"
      heading={{ id: "new-period-title", text: t("periods.custom") }}
      submit={t("periods.create")}
      mutation={create}
      onSubmit={submit}
    >
      <TextField
        label={t("periods.name")}
        hint={t("periods.nameHint")}
        autoComplete="off"
        placeholder="2027-Q1"
        {...field("name", name, setName)}
      />
      <TextField label={t("periods.startsOn")} type="date" {...field("startsOn", startsOn, setStartsOn)} />
      <TextField label={t("periods.endsOn")} type="date" {...field("endsOn", endsOn, setEndsOn)} />
      <SelectField
        label={t("periods.statusLabel")}
        options={optionsOf(startStatuses, (s) => t(`periods.status.${s}`))}
        {...field("status", status, setStatus)}
      />
    </InlineForm>
  );
}

import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiRequestError } from "../../api/client.ts";
import type { Period } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Field } from "../../ui/Field.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { errorText, fieldErrors } from "../editor/errors.ts";
import { suggestedQuarters } from "./quarters.ts";
import { useCreatePeriod, useUpdatePeriod } from "./queries.ts";
import "./periods.css";

const statuses: Period["status"][] = ["planning", "active", "closed"];

/**
 * The organisation's periods (a quarter by default): admins add the current or next quarter in
 * one click, or a custom period, and move each from planning to active to closed (S4).
 */
export function PeriodsCard({ periods, canManage }: { periods: Period[]; canManage: boolean }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const format = useFormat();
  const update = useUpdatePeriod(org);
  const [failedId, setFailedId] = useState<string | null>(null);
  const updateError = update.error instanceof ApiRequestError ? update.error.error : undefined;
  useEffect(() => {
    // The empty states link here (`/people#periods`); a client-side visit does not scroll by itself.
    if (window.location.hash === "#periods") document.getElementById("periods")?.scrollIntoView();
  }, []);

  return (
    <section className="card" id="periods" aria-labelledby="periods-title">
      <div className="card__header">
        <h2 id="periods-title">{t("periods.title", { count: periods.length })}</h2>
        <span className="subtle">
          <RuleId id="M1" /> {t("periods.hint")}
        </span>
      </div>
      {periods.length === 0 ? (
        <p className="card__body subtle">{t("periods.none")}</p>
      ) : (
        <ul className="periods-list">
          {periods.map((period) => (
            <li key={period.id} className="periods-list__row" aria-label={period.name}>
              <span className="periods-list__name user-text">{period.name}</span>
              <span className="subtle periods-list__dates">
                {t("periods.dates", { from: format.date(period.startsOn), to: format.date(period.endsOn) })}
              </span>
              {canManage ? (
                <select
                  className="select periods-list__status"
                  aria-label={t("periods.statusOf", { name: period.name })}
                  value={period.status}
                  disabled={update.isPending}
                  onChange={(e) => {
                    setFailedId(period.id);
                    update.mutate({ id: period.id, status: e.target.value as Period["status"] });
                  }}
                >
                  {statuses.map((s) => (
                    <option key={s} value={s}>
                      {t(`periods.status.${s}`)}
                    </option>
                  ))}
                </select>
              ) : (
                <span className={`badge badge--outline period-status period-status--${period.status}`}>
                  {t(`periods.status.${period.status}`)}
                </span>
              )}
              {updateError && failedId === period.id && (
                <p className="alert periods-list__error" role="alert">
                  {errorText(t, updateError)}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && <QuickQuarters periods={periods} />}
      {canManage && <NewPeriodForm />}
    </section>
  );
}

function QuickQuarters({ periods }: { periods: Period[] }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const create = useCreatePeriod(org);
  const suggestions = suggestedQuarters(new Date(), periods);
  const apiError = create.error instanceof ApiRequestError ? create.error.error : undefined;
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
      {apiError && (
        <p className="alert" role="alert">
          {errorText(t, apiError)}
        </p>
      )}
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
  const [status, setStatus] = useState<Period["status"]>("planning");
  const apiError = create.error instanceof ApiRequestError ? create.error.error : undefined;
  const errors = fieldErrors(t, apiError);

  const submit = (event: FormEvent) => {
    event.preventDefault();
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
    <form className="card__body period-form" onSubmit={submit} noValidate aria-labelledby="new-period-title">
      <h3 id="new-period-title" className="period-form__title">
        {t("periods.custom")}
      </h3>
      <Field label={t("periods.name")} hint={t("periods.nameHint")} error={errors.get("name")}>
        {(props) => (
          <input
            {...props}
            className="input"
            autoComplete="off"
            placeholder="2027-Q1"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      <Field label={t("periods.startsOn")} error={errors.get("startsOn")}>
        {(props) => (
          <input
            {...props}
            type="date"
            className="input"
            value={startsOn}
            onChange={(e) => setStartsOn(e.target.value)}
          />
        )}
      </Field>
      <Field label={t("periods.endsOn")} error={errors.get("endsOn")}>
        {(props) => (
          <input {...props} type="date" className="input" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
        )}
      </Field>
      <Field label={t("periods.statusLabel")} error={errors.get("status")}>
        {(props) => (
          <select
            {...props}
            className="select"
            value={status}
            onChange={(e) => setStatus(e.target.value as Period["status"])}
          >
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`periods.status.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="period-form__actions">
        <button type="submit" className="btn" disabled={create.isPending}>
          <Icon name="plus" />
          {create.isPending ? t("common.saving") : t("periods.create")}
        </button>
      </div>
      {apiError && !apiError.details.length && (
        <p className="alert period-form__wide" role="alert">
          {errorText(t, apiError)}
        </p>
      )}
    </form>
  );
}

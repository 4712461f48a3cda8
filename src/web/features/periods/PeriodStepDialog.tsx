import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiRequestError } from "../../api/client.ts";
import type { Period } from "../../api/types.ts";
import { currentLanguage } from "../../i18n/index.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import { ReasonField } from "../../ui/ReasonField.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { Skeleton } from "../../ui/Skeleton.tsx";
import { errorText } from "../editor/errors.ts";
import { type Readiness, usePeriodReadiness, useTransitionPeriod } from "./lifecycle-queries.ts";

type Status = Period["status"];

/** The one step the Periods card offers for a period in `status` (docs/period-lifecycle.md). */
export function nextStep(status: Status): Status {
  return status === "planning"
    ? "active"
    : status === "active"
      ? "in_review"
      : status === "in_review"
        ? "closed"
        : "in_review";
}

interface Props {
  period: Period | null;
  onClose: () => void;
}

/**
 * Confirms one step of a period's lifecycle. Activating lists the coach's findings first (errors
 * on active objectives block it, warnings do not); closing says what freezes and that final
 * scores are recorded (S2); reopening asks for the reason (S7). A refusal keeps the dialog open.
 */
export function PeriodStepDialog({ period, onClose }: Props) {
  const { t } = useTranslation();
  const to = period ? nextStep(period.status) : "active";
  const reopening = period?.status === "closed";
  return (
    <Dialog
      open={period !== null}
      onClose={onClose}
      title={t(`lifecycle.${reopening ? "reopen" : to}.title`, { name: period?.name ?? "" })}
      description={t(`lifecycle.${reopening ? "reopen" : to}.body`, { name: period?.name ?? "" })}
    >
      {period && <StepForm period={period} to={to} reopening={reopening} onClose={onClose} />}
    </Dialog>
  );
}

function StepForm({
  period,
  to,
  reopening,
  onClose,
}: {
  period: Period;
  to: Status;
  reopening: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { org } = useOrg();
  const step = useTransitionPeriod(org);
  const locale = currentLanguage(i18n.language) === "zh-CN" ? "zh" : "en";
  const readiness = usePeriodReadiness(org, to === "active" ? period.id : undefined, locale);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const apiError = step.error instanceof ApiRequestError ? step.error.error : undefined;
  const failed = step.error && !apiError;
  const blocked = to === "active" && (readiness.isPending || readiness.isError || (readiness.data?.blocking ?? 0) > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reopening && !reason.trim()) {
      setMissing(true);
      return;
    }
    step.mutate({ id: period.id, to, ...(reopening ? { reason: reason.trim() } : {}) }, { onSuccess: () => onClose() });
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t(`lifecycle.${reopening ? "reopen" : to}.title`, { name: period.name })}
    >
      <div className="dialog__body">
        {to === "active" && <CoachFindings readiness={readiness} />}
        {reopening && (
          <ReasonField
            label={t("lifecycle.reopen.reason")}
            hint={t("lifecycle.reopen.reasonHint")}
            error={missing ? t("lifecycle.reopen.reasonRequired") : undefined}
            value={reason}
            onChange={(value) => {
              setReason(value);
              if (value.trim()) setMissing(false);
            }}
          />
        )}
        {apiError && (
          <p className="alert" role="alert">
            {errorText(t, apiError)}
          </p>
        )}
        {failed && (
          <p className="alert" role="alert">
            {t("lifecycle.offline")}
          </p>
        )}
      </div>
      <div className="dialog__footer">
        <button type="button" className="btn" onClick={onClose} disabled={step.isPending}>
          {t("common.cancel")}
        </button>
        <button
          type="submit"
          className={to === "closed" ? "btn btn--danger" : "btn btn--primary"}
          disabled={step.isPending || blocked}
        >
          {step.isPending ? t("common.saving") : t(`lifecycle.${reopening ? "reopen" : to}.confirm`)}
        </button>
      </div>
    </form>
  );
}

/** The coach's findings on the period, blocking ones first, before the admin activates it. */
function CoachFindings({ readiness }: { readiness: ReturnType<typeof usePeriodReadiness> }) {
  const { t } = useTranslation();
  if (readiness.isPending) {
    return (
      <div className="period-readiness stack stack--2" aria-busy="true">
        <p className="subtle">{t("lifecycle.active.checking")}</p>
        <Skeleton height={56} />
      </div>
    );
  }
  if (readiness.isError) {
    return (
      <div className="period-readiness stack stack--2">
        <p className="alert" role="alert">
          {t("lifecycle.active.checkFailed")}
        </p>
        <button type="button" className="btn btn--small" onClick={() => readiness.refetch()}>
          {t("lifecycle.retry")}
        </button>
      </div>
    );
  }
  const data: Readiness = readiness.data;
  const findings = data.units.flatMap((unit) => unit.findings.map((finding) => ({ unit, finding })));
  findings.sort((a, b) => Number(b.finding.blocking) - Number(a.finding.blocking));
  return (
    <div className="period-readiness stack stack--2">
      <p className={data.blocking > 0 ? "alert" : "subtle"} role={data.blocking > 0 ? "alert" : undefined}>
        {data.blocking > 0
          ? t("lifecycle.active.blocked", { count: data.blocking })
          : findings.length > 0
            ? t("lifecycle.active.warningsOnly", { count: findings.length })
            : t("lifecycle.active.clean", { count: data.summary.unitsReviewed })}
      </p>
      {findings.length > 0 && (
        <ul className="coach-findings__list period-readiness__list" aria-label={t("lifecycle.active.findings")}>
          {findings.map(({ unit, finding }, i) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id; the same rule may repeat
              key={`${unit.unitId}-${finding.rule}-${finding.objectiveId}-${finding.keyResultId}-${i}`}
              // An error on a draft does not block (it is checked when the draft is activated): shown as a warning.
              className={`coach-finding coach-finding--${finding.blocking ? "error" : finding.severity === "error" ? "warning" : finding.severity}`}
              data-rule={finding.rule}
            >
              <p className="coach-finding__message">
                <span className="user-text">{unit.unitName}</span>
                {finding.objectiveTitle && <span className="user-text"> · {finding.objectiveTitle}</span>} ·{" "}
                <RuleId id={finding.rule} />{" "}
                <span className="coach-finding__severity">
                  {finding.blocking
                    ? t("lifecycle.active.blocks")
                    : finding.severity === "error"
                      ? t("lifecycle.active.onDraft")
                      : t(`coach.severity.${finding.severity}`)}
                </span>{" "}
                {finding.message}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

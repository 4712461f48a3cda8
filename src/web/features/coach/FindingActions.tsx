import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import { type CoachFix, type Dismissal, useDismissFinding, useReopenFinding } from "./dismissals.ts";

interface Props {
  org: string;
  rule: string;
  objectiveId: string;
  keyResultId: string | null;
  dismissal: Dismissal | null;
}

/**
 * Dismiss a finding with a reason, or open a dismissed one again (issue 17). The reason is
 * required (3+ characters; the API names `reason` otherwise) and kept in the history (S7).
 */
export function DismissControl({ org, rule, objectiveId, keyResultId, dismissal }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const dismiss = useDismissFinding(org);
  const reopen = useReopenFinding(org);
  const { bind } = useFieldErrors(dismiss.error);
  const formId = useId();
  if (dismissal) {
    return (
      <div className="finding-actions cluster">
        <button
          type="button"
          className="btn btn--ghost btn--small"
          disabled={reopen.isPending}
          onClick={() => reopen.mutate(dismissal.id)}
        >
          {reopen.isPending ? t("common.saving") : t("coachActions.reopen")}
        </button>
        <FailureAlert error={reopen.error} onRetry={resend(reopen)} busy={reopen.isPending} noFields />
      </div>
    );
  }
  if (!open) {
    return (
      <div className="finding-actions cluster">
        <button type="button" className="btn btn--ghost btn--small" onClick={() => setOpen(true)}>
          {t("coachActions.dismiss")}
        </button>
      </div>
    );
  }
  const submit = () => dismiss.mutate({ rule: rule as never, objectiveId, keyResultId, reason });
  return (
    <form
      className="finding-dismiss"
      aria-labelledby={`${formId}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <p id={`${formId}-title`} className="finding-dismiss__title">
        {t("coachActions.dismissTitle")}
      </p>
      <TextField
        label={t("coachActions.reason")}
        hint={t("coachActions.reasonHint")}
        rows={2}
        maxLength={2000}
        required
        {...bind("reason", reason, setReason)}
      />
      <div className="finding-dismiss__actions">
        <button type="submit" className="btn btn--small" disabled={dismiss.isPending}>
          {dismiss.isPending ? t("common.saving") : t("coachActions.confirm")}
        </button>
        <button
          type="button"
          className="btn btn--ghost btn--small"
          onClick={() => {
            setOpen(false);
            dismiss.reset();
          }}
        >
          {t("common.cancel")}
        </button>
      </div>
      <FailureAlert error={dismiss.error} onRetry={submit} busy={dismiss.isPending} />
    </form>
  );
}

/** A fix the coach worked out (issue 17): one click applies it; the label says what it does. */
export function ApplyFixButton({
  fix,
  busy = false,
  onApply,
}: {
  fix: CoachFix;
  busy?: boolean;
  onApply: (fix: CoachFix) => void;
}) {
  const { t } = useTranslation();
  return (
    <button type="button" className="btn btn--small finding-fix" disabled={busy} onClick={() => onApply(fix)}>
      <Icon name="check" size={14} />
      {busy ? t("common.saving") : fix.label}
    </button>
  );
}

import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiRequestError } from "../../api/client.ts";
import type { ScoredKeyResult } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { bindFields } from "../../ui/bindFields.ts";
import { FailureAlert } from "../../ui/FailureAlert.tsx";
import { numberError } from "../../ui/numberError.ts";
import { parseNumber } from "../../ui/parse-number.ts";
import { TextField } from "../../ui/TextField.tsx";
import { type Reading, useCorrectReading, useWithdrawReading } from "./history-queries.ts";

/** Noon of the chosen day, or now when that is still to come (a reading is never in the future). */
function readingTimeOn(day: string): string {
  const noon = new Date(`${day}T12:00:00Z`);
  return new Date(Math.min(noon.getTime(), Date.now())).toISOString();
}

interface Props {
  keyResult: ScoredKeyResult;
  reading: Reading;
  mode: "correct" | "withdraw";
  onDone: () => void;
}

/** S7: correcting or withdrawing a reading always asks why; the form stays open on failure. */
export function ReadingChangeForm({ keyResult: kr, reading, mode, onDone }: Props) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const correct = useCorrectReading(org);
  const withdraw = useWithdrawReading(org);
  const mutation = mode === "correct" ? correct : withdraw;
  const [value, setValue] = useState(String(reading.value));
  const [confidence, setConfidence] = useState(
    reading.confidence == null ? "" : String(Math.round(reading.confidence * 100)),
  );
  const [comment, setComment] = useState(reading.comment);
  const [date, setDate] = useState(reading.checkedInAt.slice(0, 10));
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const error = mutation.error instanceof ApiRequestError ? mutation.error.error : undefined;
  const fieldError = (field: string) => error?.details.find((d) => d.field === field)?.message;
  const field = bindFields({ get: fieldError });
  const parsed = parseNumber(value);
  const number = parsed.ok ? parsed.value : null;
  const reasonMissing = reason.trim() === "";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };

  const send = () => {
    setTried(true);
    if (reasonMissing || (mode === "correct" && number === null)) return;
    if (mode === "withdraw") {
      withdraw.mutate({ id: reading.id, reason: reason.trim() }, { onSuccess: onDone });
      return;
    }
    const sameDay = date === reading.checkedInAt.slice(0, 10);
    const typedLevel = parseNumber(confidence);
    const level = typedLevel.ok ? typedLevel.value : null;
    correct.mutate(
      {
        id: reading.id,
        reason: reason.trim(),
        value: number ?? reading.value,
        confidence: level === null ? null : Math.min(Math.max(level, 0), 100) / 100,
        comment,
        // Keep the time of day when the date is unchanged, so the order of readings holds.
        ...(sameDay ? {} : { checkedInAt: readingTimeOn(date) }),
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form className="reading-form stack" onSubmit={submit} noValidate>
      {mode === "withdraw" && <p className="subtle">{t("krHistory.withdrawHint")}</p>}
      {mode === "correct" && (
        <div className="reading-form__row">
          <TextField
            label={t("krHistory.value", { unit: kr.unit || t("krHistory.noUnit") })}
            error={tried && number === null ? numberError(t, value) : fieldError("value")}
            inputMode="decimal"
            value={value}
            onChange={setValue}
          />
          <TextField
            label={t("krHistory.confidenceField")}
            inputMode="numeric"
            {...field("confidence", confidence, setConfidence)}
          />
          <TextField label={t("krHistory.date")} type="date" {...field("checkedInAt", date, setDate)} />
        </div>
      )}
      {mode === "correct" && <TextField label={t("krHistory.comment")} {...field("comment", comment, setComment)} />}
      <TextField
        label={t("krHistory.reason")}
        error={tried && reasonMissing ? t("krHistory.reasonRequired") : fieldError("reason")}
        required
        maxLength={1000}
        value={reason}
        onChange={setReason}
      />
      <FailureAlert error={mutation.error} onRetry={send} busy={mutation.isPending} />
      <div className="reading-form__actions">
        <button type="button" className="btn btn--ghost btn--small" onClick={onDone}>
          {t("krHistory.cancel")}
        </button>
        <button
          type="submit"
          className={`btn btn--small ${mode === "withdraw" ? "btn--danger" : "btn--primary"}`}
          disabled={mutation.isPending}
        >
          {mutation.isPending
            ? t("krHistory.saving")
            : mode === "correct"
              ? t("krHistory.saveCorrection")
              : t("krHistory.confirmWithdraw")}
        </button>
      </div>
    </form>
  );
}

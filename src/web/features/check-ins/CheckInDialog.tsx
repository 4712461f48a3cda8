import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiRequestError } from "../../api/client.ts";
import { useRecordCheckIn } from "../../api/queries.ts";
import type { ScoredKeyResult } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import { Field } from "../../ui/Field.tsx";
import { errorText } from "../editor/errors.ts";

interface Props {
  keyResult: ScoredKeyResult;
  open: boolean;
  onClose: () => void;
}

/** One short form: the new reading, how confident the team is, and a comment. */
export function CheckInDialog({ keyResult: kr, open, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t("checkIn.title")}
      description={<span className="user-text">{kr.title}</span>}
    >
      <CheckInForm keyResult={kr} onDone={onClose} />
    </Dialog>
  );
}

function CheckInForm({ keyResult: kr, onDone }: { keyResult: ScoredKeyResult; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { org } = useOrg();
  const record = useRecordCheckIn(org);
  const [value, setValue] = useState(kr.currentValue?.toString() ?? kr.baseline?.toString() ?? "");
  const [confidence, setConfidence] = useState(Math.round((kr.currentConfidence ?? 0.7) * 10));
  const [comment, setComment] = useState("");
  const error = record.error instanceof ApiRequestError ? record.error.error : undefined;
  const fieldError = (field: string) => error?.details.find((d) => d.field === field)?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      { keyResultId: kr.id, value: Number(value), confidence: confidence / 10, comment },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit} noValidate={false}>
      <div className="dialog__body">
        <Field
          label={t("checkIn.value", { unit: kr.unit || t("checkIn.noUnit") })}
          hint={t("checkIn.valueHint", {
            baseline: format.value(kr.baseline, kr.unit),
            target: format.value(kr.target, kr.unit),
          })}
          error={fieldError("value")}
        >
          {(props) => (
            <input
              {...props}
              className="input"
              type="number"
              step="any"
              inputMode="decimal"
              required
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          )}
        </Field>
        <Field label={t("checkIn.confidence")} hint={t("checkIn.confidenceHint")} error={fieldError("confidence")}>
          {(props) => (
            <div className="range-field">
              <input
                {...props}
                type="range"
                min={0}
                max={10}
                step={1}
                value={confidence}
                aria-valuetext={format.percent(confidence / 10)}
                onChange={(e) => setConfidence(Number(e.target.value))}
              />
              <output className="range-field__value num" htmlFor={props.id}>
                {format.percent(confidence / 10)}
              </output>
            </div>
          )}
        </Field>
        <Field label={t("checkIn.comment")} error={fieldError("comment")}>
          {(props) => (
            <textarea
              {...props}
              className="textarea"
              rows={3}
              placeholder={t("checkIn.commentPlaceholder")}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          )}
        </Field>
        {error && !error.details.length && (
          <p className="alert" role="alert">
            {errorText(t, error)}
          </p>
        )}
      </div>
      <div className="dialog__footer">
        <button type="button" className="btn" onClick={onDone}>
          {t("common.cancel")}
        </button>
        <button type="submit" className="btn btn--primary" disabled={record.isPending || value === ""}>
          {record.isPending ? t("common.saving") : t("checkIn.save")}
        </button>
      </div>
    </form>
  );
}

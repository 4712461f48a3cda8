import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useRecordCheckIn } from "../../api/queries.ts";
import type { ScoredKeyResult } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import { DialogFooter } from "../../ui/DialogFooter.tsx";
import { FailureAlert } from "../../ui/FailureAlert.tsx";
import { Field } from "../../ui/Field.tsx";
import { numberError } from "../../ui/numberError.ts";
import { numberText, parseNumber } from "../../ui/parse-number.ts";
import { TextField } from "../../ui/TextField.tsx";
import { useFieldErrors } from "../editor/useFieldErrors.ts";

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
  const [value, setValue] = useState(numberText(kr.currentValue ?? kr.baseline));
  const [confidence, setConfidence] = useState(Math.round((kr.currentConfidence ?? 0.7) * 10));
  const [comment, setComment] = useState("");
  // The value is checked here first (52,5 and 52.5 are both 52.5); once a save was tried, the
  // message follows the typing and goes as soon as the value reads as a number.
  const [tried, setTried] = useState(false);
  const valueError = tried ? numberError(t, value) : undefined;
  const { errors, fix, bind } = useFieldErrors(record.error);
  const valueInput = useRef<HTMLInputElement>(null);

  const send = () => {
    setTried(true);
    const parsed = parseNumber(value);
    if (!parsed.ok) {
      valueInput.current?.focus();
      return;
    }
    // On failure the dialog stays open with everything typed; FailureAlert says why and retries.
    record.mutate(
      { keyResultId: kr.id, value: parsed.value, confidence: confidence / 10, comment },
      { onSuccess: onDone },
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };

  return (
    <form onSubmit={submit} noValidate={false}>
      <div className="dialog__body">
        <TextField
          label={t("checkIn.value", { unit: kr.unit || t("checkIn.noUnit") })}
          hint={t("checkIn.valueHint", {
            baseline: format.value(kr.baseline, kr.unit),
            target: format.value(kr.target, kr.unit),
          })}
          inputRef={valueInput}
          className="num"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          required
          {...bind("value", value, setValue)}
          error={valueError ?? errors.get("value")}
        />
        <Field label={t("checkIn.confidence")} hint={t("checkIn.confidenceHint")} error={errors.get("confidence")}>
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
                onChange={(e) => {
                  setConfidence(Number(e.target.value));
                  fix("confidence");
                }}
              />
              <output className="range-field__value num" htmlFor={props.id}>
                {format.percent(confidence / 10)}
              </output>
            </div>
          )}
        </Field>
        <TextField
          label={t("checkIn.comment")}
          rows={3}
          placeholder={t("checkIn.commentPlaceholder")}
          {...bind("comment", comment, setComment)}
        />
        <FailureAlert error={record.error} onRetry={send} busy={record.isPending} />
      </div>
      <DialogFooter pending={record.isPending} disabled={value === ""} onCancel={onDone} plainCancel>
        {t("checkIn.save")}
      </DialogFooter>
    </form>
  );
}

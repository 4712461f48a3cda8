import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError } from "../../api/types.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import { DialogFooter } from "../../ui/DialogFooter.tsx";
import { ReasonField } from "../../ui/ReasonField.tsx";

interface Props {
  /** The 422 S7 refusal that asks for a reason, or null when closed. */
  refusal: ApiError | null;
  busy: boolean;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}

/** S7: moving an active KR's goalposts is fine, but never silently: ask why, and resend. */
export function ReasonDialog({ refusal, busy, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={refusal !== null} onClose={onClose} title={t("reason.title")} description={t("reason.body")}>
      <ReasonForm busy={busy} onSubmit={onSubmit} onClose={onClose} />
    </Dialog>
  );
}

function ReasonForm({ busy, onSubmit, onClose }: Omit<Props, "refusal">) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    onSubmit(reason.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      <div className="dialog__body">
        <ReasonField
          label={t("reason.label")}
          hint={t("reason.hint")}
          error={missing ? t("reason.required") : undefined}
          value={reason}
          onChange={setReason}
        />
      </div>
      <DialogFooter pending={busy} onCancel={onClose} plainCancel lockCancel>
        {t("reason.save")}
      </DialogFooter>
    </form>
  );
}

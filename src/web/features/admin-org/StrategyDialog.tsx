import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiRequestError } from "../../api/client.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Dialog, DialogSaveFooter } from "../../ui/Dialog.tsx";
import { FailureAlert } from "../../ui/FailureAlert.tsx";
import { Field } from "../../ui/Field.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { fieldErrors } from "../editor/errors.ts";
import { type Strategy, useSaveStrategy } from "./queries.ts";

/** What the dialog edits: a statement that exists, or a new one of a kind. */
export type StrategyDraft = { strategy: Strategy } | { kind: Strategy["kind"] };

/** Writes or edits a vision or strategy statement (M8). A failed save keeps the dialog and the text. */
export function StrategyDialog({ draft, onClose }: { draft: StrategyDraft | null; onClose: () => void }) {
  const { t } = useTranslation();
  const existing = draft && "strategy" in draft ? draft.strategy : undefined;
  const kind = existing?.kind ?? (draft && "kind" in draft ? draft.kind : "strategy");
  return (
    <Dialog
      open={draft !== null}
      onClose={onClose}
      title={t(existing ? `adminOrg.strategy.edit.${kind}` : `adminOrg.strategy.add.${kind}`)}
      description={t(`adminOrg.strategy.help.${kind}`)}
    >
      {draft && <StrategyForm key={existing?.id ?? kind} existing={existing} kind={kind} onClose={onClose} />}
    </Dialog>
  );
}

function StrategyForm({
  existing,
  kind: initialKind,
  onClose,
}: {
  existing: Strategy | undefined;
  kind: Strategy["kind"];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const save = useSaveStrategy(org);
  const [kind, setKind] = useState(initialKind);
  const [title, setTitle] = useState(existing?.title ?? "");
  const [body, setBody] = useState(existing?.body ?? "");
  const [diagnosis, setDiagnosis] = useState(existing?.diagnosis ?? "");
  const [guardrails, setGuardrails] = useState(existing?.guardrails ?? "");
  // The API's field errors of the last save, until that field is edited again.
  const [edited, setEdited] = useState<Set<string>>(new Set());
  const apiError = save.error instanceof ApiRequestError ? save.error.error : undefined;
  const errors = fieldErrors(t, apiError);
  for (const field of edited) errors.delete(field);
  const edit = (field: string) => setEdited((was) => new Set(was).add(field));

  // A retry sends the same entry again and, like the first try, closes the dialog once saved.
  const send = (input: NonNullable<typeof save.variables>) => {
    setEdited(new Set());
    save.mutate(input, { onSuccess: onClose });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A vision has no diagnosis or guardrails (M8): what was typed before switching kind is not sent.
    const parts = kind === "strategy" ? { diagnosis, guardrails } : {};
    send({ id: existing?.id, kind, title: title.trim(), body, ...parts });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t(`adminOrg.strategy.formLabel.${kind}`)}>
      <div className="dialog__body">
        <Field label={t("adminOrg.strategy.kind")} error={errors.get("kind")}>
          {(props) => (
            <select
              {...props}
              className="select"
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as Strategy["kind"]);
                edit("kind");
              }}
            >
              <option value="vision">{t("adminOrg.strategy.kinds.vision")}</option>
              <option value="strategy">{t("adminOrg.strategy.kinds.strategy")}</option>
            </select>
          )}
        </Field>
        <Field
          label={t("adminOrg.strategy.titleField")}
          hint={t(`adminOrg.strategy.titleHint.${kind}`)}
          error={errors.get("title")}
        >
          {(props) => (
            <input
              {...props}
              className="input"
              maxLength={300}
              value={title}
              onChange={(e) => {
                setTitle(e.target.value);
                edit("title");
              }}
            />
          )}
        </Field>
        <Field
          label={t("adminOrg.strategy.body")}
          hint={t(`adminOrg.strategy.bodyHint.${kind}`)}
          error={errors.get("body")}
        >
          {(props) => (
            <textarea
              {...props}
              className="textarea"
              rows={5}
              maxLength={10_000}
              value={body}
              onChange={(e) => {
                setBody(e.target.value);
                edit("body");
              }}
            />
          )}
        </Field>
        {kind === "strategy" && (
          <>
            <TextField
              label={t("strategy.diagnosis")}
              hint={t("strategy.diagnosisHint")}
              rows={3}
              maxLength={10_000}
              value={diagnosis}
              error={errors.get("diagnosis")}
              onChange={(value) => {
                setDiagnosis(value);
                edit("diagnosis");
              }}
            />
            <TextField
              label={t("strategy.guardrails")}
              hint={t("strategy.guardrailsHint")}
              rows={3}
              maxLength={10_000}
              value={guardrails}
              error={errors.get("guardrails")}
              onChange={(value) => {
                setGuardrails(value);
                edit("guardrails");
              }}
            />
          </>
        )}
        <FailureAlert error={save.error} busy={save.isPending} onRetry={() => save.variables && send(save.variables)} />
      </div>
      <DialogSaveFooter pending={save.isPending} save={t("adminOrg.strategy.save")} onCancel={onClose} />
    </form>
  );
}

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useOrg } from "../../layout/OrgContext.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import { DialogForm } from "../../ui/DialogForm.tsx";
import { useDialogClose } from "../../ui/dialogClose.ts";
import { optionsOf, SelectField } from "../../ui/SelectField.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import { type Strategy, useSaveStrategy } from "./queries.ts";

const kinds: Strategy["kind"][] = ["vision", "strategy"];
/** A strategy's parts after its statement (M8), each written the same way; a vision has none. */
const parts = ["diagnosis", "guardrails"] as const;

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
      {draft && <StrategyForm key={existing?.id ?? kind} existing={existing} kind={kind} />}
    </Dialog>
  );
}

function StrategyForm({ existing, kind: initialKind }: { existing: Strategy | undefined; kind: Strategy["kind"] }) {
  const { t } = useTranslation();
  const close = useDialogClose();
  const { org } = useOrg();
  const save = useSaveStrategy(org);
  const [kind, setKind] = useState(initialKind);
  const [title, setTitle] = useState(existing?.title ?? "");
  const [body, setBody] = useState(existing?.body ?? "");
  const [written, setWritten] = useState({
    diagnosis: existing?.diagnosis ?? "",
    guardrails: existing?.guardrails ?? "",
  });
  // The API's field errors of the last save, until that field is edited again.
  const { bind } = useFieldErrors(save.error);

  // A retry sends the same entry again and, like the first try, closes the dialog once saved.
  const send = (input: NonNullable<typeof save.variables>) => {
    save.mutate(input, { onSuccess: close });
  };
  const submit = () => {
    // A vision has no diagnosis or guardrails (M8): what was typed before switching kind is not sent.
    send({ id: existing?.id, kind, title: title.trim(), body, ...(kind === "strategy" ? written : {}) });
  };

  return (
    <DialogForm
      mutation={save}
      submit={t("adminOrg.strategy.save")}
      onSubmit={submit}
      onRetry={() => save.variables && send(save.variables)}
      label={t(`adminOrg.strategy.formLabel.${kind}`)}
      noValidate
      lockCancel
    >
      <SelectField
        label={t("adminOrg.strategy.kind")}
        options={optionsOf(kinds, (k) => t(`adminOrg.strategy.kinds.${k}`))}
        {...bind("kind", kind, setKind)}
      />
      <TextField
        label={t("adminOrg.strategy.titleField")}
        hint={t(`adminOrg.strategy.titleHint.${kind}`)}
        maxLength={300}
        {...bind("title", title, setTitle)}
      />
      <TextField
        label={t("adminOrg.strategy.body")}
        hint={t(`adminOrg.strategy.bodyHint.${kind}`)}
        rows={5}
        maxLength={10_000}
        {...bind("body", body, setBody)}
      />
      {kind === "strategy" &&
        parts.map((part) => (
          <TextField
            key={part}
            label={t(`strategy.${part}`)}
            hint={t(`strategy.${part}Hint`)}
            rows={3}
            maxLength={10_000}
            {...bind(part, written[part], (text) => setWritten((was) => ({ ...was, [part]: text })))}
          />
        ))}
    </DialogForm>
  );
}

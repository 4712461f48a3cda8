import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCheckIns, usePeople } from "../../api/queries.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { CheckboxGroup, ChoiceGroup } from "../../ui/ChoiceGroup.tsx";
import { Dialog } from "../../ui/Dialog.tsx";
import { DialogForm } from "../../ui/DialogForm.tsx";
import { useDialogClose } from "../../ui/dialogClose.ts";
import { KeyResultSelect, PersonSelect } from "../../ui/SelectField.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useMyPerson } from "../auth/MeContext.ts";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import { type DecisionText, draftOf, requestOf } from "./decision-text.ts";
import { type Decision, useSaveDecision } from "./queries.ts";

/** A KR a new decision may be about. */
export interface KeyResultChoice {
  id: string;
  title: string;
  unit: string;
}

/** What the dialog edits: a decision that exists, or a new one on an objective (and maybe one of its KRs). */
export type DecisionDraft =
  | { decision: Decision }
  | { objectiveId: string; keyResults: KeyResultChoice[]; keyResultId?: string | null };

const statuses = ["active", "revisited", "reversed"] as const;

/** Today in the reader's own calendar, as the date field holds it (YYYY-MM-DD). */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Records or changes a decision (P4). A failed save keeps the dialog and everything typed. */
export function DecisionDialog({ draft, onClose }: { draft: DecisionDraft | null; onClose: () => void }) {
  const { t } = useTranslation();
  const existing = draft && "decision" in draft ? draft.decision : undefined;
  return (
    <Dialog
      open={draft !== null}
      onClose={onClose}
      title={t(existing ? "decisions.dialog.editTitle" : "decisions.dialog.addTitle")}
      description={t("decisions.dialog.help")}
    >
      {draft && <DecisionForm key={existing?.id ?? "new"} draft={draft} />}
    </Dialog>
  );
}

function DecisionForm({ draft }: { draft: DecisionDraft }) {
  const { t } = useTranslation();
  const close = useDialogClose();
  const format = useFormat();
  const { org } = useOrg();
  const people = usePeople(org);
  const save = useSaveDecision(org);
  const existing = "decision" in draft ? draft.decision : undefined;
  const me = useMyPerson(org);
  // A new decision is today's, by whoever records it, until they say otherwise.
  const [text, setText] = useState<DecisionText>(() =>
    existing ? draftOf(existing) : { ...draftOf(undefined), decidedById: me?.personId ?? "", decidedOn: today() },
  );
  const [keyResultId, setKeyResultId] = useState(
    existing ? (existing.keyResultId ?? "") : "keyResultId" in draft ? (draft.keyResultId ?? "") : "",
  );
  const keyResults = "keyResults" in draft ? draft.keyResults : [];
  const unitOf = keyResults.find((kr) => kr.id === keyResultId)?.unit ?? "";
  const readings = useCheckIns(org, keyResultId);
  // The latest readings first: a decision usually rests on what the KR shows now.
  const latest = (readings.data ?? []).slice(-8).reverse();
  const readingLabel = (id: string) => {
    const reading = latest.find((r) => r.id === id);
    if (reading) return `${format.value(reading.value, unitOf)} · ${format.date(reading.checkedInAt)}`;
    return existing?.evidenceRefs.find((ref) => ref.ref === id)?.label ?? "";
  };
  const { errors, bind, fix } = useFieldErrors(save.error);
  const field = (name: keyof DecisionText & string) =>
    bind(name, text[name] as string, (value) => setText((was) => ({ ...was, [name]: value })));
  // What the decision rests on and what was decided (P4): a few lines each, under the same limit.
  const prose = (name: "context" | "evidence" | "decision") => (
    <TextField
      label={t(`decisions.field.${name}`)}
      hint={t(`decisions.field.${name}Hint`)}
      rows={3}
      maxLength={10_000}
      {...field(name)}
    />
  );

  const send = (input: NonNullable<typeof save.variables>) => save.mutate(input, { onSuccess: close });
  const submit = () => {
    const body = requestOf(text, readingLabel);
    if (existing) send({ id: existing.id, changes: { ...body, version: existing.version } });
    else if ("objectiveId" in draft)
      send({
        create: keyResultId ? { ...body, keyResultId } : { ...body, objectiveId: draft.objectiveId },
      });
  };

  return (
    <DialogForm
      mutation={save}
      submit={t("decisions.dialog.save")}
      onSubmit={submit}
      onRetry={() => save.variables && send(save.variables)}
      className="decision-form"
      label={t("decisions.dialog.formLabel")}
      noValidate
      lockCancel
    >
      <TextField
        label={t("decisions.field.title")}
        hint={t("decisions.field.titleHint")}
        maxLength={300}
        {...field("title")}
      />
      {!existing && keyResults.length > 0 && (
        <KeyResultSelect
          label={t("decisions.field.subject")}
          error={errors.get("keyResultId")}
          value={keyResultId}
          none={t("decisions.field.wholeObjective")}
          keyResults={keyResults}
          onChange={(value) => {
            setKeyResultId(value);
            setText((was) => ({ ...was, readings: [] }));
            fix("keyResultId");
          }}
        />
      )}
      {prose("context")}
      <TextField
        label={t("decisions.field.options")}
        hint={t("decisions.field.optionsHint")}
        rows={3}
        {...field("options")}
        error={errors.get("options") ?? errors.get("options.0")}
      />
      {prose("evidence")}
      {keyResultId && latest.length > 0 && (
        <CheckboxGroup
          className="decision-form__readings"
          legend={t("decisions.field.readings")}
          choices={latest.map((r) => r.id)}
          value={text.readings}
          onChange={(ids) => setText((was) => ({ ...was, readings: ids }))}
          label={readingLabel}
          error={[...errors].find(([name]) => name.startsWith("evidenceRefs"))?.[1]}
        />
      )}
      <TextField
        label={t("decisions.field.links")}
        hint={t("decisions.field.linksHint")}
        rows={2}
        {...field("links")}
      />
      {prose("decision")}
      <PersonSelect
        label={t("decisions.field.decidedBy")}
        error={errors.get("decidedById")}
        value={text.decidedById}
        none={t("decisions.field.nobody")}
        people={people.data ?? []}
        onChange={(value) => {
          setText((was) => ({ ...was, decidedById: value }));
          fix("decidedById");
        }}
      />
      <div className="decision-form__row">
        <TextField type="date" label={t("decisions.field.decidedOn")} {...field("decidedOn")} />
        <TextField
          type="date"
          label={t("decisions.field.revisitOn")}
          hint={t("decisions.field.revisitHint")}
          {...field("revisitOn")}
        />
      </div>
      {existing && (
        <ChoiceGroup
          name="decision-status"
          legend={t("decisions.field.status")}
          choices={statuses}
          value={text.status}
          onChange={(status) => setText((was) => ({ ...was, status }))}
          label={(status) => t(`decisions.status.${status}`)}
          help={(status) => t(`decisions.statusHelp.${status}`)}
          error={errors.get("status")}
        />
      )}
    </DialogForm>
  );
}

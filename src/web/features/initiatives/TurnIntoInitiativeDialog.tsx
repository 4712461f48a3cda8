import { useState } from "react";
import { useTranslation } from "react-i18next";
import { failureOf, refusalOf } from "../../api/failure.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { ChoiceGroup } from "../../ui/ChoiceGroup.tsx";
import { Dialog } from "../../ui/Dialog.tsx";
import { DialogForm } from "../../ui/DialogForm.tsx";
import { numberError } from "../../ui/numberError.ts";
import { parseNumber } from "../../ui/parse-number.ts";
import { RuleId } from "../../ui/RuleId.tsx";
import { KeyResultSelect } from "../../ui/SelectField.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useFieldErrors } from "../editor/useFieldErrors.ts";
import { ChangedMeanwhile } from "./ChangedMeanwhile.tsx";
import { InitiativeKindField, InitiativeTitleField } from "./InitiativeFields.tsx";
import { type TurnIntoInitiative, useTurnIntoInitiative } from "./queries.ts";
import "./initiatives.css";

/** The output KR the coach found (K7), as saved. */
export interface OutputKeyResult {
  id: string;
  title: string;
  version: number;
  deadline: string | null;
}

interface Props {
  open: boolean;
  output: OutputKeyResult;
  /** The objective's other saved KRs: outcomes the work may move. */
  siblings: { id: string; title: string }[];
  onClose: () => void;
  /** After the one request succeeded: the initiative exists and the output KR is gone. */
  onDone: (result: { initiativeTitle: string; outcomeTitle: string }) => void;
}

type Mode = "existing" | "new";

/**
 * K7 in one step: the output becomes an initiative, under an outcome KR the person picks or
 * writes, and the output KR goes, all in one request (one transaction on the server).
 */
export function TurnIntoInitiativeDialog(props: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} onClose={props.onClose} title={t("initiatives.turn.title")}>
      <TurnForm key={props.output.id} {...props} />
    </Dialog>
  );
}

function TurnForm({ output, siblings, onDone }: Props) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const turn = useTurnIntoInitiative(org);
  const [kind, setKind] = useState<"feature" | "project">("feature");
  const [title, setTitle] = useState(output.title);
  const [mode, setMode] = useState<Mode>(siblings.length > 0 ? "existing" : "new");
  const [picked, setPicked] = useState(siblings[0]?.id ?? "");
  const [kr, setKr] = useState({
    title: "",
    metric: "",
    unit: "",
    baseline: "",
    target: "",
    deadline: output.deadline ?? "",
  });
  const [checkNumbers, setCheckNumbers] = useState(false);
  const { fix, bind } = useFieldErrors(turn.error);
  // K7's own refusals of the outcome KR, in this dialog's words (the API's are English).
  const k7 = new Set(
    (refusalOf(turn.error)?.details ?? []).filter((d) => d.rule === "K7").map((d) => d.field.split(".").at(-1)),
  );
  const krField = (field: keyof typeof kr) => {
    const bound = bind(`outcome.keyResult.${field}`, kr[field], (value) => setKr((k) => ({ ...k, [field]: value })));
    const own = bound.error && k7.has(field) && field !== "title" ? t(`initiatives.turn.k7.${field}`) : undefined;
    return { ...bound, error: own ?? bound.error };
  };
  const numberField = (field: "baseline" | "target") => {
    const bound = krField(field);
    return { ...bound, error: (checkNumbers ? numberError(t, kr[field], true) : undefined) ?? bound.error };
  };
  const conflict = failureOf(turn.error)?.kind === "conflict";
  // A refusal naming a field this form does not show (a closed period, ...) is said in words.
  const shownFields =
    /^(initiative\.title|outcome\.keyResultId|outcome\.keyResult\.(title|metric|unit|baseline|target|deadline))$/;
  const unshown = (refusalOf(turn.error)?.details ?? []).some((d) => !shownFields.test(d.field));
  const number = (typed: string) => {
    const parsed = parseNumber(typed);
    return parsed.ok ? parsed.value : null;
  };

  const submit = () => {
    if (mode === "new" && (numberError(t, kr.baseline, true) || numberError(t, kr.target, true))) {
      setCheckNumbers(true);
      return;
    }
    const outcome: TurnIntoInitiative["outcome"] =
      mode === "existing"
        ? { keyResultId: picked }
        : {
            keyResult: {
              title: kr.title.trim(),
              metric: kr.metric.trim(),
              unit: kr.unit.trim(),
              baseline: number(kr.baseline),
              target: number(kr.target),
              deadline: kr.deadline || null,
            },
          };
    turn.mutate(
      { id: output.id, body: { version: output.version, initiative: { kind, title: title.trim() }, outcome } },
      {
        onSuccess: (result) =>
          onDone({ initiativeTitle: result.initiative.title, outcomeTitle: result.outcomeKeyResult.title }),
      },
    );
  };

  return (
    <DialogForm
      mutation={turn}
      submit={t("initiatives.turn.submit")}
      busy={t("common.working")}
      onSubmit={submit}
      className="stack turn-dialog"
      alert={conflict ? <ChangedMeanwhile /> : undefined}
      onRetry={submit}
      noFields={unshown}
    >
      <p className="turn-dialog__why">
        <RuleId id="K7" /> {t("initiatives.turn.why", { title: output.title })}
      </p>
      <h3 className="turn-dialog__step">{t("initiatives.turn.step1")}</h3>
      <InitiativeTitleField {...bind("initiative.title", title, setTitle)} />
      <InitiativeKindField
        name="turn-kind"
        kinds={["feature", "project"] as const}
        help={(k) => t(`initiatives.turn.kindHelp.${k}`)}
        value={kind}
        onChange={setKind}
      />
      <h3 className="turn-dialog__step">{t("initiatives.turn.step2")}</h3>
      {siblings.length > 0 ? (
        <ChoiceGroup
          legend={t("initiatives.turn.outcomeChoice")}
          name="turn-outcome"
          choices={["existing", "new"] as const}
          value={mode}
          onChange={(next) => {
            setMode(next);
            fix("outcome.*");
          }}
          label={(m) => (m === "existing" ? t("initiatives.turn.existing") : t("initiatives.turn.create"))}
          help={(m) => (m === "existing" ? t("initiatives.turn.existingHelp") : t("initiatives.turn.createHelp"))}
        />
      ) : (
        <p className="subtle">{t("initiatives.turn.noOthers")}</p>
      )}
      {mode === "existing" ? (
        <KeyResultSelect
          label={t("initiatives.turn.pick")}
          keyResults={siblings}
          {...bind("outcome.keyResultId", picked, setPicked)}
        />
      ) : (
        <>
          <TextField
            label={t("initiatives.turn.krTitle")}
            hint={t("initiatives.turn.krTitleHint")}
            maxLength={300}
            required
            {...krField("title")}
          />
          <div className="initiative-form__row">
            <TextField label={t("initiatives.turn.metric")} maxLength={200} {...krField("metric")} />
            <TextField label={t("initiatives.turn.unit")} maxLength={40} {...krField("unit")} />
          </div>
          <div className="initiative-form__row">
            <TextField
              label={t("initiatives.turn.baseline")}
              inputMode="decimal"
              autoComplete="off"
              {...numberField("baseline")}
            />
            <TextField
              label={t("initiatives.turn.target")}
              inputMode="decimal"
              autoComplete="off"
              {...numberField("target")}
            />
            <TextField label={t("initiatives.turn.deadline")} type="date" {...krField("deadline")} />
          </div>
        </>
      )}
      <p className="turn-dialog__removes">{t("initiatives.turn.removes", { title: output.title })}</p>
    </DialogForm>
  );
}

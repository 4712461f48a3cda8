import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { CheckboxGroup } from "../../ui/ChoiceGroup.tsx";
import { Dialog } from "../../ui/Dialog.tsx";
import { DialogFooter } from "../../ui/DialogFooter.tsx";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { ListOf } from "../../ui/ListOf.tsx";
import { RowAction } from "../../ui/RowAction.tsx";
import { rangeText } from "./health-text.ts";
import { type HealthMetric, useGuardrails, useHealthMetrics, useSetGuardrails } from "./queries.ts";
import { StateBadge } from "./StateBadge.tsx";
import "./health.css";

interface Props {
  keyResultId: string;
  /** The KR's unit: its health metrics are offered as guardrails, and its cards share one read of them. */
  unitId: string;
  /** Whether this person writes the KR (M3) and the period is open. */
  mayEdit: boolean;
}

/**
 * A KR's guardrails on its card: the health metrics it must not push out of range, each with its
 * state, so a stretch target's cost shows beside its progress. Nothing at all while it has none
 * and the reader may not set them.
 */
export function KeyResultGuardrails({ keyResultId, unitId, mayEdit }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { org } = useOrg();
  const guardrails = useGuardrails(org, unitId, keyResultId);
  const [editing, setEditing] = useState(false);
  const list = guardrails.data ?? [];
  if (list.length === 0 && !mayEdit) return null;
  return (
    <div className="kr-guardrails cluster" data-testid="kr-guardrails">
      <span className="kr-guardrails__label">{t("health.guardrails.label")}</span>
      <ListOf
        items={list}
        none={<span className="subtle">{t("health.guardrails.none")}</span>}
        className="kr-guardrails__list"
      >
        {(metric) => (
          <li key={metric.id} className="kr-guardrails__item">
            <span className="user-text">{metric.name}</span>{" "}
            <span className="num">{format.value(metric.currentValue, metric.unit)}</span>{" "}
            <StateBadge state={metric.state} />
          </li>
        )}
      </ListOf>
      {mayEdit && (
        <RowAction onClick={() => setEditing(true)} quiet>
          {t("health.guardrails.edit")}
        </RowAction>
      )}
      <Dialog
        open={editing}
        onClose={() => setEditing(false)}
        title={t("health.guardrails.title")}
        description={t("health.guardrails.intro")}
      >
        <GuardrailsForm
          keyResultId={keyResultId}
          unitId={unitId}
          chosen={list.map((metric) => metric.id)}
          onClose={() => setEditing(false)}
        />
      </Dialog>
    </div>
  );
}

function GuardrailsForm(props: { keyResultId: string; unitId: string; chosen: string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { org } = useOrg();
  const metrics = useHealthMetrics(org, props.unitId);
  const save = useSetGuardrails(org, props.unitId, props.keyResultId);
  const [chosen, setChosen] = useState(props.chosen);
  const byId = new Map<string, HealthMetric>((metrics.data ?? []).map((metric) => [metric.id, metric]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(chosen, { onSuccess: props.onClose });
  };
  return (
    <form onSubmit={submit} aria-label={t("health.guardrails.title")}>
      <div className="dialog__body">
        {metrics.data && metrics.data.length === 0 ? (
          <p className="muted">{t("health.guardrails.noMetrics")}</p>
        ) : (
          <CheckboxGroup
            legend={t("health.guardrails.choose")}
            choices={[...byId.keys()]}
            value={chosen}
            onChange={setChosen}
            label={(id) => byId.get(id)?.name ?? ""}
            help={(id) => {
              const metric = byId.get(id);
              return metric ? t("health.healthy", { range: rangeText(t, format, metric) }) : "";
            }}
          />
        )}
        <FailureAlert error={save.error} onRetry={resend(save)} busy={save.isPending} noFields />
      </div>
      <DialogFooter pending={save.isPending} onCancel={props.onClose} lockCancel>
        {t("health.form.save")}
      </DialogFooter>
    </form>
  );
}

import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type RuleCard, ruleCards } from "../../../domain/coach/rule-cards.ts";
import { enforcedRules } from "../../../domain/coach/settings.ts";
import { refusalOf } from "../../api/failure.ts";
import { useFormat } from "../../i18n/format.ts";
import { currentLanguage } from "../../i18n/index.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { PageHeader } from "../../layout/PageHeader.tsx";
import { FailureAlert } from "../../ui/FailureAlert.tsx";
import { Field } from "../../ui/Field.tsx";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { optionsOf, SelectField } from "../../ui/SelectField.tsx";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { useScrollToHash } from "../../ui/useScrollToHash.ts";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { reasonText } from "../auth/reasons.ts";
import { useManageOrganisation } from "../auth/usePermissions.ts";
import { fieldErrors } from "../editor/errors.ts";
import {
  type CoachRuleSetting,
  type CoachSettingsInput,
  type RuleSetting,
  useCoachSettings,
  useSaveCoachSettings,
} from "./queries.ts";
import "./coach.css";

const choices: RuleSetting[] = ["error", "warning", "info", "off"];

interface Choice {
  setting: RuleSetting;
  reason: string;
}

/**
 * `/orgs/{slug}/settings/coach`: how the coach reports each rule (docs/coach.md). Admins set
 * each to error, warning, hint or off; turning M1 or K1 off lifts the services' refusal as
 * well, so it needs a reason, kept with the setting. Everyone else reads them.
 */
export function CoachRulesPage() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const manage = useManageOrganisation(org);
  const rules = useCoachSettings(org);
  // A finding's rule badge links to its card here (issue 17): `#rule-K5-title`.
  useScrollToHash(rules.data !== undefined);
  if (loadFailed(rules)) return <LoadError queries={[rules]} />;
  if (rules.data === undefined) return <PageSkeleton label={t("common.loading")} />;
  return (
    <div className="page page--narrow">
      <PageHeader title={t("coachRules.title")} subtitle={t("coachRules.subtitle")} showPeriod={false} />
      {manage.why && (
        <WhyNote>
          {reasonText(t, manage.why)} {t("coachRules.readOnly")}
        </WhyNote>
      )}
      <RulesForm rules={rules.data} canManage={manage.allowed} />
    </div>
  );
}

function RulesForm({ rules, canManage }: { rules: CoachRuleSetting[]; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const { org } = useOrg();
  const save = useSaveCoachSettings(org);
  const [draft, setDraft] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(rules.map((r) => [r.rule, { setting: r.setting, reason: r.reason }])),
  );
  const lang = currentLanguage(i18n.language) === "zh-CN" ? "zh" : "en";
  const apiError = refusalOf(save.error);
  const errors = fieldErrors(t, apiError);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // Twelve rules make a long page: take the reader to the field the API refused.
    if (apiError) form.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [apiError]);

  const send = () => {
    const body: CoachSettingsInput = { rules: {} };
    for (const rule of rules) {
      const choice = draft[rule.rule] ?? { setting: rule.setting, reason: "" };
      const reason = choice.reason.trim();
      body.rules[rule.rule] = { setting: choice.setting, ...(reason ? { reason } : {}) };
    }
    save.mutate(body);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };

  const change = (rule: string, patch: Partial<Choice>) => {
    save.reset();
    setDraft((d) => ({ ...d, [rule]: { ...(d[rule] ?? { setting: "warning", reason: "" }), ...patch } }));
  };

  return (
    <form ref={form} className="coach-rules" onSubmit={submit} noValidate aria-label={t("coachRules.title")}>
      <ul className="coach-rules__list stack">
        {rules.map((rule) => (
          <RuleRow
            key={rule.rule}
            rule={rule}
            card={ruleCards[rule.rule]}
            lang={lang}
            choice={draft[rule.rule] ?? { setting: rule.setting, reason: rule.reason }}
            canManage={canManage}
            reasonError={errors.get(`rules.${rule.rule}.reason`)}
            settingError={errors.get(`rules.${rule.rule}.setting`)}
            onChange={(patch) => change(rule.rule, patch)}
          />
        ))}
      </ul>
      {canManage && (
        <div className="coach-rules__footer">
          <FailureAlert error={save.error} onRetry={send} busy={save.isPending} noFields />
          {save.isSuccess && (
            <p className="coach-rules__saved" role="status">
              {t("coachRules.saved")}
            </p>
          )}
          <SubmitButton className="btn" pending={save.isPending}>
            {t("coachRules.save")}
          </SubmitButton>
        </div>
      )}
    </form>
  );
}

interface RowProps {
  rule: CoachRuleSetting;
  card: RuleCard;
  lang: "en" | "zh";
  choice: Choice;
  canManage: boolean;
  reasonError?: string;
  settingError?: string;
  onChange: (patch: Partial<Choice>) => void;
}

function RuleRow({ rule, card, lang, choice, canManage, reasonError, settingError, onChange }: RowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = rule.rule;
  // The API's `enforced` says whether the services enforce the rule now (false once it is off);
  // whether it can be enforced at all, and so needs a reason to go off, is the domain's to say.
  const enforceable = enforcedRules.has(id);
  const offEnforced = enforceable && choice.setting === "off";
  const showReason = canManage ? choice.setting !== rule.defaultSetting || choice.reason !== "" : rule.reason !== "";
  return (
    <li className="card coach-rule" aria-labelledby={`rule-${id}-title`} data-rule={id}>
      <div className="coach-rule__head spread spread--2">
        <h2 id={`rule-${id}-title`} className="coach-rule__title">
          <RuleId id={id} /> {card.title[lang]}
        </h2>
        {enforceable && !offEnforced && <span className="badge badge--outline">{t("coachRules.enforced")}</span>}
      </div>
      <p className="coach-rule__asks">{card.asks[lang]}</p>
      <details className="coach-rule__more">
        <summary>{t("coachRules.why")}</summary>
        <p>{card.why[lang]}</p>
        <dl className="coach-rule__examples">
          <dt>{t("coachRules.weak")}</dt>
          <dd>{card.weak[lang]}</dd>
          <dt>{t("coachRules.strong")}</dt>
          <dd>{card.strong[lang]}</dd>
        </dl>
      </details>
      <div className="coach-rule__controls">
        {canManage ? (
          <SelectField
            label={t("coachRules.setting", { rule: id })}
            hint={t("coachRules.default", { setting: t(`coachRules.settings.${rule.defaultSetting}`) })}
            error={settingError}
            options={optionsOf(choices, (c) => t(`coachRules.settings.${c}`))}
            value={choice.setting}
            onChange={(setting) => onChange({ setting })}
          />
        ) : (
          <p className="coach-rule__setting">
            <span className="subtle">{t("coachRules.settingShort")}:</span>{" "}
            <strong>{t(`coachRules.settings.${rule.setting}`)}</strong>{" "}
            <span className="subtle">
              ({t("coachRules.default", { setting: t(`coachRules.settings.${rule.defaultSetting}`) })})
            </span>
          </p>
        )}
        {showReason &&
          (canManage ? (
            <Field
              label={t("coachRules.reasonFor", { rule: id })}
              hint={enforceable ? t("coachRules.reasonHint", { rule: id }) : undefined}
              error={reasonError}
            >
              {(props) => (
                <textarea
                  {...props}
                  className="input coach-rule__reason"
                  rows={2}
                  required={offEnforced}
                  value={choice.reason}
                  onChange={(e) => onChange({ reason: e.target.value })}
                />
              )}
            </Field>
          ) : (
            <p className="coach-rule__setting">
              <span className="subtle">{t("coachRules.reason")}:</span> <span className="user-text">{rule.reason}</span>
            </p>
          ))}
      </div>
      {offEnforced && canManage && <p className="coach-rule__warn">{t("coachRules.enforcedHint")}</p>}
      {rule.changedAt && (
        <p className="subtle coach-rule__changed">
          {t("coachRules.changed", { when: format.dateTime(rule.changedAt) })}
        </p>
      )}
    </li>
  );
}

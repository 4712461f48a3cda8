import { useTranslation } from "react-i18next";
import { ruleCards } from "../../../domain/coach/rule-cards.ts";
import { useFormat } from "../../i18n/format.ts";
import { currentLanguage } from "../../i18n/index.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { RuleId } from "../../ui/RuleId.tsx";
import type { Dismissal } from "./dismissals.ts";
import "./coach-actions.css";

interface Props {
  rule: string;
  severity: "error" | "warning" | "info";
  message: string;
  dismissal?: Dismissal | null;
}

/**
 * A finding's first line (issue 17): the rule's name in words from its card, its ID as a small
 * badge linking to the card, the severity and the message (which no longer repeats the ID). A
 * dismissed finding says who set it aside, when and why.
 */
export function FindingText({ rule, severity, message, dismissal }: Props) {
  const { t, i18n } = useTranslation();
  const { link } = useOrg();
  const format = useFormat();
  const lang = currentLanguage(i18n.language) === "zh-CN" ? "zh" : "en";
  const card = (ruleCards as Record<string, (typeof ruleCards)[keyof typeof ruleCards] | undefined>)[rule];
  const name = card ? card.title[lang] : i18n.exists(`methodRules.${rule}`) ? t(`methodRules.${rule}`) : rule;
  return (
    <>
      <p className="coach-finding__rule">
        <strong className="coach-finding__name">{name}</strong>{" "}
        <RuleId id={rule} href={`${link("/settings/coach")}#rule-${rule}-title`} />{" "}
        <span className="coach-finding__severity">
          {dismissal ? t("coachActions.dismissedBadge") : t(`coach.severity.${severity}`)}
        </span>
      </p>
      <p className="coach-finding__message">{message}</p>
      {dismissal && (
        <p className="coach-finding__dismissal">
          {dismissal.dismissedByName
            ? t("coachActions.dismissedBy", {
                who: dismissal.dismissedByName,
                date: format.date(dismissal.dismissedAt),
              })
            : t("coachActions.dismissedOn", { date: format.date(dismissal.dismissedAt) })}{" "}
          <q className="user-text">{dismissal.reason}</q>
        </p>
      )}
    </>
  );
}

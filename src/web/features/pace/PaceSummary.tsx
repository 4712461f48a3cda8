import { useTranslation } from "react-i18next";
import "./pace.css";
import { useFormat } from "../../i18n/format.ts";
import { type PaceFacts, paceReason, paceWord } from "./pace-text.ts";

const tone = { on_track: "met", behind: "warning", at_risk: "not_achieved" } as const;

/** A KR's pace and why (src/domain/pace.ts), the same on the team page and the dashboard. */
export function PaceSummary({ keyResult }: { keyResult: PaceFacts }) {
  const { t } = useTranslation();
  const format = useFormat();
  const kr = keyResult;
  return (
    <p className="pace" data-pace={kr.pace ?? "none"}>
      <span className={`badge ${kr.pace ? `badge--${tone[kr.pace]}` : "badge--outline"}`} title={t("pace.help")}>
        {paceWord(t, kr.pace)}
      </span>{" "}
      <span className="pace__why subtle">{paceReason(t, format, kr)}</span>
    </p>
  );
}

import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Person, ScoredKeyResult } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Person as PersonName } from "../../ui/Person.tsx";
import { reasonText } from "../auth/reasons.ts";
import { usePermissions } from "../auth/usePermissions.ts";
import { CheckInDialog } from "../check-ins/CheckInDialog.tsx";
import { KeyResultDecisions } from "../decisions/ObjectiveDecisions.tsx";
import { KeyResultDependencies } from "../dependencies/KeyResultDependencies.tsx";
import { KeyResultExperiments } from "../experiments/KeyResultExperiments.tsx";
import { KeyResultGuardrails } from "../health/KeyResultGuardrails.tsx";
import { KeyResultInitiatives } from "../initiatives/KeyResultInitiatives.tsx";
import { KeyResultSource } from "../metric-sources/KeyResultSource.tsx";
import { PaceSummary } from "../pace/PaceSummary.tsx";
import { ScoreLine } from "../pace/ScoreLine.tsx";
import { BurnUpChart } from "./BurnUpChart.tsx";
import { KeyResultTimeline, RolledUpLine } from "./KeyResultTimeline.tsx";
import { KeyResultValues } from "./KeyResultValues.tsx";

interface Props {
  keyResult: ScoredKeyResult;
  owner: Person | undefined;
  unitId: string;
  /** Where the KR belongs, when it is shown outside its team page. */
  context?: ReactNode;
}

export function KeyResultCard({ keyResult: kr, owner, unitId, context }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { org, period } = useOrg();
  const can = usePermissions(org, unitId);
  const [checkingIn, setCheckingIn] = useState(false);
  const [timeline, setTimeline] = useState(false);
  return (
    <li className="kr-card" aria-labelledby={`kr-${kr.id}`}>
      <div className="kr-card__main stack stack--2">
        {context}
        <h4 id={`kr-${kr.id}`} className="kr-card__title user-text">
          {kr.title}
        </h4>
        <KeyResultValues keyResult={kr} />
        <ScoreLine scored={kr} />
        <PaceSummary keyResult={{ ...kr, reasons: kr.paceReasons, confidence: kr.currentConfidence }} />
        {kr.rolledUp && <RolledUpLine keyResult={kr} onOpen={() => setTimeline(true)} />}
        <KeyResultDependencies keyResultId={kr.id} unitId={unitId} />
        <dl className="kr-card__meta">
          <div>
            <dt>{t("kr.confidence")}</dt>
            <dd className="num">{format.percent(kr.currentConfidence)}</dd>
          </div>
          <div>
            <dt>{t("kr.owner")}</dt>
            <dd>{owner ? <PersonName name={owner.name} /> : <span className="subtle">{t("kr.noOwner")}</span>}</dd>
          </div>
          <div>
            <dt>{t("kr.lastCheckIn")}</dt>
            <dd>
              {kr.lastCheckInAt ? (
                <time dateTime={kr.lastCheckInAt} title={format.date(kr.lastCheckInAt)}>
                  {format.daysAgo(kr.lastCheckInAt, new Date())}
                </time>
              ) : (
                <span className="subtle">{t("kr.never")}</span>
              )}
            </dd>
          </div>
        </dl>
        {!kr.rolledUp && (
          <KeyResultSource
            keyResultId={kr.id}
            unitId={unitId}
            title={kr.title}
            unit={kr.unit}
            mayEdit={can.editKeyResults}
          />
        )}
        <KeyResultGuardrails
          keyResultId={kr.id}
          unitId={unitId}
          mayEdit={can.editKeyResults && period?.status !== "closed"}
        />
        <div className="kr-card__actions">
          {period?.status === "closed" ? (
            // A closed period is frozen (docs/period-lifecycle.md): the API would refuse with 409.
            <>
              <button type="button" className="btn btn--small" disabled aria-describedby={`frozen-${kr.id}`}>
                <Icon name="lock" />
                {t("checkIn.action")}
              </button>
              <span id={`frozen-${kr.id}`} className="kr-card__frozen">
                {t("lifecycle.checkInClosed", { name: period.name })}
              </span>
            </>
          ) : can.checkIn ? (
            <button type="button" className="btn btn--small" onClick={() => setCheckingIn(true)}>
              <Icon name="check" />
              {t("checkIn.action")}
            </button>
          ) : (
            can.ready &&
            can.why.checkIn && (
              <>
                <button type="button" className="btn btn--small" disabled aria-describedby={`why-check-in-${kr.id}`}>
                  <Icon name="lock" />
                  {t("checkIn.action")}
                </button>
                <span id={`why-check-in-${kr.id}`} className="visually-hidden">
                  {reasonText(t, can.why.checkIn)}
                </span>
              </>
            )
          )}
          <button
            type="button"
            className="btn btn--ghost btn--small"
            aria-label={t("krHistory.openLabel", { title: kr.title })}
            onClick={() => setTimeline(true)}
          >
            <Icon name="history" />
            {t("krHistory.open")}
          </button>
          <KeyResultDecisions keyResult={kr} unitId={unitId} />
          <KeyResultExperiments keyResultId={kr.id} title={kr.title} unitId={unitId} />
        </div>
        <KeyResultInitiatives keyResult={kr} unitId={unitId} />
      </div>
      <div className="kr-card__chart">{period && <BurnUpChart keyResult={kr} unitId={unitId} period={period} />}</div>
      <CheckInDialog keyResult={kr} open={checkingIn} onClose={() => setCheckingIn(false)} />
      <KeyResultTimeline keyResult={kr} unitId={unitId} open={timeline} onClose={() => setTimeline(false)} />
    </li>
  );
}

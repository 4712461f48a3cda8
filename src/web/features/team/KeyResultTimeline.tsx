import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { ScoredKeyResult } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import { CloseFooter } from "../../ui/DialogFooter.tsx";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { Skeleton } from "../../ui/Skeleton.tsx";
import { reasonText } from "../auth/reasons.ts";
import { DiscussionThread } from "./DiscussionThread.tsx";
import { type Reading, useCascadedObjectives, useReadings } from "./history-queries.ts";
import { ReadingChangeForm } from "./ReadingForms.tsx";
import "./kr-history.css";
import { useReadingRights } from "./useReadingRights.ts";

interface Props {
  keyResult: ScoredKeyResult;
  unitId: string;
  open: boolean;
  onClose: () => void;
}

/** A KR's own history (S7): where its progress comes from, every reading newest first, its discussion. */
export function KeyResultTimeline({ keyResult: kr, unitId, open, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={kr.title}>
      <div className="dialog__body kr-timeline">
        {kr.rolledUp && <RolledUpNote keyResult={kr} />}
        <Readings keyResult={kr} unitId={unitId} />
        <DiscussionThread thread={{ keyResultId: kr.id }} unitId={unitId} title={t("krHistory.discussion.title")} />
      </div>
      <CloseFooter onClose={onClose} />
    </Dialog>
  );
}

/** On the card: where a cascaded KR's progress comes from (M5), opening the timeline with the links. */
export function RolledUpLine({ keyResult: kr, onOpen }: { keyResult: ScoredKeyResult; onOpen: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { org } = useOrg();
  const below = useCascadedObjectives(org, kr.id, true);
  if (!below.data) return <p className="kr-card__rolled-up subtle">&nbsp;</p>;
  return (
    <p className="kr-card__rolled-up">
      <RuleId id="M5" />{" "}
      <button type="button" className="link-button" onClick={onOpen}>
        {t("krHistory.rolledUp", { count: below.data.length, progress: format.progress(kr.progress) })}
      </button>
    </p>
  );
}

/** M5: a cascaded KR's progress is the mean of the objectives below; say so and link to them. */
export function RolledUpNote({ keyResult: kr }: { keyResult: ScoredKeyResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { org, link } = useOrg();
  const below = useCascadedObjectives(org, kr.id, kr.rolledUp);
  const count = below.data?.length ?? 0;
  return (
    <div className="rolled-up">
      <p className="rolled-up__what">
        <RuleId id="M5" /> {t("krHistory.rolledUp", { count, progress: format.progress(kr.progress) })}
        {kr.currentValue != null && (
          <span className="subtle">
            {" "}
            · {t("krHistory.ownReading", { value: format.value(kr.currentValue, kr.unit) })}
          </span>
        )}
      </p>
      <p className="subtle">{t("krHistory.rolledUpHint")}</p>
      {below.data && below.data.length > 0 && (
        <ul className="rolled-up__list">
          {below.data.map((o) => (
            <li key={o.id}>
              <Link href={link(`/units/${o.unitId}`)} className="user-text">
                {o.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Readings({ keyResult: kr, unitId }: { keyResult: ScoredKeyResult; unitId: string }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const readings = useReadings(org, kr.id);
  const rights = useReadingRights(org, unitId);
  const [changing, setChanging] = useState<{ id: string; mode: "correct" | "withdraw" } | null>(null);
  const all = readings.data?.pages.flatMap((page) => page.checkIns) ?? [];
  return (
    <section className="readings" aria-labelledby={`readings-${kr.id}`}>
      <div className="kr-section-title">
        <h3 id={`readings-${kr.id}`}>{t("krHistory.readings")}</h3>
        <span className="subtle">
          <RuleId id="S7" /> {t("krHistory.readingsHint")}
        </span>
      </div>
      {loadFailed(readings) ? (
        <LoadError queries={[readings]} compact />
      ) : readings.data === undefined ? (
        <Skeleton height={96} />
      ) : all.length === 0 ? (
        <p className="subtle">{t("krHistory.none")}</p>
      ) : (
        <ol className="readings__list">
          {all.map((reading) => {
            const refused = rights.correct(reading.authorId);
            return (
              <Fragment key={reading.id}>
                <ReadingItem
                  keyResult={kr}
                  reading={reading}
                  canChange={refused === null && !reading.withdrawnAt}
                  why={refused}
                  onChange={(mode) => setChanging({ id: reading.id, mode })}
                />
                {changing?.id === reading.id && (
                  <li className="readings__form">
                    <ReadingChangeForm
                      keyResult={kr}
                      reading={reading}
                      mode={changing.mode}
                      onDone={() => setChanging(null)}
                    />
                  </li>
                )}
              </Fragment>
            );
          })}
        </ol>
      )}
      {readings.hasNextPage && (
        <button
          type="button"
          className="btn btn--ghost btn--small"
          disabled={readings.isFetchingNextPage}
          onClick={() => readings.fetchNextPage()}
        >
          {readings.isFetchingNextPage ? t("krHistory.loading") : t("krHistory.showOlder")}
        </button>
      )}
      {readings.isFetchNextPageError && (
        <p className="alert" role="alert">
          {t("krHistory.loadFailed")}
        </p>
      )}
    </section>
  );
}

/** A lead or an admin recorded it for the person it names (issue 12): say both. */
function recordedForSomeoneElse(reading: Reading): boolean {
  return reading.recordedById !== null && reading.recordedById !== reading.authorId;
}

function ReadingItem({
  keyResult: kr,
  reading,
  canChange,
  why,
  onChange,
}: {
  keyResult: ScoredKeyResult;
  reading: Reading;
  canChange: boolean;
  why: string | null;
  onChange: (mode: "correct" | "withdraw") => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const who = reading.authorName ?? (reading.authorId ? t("krHistory.someone") : t("krHistory.system"));
  // A metric source's reading (issue 14) is the source's, not a person's: say so.
  const by = reading.sourceId ? t("krHistory.bySource") : t("krHistory.by", { name: who });
  return (
    <li className={`reading${reading.withdrawnAt ? " reading--withdrawn" : ""}`}>
      <div className="reading__head">
        <time className="reading__date" dateTime={reading.checkedInAt} title={format.dateTime(reading.checkedInAt)}>
          {format.date(reading.checkedInAt)}
        </time>
        <span className="reading__value num">{format.value(reading.value, kr.unit)}</span>
        {reading.confidence != null && (
          <span className="subtle">{t("krHistory.confidence", { value: format.percent(reading.confidence) })}</span>
        )}
        <span className="subtle">
          {recordedForSomeoneElse(reading)
            ? t("readingRecorder.recordedFor", {
                recorder: reading.recordedByName ?? t("krHistory.someone"),
                author: who,
              })
            : by}
        </span>
        {reading.withdrawnAt && <span className="reading__badge">{t("krHistory.withdrawn")}</span>}
        {canChange ? (
          <div className="reading__actions">
            {(["correct", "withdraw"] as const).map((mode) => (
              <button
                key={mode}
                type="button"
                className="btn btn--ghost btn--small"
                aria-label={`${t(`krHistory.${mode}`)} · ${format.date(reading.checkedInAt)}`}
                onClick={() => onChange(mode)}
              >
                {t(`krHistory.${mode}`)}
              </button>
            ))}
          </div>
        ) : (
          why && !reading.withdrawnAt && <span className="visually-hidden">{reasonText(t, why)}</span>
        )}
      </div>
      {reading.comment && <p className="reading__comment user-text">{reading.comment}</p>}
      <ChangeNote
        note="correctedNote"
        by={reading.correctedByName}
        at={reading.correctedAt}
        why={reading.correctionReason}
      />
      <ChangeNote
        note="withdrawnNote"
        by={reading.withdrawnByName}
        at={reading.withdrawnAt}
        why={reading.withdrawalReason}
      />
    </li>
  );
}

/** Who corrected or withdrew a reading, when and why (S7); nothing while it has not been. */
function ChangeNote({
  note,
  by,
  at,
  why,
}: {
  note: "correctedNote" | "withdrawnNote";
  by: string | null;
  at: string | null;
  why: string | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!at) return null;
  return (
    <p className="reading__note subtle">
      {t(`krHistory.${note}`, { name: by ?? t("krHistory.someone"), date: format.date(at), reason: why })}
    </p>
  );
}

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type MetricSource,
  type SourceTestResult,
  useDeleteMetricSource,
  useMetricSource,
  useSyncMetricSource,
  useTestMetricSource,
} from "../../api/metric-sources.ts";
import { keys } from "../../api/queries.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { ConfirmRun } from "../../ui/ConfirmDialog.tsx";
import { Dialog } from "../../ui/Dialog.tsx";
import { DialogAction } from "../../ui/DialogAction.tsx";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { RowAction } from "../../ui/RowAction.tsx";
import { SourceForm, SourceHelp } from "./SourceForm.tsx";
import { scheduleText } from "./source-text.ts";
import "./metric-sources.css";

interface Props {
  keyResultId: string;
  /** The KR's unit: its cards share one read of their sources. */
  unitId: string;
  title: string;
  /** The KR's unit of measure, for its readings ("%", "users"). */
  unit: string;
  /** Whether this person may change the KR's key results (M3): they attach, test and sync its source. */
  mayEdit: boolean;
}

/** How long "sync now" waits for the delivery worker before it says the sync is still queued. */
const SYNC_WAIT_MS = 30_000;

/**
 * A KR's metric source on its card (issue 14, docs/metric-sources.md; K1, K2: measured, not
 * remembered): where its readings come from, the schedule, the last reading and the last error,
 * and for those who may edit the KR attach, test, sync now, edit and detach. Nothing at all while
 * it has none and the reader may not attach one.
 */
export function KeyResultSource({ keyResultId, unitId, title, unit, mayEdit }: Props) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const [waiting, setWaiting] = useState<{ at: string; since: number } | null>(null);
  // The worker had not synced within SYNC_WAIT_MS: say so rather than spin on.
  const [stillQueued, setStillQueued] = useState(false);
  const query = useMetricSource(org, unitId, keyResultId, waiting !== null);
  const source = query.data;
  const [editing, setEditing] = useState(false);
  if (loadFailed(query)) return <LoadError queries={[query]} compact />;
  if (source === undefined || (source === null && !mayEdit)) return null;
  return (
    <section className="kr-source stack stack--1" aria-label={t("source.label")} data-testid="kr-source">
      <div className="kr-source__head">
        <span className="kr-source__label">{t("source.label")}</span>
        {source ? <SourceSummary source={source} /> : <span className="subtle">{t("source.none")}</span>}
        {mayEdit && !source && (
          <RowAction named={t("source.attachTo", { title })} onClick={() => setEditing(true)} quiet>
            {t("source.attach")}
          </RowAction>
        )}
      </div>
      {source && (
        <SourceState
          source={source}
          unit={unit}
          waiting={waiting}
          onSettled={(late) => {
            setWaiting(null);
            setStillQueued(late);
          }}
        />
      )}
      {stillQueued && (
        <p className="subtle" role="status">
          {t("source.stillQueued")}
        </p>
      )}
      {source && mayEdit && (
        <SourceActions
          source={source}
          title={title}
          onEdit={() => setEditing(true)}
          onSyncQueued={(at) => {
            setStillQueued(false);
            setWaiting({ at, since: Date.now() });
          }}
        />
      )}
      <Dialog
        open={editing}
        onClose={() => setEditing(false)}
        title={source ? t("source.editTitle") : t("source.attachTitle")}
        description={<SourceHelp />}
      >
        {editing && <SourceForm keyResultId={keyResultId} source={source} />}
      </Dialog>
    </section>
  );
}

function SourceSummary({ source }: { source: MetricSource }) {
  const { t } = useTranslation();
  return (
    <span className="kr-source__summary">
      <span className="badge badge--outline">{t(`source.kinds.${source.kind}`)}</span>{" "}
      <code className="kr-source__where">{whereOf(source)}</code>
      <span className="subtle"> · {scheduleText(t, source.schedule)}</span>
    </span>
  );
}

/** The host and path, or the database, without query strings that may carry a key. */
function whereOf(source: MetricSource): string {
  try {
    const url = new URL(source.url);
    return `${url.host}${url.pathname}`;
  } catch {
    return source.url;
  }
}

/** The last reading, the last error with its time and the failures in a row; a sync on its way. */
function SourceState({
  source,
  unit,
  waiting,
  onSettled,
}: {
  source: MetricSource;
  unit: string;
  waiting: { at: string; since: number } | null;
  /** The sync arrived (false), or SYNC_WAIT_MS passed without it (true). */
  onSettled: (late: boolean) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const { org } = useOrg();
  // The sync of `waiting.at` is done when the source shows a reading or an error from then on.
  const done =
    waiting !== null &&
    ((source.lastSyncedAt !== null && source.lastSyncedAt >= waiting.at) ||
      (source.lastErrorAt !== null && source.lastErrorAt >= waiting.at));
  const late = waiting !== null && !done && Date.now() - waiting.since > SYNC_WAIT_MS;
  useEffect(() => {
    if (!done && !late) return;
    onSettled(!done);
    // The reading moved the KR, its objective and the history: everything of the organisation reloads.
    if (done) void client.invalidateQueries({ queryKey: keys.org(org) });
  }, [done, late, onSettled, client, org]);
  const failing = source.lastError !== "";
  return (
    <div className="kr-source__state">
      <p className="kr-source__line">
        {source.lastSyncedAt ? (
          <>
            {t("source.lastReading")} <strong className="num">{format.value(source.lastValue, unit)}</strong>{" "}
            <time className="subtle" dateTime={source.lastSyncedAt}>
              {format.dateTime(source.lastSyncedAt)}
            </time>
          </>
        ) : (
          <span className="subtle">{t("source.noReading")}</span>
        )}
        <span className="subtle">
          {" · "}
          {t("source.next", { at: format.dateTime(source.nextSyncAt) })}
        </span>
      </p>
      {failing && (
        <p className="kr-source__error" role="status">
          <strong>{t("source.lastError")}</strong> <span className="user-text">{source.lastError}</span>{" "}
          {source.lastErrorAt && (
            <time className="subtle" dateTime={source.lastErrorAt}>
              {format.dateTime(source.lastErrorAt)}
            </time>
          )}{" "}
          <span className="subtle">· {t("source.failures", { count: source.failures })}</span>
        </p>
      )}
      {waiting && !done && (
        <p className="subtle" role="status">
          {t("source.syncing")}
        </p>
      )}
    </div>
  );
}

function SourceActions({
  source,
  title,
  onEdit,
  onSyncQueued,
}: {
  source: MetricSource;
  title: string;
  onEdit: () => void;
  onSyncQueued: (at: string) => void;
}) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const test = useTestMetricSource(org, source.id);
  const sync = useSyncMetricSource(org, source.id);
  const remove = useDeleteMetricSource(org, source.id);
  return (
    <>
      <div className="kr-source__actions">
        <RowAction named={t("source.testOf", { title })} disabled={test.isPending} onClick={() => test.mutate()}>
          {test.isPending ? t("source.testing") : t("source.test")}
        </RowAction>
        <RowAction
          named={t("source.syncOf", { title })}
          disabled={sync.isPending}
          onClick={() => sync.mutate(undefined, { onSuccess: (queued) => onSyncQueued(queued.at) })}
        >
          {t("source.syncNow")}
        </RowAction>
        <RowAction named={t("source.editOf", { title })} onClick={onEdit}>
          {t("source.edit")}
        </RowAction>
        <DialogAction button={{ label: t("source.detach"), named: t("source.detachOf", { title }), quiet: true }}>
          {(dialog) => (
            <ConfirmRun {...dialog} title={t("source.detachTitle")} confirm={t("source.detach")} step={remove}>
              <p>{t("source.detachWhat")}</p>
            </ConfirmRun>
          )}
        </DialogAction>
      </div>
      {test.data && <TestOutcome result={test.data} />}
      <FailureAlert error={test.error} onRetry={() => test.mutate()} busy={test.isPending} noFields />
      <FailureAlert error={sync.error} onRetry={resend(sync)} busy={sync.isPending} noFields />
    </>
  );
}

function TestOutcome({ result }: { result: SourceTestResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  return result.ok ? (
    <p className="kr-source__test kr-source__test--ok" role="status">
      {t("source.testOk", { value: format.number(result.value ?? 0) })}
    </p>
  ) : (
    <p className="kr-source__test kr-source__test--failed" role="status">
      {t("source.testFailed")} <span className="user-text">{result.error}</span>
    </p>
  );
}

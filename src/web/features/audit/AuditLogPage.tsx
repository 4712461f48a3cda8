import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useUnits } from "../../api/access.ts";
import { usePeople } from "../../api/queries.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { PageHeader } from "../../layout/PageHeader.tsx";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { ResultsCard } from "../../ui/ResultsCard.tsx";
import { RetryButton } from "../../ui/RetryButton.tsx";
import { optionsOf, PersonSelect, SelectField } from "../../ui/SelectField.tsx";
import { TableHead } from "../../ui/TableHead.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { reasonText } from "../auth/reasons.ts";
import { useManageOrganisation } from "../auth/usePermissions.ts";
import { failureText } from "../editor/errors.ts";
import { type AuditEntityType, type AuditEntry, type AuditFilters, changesOf, exportHref } from "./audit-text.ts";
import { useAuditLog } from "./queries.ts";
import "./audit.css";

const ENTITY_TYPES: AuditEntityType[] = [
  "person",
  "membership",
  "invitation",
  "unit",
  "period",
  "strategy",
  "organisation",
  "coach_setting",
  "api_token",
  "sso_settings",
  "webhook",
];

/**
 * `/audit-log`: the organisation's administrative changes (roles, removals, settings, access),
 * newest first, for admins (issue 12 point 10). Read-only, as the history under it (S7).
 */
export function AuditLogPage() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const manage = useManageOrganisation(org);
  const [filters, setFilters] = useState<AuditFilters>({});
  const set = (patch: Partial<AuditFilters>) => setFilters((was) => ({ ...was, ...patch }));
  const badRange = Boolean(filters.from && filters.to && filters.from > filters.to);
  // An end before the start is said under the field and not sent, nor exported (the API refuses it).
  const sent = badRange ? { ...filters, to: undefined } : filters;
  const log = useAuditLog(org, sent, manage.allowed);

  if (!manage.allowed) {
    return (
      <div className="page">
        <PageHeader title={t("auditLog.title")} subtitle={t("auditLog.subtitle")} showPeriod={false} />
        <WhyNote>{manage.why ? reasonText(t, manage.why) : t("why.adminOnly")}</WhyNote>
      </div>
    );
  }
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <div className="page">
      <PageHeader
        title={t("auditLog.title")}
        subtitle={t("auditLog.subtitle")}
        showPeriod={false}
        actions={
          <>
            <a className="btn" href={exportHref(org, "csv", sent)} download>
              {t("auditLog.exportCsv")}
            </a>
            <a className="btn btn--ghost" href={exportHref(org, "json", sent)} download>
              {t("auditLog.exportJson")}
            </a>
          </>
        }
      />
      <Filters filters={filters} set={set} badRange={badRange} />
      <ResultsCard query={log} title={() => t("auditLog.shown", { count: entries.length })} rule="S7">
        {() => (
          <>
            {entries.length === 0 ? (
              <EmptyState title={t("auditLog.empty")} hint={t("auditLog.emptyHint")} />
            ) : (
              <AuditTable entries={entries} />
            )}
            {log.isFetchNextPageError && (
              <div className="alert failure-alert" role="alert">
                <span>{failureText(t, log.error, "load")}</span>
                <RetryButton small busy={log.isFetching} onClick={() => void log.fetchNextPage()} />
              </div>
            )}
            <div className="audit__more">
              {log.hasNextPage && !log.isFetchNextPageError ? (
                <button
                  type="button"
                  className="btn"
                  onClick={() => void log.fetchNextPage()}
                  disabled={log.isFetchingNextPage}
                >
                  {log.isFetchingNextPage ? t("auditLog.loadingMore") : t("auditLog.loadMore")}
                </button>
              ) : (
                entries.length > 0 && <p className="subtle">{t("auditLog.allShown")}</p>
              )}
            </div>
            <p className="subtle audit__note">{t("auditLog.appendOnly")}</p>
          </>
        )}
      </ResultsCard>
    </div>
  );
}

function Filters({
  filters,
  set,
  badRange,
}: {
  filters: AuditFilters;
  set: (patch: Partial<AuditFilters>) => void;
  badRange: boolean;
}) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const people = usePeople(org);
  return (
    <section className="card audit-filters" aria-label={t("auditLog.filters")}>
      <SelectField
        label={t("auditLog.entityType")}
        none={t("auditLog.anything")}
        options={optionsOf(ENTITY_TYPES, (type) => t(`auditLog.entity.${type}`))}
        value={filters.entityType ?? ""}
        onChange={(type) => set({ entityType: (type || undefined) as AuditEntityType | undefined })}
      />
      <PersonSelect
        label={t("auditLog.actor")}
        none={t("auditLog.anyone")}
        people={people.data ?? []}
        value={filters.actor ?? ""}
        onChange={(actor) => set({ actor: actor || undefined })}
      />
      <TextField
        label={t("auditLog.from")}
        type="date"
        value={filters.from ?? ""}
        onChange={(from) => set({ from: from || undefined })}
      />
      <TextField
        label={t("auditLog.to")}
        error={badRange ? t("auditLog.badRange") : undefined}
        type="date"
        value={filters.to ?? ""}
        min={filters.from}
        onChange={(to) => set({ to: to || undefined })}
      />
    </section>
  );
}

/** A table on wide screens; each row becomes a card on narrow ones (audit.css). */
function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { org } = useOrg();
  const units = useUnits(org);
  const people = usePeople(org);
  // Roles and kinds in the reader's language; everything else as recorded.
  const valueText = (entry: AuditEntry, field: string, value: string) => {
    const key =
      field === "role" || field === "defaultRole"
        ? entry.entityType === "membership"
          ? "unitRole"
          : "orgRole"
        : field === "kind" && entry.entityType === "unit"
          ? "unitKind"
          : null;
    return key ? t(`${key}.${value}`, { defaultValue: value }) : value;
  };
  const names = useMemo(
    () =>
      new Map([
        ...(units.data ?? []).map((u) => [u.id, u.name] as const),
        ...(people.data ?? []).map((p) => [p.id, p.name] as const),
      ]),
    [units.data, people.data],
  );
  return (
    <table className="table audit-table">
      <TableHead
        columns={[
          t("auditLog.column.when"),
          t("auditLog.column.who"),
          t("auditLog.column.what"),
          t("auditLog.column.change"),
          t("auditLog.column.reason"),
        ]}
      />
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td data-label={t("auditLog.column.when")} className="audit-table__when">
              <time dateTime={entry.changedAt}>{format.dateTime(entry.changedAt)}</time>
            </td>
            <td data-label={t("auditLog.column.who")}>
              {entry.actorName ? (
                <span className="user-text">{entry.actorName}</span>
              ) : (
                <span className="subtle">{entry.actorId ? t("auditLog.removedPerson") : t("auditLog.operator")}</span>
              )}
            </td>
            <td data-label={t("auditLog.column.what")}>
              <span className={`badge audit-action audit-action--${entry.action}`}>
                {t(`auditLog.action.${entry.action}`)}
              </span>{" "}
              <span className="subtle">{t(`auditLog.entity.${entry.entityType}`)}</span>{" "}
              {entry.entityName && <span className="user-text audit-table__name">{entry.entityName}</span>}
            </td>
            <td data-label={t("auditLog.column.change")}>
              <ul className="audit-changes stack stack--lines">
                {changesOf(entry, names).map((change) => (
                  <li key={change.field}>
                    <span className="audit-changes__field">
                      {t(`auditLog.field.${change.field}`, { defaultValue: change.field })}
                    </span>{" "}
                    {change.before !== undefined && (
                      <span className="user-text audit-changes__before">
                        {valueText(entry, change.field, change.before)}
                      </span>
                    )}
                    {change.before !== undefined && change.after !== undefined && " → "}
                    {change.after !== undefined && (
                      <span className="user-text">{valueText(entry, change.field, change.after)}</span>
                    )}
                  </li>
                ))}
              </ul>
            </td>
            <td
              data-label={t("auditLog.column.reason")}
              className={entry.reason ? "user-text" : "audit-table__no-reason"}
            >
              {entry.reason || <span className="subtle">–</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

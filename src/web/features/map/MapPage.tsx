import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useOrgSearch, useTreeBranches } from "../../api/queries.ts";
import type { MapUnit } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { PageHeader } from "../../layout/PageHeader.tsx";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { RowAction } from "../../ui/RowAction.tsx";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { useDebounced } from "../../ui/useDebounced.ts";
import { PeriodStatusBanner } from "../periods/PeriodStatusBanner.tsx";
import { BandLegend } from "./BandLegend.tsx";
import { PathView } from "./PathView.tsx";
import { buildTree, objectiveOwners } from "./tree.ts";
import { UnitBranches } from "./UnitBranch.tsx";

/**
 * The alignment map (M5): the top levels of the organisation first, each branch loaded when it
 * is opened, and a search that asks the server, so it finds units not loaded yet.
 */
export function MapPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { org, period } = useOrg();
  const [opened, setOpened] = useState<string[]>([]);
  const tree = useTreeBranches(org, period?.id, opened);
  const [query, setQuery] = useState("");
  const searched = useDebounced(query.trim(), 250);
  const found = useOrgSearch(org, period?.id, searched);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [pathUnit, setPathUnit] = useState("");
  const searchId = useId();
  const pathId = useId();

  const searching = searched !== "" && query.trim() !== "";
  const units: MapUnit[] = searching && found.data ? found.data.units : tree.units;
  const roots = useMemo(() => buildTree(units), [units]);
  const owners = useMemo(() => objectiveOwners([...tree.units, ...units]), [tree.units, units]);
  const search = useMemo(
    () =>
      searching && found.data
        ? {
            matched: new Set(found.data.matches.map((match) => match.unitId)),
            shown: new Set(found.data.units.map((unit) => unit.id)),
          }
        : null,
    [searching, found.data],
  );

  const setOpen = (id: string, open: boolean) =>
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (open) next.delete(id);
      else next.add(id);
      return next;
    });
  const toggle = (id: string) => setOpen(id, collapsed.has(id));
  const expand = (id: string) => {
    setOpen(id, true);
    setOpened((previous) => (previous.includes(id) ? previous : [...previous, id]));
  };

  return (
    <div className="page">
      <PageHeader title={t("map.title")} subtitle={t("map.subtitle")} />
      <PeriodStatusBanner period={period} />
      <div className="toolbar">
        <search className="toolbar__search">
          <label htmlFor={searchId} className="visually-hidden">
            {t("map.search")}
          </label>
          <Icon name="search" />
          <input
            id={searchId}
            type="search"
            className="input toolbar__input"
            placeholder={t("map.searchPlaceholder")}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </search>
        <div className="toolbar__group">
          <label htmlFor={pathId} className="toolbar__label">
            <Icon name="path" />
            {t("map.pathFor")}
          </label>
          <select
            id={pathId}
            className="select toolbar__select"
            value={pathUnit}
            onChange={(e) => setPathUnit(e.target.value)}
          >
            <option value="">{t("map.pathNone")}</option>
            {tree.units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar__group">
          <button type="button" className="btn btn--small" onClick={() => setCollapsed(new Set())}>
            {t("map.expandAll")}
          </button>
          <RowAction onClick={() => setCollapsed(new Set(tree.units.map((u) => u.id)))}>
            {t("map.collapseAll")}
          </RowAction>
        </div>
      </div>
      {pathUnit && <PathView units={tree.units} unitId={pathUnit} onClose={() => setPathUnit("")} />}
      {searching && found.data && found.data.total > found.data.matches.length && (
        <p className="map-note subtle" role="status">
          {t("map.searchCapped", {
            shown: format.number(found.data.matches.length),
            total: format.number(found.data.total),
          })}
        </p>
      )}
      {tree.top && loadFailed(tree.top) ? (
        <LoadError queries={[tree.top]} />
      ) : searching && loadFailed(found) ? (
        <LoadError queries={[found]} />
      ) : tree.isPending || (searching && found.isPending) ? (
        <PageSkeleton label={t("common.loading")} />
      ) : search && search.matched.size === 0 ? (
        <EmptyState title={t("map.noMatches", { query: searched })} />
      ) : (
        <ul className="tree" aria-label={t("map.treeLabel")} aria-busy={found.isFetching || tree.loading.size > 0}>
          <UnitBranches
            nodes={roots}
            view={{ owners, search, collapsed, loading: tree.loading, onToggle: toggle, onExpand: expand }}
          />
        </ul>
      )}
      <BandLegend />
    </div>
  );
}

import { useDeferredValue, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTree } from "../../api/queries.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { PageHeader } from "../../layout/PageHeader.tsx";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { BandLegend } from "./BandLegend.tsx";
import { PathView } from "./PathView.tsx";
import { buildTree, objectiveOwners, searchTree } from "./tree.ts";
import { UnitBranch } from "./UnitBranch.tsx";

export function MapPage() {
  const { t } = useTranslation();
  const { org, period } = useOrg();
  const tree = useTree(org, period?.id);
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [pathUnit, setPathUnit] = useState("");
  const searchId = useId();
  const pathId = useId();

  const units = tree.data?.units ?? [];
  const roots = useMemo(() => buildTree(units), [units]);
  const owners = useMemo(() => objectiveOwners(units), [units]);
  const search = useMemo(() => searchTree(units, deferredQuery), [units, deferredQuery]);

  const toggle = (id: string) =>
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="page">
      <PageHeader title={t("map.title")} subtitle={t("map.subtitle")} />
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
            {units.map((unit) => (
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
          <button
            type="button"
            className="btn btn--small"
            onClick={() => setCollapsed(new Set(units.map((u) => u.id)))}
          >
            {t("map.collapseAll")}
          </button>
        </div>
      </div>
      {pathUnit && <PathView units={units} unitId={pathUnit} onClose={() => setPathUnit("")} />}
      {tree.isPending ? (
        <PageSkeleton label={t("common.loading")} />
      ) : tree.isError ? (
        <EmptyState title={t("errors.loadFailed")} />
      ) : search && search.matched.size === 0 ? (
        <EmptyState title={t("map.noMatches", { query: deferredQuery })} />
      ) : (
        <ul className="tree" aria-label={t("map.treeLabel")}>
          {roots.map((node) => (
            <UnitBranch
              key={node.unit.id}
              node={node}
              owners={owners}
              search={search}
              collapsed={collapsed}
              onToggle={toggle}
            />
          ))}
        </ul>
      )}
      <BandLegend />
    </div>
  );
}

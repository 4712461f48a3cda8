import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { MapUnit } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Icon } from "../../ui/Icon.tsx";
import { NoObjective } from "./NoObjective.tsx";
import { ObjectiveSummary } from "./ObjectiveSummary.tsx";
import { type UnitNode, visibleObjectives } from "./tree.ts";

/** What every branch of one map shares: its owners, search, open and loading units and their handlers. */
export interface MapView {
  owners: Map<string, MapUnit>;
  search: { matched: Set<string>; shown: Set<string> } | null;
  collapsed: Set<string>;
  /** Units whose branch is being loaded. */
  loading: Set<string>;
  onToggle: (id: string) => void;
  /** Opens a unit whose units below are not loaded yet, loading them. */
  onExpand: (id: string) => void;
}

/** The branches of one level of the map: the top units, or the units below one unit. */
export function UnitBranches({ nodes, view }: { nodes: UnitNode[]; view: MapView }) {
  return (
    <>
      {nodes.map((node) => (
        <UnitBranch key={node.unit.id} node={node} view={view} />
      ))}
    </>
  );
}

/** One unit on the map with its objective, and the units below it (loaded when it is opened). */
function UnitBranch({ node, view }: { node: UnitNode; view: MapView }) {
  const { owners, search, collapsed, loading, onToggle, onExpand } = view;
  const { t } = useTranslation();
  const { link } = useOrg();
  const { unit, children } = node;
  if (search && !search.shown.has(unit.id)) return null;
  // Below the loaded levels a unit shows closed; opening it loads its branch.
  const unloaded = children.length === 0 && unit.childUnitCount > 0;
  const busy = loading.has(unit.id);
  const isOpen = !collapsed.has(unit.id) && !unloaded;
  const objectives = visibleObjectives(unit);
  const dimmed = search !== null && !search.matched.has(unit.id);
  const childListId = `children-${unit.id}`;
  const bodyId = `unit-body-${unit.id}`;
  return (
    <li className="tree__node">
      <article
        className={`unit-card${dimmed ? " unit-card--dimmed" : ""}`}
        id={`unit-${unit.id}`}
        aria-label={unit.name}
      >
        <header className="unit-card__header">
          <button
            type="button"
            className="btn btn--ghost icon-btn unit-card__toggle"
            aria-expanded={isOpen}
            aria-controls={children.length > 0 ? `${bodyId} ${childListId}` : bodyId}
            aria-label={t(isOpen ? "map.collapse" : "map.expand", { name: unit.name })}
            aria-busy={busy}
            disabled={busy}
            onClick={() => (unloaded ? onExpand(unit.id) : onToggle(unit.id))}
          >
            <Icon name={isOpen ? "chevronDown" : "chevronRight"} />
          </button>
          <Link href={link(`/units/${unit.id}`)} className="unit-card__name">
            {unit.name}
          </Link>
          <span className="badge badge--outline">{t(`unitKind.${unit.kind}`)}</span>
          {unit.childUnitCount > 0 && (
            <span className="unit-card__count subtle">
              {busy ? t("common.loading") : t("map.childUnits", { count: unit.childUnitCount })}
            </span>
          )}
        </header>
        <div id={bodyId}>
          {objectives.length === 0 ? (
            <NoObjective unitId={unit.id} unitName={unit.name} />
          ) : (
            objectives.map((objective) => (
              <ObjectiveSummary key={objective.id} objective={objective} owners={owners} showKeyResults={isOpen} />
            ))
          )}
        </div>
      </article>
      {children.length > 0 && (
        <ul className="tree__children" id={childListId} hidden={!isOpen}>
          <UnitBranches nodes={children} view={view} />
        </ul>
      )}
    </li>
  );
}

import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { TreeUnit } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Icon } from "../../ui/Icon.tsx";
import { ObjectiveSummary } from "./ObjectiveSummary.tsx";
import { type UnitNode, visibleObjectives } from "./tree.ts";

interface Props {
  node: UnitNode;
  owners: Map<string, TreeUnit>;
  search: { matched: Set<string>; shown: Set<string> } | null;
  collapsed: Set<string>;
  onToggle: (id: string) => void;
}

/** One unit on the map with its objective, and the units below it. */
export function UnitBranch({ node, owners, search, collapsed, onToggle }: Props) {
  const { t } = useTranslation();
  const { link } = useOrg();
  const { unit, children } = node;
  if (search && !search.shown.has(unit.id)) return null;
  const isOpen = !collapsed.has(unit.id);
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
            onClick={() => onToggle(unit.id)}
          >
            <Icon name={isOpen ? "chevronDown" : "chevronRight"} />
          </button>
          <Link href={link(`/units/${unit.id}`)} className="unit-card__name">
            {unit.name}
          </Link>
          <span className="badge badge--outline">{t(`unitKind.${unit.kind}`)}</span>
          {children.length > 0 && (
            <span className="unit-card__count subtle">{t("map.childUnits", { count: children.length })}</span>
          )}
        </header>
        <div id={bodyId}>
          {objectives.length === 0 ? (
            <p className="unit-card__empty subtle">{t("map.noObjective")}</p>
          ) : (
            objectives.map((objective) => (
              <ObjectiveSummary key={objective.id} objective={objective} owners={owners} showKeyResults={isOpen} />
            ))
          )}
        </div>
      </article>
      {children.length > 0 && (
        <ul className="tree__children" id={childListId} hidden={!isOpen}>
          {children.map((child) => (
            <UnitBranch
              key={child.unit.id}
              node={child}
              owners={owners}
              search={search}
              collapsed={collapsed}
              onToggle={onToggle}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

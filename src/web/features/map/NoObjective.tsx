import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useOrg } from "../../layout/OrgContext.ts";
import { Icon } from "../../ui/Icon.tsx";
import { useMayWriteObjective } from "./useMayWriteObjective.ts";
import "./no-objective.css";

/**
 * A unit without an objective in the period shown. Its lead (or an admin) is offered to write
 * it, straight into the editor for that unit; everyone else reads a neutral "no objective yet".
 */
export function NoObjective({ unitId, unitName }: { unitId: string; unitName: string }) {
  const { t } = useTranslation();
  const { org, link } = useOrg();
  const mayWrite = useMayWriteObjective(org)(unitId);
  if (!mayWrite) return <p className="unit-card__empty subtle">{t("map.noObjective")}</p>;
  return (
    <p className="unit-card__write">
      <Link
        href={link(`/units/${unitId}/new`)}
        className="btn btn--small"
        aria-label={t("gettingStarted.map.writeFor", { unit: unitName })}
      >
        <Icon name="plus" size={14} />
        {t("gettingStarted.map.write")}
      </Link>
    </p>
  );
}

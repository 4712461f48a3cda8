import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { MapUnit } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Card } from "../../ui/Card.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { OutcomeBadge } from "../pace/OutcomeBadge.tsx";
import { pathTo } from "./tree.ts";

/** "How does my work connect to the company objective?": the chain from the top down (M5). */
export function PathView({ units, unitId, onClose }: { units: MapUnit[]; unitId: string; onClose?: () => void }) {
  const { t } = useTranslation();
  const { link } = useOrg();
  const steps = pathTo(units, unitId);
  return (
    <Card
      className="path"
      title={t("path.title")}
      titleRules={["M5"]}
      aside={
        onClose && (
          <button type="button" className="btn btn--ghost icon-btn" aria-label={t("common.close")} onClick={onClose}>
            <Icon name="x" />
          </button>
        )
      }
    >
      <ol className="path__steps">
        {steps.map((step) => (
          <li key={step.unit.id} className="path__step">
            {step.fromKeyResult && (
              <p className="path__via subtle">
                <Icon name="link" size={13} /> {t("path.via")}{" "}
                <span className="user-text">{step.fromKeyResult.title}</span>
              </p>
            )}
            <div className="path__card stack stack--lines">
              <Link href={link(`/units/${step.unit.id}`)} className="path__unit">
                {step.unit.name}
              </Link>
              {step.objective ? (
                <div className="path__objective">
                  <span className="user-text">{step.objective.title}</span>
                  <OutcomeBadge band={step.objective.band} basis={step.objective.bandBasis} />
                </div>
              ) : (
                <span className="subtle">{t("map.noObjective")}</span>
              )}
              {!step.fromKeyResult && step.unit.parentId && step.objective && (
                <span className="subtle path__note">{t("path.notCascaded")}</span>
              )}
            </div>
          </li>
        ))}
      </ol>
    </Card>
  );
}

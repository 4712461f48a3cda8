import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useOrg } from "../../layout/OrgContext.ts";
import { Icon } from "../../ui/Icon.tsx";
import { useExperiments } from "./queries.ts";

/**
 * P2: a KR shows its experiments: a link with their count to the team's experiments aimed at it.
 * The link is there from the first paint (the count fills in), so the card does not shift.
 */
export function KeyResultExperiments({
  keyResultId,
  title,
  unitId,
}: {
  keyResultId: string;
  title: string;
  unitId: string;
}) {
  const { t } = useTranslation();
  const { org, link } = useOrg();
  // Every card of the unit reads the same list (one request), each counting its own KR's.
  const experiments = useExperiments(org, { keyResultUnit: unitId });
  const count = experiments.data?.experiments.filter((e) => e.keyResultId === keyResultId).length;
  return (
    <Link
      href={link(`/units/${unitId}/experiments?keyResult=${keyResultId}`)}
      className="btn btn--ghost btn--small"
      aria-label={t("experiments.krLinkLabel", { title })}
    >
      <Icon name="flag" />
      {count === undefined ? t("experiments.nav") : t("experiments.krLink", { count })}
    </Link>
  );
}

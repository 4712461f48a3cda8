import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useOrg } from "../../layout/OrgContext.ts";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { useManageOrganisation } from "../auth/usePermissions.ts";

/**
 * What the pages that show a period's OKRs say while the organisation has none: admins get a
 * link to the periods card; everyone else learns that an admin adds them.
 */
export function NoPeriodState() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const manage = useManageOrganisation(org);
  return (
    <EmptyState title={t("period.none")} hint={t("periods.emptyHint")}>
      {manage.allowed ? (
        <Link href="/people#periods" className="btn btn--primary">
          {t("periods.emptyAction")}
        </Link>
      ) : (
        <p className="muted">{t("periods.emptyAskAdmin")}</p>
      )}
    </EmptyState>
  );
}

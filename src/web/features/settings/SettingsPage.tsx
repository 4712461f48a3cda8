import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useOrg } from "../../layout/OrgContext.ts";
import { PageHeader } from "../../layout/PageHeader.tsx";
import { Card } from "../../ui/Card.tsx";
import { Part } from "../../ui/Part.tsx";
import { OrganisationCard } from "../admin-org/OrganisationCard.tsx";
import { useMe, useMyPerson } from "../auth/MeContext.ts";
import { useManageOrganisation } from "../auth/usePermissions.ts";
import { SourceHostsCard } from "../metric-sources/SourceHostsCard.tsx";
import { AccountSecurityCard } from "./AccountSecurityCard.tsx";
import { ApiTokensCard } from "./ApiTokensCard.tsx";
import { DeadMessagesCard } from "./DeliveryLog.tsx";
import { ReviewCadenceCard } from "./ReviewCadenceCard.tsx";
import { SsoCard } from "./SsoCard.tsx";
import { TwoFactorCard } from "./TwoFactorCard.tsx";
import { WebhooksCard } from "./WebhooksCard.tsx";

/** `/orgs/{slug}/settings`: your account in this organisation, your password and sessions, your API tokens. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { org, orgName } = useOrg();
  const me = useMe();
  const person = useMyPerson(org);
  // Webhooks and the delivery log are the admins' (the API refuses everyone else).
  const isAdmin = useManageOrganisation(org).allowed;
  return (
    <div className="page page--narrow">
      <PageHeader title={t("settings.title")} subtitle={t("settings.subtitle")} showPeriod={false} />
      <Card titleId="account-title" title={t("settings.account")}>
        <dl className="card__body account">
          <div>
            <dt>{t("signUp.name")}</dt>
            <dd>{me.user.name}</dd>
          </div>
          <div>
            <dt>{t("auth.email")}</dt>
            <dd>{me.user.email}</dd>
          </div>
          <Part term={t("invite.organisation")} text={orgName} />
          <div>
            <dt>{t("people.orgRole")}</dt>
            <dd>{person ? t(`orgRole.${person.role}`) : "–"}</dd>
          </div>
        </dl>
      </Card>
      <OrganisationCard />
      <AccountSecurityCard email={me.user.email} />
      <TwoFactorCard email={me.user.email} />
      <Card titleId="notifications-title" title={t("notifications.settings.title")}>
        <div className="card__body">
          <p className="muted">{t("notifications.settings.subtitle")}</p>
          <Link href="/settings/notifications">{t("notifications.settingsLink")}</Link>
        </div>
      </Card>
      <ReviewCadenceCard />
      <ApiTokensCard />
      {isAdmin && <SsoCard />}
      {isAdmin && <WebhooksCard />}
      {isAdmin && <SourceHostsCard />}
      {isAdmin && <DeadMessagesCard />}
    </div>
  );
}

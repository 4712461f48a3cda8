import { useTranslation } from "react-i18next";
import { Link, useRoute } from "wouter";
import { useSignOut } from "../api/queries.ts";
import { OrgSwitcher } from "../features/admin-org/OrgSwitcher.tsx";
import { useMe } from "../features/auth/MeContext.ts";
import { useManageOrganisation } from "../features/auth/usePermissions.ts";
import { useChecklistInSidebar } from "../features/getting-started/queries.ts";
import { Bell } from "../features/notifications/Bell.tsx";
import { Icon, type IconName } from "../ui/Icon.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { Logo } from "./Logo.tsx";
import { useOrg } from "./OrgContext.ts";

function NavItem({ path, icon, label }: { path: string; icon: IconName; label: string }) {
  const { link } = useOrg();
  const [active] = useRoute(`${path}/*?`);
  return (
    <Link href={link(path)} className="nav__item" aria-current={active ? "page" : undefined}>
      <Icon name={icon} />
      <span>{label}</span>
    </Link>
  );
}

export function Sidebar() {
  const { t } = useTranslation();
  const { org } = useOrg();
  // Every member may read the quality report; the coach's rules are set by admins (docs/coach.md).
  const manage = useManageOrganisation(org);
  const me = useMe();
  const checklist = useChecklistInSidebar(org, manage.allowed);
  const signOut = useSignOut();
  return (
    <header className="sidebar">
      <div className="sidebar__brand">
        <Logo />
        <span className="sidebar__names">
          <span className="sidebar__product">Grove</span>
          <OrgSwitcher />
        </span>
        <Bell />
      </div>
      <nav className="nav" aria-label={t("nav.label")}>
        {checklist && <NavItem path="/getting-started" icon="flag" label={t("gettingStarted.nav", checklist)} />}
        <NavItem path="/map" icon="map" label={t("nav.map")} />
        <NavItem path="/dashboard" icon="dashboard" label={t("nav.dashboard")} />
        <NavItem path="/my" icon="target" label={t("nav.my")} />
        <NavItem path="/coach/report" icon="check" label={t("quality.nav")} />
        <NavItem path="/learnings" icon="history" label={t("reviews.nav")} />
        <NavItem path="/strategy" icon="path" label={t("adminOrg.strategy.nav")} />
        <NavItem path="/decisions" icon="flag" label={t("decisions.nav")} />
        <NavItem path="/people" icon="users" label={t("nav.people")} />
        <NavItem path="/import-export" icon="copy" label={t("importExport.nav")} />
        {manage.allowed && <NavItem path="/settings/coach" icon="settings" label={t("coachRules.nav")} />}
        {manage.allowed && <NavItem path="/audit-log" icon="history" label={t("auditLog.nav")} />}
      </nav>
      <div className="sidebar__footer">
        <LanguageSwitch />
        <div className="spread spread--2 spread--one-line sidebar__user">
          <Link
            href="/settings"
            className="sidebar__user-name"
            aria-label={t("nav.settingsOf", { name: me.user.name })}
          >
            <Icon name="settings" />
            <span>{me.user.name}</span>
          </Link>
          <button type="button" className="btn btn--ghost btn--small" onClick={() => signOut.mutate()}>
            {t("auth.signOut")}
          </button>
        </div>
      </div>
    </header>
  );
}

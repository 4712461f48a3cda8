import { useTranslation } from "react-i18next";
import { Link, useRoute } from "wouter";
import { Icon, type IconName } from "../ui/Icon.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
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
  const { orgName } = useOrg();
  return (
    <header className="sidebar">
      <div className="sidebar__brand">
        <span className="logo" aria-hidden="true">
          <svg viewBox="0 0 32 32" width="26" height="26" aria-hidden="true">
            <rect width="32" height="32" rx="8" fill="currentColor" />
            <path
              d="M16 6c-5 4-7 8-7 12a7 7 0 0 0 14 0c0-4-2-8-7-12Zm0 6v18"
              stroke="#fff"
              strokeWidth="2.5"
              fill="none"
              strokeLinecap="round"
            />
          </svg>
        </span>
        <span className="sidebar__names">
          <span className="sidebar__product">Grove</span>
          <span className="sidebar__org">{orgName || "\u00a0"}</span>
        </span>
      </div>
      <nav className="nav" aria-label={t("nav.label")}>
        <NavItem path="/map" icon="map" label={t("nav.map")} />
        <NavItem path="/dashboard" icon="dashboard" label={t("nav.dashboard")} />
        <NavItem path="/my" icon="target" label={t("nav.my")} />
      </nav>
      <div className="sidebar__footer">
        <LanguageSwitch />
      </div>
    </header>
  );
}

import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { useOrg } from "../../layout/OrgContext.ts";
import { Icon } from "../../ui/Icon.tsx";
import { useMe } from "../auth/MeContext.ts";
import { useMyOrganisations } from "./queries.ts";
import { switchPath } from "./switch-path.ts";
import "./org-switcher.css";

/**
 * The organisation's name under the product name; for someone in several organisations it opens
 * the list of them (a disclosure of links: Tab moves through them, Escape closes and returns to
 * the button, a click elsewhere closes). Until GET /orgs answers, the account's own list is used.
 */
export function OrgSwitcher() {
  const { t } = useTranslation();
  const { org, orgName } = useOrg();
  const me = useMe();
  const mine = useMyOrganisations();
  const [page] = useLocation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const titleId = useId();
  const organisations =
    mine.data ?? me.organisations.map(({ slug, organisationName, role }) => ({ slug, organisationName, role }));

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);

  // Someone in one organisation has nothing to switch to: the name stays plain text.
  if (organisations.length < 2) return <span className="sidebar__org">{orgName || "\u00a0"}</span>;

  const keyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && open) {
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    }
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere inside closes the list
    <div
      className="org-switch"
      ref={root}
      onKeyDown={keyDown}
      onBlur={(event) => {
        // Tabbing out closes it. A click is left to the pointerdown check: Safari does not focus a
        // clicked link, so a blur without a new focus would otherwise hide the list mid-click.
        const next = event.relatedTarget as Node | null;
        if (next && !root.current?.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="org-switch__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        <span className="sidebar__org org-switch__name">{orgName || "\u00a0"}</span>{" "}
        <span className="visually-hidden">{t("adminOrg.switcher.button")}</span>
        <Icon name="chevronDown" size={12} />
      </button>
      <div className="org-switch__panel" id={panelId} hidden={!open}>
        <p className="org-switch__title" id={titleId}>
          {t("adminOrg.switcher.title")}
        </p>
        <ul className="org-switch__list" aria-labelledby={titleId}>
          {organisations.map((o) => (
            <li key={o.slug}>
              <Link
                href={`~${switchPath(o.slug, page)}`}
                className="org-switch__item"
                aria-current={o.slug === org ? "true" : undefined}
                onClick={() => setOpen(false)}
              >
                <span className="org-switch__item-name user-text">{o.organisationName}</span>
                <span className="org-switch__item-role">{t(`orgRole.${o.role}`, { defaultValue: o.role })}</span>
                {o.slug === org && <Icon name="check" size={14} />}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

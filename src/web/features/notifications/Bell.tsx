import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Icon } from "../../ui/Icon.tsx";
import { type BellNotification, useBell, useMarkRead } from "./queries.ts";
import "./notifications.css";

/**
 * The bell in the navigation: the unread count, and the latest notifications (mentions, reviews
 * due, reminders). Opening the list marks what it shows as read (docs/notifications.md).
 */
export function Bell() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const bell = useBell(org);
  const markRead = useMarkRead(org);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const unread = bell.data?.unread ?? 0;

  useEffect(() => {
    if (!open) return;
    const unreadIds = (bell.data?.notifications ?? []).filter((n) => n.readAt === null).map((n) => n.id);
    if (unreadIds.length > 0 && !markRead.isPending) markRead.mutate(unreadIds);
  }, [open, bell.data, markRead]);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !root.current?.contains(event.target as Node)) {
        setOpen(false);
      }
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  return (
    <div className="bell" ref={root}>
      <button
        type="button"
        className="bell__button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={unread > 0 ? t("notifications.bellUnread", { count: unread }) : t("notifications.bell")}
        onClick={() => setOpen((was) => !was)}
      >
        <Icon name="bell" size={18} />
        {unread > 0 && (
          <span className="bell__count" aria-hidden="true">
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </button>
      {open && (
        <section id={panelId} className="bell__panel" aria-label={t("notifications.bell")}>
          {bell.isError && !bell.data ? (
            <p className="bell__empty">{t("notifications.loadFailed")}</p>
          ) : bell.data && bell.data.notifications.length === 0 ? (
            <p className="bell__empty">{t("notifications.empty")}</p>
          ) : (
            <ul className="bell__list">
              {(bell.data?.notifications ?? []).map((notification) => (
                <BellItem key={notification.id} notification={notification} onOpen={() => setOpen(false)} />
              ))}
            </ul>
          )}
          <Link href="/settings/notifications" className="bell__settings" onClick={() => setOpen(false)}>
            <Icon name="settings" />
            <span>{t("notifications.settingsLink")}</span>
          </Link>
        </section>
      )}
    </div>
  );
}

function BellItem({ notification, onOpen }: { notification: BellNotification; onOpen: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = notification.data as Record<string, unknown>;
  const text = (() => {
    switch (notification.kind) {
      case "mention":
        return t("notifications.item.mention", { author: data.author, about: data.about });
      case "checkin_reminder":
        return t("notifications.item.checkin_reminder", { count: Number(data.count ?? 0) });
      case "review_due":
        return t("notifications.item.review_due", { unit: data.unitName, on: format.date(String(data.on)) });
      case "digest": {
        const units = (data.units ?? []) as { atRisk: number; quiet: number }[];
        return t("notifications.item.digest", { count: units.reduce((sum, u) => sum + u.atRisk + u.quiet, 0) });
      }
      case "source_failing":
        return t("notifications.item.source_failing", {
          keyResult: data.keyResult,
          failures: data.failures,
          error: data.error,
        });
    }
  })();
  // Links are whole paths (/orgs/{slug}/...): "~" leaves the organisation's nested router.
  return (
    <li className={notification.readAt === null ? "bell__item bell__item--unread" : "bell__item"}>
      <Link href={`~${notification.link}`} onClick={onOpen}>
        <span className="bell__text user-text">{text}</span>
        <span className="bell__time">{format.dateTime(notification.createdAt)}</span>
      </Link>
    </li>
  );
}

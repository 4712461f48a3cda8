import { useTranslation } from "react-i18next";
import { currentLanguage, languages } from "../../i18n/index.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { PageHeader } from "../../layout/PageHeader.tsx";
import { FailureAlert } from "../../ui/FailureAlert.tsx";
import { LoadError } from "../../ui/LoadError.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { Skeleton } from "../../ui/Skeleton.tsx";
import { type NotificationChannel, usePreferences, useSetPreference } from "./queries.ts";
import "./notifications.css";

const channels: NotificationChannel[] = ["mail", "chat", "off"];

/**
 * `/orgs/{slug}/settings/notifications`: every member chooses, per kind, mail, chat or off
 * (docs/notifications.md). Each kind says what it is and which rule asks for it.
 */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const { org } = useOrg();
  const preferences = usePreferences(org);
  const save = useSetPreference(org);
  const language = languages.find((l) => l.code === currentLanguage(i18n.language))?.label ?? "English";
  return (
    <div className="page page--narrow">
      <PageHeader
        title={t("notifications.settings.title")}
        subtitle={t("notifications.settings.subtitle")}
        showPeriod={false}
      />
      {preferences.isError ? (
        <LoadError queries={[preferences]} />
      ) : !preferences.data ? (
        <Skeleton height={320} />
      ) : (
        <section className="card" aria-labelledby="notification-kinds">
          <h2 id="notification-kinds" className="visually-hidden">
            {t("notifications.settings.title")}
          </h2>
          <div className="card__body notification-prefs stack stack--4">
            {!preferences.data.mailOn && (
              <p className="notification-prefs__note">{t("notifications.settings.mailOff")}</p>
            )}
            {preferences.data.preferences.map((preference) => {
              const name = t(`notifications.settings.kinds.${preference.kind}.title`);
              const pending = save.isPending && save.variables?.kind === preference.kind;
              return (
                <fieldset key={preference.kind} className="notification-pref stack stack--2" aria-busy={pending}>
                  <legend className="notification-pref__title">
                    {name} <RuleId id={preference.rule} />
                  </legend>
                  <p className="notification-pref__what">{t(`notifications.settings.kinds.${preference.kind}.what`)}</p>
                  {!preference.applies && <p className="subtle">{t("notifications.settings.onlyLeads")}</p>}
                  <div
                    className="segmented"
                    role="radiogroup"
                    aria-label={`${name}: ${t("notifications.settings.legend")}`}
                  >
                    {channels.map((channel) => (
                      <label key={channel} className="segmented__option">
                        <input
                          type="radio"
                          name={`channel-${preference.kind}`}
                          value={channel}
                          checked={preference.channel === channel}
                          onChange={() => save.mutate({ kind: preference.kind, channel })}
                        />
                        <span>{t(`notifications.settings.${channel}`)}</span>
                      </label>
                    ))}
                  </div>
                  {save.isSuccess && save.variables?.kind === preference.kind && (
                    <p role="status" className="subtle">
                      {t("notifications.settings.saved")}
                    </p>
                  )}
                  {save.isError && save.variables?.kind === preference.kind && <FailureAlert error={save.error} />}
                </fieldset>
              );
            })}
            <p className="subtle">{t("notifications.settings.chatHint")}</p>
            <p className="subtle">{t("notifications.settings.offHint")}</p>
            <p className="subtle">{t("notifications.settings.language", { language })}</p>
          </div>
        </section>
      )}
    </div>
  );
}
